namespace ArticleModel.Schema.Lowering;

/// <summary>Which hits of a <c>@quotes</c> source field hold its paragraphs.</summary>
internal enum QuoteSourceKind
{
    /// <summary>The source has no plain-text locator: no paragraphs, no quotes.</summary>
    NoText,

    /// <summary>The source's one hit (a single field).</summary>
    Hit,

    /// <summary>The blocks of a list source's items (whichever of its locators found them).</summary>
    Blocks,
}
