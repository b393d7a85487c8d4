using System;
using System.Collections.Generic;
using System.Net;
using System.Text.Json;

namespace ArticleModel.Html.JsonLd;

/// <summary>
/// A property path into a schema.org article object: <c>headline</c>, <c>author.name</c>, <c>image.url</c>. Each step
/// reads a property of every object reached; arrays are stepped through (so <c>author.name</c> gives every author's
/// name); an object that is only a reference (<c>{"@id": "#p1"}</c>) is replaced by the node with that id; a string where
/// an object was expected is its own <c>name</c>/<c>url</c> (authors given as strings, images given as URLs). A value the
/// path ends on becomes text: a string as it is (HTML character references decoded), a number or boolean as written,
/// an object by its <c>name</c> — a media object (<c>ImageObject</c>…) by its <c>url</c> or <c>contentUrl</c> — else its
/// <c>url</c>, <c>@value</c> or <c>@id</c>.
/// </summary>
internal sealed class JsonLdPath
{
    private readonly string[] _steps;

    private JsonLdPath(string[] steps, string text)
    {
        _steps = steps;
        Text = text;
    }

    /// <summary>The path as written.</summary>
    internal string Text { get; }

    /// <summary>Parses a path; null (with <paramref name="error"/>) when a step is empty or holds a character a property name cannot.</summary>
    internal static JsonLdPath? TryParse(string? path, out string? error)
    {
        error = null;
        if (path is null || path.Trim().Length == 0)
        {
            error = "the path is empty; expected a property name such as 'headline' or a dotted path such as 'author.name'";
            return null;
        }
        var steps = path.Trim().Split('.');
        foreach (var step in steps)
        {
            if (step.Length == 0)
            {
                error = $"the path '{path}' has an empty step; expected property names separated by single dots";
                return null;
            }
            foreach (var c in step)
            {
                if (!(char.IsLetterOrDigit(c) || c is '@' or '_' or '-' or ':' or '$'))
                {
                    error = $"the path '{path}' holds '{c}'; expected property names (letters, digits, '@', '_', '-', ':') separated by dots";
                    return null;
                }
            }
        }
        return new JsonLdPath(steps, path.Trim());
    }

    /// <summary>Every text value the path reaches from <paramref name="root"/>, in order; empty values are left out.</summary>
    /// <param name="root">The article object.</param>
    /// <param name="data">The page's JSON-LD (for <c>@id</c> references).</param>
    /// <param name="splitParagraphs">
    /// For a list field: a string is split at its blank lines into one value per paragraph, as an <c>articleBody</c>
    /// written with blank lines between paragraphs reads back as its paragraphs (a single field keeps the whole text).
    /// </param>
    internal List<string> Evaluate(JsonElement root, JsonLdData data, bool splitParagraphs = false)
    {
        var current = new List<JsonElement> { root };
        var next = new List<JsonElement>();
        foreach (var step in _steps)
        {
            next.Clear();
            foreach (var value in current) Step(value, step, data, next);
            (current, next) = (next, current);
            if (current.Count == 0) break;
        }
        var texts = new List<string>();
        foreach (var value in current) AddText(value, data, texts, nested: 0, splitParagraphs);
        return texts;
    }

    /// <summary>
    /// The first text value <see cref="Evaluate"/> gives (without splitting paragraphs), or null: found depth first,
    /// which reaches values in the same order, so nothing is made for the values after it — a single field over
    /// 200,000 JSON-LD authors listed and converted every one to keep the first (issue 9 item 7).
    /// </summary>
    internal string? First(JsonElement root, JsonLdData data) => FirstFrom(root, 0, data);

    private string? FirstFrom(JsonElement value, int step, JsonLdData data)
    {
        if (step == _steps.Length)
        {
            var texts = new List<string>(1);
            AddText(value, data, texts, nested: 0);
            return texts.Count > 0 ? texts[0] : null;
        }
        var name = _steps[step];
        if (value.ValueKind != JsonValueKind.Array) return TryStepObject(value, name, data, out var next) ? FirstFrom(next, step + 1, data) : null;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Array)
            {
                foreach (var inner in item.EnumerateArray())
                {
                    if (TryStepObject(inner, name, data, out var next) && FirstFrom(next, step + 1, data) is { } text) return text;
                }
            }
            else if (TryStepObject(item, name, data, out var next) && FirstFrom(next, step + 1, data) is { } text) return text;
        }
        return null;
    }

    private static void Step(JsonElement value, string step, JsonLdData data, List<JsonElement> into)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    // One level of arrays inside arrays is flattened; deeper ones are not schema.org.
                    if (item.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var inner in item.EnumerateArray()) StepObject(inner, step, data, into);
                    }
                    else StepObject(item, step, data, into);
                }
                break;
            default:
                StepObject(value, step, data, into);
                break;
        }
    }

    private static void StepObject(JsonElement value, string step, JsonLdData data, List<JsonElement> into)
    {
        if (TryStepObject(value, step, data, out var next)) into.Add(next);
    }

    private static bool TryStepObject(JsonElement value, string step, JsonLdData data, out JsonElement next)
    {
        next = default;
        if (value.ValueKind == JsonValueKind.String)
        {
            // "author": "Ann Lee" — a string stands for a thing's name; "image": "https://…" for its url.
            if (step is not ("name" or "url" or "contentUrl" or "@id")) return false;
            next = value;
            return true;
        }
        if (value.ValueKind != JsonValueKind.Object) return false;
        if (value.TryGetProperty(step, out next)) return true;
        if (Resolve(value, data) is { } node && node.TryGetProperty(step, out next)) return true;
        next = default;
        return false;
    }

    // {"@id": "#p1"} with nothing else: the node of that id.
    private static JsonElement? Resolve(JsonElement value, JsonLdData data)
    {
        if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty("@id", out var id) || id.ValueKind != JsonValueKind.String) return null;
        return data.ById.TryGetValue(id.GetString()!, out var node) ? node : null;
    }

    private static void AddText(JsonElement value, JsonLdData data, List<string> into, int nested, bool splitParagraphs = false)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                if (splitParagraphs) AddParagraphs(value.GetString(), into);
                else Add(value.GetString(), into);
                break;
            case JsonValueKind.Number:
            case JsonValueKind.True:
            case JsonValueKind.False:
                Add(value.GetRawText(), into);
                break;
            case JsonValueKind.Array:
                if (nested > 1) return;
                foreach (var item in value.EnumerateArray()) AddText(item, data, into, nested + 1, splitParagraphs);
                break;
            case JsonValueKind.Object:
            {
                var node = value;
                if (!HasAny(node, "name", "url", "contentUrl", "@value") && Resolve(node, data) is { } resolved) node = resolved;
                var keys = SchemaTypes.IsMedia(node)
                    ? new[] { "url", "contentUrl", "@id" }
                    : new[] { "name", "url", "@value", "@id" };
                foreach (var key in keys)
                {
                    if (!node.TryGetProperty(key, out var property)) continue;
                    var before = into.Count;
                    if (property.ValueKind is JsonValueKind.String or JsonValueKind.Number) AddText(property, data, into, nested + 1);
                    else if (property.ValueKind == JsonValueKind.Array && nested == 0) AddText(property, data, into, nested + 1);
                    if (into.Count > before) return;
                }
                break;
            }
        }
    }

    private static bool HasAny(JsonElement value, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (value.TryGetProperty(key, out _)) return true;
        }
        return false;
    }

    // Each paragraph of a string: the text between blank lines (a line break, white space, a line break).
    private static void AddParagraphs(string? text, List<string> into)
    {
        if (text is null) return;
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] is not ('\n' or '\r'))
            {
                i++;
                continue;
            }
            var end = i;
            i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
            var j = i;
            while (j < text.Length && text[j] is ' ' or '\t') j++;
            if (j < text.Length && text[j] is '\n' or '\r')
            {
                Add(text.Substring(start, end - start), into);
                while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
                start = i = j;
            }
        }
        Add(text.Substring(start), into);
    }

    private static void Add(string? text, List<string> into)
    {
        if (text is null) return;
        if (text.IndexOf('&') >= 0) text = WebUtility.HtmlDecode(text);
        var normalized = TextNormalizer.Normalize(text.AsSpan());
        if (normalized.Length > 0) into.Add(normalized);
    }
}
