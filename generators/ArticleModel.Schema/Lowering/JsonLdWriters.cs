namespace ArticleModel.Schema.Lowering;

/// <summary>
/// The one decision of how a JSON-LD property is written from its source: the binder asks it whether a source fits a
/// property (null: a type mismatch, AM0224) and the lowering puts its answer in the plan.
/// </summary>
internal static class JsonLdWriters
{
    /// <summary>The writer for a value of <paramref name="range"/> from <paramref name="source"/>, or null when the source does not fit.</summary>
    public static JsonLdWriterKind? Choose(JsonLdRange range, bool allowsList, JsonLdSourceSpec source)
    {
        var isNode = range is JsonLdRange.Person or JsonLdRange.Organization;
        if (source.IsString)
        {
            if (isNode) return JsonLdWriterKind.NamedNode;
            return range is JsonLdRange.Text or JsonLdRange.LongText or JsonLdRange.Url ? JsonLdWriterKind.Text : null;
        }
        // A node made of the article's fields: only a Person or an Organization is a node.
        if (source.Parts.Count == 0) return isNode ? JsonLdWriterKind.Node : null;
        if (source.Parts.Count != 1 || source.Parts[0].Type is not { } type) return null;
        if (type.Kind == ValueKind.Record)
        {
            if (!isNode) return null;
            if (!type.IsList) return JsonLdWriterKind.Node;
            return allowsList ? JsonLdWriterKind.Nodes : null;
        }
        if (type.IsList)
        {
            return (type.Kind, range) switch
            {
                (ValueKind.Text or ValueKind.Handle, JsonLdRange.Text) when allowsList => JsonLdWriterKind.Texts,
                (ValueKind.Text or ValueKind.Handle, JsonLdRange.LongText) => JsonLdWriterKind.JoinedTexts,
                (ValueKind.Paragraph, JsonLdRange.LongText) => JsonLdWriterKind.JoinedParagraphs,
                (ValueKind.Text or ValueKind.Handle, JsonLdRange.Person or JsonLdRange.Organization) when allowsList => JsonLdWriterKind.NamedNodes,
                (ValueKind.Url, JsonLdRange.Url) when allowsList => JsonLdWriterKind.Urls,
                _ => null,
            };
        }
        return (type.Kind, range) switch
        {
            (ValueKind.Text or ValueKind.Handle, JsonLdRange.Text or JsonLdRange.LongText) => JsonLdWriterKind.Text,
            (ValueKind.Paragraph, JsonLdRange.Text or JsonLdRange.LongText) => JsonLdWriterKind.Paragraph,
            (ValueKind.Text or ValueKind.Handle, JsonLdRange.Person or JsonLdRange.Organization) => JsonLdWriterKind.NamedNode,
            (ValueKind.Date, JsonLdRange.Date) => JsonLdWriterKind.Date,
            (ValueKind.Url, JsonLdRange.Url) => JsonLdWriterKind.Url,
            (ValueKind.Int, JsonLdRange.Int) => JsonLdWriterKind.Int,
            _ => null,
        };
    }

    /// <summary>What fits a property, for AM0224's message.</summary>
    public static string Expected(JsonLdRange range, bool allowsList) => range switch
    {
        JsonLdRange.Text => allowsList ? "text (a text, handle or paragraph field, a list of text, or a string)" : "text (a text, handle or paragraph field, or a string)",
        JsonLdRange.LongText => "text (a text or paragraph field, a list of them joined by blank lines, or a string)",
        JsonLdRange.Date => "a date (a date field)",
        JsonLdRange.Url => allowsList ? "a URL (a url field, a list of them, or a string such as \"https://x.com/{handle}\")" : "a URL (a url field or a string such as \"https://x.com/{handle}\")",
        JsonLdRange.Int => "a number (an int field)",
        JsonLdRange.Person => allowsList
            ? "a Person (a record field or list with a member map such as '{ name: name }', a text field or list as names, or a string)"
            : "a Person (a record field with a member map such as '{ name: name }', a text field as the name, or a string)",
        _ => "an Organization (a record field with a member map such as '{ name: outlet }', a text field as the name, or a string)",
    };
}
