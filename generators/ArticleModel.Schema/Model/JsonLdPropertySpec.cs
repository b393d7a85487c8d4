namespace ArticleModel.Schema;

/// <summary>One schema.org property of a <c>jsonld</c> block or of a node's member map.</summary>
/// <param name="Name">The schema.org property name (<c>headline</c>, <c>author</c>, <c>jobTitle</c>).</param>
/// <param name="Range">What the property's value is in schema.org's vocabulary as ArticleModel writes it.</param>
/// <param name="AllowsList">Whether a list value is written as an array (otherwise only single values fit).</param>
/// <param name="Source">Where the value comes from.</param>
/// <param name="Members">For a node written from a record (<c>author: byline { name: name }</c>): its properties, each from a member of the record; else empty.</param>
public sealed record JsonLdPropertySpec(string Name, JsonLdRange Range, bool AllowsList, JsonLdSourceSpec Source, EquatableArray<JsonLdPropertySpec> Members);
