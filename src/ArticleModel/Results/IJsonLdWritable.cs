using System.Text.Json;

namespace ArticleModel;

/// <summary>
/// A parsed article that can write itself as schema.org JSON-LD without reflection: a generated model whose schema has a
/// <c>jsonld</c> block, or an interpreted article value (docs/schema-language.md §11).
/// </summary>
public interface IJsonLdWritable
{
    /// <summary>
    /// Writes one JSON-LD object: <c>@context</c> <c>https://schema.org</c>, the schema's <c>@type</c> (<c>NewsArticle</c>…),
    /// then each mapped property whose value is present, in the schema's order (absent values are left out).
    /// </summary>
    void WriteJsonLd(Utf8JsonWriter writer);
}
