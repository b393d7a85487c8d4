using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace SiteEvaluation;

/// <summary>One entry of the corpus's <c>expected.json</c>: a page, its URL, and the values the upstream tests assert.</summary>
internal sealed record ExpectedEntry(string Site, string Url, string Page, bool Fallback, IReadOnlyDictionary<string, string?> Expected, int ContentWordCount)
{
    /// <summary>Reads <c>expected.json</c> (see the corpus README).</summary>
    public static IReadOnlyList<ExpectedEntry> Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var entries = new List<ExpectedEntry>();
        foreach (var e in json.RootElement.EnumerateArray())
        {
            var expected = new Dictionary<string, string?>();
            var n = 10;
            foreach (var p in e.GetProperty("expected").EnumerateObject())
            {
                if (p.Name == "content_first_words_n") n = p.Value.GetInt32();
                else expected[p.Name] = p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.ToString();
            }
            entries.Add(new ExpectedEntry(e.GetProperty("site").GetString()!, e.GetProperty("url").GetString()!, e.GetProperty("page").GetString()!,
                e.GetProperty("fallback").GetBoolean(), expected, n));
        }
        return entries;
    }
}
