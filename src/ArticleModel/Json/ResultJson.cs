using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ArticleModel;

/// <summary>
/// Writes parse results and their parts as JSON, with the options every ArticleModel JSON output uses. Shared by
/// generated models, the interpreter and the CLI so all of them write the same bytes.
/// </summary>
/// <remarks>The per-property writers generated models call are in <see cref="CompilerServices.JsonFieldWriter"/>.</remarks>
public static class ResultJson
{
    /// <summary>Writes <c>{"value":…,"spans":{…},"diagnostics":[…]}</c>.</summary>
    public static void Write(Utf8JsonWriter writer, IJsonWritable? value, FieldSpans spans, IReadOnlyList<ArticleDiagnostic> diagnostics)
        => Write(writer, value, spans, diagnostics, ResultJsonOptions.Default);

    /// <summary>Writes <c>{"value":…,"spans":{…},"diagnostics":[…]}</c>, the value as <paramref name="options"/> say.</summary>
    public static void Write(Utf8JsonWriter writer, IJsonWritable? value, FieldSpans spans, IReadOnlyList<ArticleDiagnostic> diagnostics, ResultJsonOptions? options)
        => Write(writer, value, spans, diagnostics, options, null);

    /// <summary>Writes <c>{"layout":…,"value":…,"spans":{…},"diagnostics":[…]}</c>; <c>layout</c> only when <paramref name="layout"/> is not null (an article with layouts).</summary>
    public static void Write(Utf8JsonWriter writer, IJsonWritable? value, FieldSpans spans, IReadOnlyList<ArticleDiagnostic> diagnostics, ResultJsonOptions? options, string? layout)
    {
        writer.WriteStartObject();
        if (layout is not null) writer.WriteString("layout", layout);
        writer.WritePropertyName("value");
        WriteValue(writer, value, options);
        writer.WritePropertyName("spans");
        WriteSpans(writer, spans);
        writer.WritePropertyName("diagnostics");
        WriteDiagnostics(writer, diagnostics);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes <paramref name="value"/> (or <c>null</c>) as <paramref name="options"/> say; for example with
    /// <see cref="ResultJsonOptions.IncludeQuoteSpans"/> every quote in it, at any depth, carries its spans.
    /// </summary>
    public static void WriteValue(Utf8JsonWriter writer, IJsonWritable? value, ResultJsonOptions? options)
    {
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        if (value is null) writer.WriteNullValue();
        else JsonWriteScope.Write(writer, value, options);
    }

    /// <summary>Writes the field → spans map; each span is <c>[start, length, line, column]</c>.</summary>
    public static void WriteSpans(Utf8JsonWriter writer, FieldSpans spans)
    {
        writer.WriteStartObject();
        foreach (var field in spans.Fields)
        {
            writer.WritePropertyName(field);
            writer.WriteStartArray();
            foreach (var span in spans.All(field)) WriteSpan(writer, span);
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes one span as <c>[start, length, line, column]</c>.</summary>
    public static void WriteSpan(Utf8JsonWriter writer, SourceSpan span)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(span.Start);
        writer.WriteNumberValue(span.Length);
        writer.WriteNumberValue(span.Line);
        writer.WriteNumberValue(span.Column);
        writer.WriteEndArray();
    }

    /// <summary>Writes diagnostics as an array of objects.</summary>
    public static void WriteDiagnostics(Utf8JsonWriter writer, IReadOnlyList<ArticleDiagnostic> diagnostics)
    {
        writer.WriteStartArray();
        foreach (var d in diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("id", d.Id);
            writer.WriteString("severity", d.SeverityText);
            writer.WriteString("message", d.Message);
            writer.WriteNumber("line", d.Span.Line);
            writer.WriteNumber("column", d.Span.Column);
            if (d.Field is not null) writer.WriteString("field", d.Field);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    // Quote.WriteJson (same assembly) writes its members through here; generated code calls JsonFieldWriter directly.
    internal static void WriteString(Utf8JsonWriter writer, string name, string? value) => CompilerServices.JsonFieldWriter.WriteString(writer, name, value);

    /// <summary>
    /// The writer options every ArticleModel JSON output uses: relaxed escaping (non-ASCII text and typographic quotes
    /// stay readable; the output is not meant to be embedded in HTML unescaped).
    /// </summary>
    public static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Indented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="value"/> to a string.</summary>
    public static string ToJsonString(IJsonWritable value, bool indented = false) => ToJsonString(value, indented, ResultJsonOptions.Default);

    /// <summary>Writes <paramref name="value"/> as schema.org JSON-LD to a string, with the same writer options as JSON.</summary>
    public static string ToJsonLdString(IJsonLdWritable value, bool indented = false)
    {
        if (value is null) throw new ArgumentNullException(nameof(value));
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions(indented))) value.WriteJsonLd(writer);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes <paramref name="value"/> to a string as <paramref name="options"/> say.</summary>
    public static string ToJsonString(IJsonWritable value, bool indented, ResultJsonOptions? options)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions(indented)))
        {
            WriteValue(writer, value, options);
        }
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }
}
