using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;

namespace ArticleModel.Testing;

/// <summary>
/// Compares two JSON documents field by field and lists every difference with its path and both values.
/// Property order and white space do not matter; array order does.
/// </summary>
public static class ArticleJsonDiff
{
    private const int LongString = 160;

    /// <summary>Compares <paramref name="expectedJson"/> with <paramref name="actualJson"/>.</summary>
    /// <param name="expectedJson">The expected JSON text.</param>
    /// <param name="actualJson">The actual JSON text.</param>
    /// <param name="ignoredFields">Field paths to leave out; see <see cref="ArticleFixtureOptions.IgnoredFields"/>.</param>
    /// <returns>The differences in document order; empty when the two are equal.</returns>
    /// <exception cref="JsonException">Either text is not valid JSON.</exception>
    public static IReadOnlyList<JsonFieldDifference> Compare(string expectedJson, string actualJson, IEnumerable<string>? ignoredFields = null)
    {
        if (expectedJson is null) throw new ArgumentNullException(nameof(expectedJson));
        if (actualJson is null) throw new ArgumentNullException(nameof(actualJson));
        var options = new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };
        using var expected = JsonDocument.Parse(expectedJson.TrimStart('\uFEFF'), options);
        using var actual = JsonDocument.Parse(actualJson.TrimStart('\uFEFF'), options);
        return Compare(expected.RootElement, actual.RootElement, ignoredFields);
    }

    /// <summary>Compares two JSON elements.</summary>
    /// <param name="expected">The expected value.</param>
    /// <param name="actual">The actual value.</param>
    /// <param name="ignoredFields">Field paths to leave out; see <see cref="ArticleFixtureOptions.IgnoredFields"/>.</param>
    /// <returns>The differences in document order; empty when the two are equal.</returns>
    public static IReadOnlyList<JsonFieldDifference> Compare(JsonElement expected, JsonElement actual, IEnumerable<string>? ignoredFields = null)
    {
        var patterns = new List<string[]>();
        if (ignoredFields is not null)
        {
            foreach (var field in ignoredFields) patterns.Add(field.Split('.'));
        }
        var differences = new List<JsonFieldDifference>();
        new Walker(patterns, differences).Compare(expected, actual, "$", new List<string>());
        return differences;
    }

    /// <summary>Writes <paramref name="element"/> as compact JSON with the relaxed escaping ArticleModel uses.</summary>
    /// <param name="element">The value.</param>
    public static string ToCompactJson(JsonElement element)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ResultJson.WriterOptions(indented: false))) element.WriteTo(writer);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Quote(string text)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ResultJson.WriterOptions(indented: false))) writer.WriteStringValue(text);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private sealed class Walker
    {
        private readonly List<string[]> _patterns;
        private readonly List<JsonFieldDifference> _differences;

        public Walker(List<string[]> patterns, List<JsonFieldDifference> differences)
        {
            _patterns = patterns;
            _differences = differences;
        }

        public void Compare(JsonElement expected, JsonElement actual, string path, List<string> names)
        {
            if (IsIgnored(names)) return;
            if (expected.ValueKind == JsonValueKind.Object && actual.ValueKind == JsonValueKind.Object)
            {
                CompareObjects(expected, actual, path, names);
            }
            else if (expected.ValueKind == JsonValueKind.Array && actual.ValueKind == JsonValueKind.Array)
            {
                CompareArrays(expected, actual, path, names);
            }
            else if (expected.ValueKind == JsonValueKind.String && actual.ValueKind == JsonValueKind.String)
            {
                var e = expected.GetString()!;
                var a = actual.GetString()!;
                if (!string.Equals(e, a, StringComparison.Ordinal)) AddStringDifference(path, e, a);
            }
            else if (expected.ValueKind == JsonValueKind.Number && actual.ValueKind == JsonValueKind.Number)
            {
                if (!NumbersEqual(expected, actual))
                    _differences.Add(new JsonFieldDifference(path, JsonDifferenceKind.Changed, expected.GetRawText(), actual.GetRawText()));
            }
            else if (expected.ValueKind != actual.ValueKind)
            {
                _differences.Add(new JsonFieldDifference(path, JsonDifferenceKind.Changed, ToCompactJson(expected), ToCompactJson(actual)));
            }
            // Equal kinds left: true, false, null — equal.
        }

        private void CompareObjects(JsonElement expected, JsonElement actual, string path, List<string> names)
        {
            var actualProperties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var property in actual.EnumerateObject()) actualProperties[property.Name] = property.Value;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in expected.EnumerateObject())
            {
                if (!seen.Add(property.Name)) continue;
                var childPath = path == "$" ? property.Name : path + "." + property.Name;
                names.Add(property.Name);
                if (!IsIgnored(names))
                {
                    if (actualProperties.TryGetValue(property.Name, out var actualValue)) Compare(property.Value, actualValue, childPath, names);
                    else _differences.Add(new JsonFieldDifference(childPath, JsonDifferenceKind.Missing, ToCompactJson(property.Value), null));
                }
                names.RemoveAt(names.Count - 1);
            }
            foreach (var property in actual.EnumerateObject())
            {
                if (!seen.Add(property.Name)) continue;
                var childPath = path == "$" ? property.Name : path + "." + property.Name;
                names.Add(property.Name);
                if (!IsIgnored(names)) _differences.Add(new JsonFieldDifference(childPath, JsonDifferenceKind.Unexpected, null, ToCompactJson(property.Value)));
                names.RemoveAt(names.Count - 1);
            }
        }

        private void CompareArrays(JsonElement expected, JsonElement actual, string path, List<string> names)
        {
            var e = expected.GetArrayLength();
            var a = actual.GetArrayLength();
            if (e != a)
            {
                _differences.Add(new JsonFieldDifference(path, JsonDifferenceKind.Changed,
                    e + (e == 1 ? " item" : " items"), a + (a == 1 ? " item" : " items"), "different number of items; the items follow"));
            }
            for (var i = 0; i < Math.Max(e, a); i++)
            {
                var itemPath = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                if (i >= a) _differences.Add(new JsonFieldDifference(itemPath, JsonDifferenceKind.Missing, ToCompactJson(expected[i]), null));
                else if (i >= e) _differences.Add(new JsonFieldDifference(itemPath, JsonDifferenceKind.Unexpected, null, ToCompactJson(actual[i])));
                else Compare(expected[i], actual[i], itemPath, names);
            }
        }

        private void AddStringDifference(string path, string expected, string actual)
        {
            var at = 0;
            var common = Math.Min(expected.Length, actual.Length);
            while (at < common && expected[at] == actual[at]) at++;
            var note = "first difference at character " + (at + 1).ToString(CultureInfo.InvariantCulture)
                + "; lengths " + expected.Length.ToString(CultureInfo.InvariantCulture)
                + " and " + actual.Length.ToString(CultureInfo.InvariantCulture);
            _differences.Add(new JsonFieldDifference(path, JsonDifferenceKind.Changed, Excerpt(expected, at), Excerpt(actual, at), note));
        }

        // Long strings are shown as a window around the first difference, so the reader's eye lands on it.
        private static string Excerpt(string text, int at)
        {
            if (text.Length <= LongString) return Quote(text);
            var start = Math.Max(0, at - 60);
            var end = Math.Min(text.Length, at + 100);
            return (start > 0 ? "…" : "") + Quote(text.Substring(start, end - start)) + (end < text.Length ? "…" : "");
        }

        private static bool NumbersEqual(JsonElement expected, JsonElement actual)
        {
            if (expected.GetRawText() == actual.GetRawText()) return true;
            if (expected.TryGetDecimal(out var e) && actual.TryGetDecimal(out var a)) return e == a;
            return expected.TryGetDouble(out var ed) && actual.TryGetDouble(out var ad) && ed.Equals(ad);
        }

        private bool IsIgnored(List<string> names)
        {
            foreach (var pattern in _patterns)
            {
                if (pattern.Length > names.Count) continue;
                var match = true;
                for (var i = 0; i < pattern.Length && match; i++)
                {
                    match = pattern[i] == "*" || string.Equals(pattern[i], names[i], StringComparison.Ordinal);
                }
                if (match) return true;
            }
            return false;
        }
    }
}
