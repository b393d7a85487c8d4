using System;
using System.Text.Json;
using ArticleModel.CompilerServices;
using ArticleModel.Schema;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Interpreter;

/// <summary>
/// Writes an interpreted article as schema.org JSON-LD by running its <see cref="JsonLdPlan"/>: the same
/// <see cref="JsonLdFieldWriter"/> calls, with the same values, as the generated <c>WriteJsonLd</c>.
/// </summary>
internal static class JsonLdWriting
{
    public static void Write(Utf8JsonWriter writer, JsonLdPlan plan, InterpretedValue article)
    {
        JsonLdFieldWriter.WriteStart(writer, plan.Type);
        foreach (var p in plan.Properties) WriteProperty(writer, p, article, null);
        writer.WriteEndObject();
    }

    // node: inside a node's member map, the record the node is written from; else null.
    private static void WriteProperty(Utf8JsonWriter writer, JsonLdPropertyPlan p, InterpretedValue article, InterpretedValue? node)
    {
        var value = Value(p, article, node);
        switch (p.Writer)
        {
            case JsonLdWriterKind.Text: JsonLdFieldWriter.WriteText(writer, p.Name, (string?)value); break;
            case JsonLdWriterKind.Paragraph: JsonLdFieldWriter.WriteParagraph(writer, p.Name, (Paragraph?)value); break;
            case JsonLdWriterKind.Texts: JsonLdFieldWriter.WriteTexts(writer, p.Name, (ValueList<string>)value!); break;
            case JsonLdWriterKind.JoinedTexts: JsonLdFieldWriter.WriteJoinedTexts(writer, p.Name, (ValueList<string>)value!); break;
            case JsonLdWriterKind.JoinedParagraphs: JsonLdFieldWriter.WriteJoinedParagraphs(writer, p.Name, (ValueList<Paragraph>)value!); break;
            case JsonLdWriterKind.Date: JsonLdFieldWriter.WriteDate(writer, p.Name, (ArticleDate?)value); break;
            case JsonLdWriterKind.Url: JsonLdFieldWriter.WriteUrl(writer, p.Name, (Uri?)value); break;
            case JsonLdWriterKind.Urls: JsonLdFieldWriter.WriteUrls(writer, p.Name, (ValueList<Uri>)value!); break;
            case JsonLdWriterKind.Int: JsonLdFieldWriter.WriteInt(writer, p.Name, (int?)value); break;
            case JsonLdWriterKind.NamedNode: JsonLdFieldWriter.WriteNamedNode(writer, p.Name, p.NodeType!, (string?)value); break;
            case JsonLdWriterKind.NamedNodes: JsonLdFieldWriter.WriteNamedNodes(writer, p.Name, p.NodeType!, (ValueList<string>)value!); break;
            case JsonLdWriterKind.Node when p.Parts.Count == 0:
                // A node made of fields: written when its name is present.
                if (JsonLdFieldWriter.IsPresent(Value(p.Members[p.KeyMember], article, node)))
                {
                    JsonLdFieldWriter.WriteStartNode(writer, p.Name, p.NodeType!);
                    foreach (var m in p.Members) WriteProperty(writer, m, article, node);
                    writer.WriteEndObject();
                }
                break;
            case JsonLdWriterKind.Node:
                if (value is RecordValue record)
                {
                    JsonLdFieldWriter.WriteStartNode(writer, p.Name, p.NodeType!);
                    foreach (var m in p.Members) WriteProperty(writer, m, article, record);
                    writer.WriteEndObject();
                }
                break;
            case JsonLdWriterKind.Nodes:
                var records = (ValueList<RecordValue>)value!;
                if (records.Count > 0)
                {
                    writer.WriteStartArray(p.Name);
                    foreach (var item in records)
                    {
                        JsonLdFieldWriter.WriteStartNode(writer, p.NodeType!);
                        foreach (var m in p.Members) WriteProperty(writer, m, article, item);
                        writer.WriteEndObject();
                    }
                    writer.WriteEndArray();
                }
                break;
        }
    }

    /// <summary>A property's value: its one reference, a string's joined parts, or null for a node made of fields.</summary>
    private static object? Value(JsonLdPropertyPlan p, InterpretedValue article, InterpretedValue? node) =>
        p.IsString ? Join(p, article, node) : p.Parts.Count == 0 ? null : Reference(p.Parts[0], article, node);

    /// <summary>A reference's value, null when absent: a field, a member of a single record field, or a member of the node's record.</summary>
    private static object? Reference(JsonLdValuePlan part, InterpretedValue article, InterpretedValue? node)
    {
        if (part.Field < 0) return node!.IsAbsent(part.Member) ? null : node[part.Member];
        var value = article.IsAbsent(part.Field) ? null : article[part.Field];
        if (part.Member < 0) return value;
        return value is RecordValue record && !record.IsAbsent(part.Member) ? record[part.Member] : null;
    }

    private static string? Join(JsonLdPropertyPlan p, InterpretedValue article, InterpretedValue? node)
    {
        var parts = new string?[p.Parts.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            var part = p.Parts[i];
            if (part.Literal is not null)
            {
                parts[i] = part.Literal;
                continue;
            }
            var value = Reference(part, article, node);
            parts[i] = part.Kind switch
            {
                ValueKind.Paragraph => JsonLdFieldWriter.TextOf((Paragraph?)value),
                ValueKind.Int => JsonLdFieldWriter.TextOf((int?)value),
                ValueKind.Date => JsonLdFieldWriter.TextOf((ArticleDate?)value),
                ValueKind.Url => JsonLdFieldWriter.TextOf((Uri?)value),
                _ => JsonLdFieldWriter.TextOf((string?)value),
            };
        }
        return JsonLdFieldWriter.Join(parts);
    }
}
