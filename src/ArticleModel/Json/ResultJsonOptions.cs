namespace ArticleModel;

/// <summary>What <see cref="ResultJson"/> writes beyond the default shape.</summary>
public sealed class ResultJsonOptions
{
    /// <summary>The default shape: quotes without spans.</summary>
    public static ResultJsonOptions Default { get; } = new();

    /// <summary>
    /// When true, every quote object also carries <c>"spans":[{"start":…,"length":…,"line":…,"column":…},…]</c>: one entry per
    /// quoted piece, in document order (a statement split around its attribution has several). Default false.
    /// </summary>
    public bool IncludeQuoteSpans { get; init; }
}
