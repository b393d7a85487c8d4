namespace ArticleModel.Schema;

/// <summary>
/// A part of the document between two anchors. The start bound is exclusive for <c>after:</c>, inclusive for
/// <c>from:</c>; the end bound is exclusive for <c>until:</c>, inclusive for <c>through:</c>.
/// </summary>
public sealed record RegionSpec(AnchorSpec? Start, bool StartInclusive, AnchorSpec? End, bool EndInclusive)
{
    /// <summary>The whole document.</summary>
    public static RegionSpec Whole { get; } = new(null, false, null, false);
}
