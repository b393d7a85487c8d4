using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace ArticleModel.CompilerServices;

/// <summary>
/// Chooses the layout an article with <c>layout</c> blocks is parsed with (docs/schema-language.md §12): by date when
/// the caller knows when the page was published or fetched, else by trying the layouts in order. Generated parsers and
/// the interpreter both call this, with the candidates their plan lists, so both choose alike.
/// </summary>
/// <remarks>For generated code and the interpreter only; it may change between versions without notice.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Layouts
{
    /// <summary>The name of the article's own fields as a layout.</summary>
    public const string Current = "current";

    /// <summary>
    /// With <paramref name="date"/>: the layout in use that day — the one with the earliest <c>until</c> on or after it
    /// (the current layout after every <c>until</c>); layouts without a date are not chosen by date. Without: the first
    /// layout, in order (the current one first), whose parse has no error and finds every one of its key fields; when
    /// none does, the current layout's result with AM3021.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="date">The day the page is from, or null.</param>
    /// <param name="layouts">The current layout, then the <c>layout</c> blocks in the order written (newest first).</param>
    public static ParseResult<T> Choose<T>(ArticleDocument document, DateTime? date, LayoutCandidate<T>[] layouts) where T : class, IJsonWritable
    {
        if (document is null) throw new ArgumentNullException(nameof(document));
        if (layouts is null || layouts.Length == 0) throw new ArgumentException("no layout", nameof(layouts));
        if (date is { } when)
        {
            var day = when.Date;
            var chosen = layouts[0];
            for (var i = 1; i < layouts.Length; i++)
            {
                // Newest first with earlier and earlier dates: the last one still in use that day is the tightest.
                if (layouts[i].Until is { } until && day <= until) chosen = layouts[i];
            }
            return Named(chosen.Parse(document), chosen.Name, null);
        }
        ParseResult<T>? first = null;
        foreach (var layout in layouts)
        {
            var result = layout.Parse(document);
            if (Matches(result, layout.KeyFields)) return Named(result, layout.Name, null);
            first ??= result;
        }
        var names = new List<string>(layouts.Length);
        foreach (var layout in layouts) names.Add("'" + layout.Name + "'");
        var warning = new ArticleDiagnostic(DiagnosticIds.NoLayoutMatched, DiagnosticSeverity.Warning,
            "no layout found all its fields (tried " + string.Join(", ", names) + "); the current layout's values are given", default, null);
        return Named(first!, layouts[0].Name, warning);
    }

    // No error, and every key field has a value (a list at least one item): its spans are where values were found.
    private static bool Matches<T>(ParseResult<T> result, string[] keyFields) where T : class, IJsonWritable
    {
        if (result.HasErrors || result.Value is null) return false;
        foreach (var field in keyFields)
        {
            if (result.Spans.All(field).IsEmpty) return false;
        }
        return true;
    }

    private static ParseResult<T> Named<T>(ParseResult<T> result, string name, ArticleDiagnostic? warning) where T : class, IJsonWritable
    {
        IReadOnlyList<ArticleDiagnostic> diagnostics = result.Diagnostics;
        if (warning is not null)
        {
            var list = new List<ArticleDiagnostic>(diagnostics) { warning };
            diagnostics = list;
        }
        return new ParseResult<T>(result.Value, result.Spans, diagnostics, name);
    }
}
