namespace ArticleModel.Schema.Lowering;

/// <summary>The part of the parse view a locator searches: view lines [start, end).</summary>
/// <param name="Start">The start bound; null for the view's first line.</param>
/// <param name="End">The end bound; null for the view's end.</param>
internal sealed record RegionPlan(BoundPlan? Start, BoundPlan? End)
{
    /// <summary>The whole view.</summary>
    public static RegionPlan Whole { get; } = new(null, null);

    /// <summary>True for the whole view (no bound).</summary>
    public bool IsWhole => Start is null && End is null;
}
