namespace ArticleModel.Schema.Lowering;

/// <summary>What a region bound is when none of its anchors is found.</summary>
internal enum BoundFallback
{
    /// <summary>The view's first line (an empty region for a drop rule's end bound).</summary>
    ViewStart,

    /// <summary>The view's end (its line count): an empty region for a start bound, the rest of the view for an end bound.</summary>
    ViewEnd,
}
