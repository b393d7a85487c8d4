namespace ArticleModel.Schema;

/// <summary>An article's <c>jsonld</c> block: which field becomes which schema.org property (docs/schema-language.md §11).</summary>
/// <param name="Type">The schema.org type written as <c>@type</c> (<c>NewsArticle</c>, <c>Article</c>, …).</param>
/// <param name="Properties">The mapped properties, in the order written (the JSON-LD property order).</param>
/// <param name="Range">Where the block's type name is in the schema file.</param>
public sealed record JsonLdSpec(string Type, EquatableArray<JsonLdPropertySpec> Properties, TextRange Range);
