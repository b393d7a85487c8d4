using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ArticleModel;

/// <summary>Writes parse results and their parts as JSON. Shared by generated models and the interpreter so both write the same bytes.</summary>
public static class ResultJson
{
    /// <summary>Writes <c>{"value":…,"spans":{…},"diagnostics":[…]}</c>.</summary>
    public static void Write(Utf8JsonWriter writer, IJsonWritable? value, FieldSpans spans, IReadOnlyList<ArticleDiagnostic> diagnostics)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("value");
        if (value is null) writer.WriteNullValue();
        else value.WriteJson(writer);
        writer.WritePropertyName("spans");
        WriteSpans(writer, spans);
        writer.WritePropertyName("diagnostics");
        WriteDiagnostics(writer, diagnostics);
        writer.WriteEndObject();
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

    /// <summary>Writes a string property, or null.</summary>
    public static void WriteString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteString(name, value);
    }

    /// <summary>Writes a list of paragraphs as an array of their texts.</summary>
    public static void WriteParagraphs(Utf8JsonWriter writer, string name, ValueList<Paragraph> paragraphs)
    {
        writer.WriteStartArray(name);
        foreach (var p in paragraphs) writer.WriteStringValue(p.Text);
        writer.WriteEndArray();
    }

    /// <summary>Writes a list of strings.</summary>
    public static void WriteStrings(Utf8JsonWriter writer, string name, ValueList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var v in values) writer.WriteStringValue(v);
        writer.WriteEndArray();
    }

    /// <summary>Writes a paragraph property as its text, or null.</summary>
    public static void WriteParagraph(Utf8JsonWriter writer, string name, Paragraph? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteString(name, value.Text);
    }

    /// <summary>Writes an int property, or null.</summary>
    public static void WriteInt(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteNumber(name, value.Value);
    }

    /// <summary>Writes a date property as ISO 8601, or null.</summary>
    public static void WriteDate(Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteString(name, value.Value);
    }

    /// <summary>Writes a URL property as its absolute form, or null.</summary>
    public static void WriteUrl(Utf8JsonWriter writer, string name, Uri? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteString(name, value.AbsoluteUri);
    }

    /// <summary>Writes a nested object property (a record or a quote), or null.</summary>
    public static void WriteObject(Utf8JsonWriter writer, string name, IJsonWritable? value)
    {
        writer.WritePropertyName(name);
        if (value is null) writer.WriteNullValue();
        else value.WriteJson(writer);
    }

    /// <summary>Writes a list of ints.</summary>
    public static void WriteInts(Utf8JsonWriter writer, string name, ValueList<int> values)
    {
        writer.WriteStartArray(name);
        foreach (var v in values) writer.WriteNumberValue(v);
        writer.WriteEndArray();
    }

    /// <summary>Writes a list of dates.</summary>
    public static void WriteDates(Utf8JsonWriter writer, string name, ValueList<DateTimeOffset> values)
    {
        writer.WriteStartArray(name);
        foreach (var v in values) writer.WriteStringValue(v);
        writer.WriteEndArray();
    }

    /// <summary>Writes a list of URLs.</summary>
    public static void WriteUrls(Utf8JsonWriter writer, string name, ValueList<Uri> values)
    {
        writer.WriteStartArray(name);
        foreach (var v in values) writer.WriteStringValue(v.AbsoluteUri);
        writer.WriteEndArray();
    }

    /// <summary>Writes a list of objects (records or quotes).</summary>
    public static void WriteObjects<T>(Utf8JsonWriter writer, string name, ValueList<T> values) where T : IJsonWritable
    {
        writer.WriteStartArray(name);
        foreach (var v in values) v.WriteJson(writer);
        writer.WriteEndArray();
    }

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
    public static string ToJsonString(IJsonWritable value, bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions(indented)))
        {
            value.WriteJson(writer);
        }
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }
}
