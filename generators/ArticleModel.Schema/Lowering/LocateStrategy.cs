namespace ArticleModel.Schema.Lowering;

/// <summary>How a field (or a drop rule) finds its place in the parse view.</summary>
internal enum LocateStrategy
{
    /// <summary>No locator applies to plain text: the field keeps its missing value.</summary>
    None,

    /// <summary><c>@line(n)</c>: one line of the view.</summary>
    Line,

    /// <summary><c>@block(n)</c>: one block of the region.</summary>
    Block,

    /// <summary><c>@blocks</c>: every block of the region.</summary>
    Blocks,

    /// <summary><c>@match</c> on a single value: the first block of the region the pattern matches.</summary>
    Match,

    /// <summary><c>@match</c> on a list (or a drop rule): every match in the region.</summary>
    MatchList,

    /// <summary><c>@quotes(in:)</c>: the quotations in another field's paragraphs.</summary>
    Quotes,

    /// <summary><c>@css</c>: an HTML locator; finds nothing on input not read from HTML.</summary>
    Css,

    /// <summary><c>@meta</c>: an HTML locator; finds nothing on input not read from HTML.</summary>
    Meta,

    /// <summary><c>@jsonld</c>: an HTML locator; finds nothing on input not read from HTML.</summary>
    JsonLd,

    /// <summary><c>@heading</c>: a Markdown locator; finds nothing on input not read from Markdown.</summary>
    Heading,

    /// <summary><c>@frontmatter</c>: a Markdown locator; finds nothing on input not read from Markdown.</summary>
    FrontMatter,

    /// <summary><c>@content</c>: the page's main content; an HTML locator, finds nothing on input not read from HTML.</summary>
    Content,

    /// <summary><c>@xpath</c>: an HTML locator; finds nothing on input not read from HTML.</summary>
    XPath,
}
