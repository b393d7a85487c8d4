using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArticleModel.Schema;
using ArticleModel.Schema.Lowering;
using static ArticleModel.Generators.Emit.RuntimeTypes;

namespace ArticleModel.Generators.Emit;

// WriteJsonLd: the article's JsonLdPlan written as calls to JsonLdFieldWriter, one per property, in the plan's order.
// The interpreter (JsonLdWriting) makes the same calls with the same values; nothing here decides what is written.
internal static partial class ModelEmitter
{
    private static void WriteJsonLdMethods(SourceWriter w, SchemaPlan model, ArticlePlan article, JsonLdPlan plan)
    {
        w.Line($"/// <summary>Writes the article as one schema.org JSON-LD object (<c>{Xml(plan.Type)}</c>); absent values are left out.</summary>");
        w.Line("/// <param name=\"writer\">The writer.</param>");
        w.Open($"public void {GeneratedNames.WriteJsonLd}(global::System.Text.Json.Utf8JsonWriter writer)");
        w.Line("if (writer is null) throw new global::System.ArgumentNullException(nameof(writer));");
        w.Line($"{JsonLdFieldWriter}.WriteStart(writer, {Literal(plan.Type)});");
        var locals = 0;
        foreach (var p in plan.Properties) WriteJsonLdProperty(w, model, article, p, null, ref locals);
        w.Line("writer.WriteEndObject();");
        w.Close();
        w.Line();
        w.Line("/// <summary>The article as a schema.org JSON-LD string (UTF-8 text, relaxed escaping, optionally indented).</summary>");
        w.Line("/// <param name=\"indented\">Whether to indent.</param>");
        w.Line($"public string {GeneratedNames.ToJsonLd}(bool indented = false) => {ResultJson}.ToJsonLdString(this, indented);");
    }

    // node: inside a node's member map, the local holding the record and the record's plan; else null.
    private static void WriteJsonLdProperty(SourceWriter w, SchemaPlan model, ArticlePlan article, JsonLdPropertyPlan p, (string Local, RecordPlan Record)? node, ref int locals)
    {
        var name = Literal(p.Name);
        var value = p.Parts.Count == 0 && !p.IsString ? "" : JsonLdValueExpr(model, article, p, node, ref locals);
        switch (p.Writer)
        {
            case JsonLdWriterKind.NamedNode:
            case JsonLdWriterKind.NamedNodes:
                w.Line($"{JsonLdFieldWriter}.Write{p.Writer}(writer, {name}, {Literal(p.NodeType!)}, {value});");
                break;
            case JsonLdWriterKind.Node when p.Parts.Count == 0:
            {
                // A node made of fields: written when its name is present.
                var local = "n" + (locals++).ToString(CultureInfo.InvariantCulture);
                w.Open();
                w.Line($"var {local} = {JsonLdValueExpr(model, article, p.Members[p.KeyMember], node, ref locals)};");
                w.Open($"if ({JsonLdFieldWriter}.IsPresent({local}))");
                w.Line($"{JsonLdFieldWriter}.WriteStartNode(writer, {name}, {Literal(p.NodeType!)});");
                foreach (var m in p.Members) WriteJsonLdProperty(w, model, article, m, node, ref locals);
                w.Line("writer.WriteEndObject();");
                w.Close();
                w.Close();
                break;
            }
            case JsonLdWriterKind.Node:
            {
                var local = "n" + (locals++).ToString(CultureInfo.InvariantCulture);
                var record = RecordOf(model, article, p.Parts[0]);
                w.Open();
                w.Line($"var {local} = {value};");
                w.Open($"if ({local} is not null)");
                w.Line($"{JsonLdFieldWriter}.WriteStartNode(writer, {name}, {Literal(p.NodeType!)});");
                foreach (var m in p.Members) WriteJsonLdProperty(w, model, article, m, (local, record), ref locals);
                w.Line("writer.WriteEndObject();");
                w.Close();
                w.Close();
                break;
            }
            case JsonLdWriterKind.Nodes:
            {
                var local = "n" + (locals++).ToString(CultureInfo.InvariantCulture);
                var record = RecordOf(model, article, p.Parts[0]);
                w.Open($"if ({value}.Count > 0)");
                w.Line($"writer.WriteStartArray({name});");
                w.Open($"foreach (var {local} in {value})");
                w.Line($"{JsonLdFieldWriter}.WriteStartNode(writer, {Literal(p.NodeType!)});");
                foreach (var m in p.Members) WriteJsonLdProperty(w, model, article, m, (local, record), ref locals);
                w.Line("writer.WriteEndObject();");
                w.Close();
                w.Line("writer.WriteEndArray();");
                w.Close();
                break;
            }
            default:
                w.Line($"{JsonLdFieldWriter}.Write{p.Writer}(writer, {name}, {value});");
                break;
        }
    }

    private static RecordPlan RecordOf(SchemaPlan model, ArticlePlan article, JsonLdValuePlan part)
    {
        var recordName = article.Fields[part.Field].Type.RecordName;
        return model.Records.First(r => r.Name == recordName);
    }

    /// <summary>The property's value: its one reference, or for a string the joined parts (null when any is absent).</summary>
    private static string JsonLdValueExpr(SchemaPlan model, ArticlePlan article, JsonLdPropertyPlan p, (string Local, RecordPlan Record)? node, ref int locals)
    {
        if (!p.IsString) return JsonLdReferenceExpr(model, article, p.Parts[0], node, ref locals);
        var parts = new List<string>(p.Parts.Count);
        foreach (var part in p.Parts)
        {
            parts.Add(part.Literal is not null
                ? Literal(part.Literal)
                : $"{JsonLdFieldWriter}.TextOf({JsonLdReferenceExpr(model, article, part, node, ref locals)})");
        }
        return $"{JsonLdFieldWriter}.Join({string.Join(", ", parts)})";
    }

    /// <summary>A reference as a nullable value (null when absent): a field, a field's member, or a member of the node's record.</summary>
    private static string JsonLdReferenceExpr(SchemaPlan model, ArticlePlan article, JsonLdValuePlan part, (string Local, RecordPlan Record)? node, ref int locals)
    {
        if (part.Field < 0)
        {
            var (local, record) = node!.Value;
            return MemberExpr(model, local, record.Members[part.Member]);
        }
        var field = article.Fields[part.Field];
        var fieldExpr = field.Missing.TracksAbsence()
            ? $"({AbsentField(field.PropertyName)} ? default({ClrItemType(model, field.Type)}?) : {Id(field.PropertyName)})"
            : Id(field.PropertyName);
        if (part.Member < 0) return fieldExpr;
        var owner = RecordOf(model, article, part);
        var member = owner.Members[part.Member];
        // A member of a single record field: absent when the record is. Pattern variables of an expression statement are in
        // scope in the whole method, so each gets its own name.
        var r = "r" + (locals++).ToString(CultureInfo.InvariantCulture);
        var item = ClrItemType(model, member.Type);
        var access = member.Missing.TracksAbsence() ? $"{r}.{AbsentField(member.PropertyName)} ? default({item}?) : {r}.{Id(member.PropertyName)}" : $"{r}.{Id(member.PropertyName)}";
        return $"({fieldExpr} is {{ }} {r} ? {access} : default({item}?))";
    }

    private static string MemberExpr(SchemaPlan model, string local, RecordMemberPlan member) =>
        member.Missing.TracksAbsence()
            ? $"({local}.{AbsentField(member.PropertyName)} ? default({ClrItemType(model, member.Type)}?) : {local}.{Id(member.PropertyName)})"
            : $"{local}.{Id(member.PropertyName)}";
}
