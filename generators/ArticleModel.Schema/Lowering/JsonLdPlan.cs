namespace ArticleModel.Schema.Lowering;

/// <summary>How an article is written as schema.org JSON-LD (<c>WriteJsonLd</c>): its <c>@type</c> and properties in order.</summary>
/// <param name="Type">The <c>@type</c> (<c>NewsArticle</c>…); <c>@context</c> is always <c>https://schema.org</c>.</param>
/// <param name="Properties">The properties, in the order the schema lists them.</param>
internal sealed record JsonLdPlan(string Type, EquatableArray<JsonLdPropertyPlan> Properties);
