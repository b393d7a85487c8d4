namespace ArticleModel.Schema;

/// <summary>The kinds of locator.</summary>
public enum LocatorKind
{
    /// <summary><c>@line(n)</c>: the n-th non-blank line (negative counts from the end).</summary>
    Line,

    /// <summary><c>@block(n)</c>: the n-th block of the region (negative counts from the end).</summary>
    Block,

    /// <summary><c>@blocks(…)</c>: every block of the region.</summary>
    Blocks,

    /// <summary><c>@match(/re/)</c>: the first block of the region the pattern matches (every one, for a list).</summary>
    Match,

    /// <summary><c>@quotes(in: field)</c>: the quotations in another field's paragraphs.</summary>
    Quotes,

    /// <summary><c>@css("selector", …)</c>: an element's text or attribute in HTML input.</summary>
    Css,

    /// <summary><c>@meta("name", …)</c>: a <c>&lt;meta&gt;</c> element's content in HTML input.</summary>
    Meta,

    /// <summary><c>@jsonld("path")</c>: a value of the page's schema.org article JSON-LD in HTML input.</summary>
    JsonLd,

    /// <summary><c>@heading(level [, n])</c>: the n-th heading of a level in Markdown input.</summary>
    Heading,

    /// <summary><c>@frontmatter("key")</c>: a value of a Markdown file's YAML front matter.</summary>
    FrontMatter,

    /// <summary><c>@content</c>: the page's main content (the article's paragraphs), found by scoring its containers, in HTML input.</summary>
    Content,

    /// <summary><c>@xpath("expression", …)</c>: what an XPath 1.0 expression selects or computes, in HTML input.</summary>
    XPath,
}
