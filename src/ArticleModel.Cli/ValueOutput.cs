using System.Text.Json;

namespace ArticleModel.Cli;

/// <summary>How <c>parse</c> writes each value (<c>--out</c>): the schema's own JSON, or schema.org JSON-LD.</summary>
internal sealed class ValueOutput
{
    private readonly ResultJsonOptions _jsonOptions;

    public ValueOutput(bool jsonLd, ResultJsonOptions? jsonOptions)
    {
        JsonLd = jsonLd;
        _jsonOptions = jsonOptions ?? ResultJsonOptions.Default;
    }

    /// <summary><c>--out jsonld</c>: each value as the schema's <c>jsonld</c> block maps it.</summary>
    public bool JsonLd { get; }

    /// <summary>Writes <paramref name="value"/> (null when the input could not be read) as <c>--out</c> says.</summary>
    public void Write(Utf8JsonWriter writer, IJsonWritable? value)
    {
        if (!JsonLd) ResultJson.WriteValue(writer, value, _jsonOptions);
        else if (value is IJsonLdWritable jsonLd) jsonLd.WriteJsonLd(writer);
        else writer.WriteNullValue();
    }
}
