using System;
using System.Collections.Generic;
using System.Threading;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleModel.Html.Reading;

namespace ArticleModel.Html;

/// <summary>
/// A web page as read by <see cref="HtmlReader"/>: the <see cref="ArticleDocument"/> every text locator works on, and
/// what HTML locators need besides — the parsed page (<see cref="Html"/>, for CSS selectors, meta elements and JSON-LD
/// scripts), the page's address and base URL (for resolving relative links), and a map from each element to the
/// document text and lines it produced, so that an element a selector found becomes a hit with a span into the page.
/// </summary>
/// <remarks>
/// Offsets: <see cref="ArticleDocument.Text"/> is the page's rendered text (blocks separated by a blank line);
/// <see cref="ArticleDocument.Input"/> is the decoded page, and every span points into it. Safe to read from several
/// threads once built, as long as callers do not change the AngleSharp DOM.
/// </remarks>
public sealed partial class HtmlArticleDocument
{
    private readonly ElementTextRanges _ranges;
    private Uri? _baseUrl;
    private bool _baseUrlFound;

    internal HtmlArticleDocument(ArticleDocument document, IHtmlDocument html, ElementTextRanges ranges, Uri? url,
        string encodingName, HtmlEncodingSource encodingSource)
    {
        Document = document;
        Html = html;
        _ranges = ranges;
        Url = url;
        EncodingName = encodingName;
        EncodingSource = encodingSource;
        Pages.Add(document, this);
    }

    /// <summary>The article document: lines, blocks (with element names and attributes), text and source map.</summary>
    public ArticleDocument Document { get; }

    /// <summary>The parsed page (AngleSharp), for CSS selectors (<c>QuerySelectorAll</c>), meta elements and JSON-LD scripts.</summary>
    public IHtmlDocument Html { get; }

    /// <summary>The page's address as given to the reader, or null.</summary>
    public Uri? Url { get; }

    /// <summary>The URL relative links resolve against: the page's <c>&lt;base href&gt;</c> (resolved against <see cref="Url"/>), else <see cref="Url"/>; null when neither is known or absolute.</summary>
    public Uri? BaseUrl
    {
        get
        {
            // Found on first use: most pages never resolve a link, and finding <base> walks the whole page.
            if (!_baseUrlFound)
            {
                _baseUrl = FindBaseUrl(Html, Url);
                Volatile.Write(ref _baseUrlFound, true);
            }
            return _baseUrl;
        }
    }

    /// <summary>The name of the encoding the page was decoded with (<c>utf-8</c>, <c>windows-1252</c>…).</summary>
    public string EncodingName { get; }

    /// <summary>Where that encoding came from.</summary>
    public HtmlEncodingSource EncodingSource { get; }

    /// <summary>What the reader noticed (the document's diagnostics).</summary>
    public IReadOnlyList<ArticleDiagnostic> Diagnostics => Document.Diagnostics;

    /// <summary>
    /// The range of <see cref="ArticleDocument.Text"/> an element's content produced (edge white space excluded); false
    /// when it produced none (an empty element, a script, an element of the head, an element of another document).
    /// </summary>
    public bool TryGetTextRange(IElement element, out int start, out int length)
    {
        start = length = 0;
        if (element is null || !_ranges.TryGet(element, out var range)) return false;
        var text = Document.Text;
        var s = range.Start;
        var e = Math.Min(range.End, text.Length);
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        if (e <= s) return false;
        start = s;
        length = e - s;
        return true;
    }

    /// <summary>The lines (<see cref="ArticleDocument.Lines"/> indices) an element's text lies on; false when it produced no text.</summary>
    public bool TryGetLines(IElement element, out int firstLine, out int lineCount)
    {
        firstLine = lineCount = 0;
        if (!TryGetTextRange(element, out var start, out var length)) return false;
        var lines = Document.Lines;
        var first = LineAtOrAfter(lines, start);
        var end = LineAtOrAfter(lines, start + length - 1) + 1;
        if (first >= lines.Length || first >= end) return false;
        firstLine = first;
        lineCount = end - first;
        return true;
    }

    /// <summary>The element's text as the document has it: its lines joined, white space collapsed to one space; null when it produced no text.</summary>
    public string? GetText(IElement element)
    {
        if (!TryGetTextRange(element, out var start, out var length)) return null;
        return TextOf(Document.Text, start, length);
    }

    /// <summary>
    /// The span of an element in the page: of the text it produced, else (no text) an empty span at its start tag;
    /// the default span when the element's position is unknown.
    /// </summary>
    public SourceSpan GetSpan(IElement element)
    {
        if (TryGetTextRange(element, out var start, out var length)) return Document.GetSpan(start, length);
        var at = element is null ? -1 : BlockWalker.StartOf(element);
        if (at < 0 || at > Document.Input.Length || Document.SourceMap is null) return default;
        var (line, column) = Document.SourceMap.LineAndColumn(at);
        return new SourceSpan(at, 0, line, column);
    }

    /// <summary>Resolves a link (an <c>href</c> or <c>src</c> value) against <see cref="BaseUrl"/>; null when it cannot be made absolute.</summary>
    public Uri? ResolveUrl(string? link)
    {
        if (link is null) return null;
        var trimmed = link.Trim();
        if (trimmed.Length == 0) return null;
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && !IsFileLike(absolute, trimmed)) return absolute;
        if (BaseUrl is not null && Uri.TryCreate(BaseUrl, trimmed, out var resolved)) return resolved;
        return null;
    }

    // On Unix "/path" parses as an absolute file URI; in a page it is relative to the base.
    private static bool IsFileLike(Uri uri, string text) => uri.IsFile && !text.StartsWith("file:", StringComparison.OrdinalIgnoreCase);

    private static Uri? FindBaseUrl(IHtmlDocument html, Uri? url)
    {
        var page = url is not null && url.IsAbsoluteUri ? url : null;
        var href = FirstBaseHref(html)?.Trim();
        if (string.IsNullOrEmpty(href)) return page;
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && !IsFileLike(absolute, href!)) return absolute;
        if (page is not null && Uri.TryCreate(page, href, out var resolved)) return resolved;
        return page;
    }

    // The href of the first <base href> in document order (what QuerySelector("base[href]") gives, without parsing the
    // selector for every page). Looked up by tag name, which AngleSharp answers without a selector.
    private static string? FirstBaseHref(IHtmlDocument html)
    {
        foreach (var element in html.GetElementsByTagName("base"))
        {
            var href = element.GetAttribute("href");
            if (href is not null) return href;
        }
        return null;
    }

    private static int LineAtOrAfter(ReadOnlySpan<TextLine> lines, int offset)
    {
        int lo = 0, hi = lines.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (lines[mid].End <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static string TextOf(string text, int start, int length)
    {
        var sb = new System.Text.StringBuilder(length);
        var space = false;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
