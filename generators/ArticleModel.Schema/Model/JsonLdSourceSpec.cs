namespace ArticleModel.Schema;

/// <summary>
/// The source of a JSON-LD property's value: one reference (<c>headline</c>, <c>byline.outlet</c>, or inside a member map
/// a member of the node's record) or a string — a constant, or a template whose <c>{name}</c> placeholders are references;
/// no parts (and not a string) for a node made of the article's fields (<c>author: { name: author }</c>).
/// </summary>
/// <param name="Parts">The reference alone, or the string's literal text and placeholders in order.</param>
/// <param name="IsString">Written as a string (a constant or a template), so the value is text made of <paramref name="Parts"/>.</param>
public sealed record JsonLdSourceSpec(EquatableArray<JsonLdPartSpec> Parts, bool IsString);
