using System;
using System.Collections.Generic;
using System.ComponentModel;
using ArticleModel.CompilerServices;
using ArticleModel.Html.Locators;

namespace ArticleModel.Html.CompilerServices;

/// <summary>
/// The HTML side of one parse: runs <c>@css</c>, <c>@xpath</c>, <c>@meta</c> and <c>@jsonld</c> locators on the page a
/// <see cref="ParseContext"/>'s document was read from, and turns what they find into the values, spans and hits the
/// rest of the parse uses. Generated parsers and the interpreter make exactly these calls, so both agree.
/// </summary>
/// <remarks>
/// <para>For generated code and the interpreter only: not meant to be called from user code, and it may change between
/// versions without notice. User code uses <see cref="CssLocator"/>, <see cref="MetaLocator"/> and
/// <see cref="JsonLdLocator"/>.</para>
/// <para>Element text is read from the parse view, so blocks drop rules removed are not part of any value. A value
/// that is page text has a hit (the view lines it lies on), so anchors and <c>@quotes(in:)</c> can use it; attribute,
/// meta and JSON-LD values have none.</para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class HtmlParseContext
{
    private readonly ParseContext _context;
    private readonly LineSource _lines;
    private bool _jsonLdReported;
    private List<object>? _reportedLocators;
    private List<object>? _cutLocators;
    private List<string>? _noArticleFields;

    private HtmlParseContext(ParseContext context, HtmlArticleDocument page)
    {
        _context = context;
        Page = page;
        _lines = new LineSource(context);
    }

    /// <summary>The HTML side of <paramref name="context"/>'s parse; null when its document was not read from HTML (then HTML locators do not apply). Call after the drop rules.</summary>
    public static HtmlParseContext? For(ParseContext context)
    {
        if (context is null) throw new ArgumentNullException(nameof(context));
        var page = HtmlArticleDocument.Of(context.Document);
        return page is null ? null : new HtmlParseContext(context, page);
    }

    /// <summary>The page.</summary>
    public HtmlArticleDocument Page { get; }

    // ---- locators (built once per parser; never throw) ---------------------------------------------------------

    /// <summary>An <c>@css</c> locator; a selector AngleSharp cannot parse makes it find nothing (AM2032 in each parse).</summary>
    public static CssLocator Css(string[] selectors, string? attribute, string? clean, bool resolveUrls) =>
        CssLocator.CreateUnchecked(selectors, attribute, clean, resolveUrls);

    /// <summary>An <c>@xpath</c> locator; an expression that does not compile makes it find nothing (AM2032 in each parse).</summary>
    public static XPathLocator XPath(string[] expressions, string? clean, bool resolveUrls) =>
        XPathLocator.CreateUnchecked(expressions, clean, resolveUrls);

    /// <summary>An <c>@content</c> locator; a <c>clean:</c> selector AngleSharp cannot parse makes it find nothing (AM2032 in each parse).</summary>
    public static ContentLocator Content(string? clean) => ContentLocator.CreateUnchecked(clean);

    /// <summary>An <c>@meta</c> locator.</summary>
    public static MetaLocator Meta(string[] names, bool resolveUrls) => MetaLocator.CreateUnchecked(names, resolveUrls);

    /// <summary>An <c>@jsonld</c> locator.</summary>
    public static JsonLdLocator JsonLd(string path, bool resolveUrls) => JsonLdLocator.CreateUnchecked(path, resolveUrls);

    // ---- finding -----------------------------------------------------------------------------------------------

    /// <summary>The first value of an <c>@css</c> locator.</summary>
    public HtmlValue Find(CssLocator locator, string field)
    {
        if (!Usable(locator, locator.Error, field)) return default;
        return locator.Find(Page, _lines);
    }

    /// <summary>Every value of an <c>@css</c> locator: one per element, or (<paramref name="blocks"/>) the blocks of each element.</summary>
    public HtmlValue[] FindAll(CssLocator locator, bool blocks, string field)
    {
        if (!Usable(locator, locator.Error, field)) return Array.Empty<HtmlValue>();
        return locator.FindAll(Page, _lines, blocks).ToArray();
    }

    /// <summary>The first value of an <c>@xpath</c> locator.</summary>
    public HtmlValue Find(XPathLocator locator, string field)
    {
        if (!Usable(locator, locator.Error, field)) return default;
        string? cut = null;
        var value = locator.Find(Page, _lines, ref cut);
        ReportCut(locator, cut, field);
        return value;
    }

    /// <summary>Every value of an <c>@xpath</c> locator: one per node, or (<paramref name="blocks"/>) the blocks of each element.</summary>
    public HtmlValue[] FindAll(XPathLocator locator, bool blocks, string field)
    {
        if (!Usable(locator, locator.Error, field)) return Array.Empty<HtmlValue>();
        string? cut = null;
        var values = locator.FindAll(Page, _lines, blocks, ref cut).ToArray();
        ReportCut(locator, cut, field);
        return values;
    }

    /// <summary>The article text of an <c>@content</c> locator (its paragraphs joined); AM3020 when the page holds no article.</summary>
    public HtmlValue Find(ContentLocator locator, string field)
    {
        if (!Usable(locator, locator.Error, field)) return default;
        var value = locator.Find(Page, _lines, out var why);
        ReportNoArticle(why, field);
        return value;
    }

    /// <summary>The article paragraphs of an <c>@content</c> locator; AM3020 when the page holds no article.</summary>
    public HtmlValue[] FindAll(ContentLocator locator, string field)
    {
        if (!Usable(locator, locator.Error, field)) return Array.Empty<HtmlValue>();
        var values = locator.FindBlocks(Page, _lines, out var why);
        ReportNoArticle(why, field);
        return values.ToArray();
    }

    /// <summary>The value of an <c>@meta</c> locator.</summary>
    public HtmlValue Find(MetaLocator locator, string field) => locator.Find(Page);

    /// <summary>Every value of an <c>@meta</c> locator (every element of the first name that has any: <c>article:tag</c>).</summary>
    public HtmlValue[] FindAll(MetaLocator locator, string field)
    {
        var values = locator.FindAll(Page);
        var array = new HtmlValue[values.Count];
        for (var i = 0; i < array.Length; i++) array[i] = values[i];
        return array;
    }

    /// <summary>The first value of an <c>@jsonld</c> locator.</summary>
    public HtmlValue Find(JsonLdLocator locator, string field)
    {
        ReportJsonLd();
        return locator.Find(Page);
    }

    /// <summary>Every value of an <c>@jsonld</c> locator.</summary>
    public HtmlValue[] FindAll(JsonLdLocator locator, string field)
    {
        ReportJsonLd();
        return locator.FindAllArray(Page);
    }

    // ---- found text (what the field's ordered locators see; docs/schema-language.md §5) ------------------------

    /// <summary>The first value of an <c>@css</c> locator, as found text.</summary>
    public FoundText FindText(CssLocator locator, string field) => Found(Find(locator, field));

    /// <summary>Every value of an <c>@css</c> locator, as found text.</summary>
    public FoundText[] FindTexts(CssLocator locator, bool blocks, string field) => Found(FindAll(locator, blocks, field));

    /// <summary>The first value of an <c>@xpath</c> locator, as found text.</summary>
    public FoundText FindText(XPathLocator locator, string field) => Found(Find(locator, field));

    /// <summary>Every value of an <c>@xpath</c> locator, as found text.</summary>
    public FoundText[] FindTexts(XPathLocator locator, bool blocks, string field) => Found(FindAll(locator, blocks, field));

    /// <summary>The article text of an <c>@content</c> locator, as found text.</summary>
    public FoundText FindText(ContentLocator locator, string field) => Found(Find(locator, field));

    /// <summary>The article paragraphs of an <c>@content</c> locator, as found text.</summary>
    public FoundText[] FindTexts(ContentLocator locator, string field) => Found(FindAll(locator, field));

    /// <summary>The value of an <c>@meta</c> locator, as found text.</summary>
    public FoundText FindText(MetaLocator locator, string field) => Found(Find(locator, field));

    /// <summary>Every value of an <c>@meta</c> locator, as found text.</summary>
    public FoundText[] FindTexts(MetaLocator locator, string field) => Found(FindAll(locator, field));

    /// <summary>The first value of an <c>@jsonld</c> locator, as found text.</summary>
    public FoundText FindText(JsonLdLocator locator, string field) => Found(Find(locator, field));

    /// <summary>Every value of an <c>@jsonld</c> locator, as found text.</summary>
    public FoundText[] FindTexts(JsonLdLocator locator, string field) => Found(FindAll(locator, field));

    /// <summary>A value as found text: its text, the view lines it lies on (none for meta and JSON-LD) and its span.</summary>
    public FoundText Found(HtmlValue value) => value.Found ? FoundText.FromPage(value.Text, HitOf(value), value.Span) : default;

    /// <summary>Values as found text; values with no text are left out.</summary>
    public FoundText[] Found(HtmlValue[] values)
    {
        if (values.Length == 0) return Array.Empty<FoundText>();
        // Counted first, so the array is made once at its size (a list of every value and its copy were twice that).
        var count = 0;
        foreach (var v in values)
        {
            if (v.Found) count++;
        }
        var found = new FoundText[count];
        var k = 0;
        foreach (var v in values)
        {
            var x = Found(v);
            if (x.Found) found[k++] = x;
        }
        return k == count ? found : found.AsSpan(0, k).ToArray();
    }

    // ---- values ------------------------------------------------------------------------------------------------

    /// <summary>The view lines a value lies on; <see cref="Hit.None"/> for a value that is not page text.</summary>
    public Hit HitOf(HtmlValue value) => value.IsPageText ? _lines.HitOf(value.TextStart, value.TextEnd) : Hit.None;

    // ---- diagnostics -------------------------------------------------------------------------------------------

    private bool Usable(object locator, string? error, string field)
    {
        if (error is null) return true;
        _reportedLocators ??= new List<object>();
        if (!_reportedLocators.Contains(locator))
        {
            _reportedLocators.Add(locator);
            _context.Report(new ArticleDiagnostic(DiagnosticIds.HtmlSelectorUnusable, DiagnosticSeverity.Warning,
                $"field '{field}': {error}; the locator {locator} found nothing", default, field));
        }
        return false;
    }

    // AM2026 once per locator and parse: an expression needed more work than the page allows, so it gave nothing and the
    // locator went on to its next expression (or found nothing). Silent, a cut looked like "not on this page".
    private void ReportCut(XPathLocator locator, string? expression, string field)
    {
        if (expression is null) return;
        _cutLocators ??= new List<object>();
        if (_cutLocators.Contains(locator)) return;
        _cutLocators.Add(locator);
        _context.Report(new ArticleDiagnostic(DiagnosticIds.HtmlXPathWorkExceeded, DiagnosticSeverity.Warning,
            $"field '{field}': the XPath expression '{Shorten(expression)}' needed more work than this page of {Page.NodeTree.Count} nodes allows " +
            $"(XPath 1.0 can be quadratic, e.g. count(//*) inside a predicate); it was cut and gave nothing, so {Shorten(locator.ToString())} " +
            (locator.Expressions.Count > 1 ? "went on to its next expression" : "found nothing"), default, field));
    }

    private static string Shorten(string s) => s.Length <= 200 ? s : s.Substring(0, 200) + "…";

    // AM3020 once per field: the page holds no article (a warning; a required field's AM3001 follows when nothing else gives a value).
    private void ReportNoArticle(string? why, string field)
    {
        if (why is null) return;
        _noArticleFields ??= new List<string>();
        if (_noArticleFields.Contains(field)) return;
        _noArticleFields.Add(field);
        _context.Report(new ArticleDiagnostic(DiagnosticIds.HtmlNoArticleContent, DiagnosticSeverity.Warning,
            $"field '{field}': no article content on this page: {why}", default, field));
    }

    // The page's JSON-LD problems, once per parse, when a locator reads it.
    private void ReportJsonLd()
    {
        if (_jsonLdReported) return;
        _jsonLdReported = true;
        foreach (var d in Page.JsonLdDiagnostics) _context.Report(d);
    }
}
