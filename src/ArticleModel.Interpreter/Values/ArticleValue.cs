using System;
using System.Text.Json;

namespace ArticleModel.Interpreter;

/// <summary>The value of one interpreted <c>article</c>: its fields in declaration order.</summary>
public sealed class ArticleValue : InterpretedValue, IJsonLdWritable
{
    internal ArticleValue(ValueShape shape, object?[] values, bool[]? absent) : base(shape, values, absent)
    {
    }

    /// <summary>Whether the article's schema has a <c>jsonld</c> block, so <see cref="WriteJsonLd"/> can write it.</summary>
    public bool HasJsonLd => Shape.JsonLd is not null;

    /// <summary>
    /// Writes the article as one schema.org JSON-LD object, as its schema's <c>jsonld</c> block maps it: byte for byte what
    /// the generated model's <c>WriteJsonLd</c> writes.
    /// </summary>
    /// <exception cref="InvalidOperationException">The schema has no <c>jsonld</c> block (see <see cref="HasJsonLd"/>).</exception>
    public void WriteJsonLd(Utf8JsonWriter writer)
    {
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        var plan = Shape.JsonLd ?? throw new InvalidOperationException($"the schema of '{TypeName}' has no jsonld block, so it says no schema.org property for any field; add 'jsonld NewsArticle {{ headline: … }}' to the article");
        JsonLdWriting.Write(writer, plan, this);
    }

    /// <summary>The article as a schema.org JSON-LD string (relaxed escaping, optionally indented), like the generated <c>ToJsonLd</c>.</summary>
    /// <exception cref="InvalidOperationException">The schema has no <c>jsonld</c> block (see <see cref="HasJsonLd"/>).</exception>
    public string ToJsonLd(bool indented = false) => ResultJson.ToJsonLdString(this, indented);
}
