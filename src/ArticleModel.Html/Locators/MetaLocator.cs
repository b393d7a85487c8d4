using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace ArticleModel.Html;

/// <summary>
/// The <c>@meta</c> locator: the <c>content</c> of the page's <c>&lt;meta&gt;</c> elements whose <c>name</c>,
/// <c>property</c> or <c>itemprop</c> is one of the given names (case-insensitive). Names are tried in order; for each,
/// the first element in document order with non-empty content wins. Immutable and thread-safe.
/// </summary>
public sealed class MetaLocator
{
    /// <summary>Creates the locator.</summary>
    /// <param name="names">The names, tried in order (<c>"og:title"</c>, <c>"twitter:title"</c>).</param>
    /// <param name="resolveUrls">Whether values are links to resolve against the page's base URL (<c>og:image</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> is null.</exception>
    /// <exception cref="ArgumentException">No name was given, or a name is empty.</exception>
    public MetaLocator(IEnumerable<string> names, bool resolveUrls = false)
        : this(names ?? throw new ArgumentNullException(nameof(names)), resolveUrls, throwOnError: true)
    {
    }

    private MetaLocator(IEnumerable<string> names, bool resolveUrls, bool throwOnError)
    {
        var list = new List<string>();
        foreach (var name in names)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                if (throwOnError) throw new ArgumentException("a meta name is empty", nameof(names));
                continue;
            }
            list.Add(name.Trim());
        }
        if (list.Count == 0 && throwOnError) throw new ArgumentException("no meta name was given", nameof(names));
        Names = new ReadOnlyCollection<string>(list);
        ResolveUrls = resolveUrls;
    }

    /// <summary>For generated code and the interpreter: never throws; empty names are left out.</summary>
    internal static MetaLocator CreateUnchecked(IEnumerable<string> names, bool resolveUrls) => new(names ?? Array.Empty<string>(), resolveUrls, throwOnError: false);

    /// <summary>The names, in the order they are tried.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Whether values are resolved as links against the page's base URL.</summary>
    public bool ResolveUrls { get; }

    /// <summary>The first non-empty content (see the class remarks); the default value when there is none.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is null.</exception>
    public HtmlValue Find(HtmlArticleDocument page)
    {
        var values = Evaluate(page, first: true);
        return values.Count > 0 ? values[0] : default;
    }

    /// <summary>Every non-empty content of the first name that has any, in document order (<c>article:tag</c> given once per tag).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is null.</exception>
    public IReadOnlyList<HtmlValue> FindAll(HtmlArticleDocument page) => Evaluate(page, first: false);

    private List<HtmlValue> Evaluate(HtmlArticleDocument page, bool first)
    {
        if (page is null) throw new ArgumentNullException(nameof(page));
        var values = new List<HtmlValue>();
        var index = page.MetaByName;
        foreach (var name in Names)
        {
            if (!index.TryGetValue(name, out var elements)) continue;
            foreach (var meta in elements)
            {
                var attribute = ContentAttributeOf(meta);
                if (attribute is null) continue;
                var text = TextNormalizer.Normalize(meta.GetAttribute(attribute).AsSpan());
                if (text.Length == 0) continue;
                if (ResolveUrls) text = page.ResolveUrl(text)?.AbsoluteUri ?? text;
                values.Add(new HtmlValue(text, page.AttributeSpan(meta, attribute), meta, HtmlValueSource.Meta, -1, -1));
                if (first) return values;
            }
            if (values.Count > 0) return values;
        }
        return values;
    }

    /// <summary>
    /// Which attribute holds a meta element's value: <c>content</c>, else <c>value</c> (some saved pages write
    /// <c>&lt;meta name="og:title" value="…"&gt;</c>); null when it has neither. The one rule for every locator that reads
    /// a meta element's value (<c>@meta</c>, and <c>attr: "content"</c> of <c>@css</c>/<c>@xpath</c> on a meta element).
    /// </summary>
    internal static string? ContentAttributeOf(AngleSharp.Dom.IElement meta) =>
        meta.HasAttribute("content") ? "content" : meta.HasAttribute("value") ? "value" : null;

    /// <inheritdoc />
    public override string ToString() => "@meta(" + string.Join(", ", Names) + ")";
}
