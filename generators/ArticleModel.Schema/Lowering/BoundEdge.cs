namespace ArticleModel.Schema.Lowering;

/// <summary>Which line of an anchor's hit a region bound is.</summary>
internal enum BoundEdge
{
    /// <summary>The hit's first line (<c>from:</c> starts there, <c>until:</c> ends before it).</summary>
    FirstLine,

    /// <summary>The line after the hit's last (<c>after:</c> starts there, <c>through:</c> ends after the hit).</summary>
    AfterLastLine,
}
