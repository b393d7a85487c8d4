namespace ArticleModel.Cli.Import.Ftr;

/// <summary>A FiveFilters extraction directive and the WebArticle field it becomes (same name and type, so the Sites package can fall back to WebArticle field by field).</summary>
internal sealed record FtrField(string Directive, string Name, string Type, bool IsList)
{
    /// <summary>The four, in the order the schema declares them.</summary>
    public static readonly FtrField[] All =
    {
        new("title", "title", "text?", false),
        new("author", "authors", "text[]", true),
        new("date", "published", "date?", false),
        new("body", "body", "paragraph[]", true),
    };
}
