namespace ArticleModel.Schema.Lowering;

/// <summary>Which hits of a <c>@quotes</c> source field hold its paragraphs.</summary>
internal enum QuoteSourceKind
{
    /// <summary>The source has no plain-text locator: no paragraphs, no quotes.</summary>
    NoText,

    /// <summary>The source's one hit (a single field).</summary>
    Hit,

    /// <summary>The source's blocks (<c>@blocks</c>).</summary>
    Blocks,

    /// <summary>The blocks of the source's matches (<c>@match</c> on a list).</summary>
    Matches,

    /// <summary>The source has HTML locators: the hits of whichever locator found it (the field's hit list).</summary>
    FieldHits,
}
