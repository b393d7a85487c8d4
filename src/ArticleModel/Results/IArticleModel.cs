using System.Text.Json;

namespace ArticleModel;

/// <summary>A parsed value that can write itself as JSON without reflection (generated models and interpreted results).</summary>
public interface IJsonWritable
{
    /// <summary>Writes the value as one JSON value (usually an object whose property names are the schema's field names).</summary>
    void WriteJson(Utf8JsonWriter writer);
}
