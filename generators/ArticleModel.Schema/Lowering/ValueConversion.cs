namespace ArticleModel.Schema.Lowering;

/// <summary>How found text becomes a value.</summary>
internal enum ValueConversion
{
    /// <summary>The normalised text itself (<c>text</c>).</summary>
    None,

    /// <summary>The normalised text with its span (<c>paragraph</c>).</summary>
    Paragraph,

    /// <summary><c>ParseContext.ToInt</c>.</summary>
    Int,

    /// <summary><c>ParseContext.ToDate</c>.</summary>
    Date,

    /// <summary><c>ParseContext.ToUrl</c>.</summary>
    Url,

    /// <summary><c>ParseContext.ToHandle</c>.</summary>
    Handle,

    /// <summary>A record filled from the match's named groups.</summary>
    Record,

    /// <summary>Quotations extracted from paragraphs.</summary>
    Quotes,
}
