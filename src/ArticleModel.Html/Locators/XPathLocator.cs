using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Xml.XPath;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using ArticleModel.Html.Locators;
using ArticleModel.Html.XPath;
using ArticleModel.XPathExpressionRules;

namespace ArticleModel.Html;

/// <summary>
/// The <c>@xpath</c> locator: XPath 1.0 expressions, run by .NET's own engine over the page the reader parsed, tried in
/// order (the first that gives a value wins). Immutable and thread-safe; build it once and use it on many pages.
/// </summary>
/// <remarks>
/// <para><b>What a result gives.</b> An element: its text, exactly as <see cref="CssLocator"/> gives it (the document's
/// text, white space collapsed, parts inside elements <see cref="Clean"/> matches left out), or its blocks for a list of
/// paragraphs. An attribute (<c>//meta[@property='og:title']/@content</c>): its value, its span inside the start tag.
/// A text node (<c>//p[@class='byline']/text()</c>): its text, located in the page. A comment: its text. A string or
/// number (<c>substring-before(//h1, ':')</c>, <c>count(//p)</c>): that string, white space collapsed; it has no place
/// in the page.</para>
/// <para><b>Names.</b> Element names are lower case for HTML elements, and namespaces are ignored (no prefixes), as
/// XPath-over-HTML engines do. Only the XPath 1.0 core functions are available; no variables.</para>
/// <para><b>One value</b> (<see cref="Find(HtmlArticleDocument)"/>): the first node in document order, of the first
/// expression that has one, with non-empty text. <b>Every value</b> (<see cref="FindAll(HtmlArticleDocument)"/>): one per
/// node of the first expression with any value. <b>Paragraphs</b> (<see cref="FindBlocks(HtmlArticleDocument)"/>): an
/// element's blocks, other nodes their value.</para>
/// </remarks>
public sealed class XPathLocator
{
    private readonly XPathExpression?[] _expressions;
    private readonly ElementValues _values;

    /// <summary>Creates the locator.</summary>
    /// <param name="expressions">The XPath 1.0 expressions, tried in order (each may be a union such as <c>"//h1 | //h2"</c>).</param>
    /// <param name="clean">A CSS selector list of elements whose text is left out of an element's text (<c>".share, figcaption"</c>), or null.</param>
    /// <param name="resolveUrls">Whether values are links to resolve against the page's <c>&lt;base href&gt;</c> or URL.</param>
    /// <exception cref="ArgumentNullException"><paramref name="expressions"/> is null.</exception>
    /// <exception cref="ArgumentException">There is no expression, an expression does not compile (or uses a function, variable or prefix XPath 1.0 over HTML does not have), or <paramref name="clean"/> cannot be parsed.</exception>
    public XPathLocator(IEnumerable<string> expressions, string? clean = null, bool resolveUrls = false)
        : this(expressions ?? throw new ArgumentNullException(nameof(expressions)), clean, resolveUrls, throwOnError: true)
    {
    }

    private XPathLocator(IEnumerable<string> expressions, string? clean, bool resolveUrls, bool throwOnError)
    {
        var texts = new List<string>(expressions);
        Expressions = new ReadOnlyCollection<string>(texts);
        Clean = string.IsNullOrWhiteSpace(clean) ? null : clean;
        ResolveUrls = resolveUrls;
        _expressions = new XPathExpression?[texts.Count];
        string? error = texts.Count == 0 ? "no expression was given" : null;
        for (var i = 0; i < texts.Count; i++)
        {
            _expressions[i] = XPathExpressions.TryCompile(texts[i] ?? string.Empty, out var e, out _);
            if (e is not null) error ??= "the XPath expression '" + texts[i] + "' cannot be used: " + e;
        }
        ISelector? cleanSelector = null;
        if (Clean is not null)
        {
            cleanSelector = CssSelectors.TryParse(Clean, out var e);
            error ??= e is null ? null : "clean: " + e;
        }
        _values = new ElementValues(null, cleanSelector, resolveUrls);
        if (error is not null && throwOnError) throw new ArgumentException(error, nameof(expressions));
        Error = error;
    }

    /// <summary>For generated code and the interpreter: a locator that never throws; an expression that cannot be used makes it find nothing, reported as AM2032 in each parse.</summary>
    internal static XPathLocator CreateUnchecked(IEnumerable<string> expressions, string? clean, bool resolveUrls) =>
        new(expressions ?? Array.Empty<string>(), clean, resolveUrls, throwOnError: false);

    /// <summary>The expressions, in the order they are tried.</summary>
    public IReadOnlyList<string> Expressions { get; }

    /// <summary>The CSS selector list of elements whose text is left out; null for none.</summary>
    public string? Clean { get; }

    /// <summary>Whether values are resolved as links against the page's base URL.</summary>
    public bool ResolveUrls { get; }

    /// <summary>Why the locator cannot be used (an expression that does not compile); null when it can.</summary>
    internal string? Error { get; }

    /// <summary>The first value (see the remarks); the default value when nothing gives one.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is null.</exception>
    public HtmlValue Find(HtmlArticleDocument page)
    {
        if (page is null) throw new ArgumentNullException(nameof(page));
        return Find(page, page.AllLines);
    }

    /// <summary>Every value of the first expression that has any, in document order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is null.</exception>
    public IReadOnlyList<HtmlValue> FindAll(HtmlArticleDocument page)
    {
        if (page is null) throw new ArgumentNullException(nameof(page));
        return FindAll(page, page.AllLines, blocks: false);
    }

    /// <summary>The blocks (paragraphs) of every element the first expression with any value selects, in document order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is null.</exception>
    public IReadOnlyList<HtmlValue> FindBlocks(HtmlArticleDocument page)
    {
        if (page is null) throw new ArgumentNullException(nameof(page));
        return FindAll(page, page.AllLines, blocks: true);
    }

    /// <inheritdoc />
    public override string ToString() => "@xpath(" + string.Join(", ", Expressions) + ")";

    internal HtmlValue Find(HtmlArticleDocument page, LineSource lines)
    {
        string? cut = null;
        return Find(page, lines, ref cut);
    }

    /// <summary>The first value; <paramref name="cut"/> names the first expression its work budget cut (then it gave nothing).</summary>
    internal HtmlValue Find(HtmlArticleDocument page, LineSource lines, ref string? cut)
    {
        if (Error is not null) return default;
        for (var i = 0; i < _expressions.Length; i++)
        {
            var result = Evaluate(page, _expressions[i]!, Expressions[i], ref cut);
            if (result is string text)
            {
                var value = StringValue(page, text);
                if (value.Found) return value;
                continue;
            }
            foreach (var node in (List<HtmlXPathNavigator>)result!)
            {
                var value = ValueOf(page, lines, node);
                if (value.Found) return value;
            }
        }
        return default;
    }

    internal List<HtmlValue> FindAll(HtmlArticleDocument page, LineSource lines, bool blocks)
    {
        string? cut = null;
        return FindAll(page, lines, blocks, ref cut);
    }

    /// <summary>Every value; <paramref name="cut"/> names the first expression its work budget cut (then it gave nothing).</summary>
    internal List<HtmlValue> FindAll(HtmlArticleDocument page, LineSource lines, bool blocks, ref string? cut)
    {
        var values = new List<HtmlValue>();
        if (Error is not null) return values;
        var pieces = blocks ? new List<TextRanges.Piece>() : null;
        for (var i = 0; i < _expressions.Length; i++)
        {
            var result = Evaluate(page, _expressions[i]!, Expressions[i], ref cut);
            if (result is string text)
            {
                var value = StringValue(page, text);
                if (value.Found) values.Add(value);
                if (values.Count > 0) return values;
                continue;
            }
            var takenEnd = -1;
            foreach (var node in (List<HtmlXPathNavigator>)result!)
            {
                if (pieces is not null && node.AttributeIndex < 0 && ElementOf(page, node) is { } element)
                {
                    _values.AddBlocks(page, lines, element, ref takenEnd, pieces, values);
                    continue;
                }
                var value = ValueOf(page, lines, node);
                if (value.Found) values.Add(value);
            }
            if (values.Count > 0) return values;
        }
        return values;
    }

    // The expression's result: its string, or its nodes in document order. An expression the engine fails on (none the
    // build accepted should) gives nothing; one its work budget cut gives nothing too, and is named in `cut` (the first
    // such) so the parse can say so (AM2026).
    private static object? Evaluate(HtmlArticleDocument page, XPathExpression expression, string text, ref string? cut)
    {
        // Bounded in moves, not time (XPathWorkBudget): an expression that needs more gives nothing, on every machine.
        var navigator = new HtmlXPathNavigator(page.NodeTree, budget: XPathWorkBudget.For(page.NodeTree.Count));
        object? result;
        var nodes = new List<HtmlXPathNavigator>();
        try
        {
            result = navigator.Evaluate(expression);
            if (result is not XPathNodeIterator iterator) return result?.ToString() ?? string.Empty;
            while (iterator.MoveNext())
            {
                if (iterator.Current is HtmlXPathNavigator node) nodes.Add(node.CloneUnbounded());
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            if (IsBudgetCut(e)) cut ??= text;
            nodes.Clear();
        }
        nodes.Sort(static (a, b) => a.NodeIndex != b.NodeIndex ? a.NodeIndex.CompareTo(b.NodeIndex) : a.AttributeIndex.CompareTo(b.AttributeIndex));
        return nodes;
    }

    // The engine may wrap what a navigator throws; the cut is the budget's exception anywhere in the chain.
    private static bool IsBudgetCut(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is XPathWorkBudgetExceededException) return true;
        }
        return false;
    }

    // The element a node result stands for: itself, or the document element for the root.
    private static IElement? ElementOf(HtmlArticleDocument page, HtmlXPathNavigator node) =>
        node.NodeIndex == 0 ? page.Html.DocumentElement : node.AttributeIndex < 0 ? node.Element : null;

    private HtmlValue ValueOf(HtmlArticleDocument page, LineSource lines, HtmlXPathNavigator node)
    {
        if (node.AttributeIndex >= 0)
        {
            return node.Attribute is { } attribute ? _values.AttributeValue(page, node.Element!, attribute.Name) : default;
        }
        if (ElementOf(page, node) is { } element) return _values.ValueOf(page, lines, element);
        var owner = node.Clone();
        owner.MoveToParent();
        var parent = ((HtmlXPathNavigator)owner).Element;
        return node.UnderlyingObject is IText text && parent is not null
            ? TextNodeValue(page, lines, text, parent)
            : StringValue(page, node.Value);
    }

    // A text node: its text where the parent's text has it (the k-th occurrence for the k-th such text node of the
    // parent), so it is page text with a span; text the document does not show (a script's, say) has no place.
    private HtmlValue TextNodeValue(HtmlArticleDocument page, LineSource lines, IText text, IElement parent)
    {
        var normalized = TextNormalizer.Normalize(text.Data.AsSpan());
        if (normalized.Length == 0) return default;
        if (page.TryGetTextRange(parent, out var start, out var length))
        {
            var occurrence = 0;
            foreach (var sibling in parent.ChildNodes)
            {
                if (ReferenceEquals(sibling, text)) break;
                if (sibling is IText other && TextNormalizer.Normalize(other.Data.AsSpan()) == normalized) occurrence++;
            }
            var documentText = lines.Text;
            var at = start;
            var end = start + length;
            while (true)
            {
                at = documentText.IndexOf(normalized, at, end - at, StringComparison.Ordinal);
                if (at < 0 || occurrence-- == 0) break;
                at += normalized.Length;
            }
            if (at >= 0 && TextRanges.TryGetText(lines, at, at + normalized.Length, null, out var piece))
            {
                return _values.TextValue(page, parent, piece);
            }
        }
        return StringValue(page, normalized);
    }

    // A string the expression computed (or a comment's text): white space collapsed; it has no place in the page.
    private HtmlValue StringValue(HtmlArticleDocument page, string raw)
    {
        var text = TextNormalizer.Normalize(raw.AsSpan());
        if (text.Length == 0) return default;
        if (ResolveUrls) text = page.ResolveUrl(text)?.AbsoluteUri ?? text;
        return new HtmlValue(text, default, null, HtmlValueSource.XPathResult, -1, -1);
    }
}
