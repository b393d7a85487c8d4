using System;

namespace ArticleModel.Html;

// The HTML entry points of the built-in WebArticle schema (the rest of the type is generated from WebArticle.article).
// The generated Parse(string) reads plain text; a page goes through these, which read it as HTML first.
public sealed partial record WebArticle
{
    /// <summary>Parses a web page (its HTML) with no site schema. Never throws on content.</summary>
    /// <param name="html">The page's HTML.</param>
    /// <param name="url">The page's address, for resolving links (lead image, canonical URL); null when unknown.</param>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public static ParseResult<WebArticle> Parse(string html, string? url)
    {
        if (html is null) throw new ArgumentNullException(nameof(html));
        return Parse(HtmlReader.Read(html, url));
    }

    /// <summary>Parses a web page from its bytes (decoded as browsers do) with no site schema. Never throws on content.</summary>
    /// <param name="html">The page's bytes.</param>
    /// <param name="url">The page's address, for resolving links; null when unknown.</param>
    /// <param name="contentTypeCharset">The transport's charset (or whole <c>Content-Type</c> value), or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public static ParseResult<WebArticle> Parse(byte[] html, string? url, string? contentTypeCharset = null)
    {
        if (html is null) throw new ArgumentNullException(nameof(html));
        return Parse(HtmlReader.Read(html, url, contentTypeCharset));
    }

    /// <summary>Parses a page already read with <see cref="HtmlReader"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is null.</exception>
    public static ParseResult<WebArticle> Parse(HtmlArticleDocument page)
    {
        if (page is null) throw new ArgumentNullException(nameof(page));
        return Parse(page.Document);
    }
}
