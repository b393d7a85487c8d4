using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using AngleSharp.Dom;
using ArticleModel.Html.JsonLd;
using ArticleModel.Html.Locators;
using ArticleModel.Html.Reading;

namespace ArticleModel.Html;

// What HTML locators need from a page: the page a document came from, its lines, its meta elements and its JSON-LD,
// each built once per page on first use (thread-safe).
public sealed partial class HtmlArticleDocument
{
    // Every document this reader built, to its page: a parser gets an ArticleDocument and finds its page here, so the
    // core runtime needs no reference to AngleSharp. Weak keys: an entry lives as long as its document.
    private static readonly ConditionalWeakTable<ArticleDocument, HtmlArticleDocument> Pages = new();

    private LineSource? _lines;
    private Dictionary<string, List<IElement>>? _meta;
    private JsonLdData? _jsonLd;
    private global::ArticleModel.Html.Content.ContentSelection? _content;
    private ElementIndex? _elements;

    /// <summary>
    /// The page <paramref name="document"/> was read from, when <see cref="HtmlReader"/> read it; null for a document
    /// from any other reader (plain text, say). HTML locators apply only to documents for which this is not null.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static HtmlArticleDocument? Of(ArticleDocument document)
    {
        if (document is null) throw new ArgumentNullException(nameof(document));
        return Pages.TryGetValue(document, out var page) ? page : null;
    }

    /// <summary>
    /// What reading the page's JSON-LD scripts noticed: AM2030 for a script that is not valid JSON (it is skipped),
    /// AM2031 for one too large or too deep. Empty when every script parsed (or there is none). The scripts are read on
    /// first use.
    /// </summary>
    public IReadOnlyList<ArticleDiagnostic> JsonLdDiagnostics => JsonLd.Diagnostics;

    /// <summary>The page's JSON-LD, parsed once on first use.</summary>
    internal JsonLdData JsonLd => LazyInitializer.EnsureInitialized(ref _jsonLd, () => JsonLdData.Read(this))!;

    /// <summary>The page's main content as the scorer chose it, computed once (every <c>@content</c> locator of every field shares it).</summary>
    internal global::ArticleModel.Html.Content.ContentSelection Content => LazyInitializer.EnsureInitialized(ref _content, () => global::ArticleModel.Html.Content.ContentScorer.Select(this))!;

    /// <summary>The page's elements in document order, listed once on first use (every selector locator scans it).</summary>
    internal ElementIndex Elements => LazyInitializer.EnsureInitialized(ref _elements, () => ElementIndex.Build(Html.DocumentElement))!;

    /// <summary>The document's lines, for locators used outside a parse.</summary>
    internal LineSource AllLines
    {
        get
        {
            if (_lines is { } lines) return lines;
            var built = new LineSource(Document);
            _lines = built;
            return built;
        }
    }

    /// <summary>The page's meta elements by <c>name</c>, <c>property</c> and <c>itemprop</c> (case-insensitive), in document order.</summary>
    internal Dictionary<string, List<IElement>> MetaByName => LazyInitializer.EnsureInitialized(ref _meta, BuildMetaIndex)!;

    /// <summary>Where an element's start tag is in <see cref="ArticleDocument.Input"/>; -1 when unknown.</summary>
    internal static int StartTagOf(IElement element) => BlockWalker.StartOf(element);

    /// <summary>The span of the input range [<paramref name="start"/>, <paramref name="end"/>).</summary>
    internal SourceSpan InputSpan(int start, int end)
    {
        var input = Document.Input;
        start = LineSource.Clamp(start, 0, input.Length);
        end = LineSource.Clamp(end, start, input.Length);
        if (Document.SourceMap is null) return default;
        var (line, column) = Document.SourceMap.LineAndColumn(start);
        return new SourceSpan(start, end - start, line, column);
    }

    /// <summary>The span of an attribute's value inside the element's start tag; an empty span at the tag when it cannot be found there.</summary>
    internal SourceSpan AttributeSpan(IElement element, string attribute)
    {
        var tag = StartTagOf(element);
        if (tag < 0) return default;
        return StartTagScanner.TryFindValue(Document.Input, tag, attribute, out var start, out var end)
            ? InputSpan(start, end)
            : InputSpan(tag, tag);
    }

    private Dictionary<string, List<IElement>> BuildMetaIndex()
    {
        var index = new Dictionary<string, List<IElement>>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in Html.GetElementsByTagName("meta"))
        {
            Add(index, meta, meta.GetAttribute("name"));
            Add(index, meta, meta.GetAttribute("property"));
            Add(index, meta, meta.GetAttribute("itemprop"));
        }
        return index;

        static void Add(Dictionary<string, List<IElement>> index, IElement meta, string? key)
        {
            if (key is null) return;
            key = key.Trim();
            if (key.Length == 0) return;
            if (!index.TryGetValue(key, out var list)) index[key] = list = new List<IElement>(1);
            if (list.Count == 0 || !ReferenceEquals(list[list.Count - 1], meta)) list.Add(meta);
        }
    }
}
