using System;
using System.Text.Json;
using ArticleModel.Interpreter;

namespace ArticleModel.Sites;

/// <summary>
/// A site schema's value with the fields it left out taken from WebArticle's (<see cref="WebArticleFallbackParser"/>): the site's
/// fields in its order, then WebArticle's fields the site does not declare.
/// </summary>
public sealed class WebArticleFallbackValue : IJsonWritable
{
    private readonly ArticleValue _site;
    private readonly ArticleValue _fallback;
    private readonly bool[] _taken;
    private readonly int[]?[] _kept;
    private readonly int[] _sameField;
    private readonly int[] _extraFields;

    internal WebArticleFallbackValue(ArticleValue site, ArticleValue fallback, bool[] taken, int[]?[] kept, int[] sameField, int[] extraFields)
    {
        _kept = kept;
        _site = site;
        _fallback = fallback;
        _taken = taken;
        _sameField = sameField;
        _extraFields = extraFields;
    }

    /// <summary>
    /// Writes the merged object. Each value writes itself under the caller's JSON options (quote spans), and the chosen
    /// properties are copied.
    /// </summary>
    public void WriteJson(Utf8JsonWriter writer)
    {
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        using var site = JsonDocument.Parse(Written(_site));
        using var fallback = JsonDocument.Parse(Written(_fallback));
        writer.WriteStartObject();
        for (var i = 0; i < _taken.Length; i++)
        {
            var name = _site.FieldNames[i];
            writer.WritePropertyName(name);
            if (_taken[i]) fallback.RootElement.GetProperty(_fallback.FieldNames[_sameField[i]]).WriteTo(writer);
            else if (_kept[i] is { } kept)
            {
                // A trimmed list: only its kept elements.
                var list = site.RootElement.GetProperty(name);
                writer.WriteStartArray();
                foreach (var k in kept) list[k].WriteTo(writer);
                writer.WriteEndArray();
            }
            else site.RootElement.GetProperty(name).WriteTo(writer);
        }
        foreach (var j in _extraFields)
        {
            var name = _fallback.FieldNames[j];
            writer.WritePropertyName(name);
            fallback.RootElement.GetProperty(name).WriteTo(writer);
        }
        writer.WriteEndObject();
    }

    private static ReadOnlyMemory<byte> Written(ArticleValue value)
    {
        var buffer = new System.IO.MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            value.WriteJson(w);
        return new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
