using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ArticleModel;
using ArticleModel.Html;
using ArticleModel.Sites;
using SiteEvaluation;

namespace WebArticleEvaluation;

/// <summary>
/// <c>--sites</c>: on the corpus pages whose host has an imported schema, each field scored three ways — the imported
/// schema alone (the fields it declares), the imported schema with WebArticle behind it (what <c>SiteSchemas.Parser</c>
/// gives), and WebArticle alone — against the Postlight-asserted values, counting only pages where the schema declares
/// the field.
/// </summary>
internal static class SitesComparison
{
    private static readonly Dictionary<string, string> Declares = new()
    {
        ["title"] = "title", ["author"] = "authors", ["date"] = "published", ["content"] = "body", ["found"] = "body",
    };

    public static int Run(IReadOnlyList<ExpectedEntry> entries, string corpus)
    {
        var names = new[] { "imported schema alone", "imported schema + WebArticle", "WebArticle alone" };
        var tallies = names.Select(_ => Program.Fields.ToDictionary(f => f, _ => new int[2])).ToArray();
        var misses = names.Select(_ => new List<(string Field, string Kind, string Line)>()).ToArray();
        var pages = 0;
        var hosts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var schema = SiteSchemas.For(entry.Url);
            if (schema is null) continue;
            pages++;
            hosts.Add(schema.HostRule);
            var bytes = File.ReadAllBytes(Path.Combine(corpus, "pages", entry.Page));
            var declared = new HashSet<string>(schema.Parser.Site.FieldNames, StringComparer.Ordinal);
            // Score only the fields the schema declares: the comparison is of its rules, not of WebArticle's.
            var scored = entry with { Expected = entry.Expected.Where(kv => Program.Fields.Any(f => Key(f) == kv.Key && declared.Contains(Declares[f]))).ToDictionary(kv => kv.Key, kv => kv.Value) };
            var site = schema.Parser.Site.Parse(HtmlReader.Read(bytes, entry.Url).Document);
            Program.Score(scored, FromJson(site.Value!.ToJson(), site.Diagnostics), tallies[0], misses[0]);
            var merged = schema.Parser.Parse(HtmlReader.Read(bytes, entry.Url).Document);
            Program.Score(scored, FromJson(ResultJson.ToJsonString(merged.Value!), merged.Diagnostics), tallies[1], misses[1]);
            Program.Score(scored, Program.FromWebArticle(HtmlReader.Read(bytes, entry.Url)), tallies[2], misses[2]);
        }
        Console.WriteLine($"{pages} pages of {hosts.Count} hosts with an imported schema ({string.Join(", ", hosts.OrderBy(h => h, StringComparer.Ordinal))}); each field counted on the pages whose schema declares it");
        Console.WriteLine();
        Console.WriteLine("| extractor | " + string.Join(" | ", Program.Fields.Select(Program.Label)) + " |");
        Console.WriteLine("|---|" + string.Concat(Program.Fields.Select(_ => "---:|")));
        for (var x = 0; x < names.Length; x++)
        {
            var cells = Program.Fields.Select(f => $"{tallies[x][f][1]}/{tallies[x][f][0]} ({EvaluationSupport.Percent(tallies[x][f][1], tallies[x][f][0])})");
            Console.WriteLine($"| {names[x]} | {string.Join(" | ", cells)} |");
        }
        Console.WriteLine($"| Postlight-asserted values (pages scored) | " + string.Join(" | ", Program.Fields.Select(f => tallies[0][f][0].ToString(System.Globalization.CultureInfo.InvariantCulture))) + " |");
        Console.WriteLine();
        Console.WriteLine("Misses by kind:");
        Console.WriteLine();
        Console.WriteLine("| field | kind | " + string.Join(" | ", names) + " |");
        Console.WriteLine("|---|---|" + string.Concat(names.Select(_ => "---:|")));
        foreach (var (field, kind) in misses.SelectMany(l => l).Select(m => (m.Field, m.Kind)).Distinct().OrderBy(k => Array.IndexOf(Program.Fields, k.Field)).ThenBy(k => k.Kind, StringComparer.Ordinal))
            Console.WriteLine($"| {Program.Label(field)} | {kind} | " + string.Join(" | ", misses.Select(l => l.Count(m => m.Field == field && m.Kind == kind))) + " |");
        Console.WriteLine();
        Console.WriteLine($"### {names[0]}: misses");
        foreach (var m in misses[0].OrderBy(m => Array.IndexOf(Program.Fields, m.Field))) Console.WriteLine($"{m.Field} ({m.Kind}) {m.Line}");
        Console.WriteLine();
        Console.WriteLine($"### {names[2]}: misses");
        foreach (var m in misses[2].OrderBy(m => Array.IndexOf(Program.Fields, m.Field))) Console.WriteLine($"{m.Field} ({m.Kind}) {m.Line}");
        // Where the imported schema with WebArticle behind it and WebArticle alone disagree: what the schema costs or gains.
        PrintDifference($"### {names[1]} misses, {names[2]} right", misses[1], misses[2]);
        PrintDifference($"### {names[2]} misses, {names[1]} right", misses[2], misses[1]);
        return 0;
    }

    private static void PrintDifference(string heading, List<(string Field, string Kind, string Line)> these, List<(string Field, string Kind, string Line)> others)
    {
        Console.WriteLine();
        Console.WriteLine(heading);
        var missedByOthers = new HashSet<string>(others.Select(m => m.Field + " " + PageOf(m.Line)), StringComparer.Ordinal);
        foreach (var m in these.Where(m => !missedByOthers.Contains(m.Field + " " + PageOf(m.Line))).OrderBy(m => Array.IndexOf(Program.Fields, m.Field)))
            Console.WriteLine($"{m.Field} ({m.Kind}) {m.Line}");
    }

    // A miss line is "- PAGE: expected …".
    private static string PageOf(string line) => line.Substring(2, line.IndexOf(": expected ", StringComparison.Ordinal) - 2);

    private static string Key(string field) => field switch { "date" => "date_published", "content" or "found" => "content_first_words", _ => field };

    // The JSON of a site schema's value (alone or merged) as the strings the corpus compares; the author is the
    // schema's authors when it found any, else WebArticle's byline.
    private static Extracted FromJson(string json, IReadOnlyList<ArticleDiagnostic> diagnostics)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        string? Text(string name) => root.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        var authors = root.TryGetProperty("authors", out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().Select(e => e.GetString()!).ToList() : new List<string>();
        var author = authors.Count > 0 ? Program.JoinNames(authors) : Text("byline");
        var body = root.TryGetProperty("body", out var b) && b.ValueKind == JsonValueKind.Array && b.GetArrayLength() > 0 ? string.Join(" ", b.EnumerateArray().Select(e => e.GetString())) : null;
        return new Extracted(Text("title"), author, Comparison.Instant(Text("published")), body, diagnostics.Any(d => d.Id == DiagnosticIds.HtmlNoArticleContent));
    }
}
