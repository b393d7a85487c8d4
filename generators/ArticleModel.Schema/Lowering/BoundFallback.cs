namespace ArticleModel.Schema.Lowering;

/// <summary>What a region bound is when none of its anchors is found.</summary>
internal enum BoundFallback
{
    /// <summary>The view's first line.</summary>
    ViewStart,

    /// <summary>The view's end (its line count).</summary>
    ViewEnd,
}
