using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ArticleModel.Html;
using ArticleModel.Interpreter;

namespace ArticleModel.Sites;

/// <summary>
/// A site schema with the built-in WebArticle behind it (<c>SiteSchemas</c>, and the CLI's <c>parse --schema SITE.article
/// --fallback webarticle</c>): the site schema wins field by field, and WebArticle fills what it leaves out — a field it found nothing for (null, or an empty list) when WebArticle has a field
/// of that name and type, and WebArticle's fields it does not declare (written after its own). A value the site schema
/// found is checked first (AM3037): a title that is the site's name or another story's, authors that are not names, a
/// day without the time WebArticle has give way to WebArticle's; a name given twice is dropped, and body blocks before
/// WebArticle's first paragraph are left out but for the caption of a figure right before it.
/// </summary>
/// <remarks>
/// WebArticle is interpreted here from the same schema text the HTML package compiles (the two back ends agree byte for
/// byte), so its field types can be compared with the site schema's.
/// </remarks>
public sealed class WebArticleFallbackParser : ArticleParser<WebArticleFallbackValue>
{
    private readonly InterpretedParser _site;
    private readonly InterpretedParser _fallback;

    // For each site field, the index of the WebArticle field of the same name and type (-1: none).
    private readonly int[] _sameField;

    // WebArticle's fields the site schema does not declare, in WebArticle's order.
    private readonly int[] _extraFields;

    private WebArticleFallbackParser(InterpretedParser site, InterpretedParser fallback, int[] sameField, int[] extraFields)
        : base(site.Name, site.FieldNames.Concat(extraFields.Select(i => fallback.FieldNames[i])))
    {
        _site = site;
        _fallback = fallback;
        _sameField = sameField;
        _extraFields = extraFields;
    }

    /// <summary>The site schema's own parser (its fields alone, without WebArticle's).</summary>
    public InterpretedParser Site => _site;

    /// <summary>The site parser with WebArticle behind it.</summary>
    /// <param name="site">The site schema's parser.</param>
    /// <exception cref="ArgumentNullException"><paramref name="site"/> is null.</exception>
    public static WebArticleFallbackParser Create(InterpretedParser site)
    {
        if (site is null) throw new ArgumentNullException(nameof(site));
        var fallback = WebArticleSchema.Parser;
        var siteTypes = site.FieldTypes;
        var fallbackTypes = fallback.FieldTypes;
        var same = new int[site.FieldNames.Count];
        for (var i = 0; i < same.Length; i++)
        {
            var j = IndexOf(fallback.FieldNames, site.FieldNames[i]);
            same[i] = j >= 0 && SameShape(siteTypes[i], fallbackTypes[j]) ? j : -1;
        }
        var extra = new List<int>();
        for (var j = 0; j < fallback.FieldNames.Count; j++)
        {
            if (IndexOf(site.FieldNames, fallback.FieldNames[j]) < 0) extra.Add(j);
        }
        return new WebArticleFallbackParser(site, fallback, same, extra.ToArray());
    }

    /// <summary>Parses the document with both schemas and takes each field from the site's value unless it is missing there.</summary>
    /// <param name="document">The document.</param>
    public override ParseResult<WebArticleFallbackValue> Parse(ArticleDocument document) => Parse(document, null);

    /// <summary>As <see cref="Parse(ArticleDocument)"/>, the site schema's layout chosen by the day the page is from (<see cref="InterpretedParser.Parse(ArticleDocument, DateTime?)"/>).</summary>
    /// <param name="document">The document.</param>
    /// <param name="layoutDate">The day the page was published or fetched, or null to try the layouts in order.</param>
    public ParseResult<WebArticleFallbackValue> Parse(ArticleDocument document, DateTime? layoutDate)
    {
        if (document is null) throw new ArgumentNullException(nameof(document));
        var site = _site.Parse(document, layoutDate);
        var fallback = _fallback.Parse(document);
        using var siteJson = JsonDocument.Parse(site.Value!.ToJson());
        using var fallbackJson = JsonDocument.Parse(fallback.Value!.ToJson());

        var taken = new bool[_sameField.Length];
        var kept = new int[]?[_sameField.Length];
        var takenNames = new HashSet<string>(StringComparer.Ordinal);
        var refused = new List<string>();
        var trimmed = new List<string>();
        string? pageTitle = null;
        var pageTitleRead = false;
        for (var i = 0; i < taken.Length; i++)
        {
            var j = _sameField[i];
            if (j < 0) continue;
            var name = _site.FieldNames[i];
            var siteValue = siteJson.RootElement.GetProperty(name);
            var fallbackValue = fallbackJson.RootElement.GetProperty(_fallback.FieldNames[j]);
            if (IsMissing(fallbackValue)) continue;
            if (IsMissing(siteValue))
            {
                taken[i] = true;
                takenNames.Add(name);
                continue;
            }
            // A found value is checked before it wins (ImportedValueChecks): a refused one gives way to WebArticle's.
            if (name == "title" && !pageTitleRead)
            {
                pageTitle = HtmlArticleDocument.Of(document)?.Html.Title;
                pageTitleRead = true;
            }
            var why = ImportedValueChecks.Refusal(name, siteValue, fallbackValue, fallbackJson.RootElement, pageTitle);
            if (why is not null)
            {
                taken[i] = true;
                refused.Add("'" + name + "' (" + why + ")");
                continue;
            }
            kept[i] = ImportedValueChecks.Kept(name, siteValue, fallbackValue,
                () => site.Spans.TryGet(name, out var blocks) ? FigureParts.Of(document, blocks) : null);
            if (kept[i] is not null) trimmed.Add("'" + name + "'");
        }
        var fromFallback = new HashSet<string>(takenNames, StringComparer.Ordinal);
        foreach (var j in _extraFields) fromFallback.Add(_fallback.FieldNames[j]);

        var spans = new FieldSpans.Builder();
        for (var i = 0; i < taken.Length; i++)
        {
            var name = _site.FieldNames[i];
            var source = taken[i] ? fallback.Spans : site.Spans;
            if (!source.TryGet(name, out var s)) continue;
            // A trimmed list keeps the spans of its kept elements (one span per element).
            if (kept[i] is { } k && s.Length > 0 && k[k.Length - 1] < s.Length) s = k.Select(x => s[x]).ToArray();
            spans.Add(name, s);
        }
        foreach (var j in _extraFields)
        {
            var name = _fallback.FieldNames[j];
            if (fallback.Spans.TryGet(name, out var s)) spans.Add(name, s);
        }

        var diagnostics = new List<ArticleDiagnostic>();
        // A required field WebArticle filled is no longer missing.
        foreach (var d in site.Diagnostics)
        {
            if (!(d.Id == DiagnosticIds.RequiredFieldMissing && d.Field is not null && takenNames.Contains(d.Field))) diagnostics.Add(d);
        }
        foreach (var d in fallback.Diagnostics)
        {
            if (d.Field is not null && fromFallback.Contains(d.Field)) diagnostics.Add(d);
        }
        if (takenNames.Count > 0)
        {
            var names = _site.FieldNames.Where(takenNames.Contains);
            diagnostics.Add(new ArticleDiagnostic(DiagnosticIds.FieldsFromWebArticle, DiagnosticSeverity.Info,
                $"the schema's article '{_site.Name}' found nothing for {string.Join(", ", names.Select(n => "'" + n + "'"))}; taken from the built-in WebArticle",
                default));
        }
        if (refused.Count > 0 || trimmed.Count > 0)
        {
            var parts = new List<string>();
            if (refused.Count > 0) parts.Add("refused " + string.Join(", ", refused) + ", taken from the built-in WebArticle");
            if (trimmed.Count > 0) parts.Add("trimmed " + string.Join(", ", trimmed) + " (a name given twice; body blocks before WebArticle's first paragraph but a figure's caption)");
            diagnostics.Add(new ArticleDiagnostic(DiagnosticIds.ImportedValueChecked, DiagnosticSeverity.Info,
                $"the schema's article '{_site.Name}': " + string.Join("; ", parts), default));
        }
        var value = new WebArticleFallbackValue(site.Value!, fallback.Value!, taken, kept, _sameField, _extraFields);
        return new ParseResult<WebArticleFallbackValue>(value, spans.Build(), diagnostics, site.Layout);
    }

    // Null, or an empty list: the schema found nothing there.
    private static bool IsMissing(JsonElement e) => e.ValueKind == JsonValueKind.Null || e.ValueKind == JsonValueKind.Array && e.GetArrayLength() == 0;

    // The same kind of value (optional or not): a text field takes text, a list of dates a list of dates.
    private static bool SameShape(InterpretedFieldType a, InterpretedFieldType b) =>
        a.Kind == b.Kind && a.IsList == b.IsList && string.Equals(a.RecordName, b.RecordName, StringComparison.Ordinal);

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal)) return i;
        }
        return -1;
    }
}
