using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace ArticleModel;

/// <summary>
/// What parsing one article gave: the value (when every required field was found), where each field came from,
/// and every diagnostic. Parsers return this instead of throwing.
/// </summary>
/// <typeparam name="T">The model type.</typeparam>
public sealed class ParseResult<T> where T : class, IJsonWritable
{
    /// <summary>Creates a result.</summary>
    public ParseResult(T? value, FieldSpans spans, IReadOnlyList<ArticleDiagnostic> diagnostics)
        : this(value, spans, diagnostics, null)
    {
    }

    /// <summary>Creates a result of an article with layouts, naming the layout it was parsed with.</summary>
    /// <param name="value">The value.</param>
    /// <param name="spans">Where each field's value came from.</param>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <param name="layout">The layout's name (<c>"current"</c> for the article's own fields); null for an article without layouts.</param>
    public ParseResult(T? value, FieldSpans spans, IReadOnlyList<ArticleDiagnostic> diagnostics, string? layout)
    {
        Layout = layout;
        Spans = spans ?? throw new ArgumentNullException(nameof(spans));
        Diagnostics = diagnostics ?? throw new ArgumentNullException(nameof(diagnostics));
        var hasError = false;
        foreach (var d in diagnostics)
        {
            if (d.Severity == DiagnosticSeverity.Error)
            {
                hasError = true;
                break;
            }
        }
        HasErrors = hasError;
        Value = value;
    }

    /// <summary>
    /// The parsed model. Present whenever the parser could build one; when <see cref="Success"/> is false it holds what
    /// was found, with missing required text fields left empty.
    /// </summary>
    public T? Value { get; }

    /// <summary>True when there is a value and no error diagnostics.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Success => Value is not null && !HasErrors;

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors { get; }

    /// <summary>Where each field's value came from.</summary>
    public FieldSpans Spans { get; }

    /// <summary>Everything the reader and the parser noticed, in the order they noticed it.</summary>
    public IReadOnlyList<ArticleDiagnostic> Diagnostics { get; }

    /// <summary>
    /// For an article with <c>layout</c> blocks: the layout the value was found with — <c>"current"</c> for the article's
    /// own fields, else the layout's name (docs/schema-language.md §12). Null for an article without layouts.
    /// </summary>
    public string? Layout { get; }

    /// <summary>
    /// Writes the whole result as one JSON object: <c>value</c>, <c>spans</c> (field → [start, length, line, column] lists)
    /// and <c>diagnostics</c>. Used to compare generated and interpreted parsers.
    /// </summary>
    public void WriteJson(Utf8JsonWriter writer) => ResultJson.Write(writer, Value, Spans, Diagnostics, ResultJsonOptions.Default, Layout);
}
