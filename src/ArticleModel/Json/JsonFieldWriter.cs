using System;
using System.ComponentModel;
using System.Text.Json;

namespace ArticleModel.CompilerServices;

/// <summary>
/// Writes one property of a parsed value as JSON, per value kind. Generated models and the interpreter call the same
/// method for the same schema type, so both write the same bytes.
/// </summary>
/// <remarks>For generated code and the interpreter only; it may change between versions without notice. To write a
/// whole value or result, use <see cref="IJsonWritable.WriteJson"/>, <see cref="ResultJson"/> or
/// <see cref="ParseResult{T}.WriteJson"/>.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonFieldWriter
{
    /// <summary>Writes a string property, or null.</summary>
    public static void WriteString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null) writer.WriteNull(name);
        else LongJsonString.WriteProperty(writer, name, value);
    }

    /// <summary>Writes a list of paragraphs as an array of their texts.</summary>
    public static void WriteParagraphs(Utf8JsonWriter writer, string name, ValueList<Paragraph> paragraphs)
    {
        writer.WriteStartArray(name);
        foreach (var p in paragraphs)
        {
            p.WriteJsonValue(writer);
            LongJsonString.FlushIfLarge(writer);
        }
        writer.WriteEndArray();
    }

    /// <summary>Writes a list of strings.</summary>
    public static void WriteStrings(Utf8JsonWriter writer, string name, ValueList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var v in values)
        {
            LongJsonString.WriteValue(writer, v);
            LongJsonString.FlushIfLarge(writer);
        }
        writer.WriteEndArray();
    }

    /// <summary>Writes a paragraph property as its text, or null.</summary>
    public static void WriteParagraph(Utf8JsonWriter writer, string name, Paragraph? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
            return;
        }
        writer.WritePropertyName(name);
        value.WriteJsonValue(writer);
    }

    /// <summary>Writes an int property, or null.</summary>
    public static void WriteInt(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteNumber(name, value.Value);
    }

    /// <summary>Writes a date property as ISO 8601 with only the parts it has (<see cref="ArticleDate.ToString()"/>), or null.</summary>
    public static void WriteDate(Utf8JsonWriter writer, string name, ArticleDate? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
            return;
        }
        writer.WritePropertyName(name);
        WriteDateValue(writer, value.Value);
    }

    // ISO text is digits, '-', ':', '.', 'T' and '+': written raw, so every encoder writes the same bytes (no '\u002B').
    private static void WriteDateValue(Utf8JsonWriter writer, ArticleDate value)
    {
        Span<char> chars = stackalloc char[ArticleDate.MaxFormattedLength + 2];
        chars[0] = '"';
        var n = value.Format(chars.Slice(1)) + 1;
        chars[n++] = '"';
        Span<byte> bytes = stackalloc byte[ArticleDate.MaxFormattedLength + 2];
        for (var i = 0; i < n; i++) bytes[i] = (byte)chars[i];
        writer.WriteRawValue(bytes.Slice(0, n), skipInputValidation: true);
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
    public static void WriteDates(Utf8JsonWriter writer, string name, ValueList<ArticleDate> values)
    {
        writer.WriteStartArray(name);
        foreach (var v in values) WriteDateValue(writer, v);
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
        foreach (var v in values)
        {
            v.WriteJson(writer);
            LongJsonString.FlushIfLarge(writer);
        }
        writer.WriteEndArray();
    }
}
