using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using ArticleModel.Html.Locators;

namespace ArticleModel.Html;

/// <summary>
/// The <c>@css</c> locator: CSS selectors tried in order (the first that gives a value wins), the element's rendered
/// text — or an attribute's value — with parts removed by a <c>clean</c> selector list, URLs resolved against the page.
/// Immutable and thread-safe; build it once and use it on many pages.
/// </summary>
/// <remarks>
/// <para><b>Text</b> is the element's text as the document has it: white space collapsed to single spaces, blocks
/// inside it (paragraphs, list items…) separated by a space; parts inside elements <see cref="Clean"/> matches are left
/// out (the page is not changed). Its span points at the text in the page. The head's <c>&lt;title&gt;</c>, which is not
/// page text, gives its own text (spanning the text between its tags).</para>
/// <para><b>One value</b> (<see cref="Find(HtmlArticleDocument)"/>): the first matched element, in document order, of the first selector that
/// has one giving non-empty text. <b>Every value</b> (<see cref="FindAll(HtmlArticleDocument)"/>): every element the first selector with
/// any value matches, one value each. <b>Paragraphs</b> (<see cref="FindBlocks(HtmlArticleDocument)"/>): for each matched element its blocks
/// — a container like <c>article .body</c> gives its paragraphs, a <c>p</c> gives itself, an inline element its own
/// text; an element inside one already taken is not taken twice.</para>
/// </remarks>
public sealed class CssLocator
{
    private readonly ISelector?[] _selectors;
    private readonly ElementValues _values;

    /// <summary>Creates the locator.</summary>
    /// <param name="selectors">The selectors, tried in order (each may be a list such as <c>"h1.title, h1"</c>).</param>
    /// <param name="attribute">The attribute whose value is taken instead of the text (<c>"datetime"</c>, <c>"src"</c>), or null.</param>
    /// <param name="clean">A selector list of elements whose text is left out (<c>".share, figcaption"</c>), or null.</param>
    /// <param name="resolveUrls">Whether values are links to resolve against the page's <c>&lt;base href&gt;</c> or URL.</param>
    /// <exception cref="ArgumentNullException"><paramref name="selectors"/> is null.</exception>
    /// <exception cref="ArgumentException">There is no selector, or a selector cannot be parsed.</exception>
    public CssLocator(IEnumerable<string> selectors, string? attribute = null, string? clean = null, bool resolveUrls = false)
        : this(selectors ?? throw new ArgumentNullException(nameof(selectors)), attribute, clean, resolveUrls, throwOnError: true)
    {
    }

    private CssLocator(IEnumerable<string> selectors, string? attribute, string? clean, bool resolveUrls, bool throwOnError)
    {
        var texts = new List<string>(selectors);
        Selectors = new ReadOnlyCollection<string>(texts);
        Attribute = string.IsNullOrWhiteSpace(attribute) ? null : attribute!.Trim();
        Clean = string.IsNullOrWhiteSpace(clean) ? null : clean;
        ResolveUrls = resolveUrls;
        _selectors = new ISelector?[texts.Count];
        string? error = texts.Count == 0 ? "no selector was given" : null;
        for (var i = 0; i < texts.Count; i++)
        {
            _selectors[i] = CssSelectors.TryParse(texts[i], out var e);
            error ??= e;
        }
        ISelector? cleanSelector = null;
        if (Clean is not null)
        {
            cleanSelector = CssSelectors.TryParse(Clean, out var e);
            error ??= e is null ? null : "clean: " + e;
        }
        _values = new ElementValues(Attribute, cleanSelector, resolveUrls);
        if (error is not null && throwOnError) throw new ArgumentException(error, nameof(selectors));
        Error = error;
    }

    /// <summary>For generated code and the interpreter: a locator that never throws; a selector AngleSharp cannot parse makes it find nothing, reported as AM2032 in each parse.</summary>
    internal static CssLocator CreateUnchecked(IEnumerable<string> selectors, string? attribute, string? clean, bool resolveUrls) =>
        new(selectors ?? Array.Empty<string>(), attribute, clean, resolveUrls, throwOnError: false);

    /// <summary>The selectors, in the order they are tried.</summary>
    public IReadOnlyList<string> Selectors { get; }

    /// <summary>The attribute whose value is taken instead of the element's text; null for the text.</summary>
    public string? Attribute { get; }

    /// <summary>The selector list of elements whose text is left out; null for none.</summary>
    public string? Clean { get; }

    /// <summary>Whether values are resolved as links against the page's base URL.</summary>
    public bool ResolveUrls { get; }

    /// <summary>Why the locator cannot be used (a selector that did not parse); null when it can.</summary>
    internal string? Error { get; }

    /// <summary>The first value (see the remarks); the default value when nothing gives one.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is null.</exception>
    public HtmlValue Find(HtmlArticleDocument page)
    {
        if (page is null) throw new ArgumentNullException(nameof(page));
        return Find(page, page.AllLines);
    }

    /// <summary>Every element's value for the first selector that has any, in document order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is null.</exception>
    public IReadOnlyList<HtmlValue> FindAll(HtmlArticleDocument page)
    {
        if (page is null) throw new ArgumentNullException(nameof(page));
        return FindAll(page, page.AllLines, blocks: false);
    }

    /// <summary>The blocks (paragraphs) of every element the first selector with any matches, in document order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is null.</exception>
    public IReadOnlyList<HtmlValue> FindBlocks(HtmlArticleDocument page)
    {
        if (page is null) throw new ArgumentNullException(nameof(page));
        return FindAll(page, page.AllLines, blocks: true);
    }

    /// <inheritdoc />
    public override string ToString() => "@css(" + string.Join(", ", Selectors) + ")";

    internal HtmlValue Find(HtmlArticleDocument page, LineSource lines)
    {
        if (Error is not null || page.Html.DocumentElement is not { } root) return default;
        foreach (var selector in _selectors)
        {
            var found = default(HtmlValue);
            DomWalk.Matches(root, selector!, includeRoot: true, element =>
            {
                found = _values.ValueOf(page, lines, element);
                return !found.Found;
            });
            if (found.Found) return found;
        }
        return default;
    }

    internal List<HtmlValue> FindAll(HtmlArticleDocument page, LineSource lines, bool blocks)
    {
        var values = new List<HtmlValue>();
        if (Error is not null || page.Html.DocumentElement is not { } root) return values;
        var pieces = blocks ? new List<TextRanges.Piece>() : null;
        foreach (var selector in _selectors)
        {
            var takenEnd = -1;
            DomWalk.Matches(root, selector!, includeRoot: true, element =>
            {
                if (pieces is null)
                {
                    var value = _values.ValueOf(page, lines, element);
                    if (value.Found) values.Add(value);
                }
                else _values.AddBlocks(page, lines, element, ref takenEnd, pieces, values);
                return true;
            });
            if (values.Count > 0) return values;
        }
        return values;
    }
}
