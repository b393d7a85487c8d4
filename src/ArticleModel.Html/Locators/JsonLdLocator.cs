using System;
using System.Collections.Generic;
using ArticleModel.Html.JsonLd;

namespace ArticleModel.Html;

/// <summary>
/// The <c>@jsonld</c> locator: a property path (<c>headline</c>, <c>author.name</c>, <c>image.url</c>) into the page's
/// schema.org article objects — <c>Article</c>, <c>NewsArticle</c>, <c>BlogPosting</c>, <c>ReportageNewsArticle</c> and
/// the other subtypes of <c>Article</c> — found in any <c>application/ld+json</c> script at the top level, in arrays,
/// in <c>@graph</c> containers or nested in other objects. Arrays are stepped through, <c>{"@id": …}</c> references
/// resolved, authors may be strings or objects, images strings, objects or arrays. The first article (document order)
/// the path gives a value for wins. Scripts that are not valid JSON are skipped (see
/// <see cref="HtmlArticleDocument.JsonLdDiagnostics"/>). Immutable and thread-safe.
/// </summary>
public sealed class JsonLdLocator
{
    private readonly JsonLdPath? _path;

    /// <summary>Creates the locator.</summary>
    /// <param name="path">The property path: property names separated by dots.</param>
    /// <param name="resolveUrls">Whether values are links to resolve against the page's base URL.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException">The path is empty or malformed.</exception>
    public JsonLdLocator(string path, bool resolveUrls = false)
        : this(path ?? throw new ArgumentNullException(nameof(path)), resolveUrls, throwOnError: true)
    {
    }

    private JsonLdLocator(string path, bool resolveUrls, bool throwOnError)
    {
        Path = path;
        ResolveUrls = resolveUrls;
        _path = JsonLdPath.TryParse(path, out var error);
        if (error is not null && throwOnError) throw new ArgumentException(error, nameof(path));
        Error = error;
    }

    /// <summary>For generated code and the interpreter: never throws; a malformed path finds nothing.</summary>
    internal static JsonLdLocator CreateUnchecked(string path, bool resolveUrls) => new(path ?? string.Empty, resolveUrls, throwOnError: false);

    /// <summary>The path as given.</summary>
    public string Path { get; }

    /// <summary>Whether values are resolved as links against the page's base URL.</summary>
    public bool ResolveUrls { get; }

    internal string? Error { get; }

    /// <summary>The first value of the first article that has one; the default value when none has.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is null.</exception>
    public HtmlValue Find(HtmlArticleDocument page)
    {
        if (page is null) throw new ArgumentNullException(nameof(page));
        if (_path is null) return default;
        var data = page.JsonLd;
        foreach (var article in data.Articles)
        {
            // Depth first to the first value: the values after it are never made.
            if (_path.First(article.Value, data) is not { } text) continue;
            return Value(page, article, text);
        }
        return default;
    }

    /// <summary>
    /// Every value of the first article that has any (<c>author.name</c> over several authors gives each); a string with
    /// blank lines gives each paragraph (an <c>articleBody</c> read into a list of paragraphs).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is null.</exception>
    public IReadOnlyList<HtmlValue> FindAll(HtmlArticleDocument page) => Evaluate(page);

    /// <summary>As <see cref="FindAll"/>, as a new array (what generated code keeps): made once at its size, not a list and its copy.</summary>
    internal HtmlValue[] FindAllArray(HtmlArticleDocument page) => Evaluate(page);

    /// <inheritdoc />
    public override string ToString() => "@jsonld(" + Path + ")";

    private HtmlValue[] Evaluate(HtmlArticleDocument page)
    {
        if (page is null) throw new ArgumentNullException(nameof(page));
        if (_path is null) return Array.Empty<HtmlValue>();
        var data = page.JsonLd;
        foreach (var article in data.Articles)
        {
            // Every value (a list field): a string's paragraphs are values of their own.
            var texts = _path.Evaluate(article.Value, data, splitParagraphs: true);
            if (texts.Count == 0) continue;
            var values = new HtmlValue[texts.Count];
            for (var i = 0; i < values.Length; i++) values[i] = Value(page, article, texts[i]);
            return values;
        }
        return Array.Empty<HtmlValue>();
    }

    private HtmlValue Value(HtmlArticleDocument page, JsonLdNode article, string text)
    {
        var value = ResolveUrls ? page.ResolveUrl(text)?.AbsoluteUri ?? text : text;
        return new HtmlValue(value, article.Span, article.Script, HtmlValueSource.JsonLd, -1, -1);
    }
}
