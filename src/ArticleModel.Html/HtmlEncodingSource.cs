namespace ArticleModel.Html;

/// <summary>Where the encoding a page was decoded with came from, in the order browsers try them.</summary>
public enum HtmlEncodingSource
{
    /// <summary>The page was given as a string, already decoded.</summary>
    Decoded,

    /// <summary>A byte-order mark at the start of the bytes (UTF-8, UTF-16LE or UTF-16BE).</summary>
    ByteOrderMark,

    /// <summary>The transport's charset (an HTTP <c>Content-Type</c> header), passed to the reader.</summary>
    Transport,

    /// <summary>A <c>&lt;meta charset&gt;</c> or <c>&lt;meta http-equiv="Content-Type"&gt;</c> in the first 1024 bytes.</summary>
    Meta,

    /// <summary>
    /// A meta element named another encoding, but the bytes are valid UTF-8 with multi-byte characters — a page saved
    /// or re-encoded without its declaration being updated — so they were decoded as UTF-8 (AM2025).
    /// </summary>
    MetaContradictedByUtf8,

    /// <summary>Nothing was declared; the reader guessed (UTF-8 when the bytes are valid UTF-8, else windows-1252).</summary>
    Guessed,
}
