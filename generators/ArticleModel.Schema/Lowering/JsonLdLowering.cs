using System.Collections.Generic;

namespace ArticleModel.Schema.Lowering;

/// <summary>Lowers an article's bound <c>jsonld</c> block to its <see cref="JsonLdPlan"/>: references become indexes, each property gets its writer.</summary>
internal static class JsonLdLowering
{
    public static JsonLdPlan? Lower(ArticleSpec article, SchemaModel model)
    {
        if (article.JsonLd is not { } spec) return null;
        var fields = new Dictionary<string, int>(article.Fields.Count, System.StringComparer.Ordinal);
        for (var i = 0; i < article.Fields.Count; i++) fields[article.Fields[i].Name] = i;
        var records = new Dictionary<string, RecordSpec>(System.StringComparer.Ordinal);
        foreach (var r in model.Records) records[r.Name] = r;
        return new JsonLdPlan(spec.Type, LowerProperties(spec.Properties, article, fields, records, null));
    }

    private static EquatableArray<JsonLdPropertyPlan> LowerProperties(EquatableArray<JsonLdPropertySpec> properties, ArticleSpec article,
        Dictionary<string, int> fields, Dictionary<string, RecordSpec> records, RecordSpec? node)
    {
        var plans = new List<JsonLdPropertyPlan>(properties.Count);
        foreach (var p in properties)
        {
            // The binder kept only properties whose source fits, so there is a writer.
            var writer = JsonLdWriters.Choose(p.Range, p.AllowsList, p.Source)!.Value;
            var parts = new List<JsonLdValuePlan>(p.Source.Parts.Count);
            foreach (var part in p.Source.Parts) parts.Add(LowerPart(part, fields, records, node, article));
            var nodeType = p.Range is JsonLdRange.Person ? "Person" : p.Range is JsonLdRange.Organization ? "Organization" : null;
            var members = EquatableArray<JsonLdPropertyPlan>.Empty;
            var key = -1;
            if (writer is JsonLdWriterKind.Node or JsonLdWriterKind.Nodes)
            {
                if (p.Source.Parts.Count == 0)
                {
                    // A node made of fields (or, in a member map, of the record's members): written when its name is present.
                    members = LowerProperties(p.Members, article, fields, records, node);
                    for (var m = 0; m < members.Count; m++)
                    {
                        if (members[m].Name == "name") key = m;
                    }
                }
                else
                {
                    members = LowerProperties(p.Members, article, fields, records, records[p.Source.Parts[0].Type!.RecordName!]);
                }
            }
            plans.Add(new JsonLdPropertyPlan(p.Name, writer, nodeType, new EquatableArray<JsonLdValuePlan>(parts.ToArray()), p.Source.IsString, members, key));
        }
        return new EquatableArray<JsonLdPropertyPlan>(plans.ToArray());
    }

    private static JsonLdValuePlan LowerPart(JsonLdPartSpec part, Dictionary<string, int> fields, Dictionary<string, RecordSpec> records, RecordSpec? node, ArticleSpec article)
    {
        if (part.Literal is not null) return new JsonLdValuePlan(part.Literal, -1, -1, ValueKind.Text, null);
        var kind = part.Type!.Kind;
        if (part.Field is null) return new JsonLdValuePlan(null, -1, MemberIndex(node!, part.Member!), kind, node!.Name);
        var field = fields[part.Field];
        if (part.Member is null) return new JsonLdValuePlan(null, field, -1, kind, null);
        var record = records[article.Fields[field].Type.RecordName!];
        return new JsonLdValuePlan(null, field, MemberIndex(record, part.Member), kind, record.Name);
    }

    private static int MemberIndex(RecordSpec record, string member)
    {
        for (var i = 0; i < record.Fields.Count; i++)
        {
            if (record.Fields[i].Name == member) return i;
        }
        return -1;
    }
}
