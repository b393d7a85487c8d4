using System;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ArticleModel.CompilerServices;

/// <summary>
/// Writes the properties of a schema.org JSON-LD object, per value kind. Generated <c>WriteJsonLd</c> methods and the
/// interpreter call the same member for the same property of the plan, so both write the same bytes. An absent value
/// (null, empty text, an empty list) writes nothing: JSON-LD leaves out what is not known.
/// </summary>
/// <remarks>For generated code and the interpreter only; it may change between versions without notice. To write a
/// whole article, use <see cref="IJsonLdWritable.WriteJsonLd"/> or <see cref="ResultJson.ToJsonLdString"/>.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonLdFieldWriter
{
    /// <summary>The <c>@context</c> every object names.</summary>
    public const string Context = "https://schema.org";

    /// <summary>What separates paragraphs when a list becomes one text (<c>articleBody</c>).</summary>
    public const string ParagraphSeparator = "\n\n";

    /// <summary>Starts the article object: <c>{"@context":"https://schema.org","@type":…</c>.</summary>
    public static void WriteStart(Utf8JsonWriter writer, string type)
    {
        writer.WriteStartObject();
        writer.WriteString("@context", Context);
        writer.WriteString("@type", type);
    }

    /// <summary>Writes a text property unless the text is null or empty.</summary>
    public static void WriteText(Utf8JsonWriter writer, string name, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        LongJsonString.WriteProperty(writer, name, value);
    }

    /// <summary>Writes a paragraph's text unless it is absent.</summary>
    public static void WriteParagraph(Utf8JsonWriter writer, string name, Paragraph? value) => WriteText(writer, name, value?.Text);

    /// <summary>Writes a list of texts as an array, unless it is empty.</summary>
    public static void WriteTexts(Utf8JsonWriter writer, string name, ValueList<string> values)
    {
        if (values.Count == 0) return;
        writer.WriteStartArray(name);
        foreach (var v in values) LongJsonString.WriteValue(writer, v);
        writer.WriteEndArray();
    }

    /// <summary>Writes a list of texts as one text, the items separated by a blank line, unless it is empty.</summary>
    public static void WriteJoinedTexts(Utf8JsonWriter writer, string name, ValueList<string> values)
    {
        if (values.Count == 0) return;
        var sb = new StringBuilder();
        foreach (var v in values)
        {
            if (sb.Length > 0) sb.Append(ParagraphSeparator);
            sb.Append(v);
        }
        WriteText(writer, name, sb.ToString());
    }

    /// <summary>Writes a list of paragraphs as one text, separated by a blank line, unless it is empty.</summary>
    public static void WriteJoinedParagraphs(Utf8JsonWriter writer, string name, ValueList<Paragraph> values)
    {
        if (values.Count == 0) return;
        var sb = new StringBuilder();
        foreach (var v in values)
        {
            if (sb.Length > 0) sb.Append(ParagraphSeparator);
            sb.Append(v.TextOnce());
        }
        WriteText(writer, name, sb.ToString());
    }

    /// <summary>Writes a date as ISO 8601 with the parts it has (a time and offset only when the article gave them), unless it is absent.</summary>
    public static void WriteDate(Utf8JsonWriter writer, string name, ArticleDate? value)
    {
        if (value is null) return;
        JsonFieldWriter.WriteDate(writer, name, value);
    }

    /// <summary>Writes a URL as its absolute form, unless it is absent.</summary>
    public static void WriteUrl(Utf8JsonWriter writer, string name, Uri? value)
    {
        if (value is null) return;
        writer.WriteString(name, value.AbsoluteUri);
    }

    /// <summary>Writes a list of URLs as an array, unless it is empty.</summary>
    public static void WriteUrls(Utf8JsonWriter writer, string name, ValueList<Uri> values)
    {
        if (values.Count == 0) return;
        writer.WriteStartArray(name);
        foreach (var v in values) writer.WriteStringValue(v.AbsoluteUri);
        writer.WriteEndArray();
    }

    /// <summary>Writes a number, unless it is absent.</summary>
    public static void WriteInt(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is null) return;
        writer.WriteNumber(name, value.Value);
    }

    /// <summary>Writes <c>{"@type": type, "name": value}</c> (an author or publisher known by name), unless the name is absent.</summary>
    public static void WriteNamedNode(Utf8JsonWriter writer, string name, string type, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        writer.WriteStartObject(name);
        writer.WriteString("@type", type);
        LongJsonString.WriteProperty(writer, "name", value);
        writer.WriteEndObject();
    }

    /// <summary>Writes an array of named nodes, unless the list is empty.</summary>
    public static void WriteNamedNodes(Utf8JsonWriter writer, string name, string type, ValueList<string> values)
    {
        if (values.Count == 0) return;
        writer.WriteStartArray(name);
        foreach (var v in values)
        {
            writer.WriteStartObject();
            writer.WriteString("@type", type);
            LongJsonString.WriteProperty(writer, "name", v);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>Starts a node property written from a record: <c>"name":{"@type":type</c>; the caller writes its properties and ends it.</summary>
    public static void WriteStartNode(Utf8JsonWriter writer, string name, string type)
    {
        writer.WriteStartObject(name);
        writer.WriteString("@type", type);
    }

    /// <summary>Starts one node of an array: <c>{"@type":type</c>; the caller writes its properties and ends it.</summary>
    public static void WriteStartNode(Utf8JsonWriter writer, string type)
    {
        writer.WriteStartObject();
        writer.WriteString("@type", type);
    }

    /// <summary>Whether a node made of fields is written: its name (text, a paragraph or a template's value) is present.</summary>
    public static bool IsPresent(object? value) => value switch
    {
        null => false,
        string s => s.Length > 0,
        Paragraph p => p.Text.Length > 0,
        _ => true,
    };

    /// <summary>A string template's value: the parts joined, or null when any part is absent (null or empty).</summary>
    public static string? Join(params string?[] parts)
    {
        var sb = new StringBuilder();
        foreach (var part in parts)
        {
            if (string.IsNullOrEmpty(part)) return null;
            sb.Append(part);
        }
        return sb.ToString();
    }

    /// <summary>A template placeholder's text: the text itself.</summary>
    public static string? TextOf(string? value) => value;

    /// <summary>A template placeholder's text: the paragraph's text.</summary>
    public static string? TextOf(Paragraph? value) => value?.Text;

    /// <summary>A template placeholder's text: the number in invariant culture.</summary>
    public static string? TextOf(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>A template placeholder's text: the date as ISO 8601 with the parts it has.</summary>
    public static string? TextOf(ArticleDate? value) => value?.ToString();

    /// <summary>A template placeholder's text: the absolute URL.</summary>
    public static string? TextOf(Uri? value) => value?.AbsoluteUri;
}
