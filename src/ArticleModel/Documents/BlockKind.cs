namespace ArticleModel;

/// <summary>What a block of a document is. Plain text has paragraphs only; the HTML and Markdown readers say more.</summary>
public enum BlockKind
{
    /// <summary>A paragraph: a run of non-blank lines in plain text, <c>&lt;p&gt;</c> in HTML.</summary>
    Paragraph,

    /// <summary>A heading; <see cref="DocumentBlock.Level"/> gives its level (1 for <c>h1</c> or <c>#</c>).</summary>
    Heading,

    /// <summary>An item of a list.</summary>
    ListItem,

    /// <summary>A block quotation (<c>&lt;blockquote&gt;</c>, Markdown <c>&gt;</c>).</summary>
    BlockQuote,

    /// <summary>Preformatted text or code (<c>&lt;pre&gt;</c>, a fenced code block).</summary>
    Preformatted,

    /// <summary>A cell of a table.</summary>
    TableCell,

    /// <summary>A caption of a figure, image or table.</summary>
    Caption,

    /// <summary>Metadata written before the content, such as Markdown front matter.</summary>
    FrontMatter,

    /// <summary>Any other block a reader keeps.</summary>
    Other,
}
