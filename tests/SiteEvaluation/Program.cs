using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using ArticleModel;
using ArticleModel.Html;
using ArticleModel.Interpreter;

namespace SiteEvaluation;

/// <summary>
/// <c>dotnet run --project tests/SiteEvaluation [-- --corpus DIR] [--site NAME]</c>: parses every page of the Postlight
/// corpus whose site has a schema in <c>Sites/</c> (named by domain) with the interpreter and prints, per field kind,
/// how many asserted values match exactly, then every miss (with its reason when <c>known-misses.tsv</c> gives one).
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        string? corpus = null;
        string? onlySite = null;
        string? sitesFolder = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--corpus" && i + 1 < args.Length) corpus = args[++i];
            else if (args[i] == "--site" && i + 1 < args.Length) onlySite = args[++i];
            else if (args[i] == "--sites" && i + 1 < args.Length) sitesFolder = args[++i];
            else
            {
                Console.Error.WriteLine("usage: SiteEvaluation [--corpus DIR] [--sites SCHEMA-DIR] [--site DOMAIN]");
                return 2;
            }
        }
        var root = EvaluationSupport.RepositoryRoot();
        corpus ??= Path.Combine(root, "..", "shared", "corpora", "postlight");
        var expectedPath = Path.Combine(corpus, "expected.json");
        if (!File.Exists(expectedPath))
        {
            Console.Error.WriteLine($"the corpus is not there: {expectedPath} (pass --corpus DIR)");
            return 2;
        }
        sitesFolder ??= Path.Combine(root, "tests", "SiteEvaluation", "Sites");
        var known = KnownMisses.Load(Path.Combine(root, "tests", "SiteEvaluation", "known-misses.tsv"));
        var entries = ExpectedEntry.Load(expectedPath);

        var tallies = FieldKind.All.ToDictionary(k => k, _ => new int[2]); // asserted, matched
        var misses = new List<string>();
        var sites = 0;
        var pages = 0;
        foreach (var schemaPath in Directory.GetFiles(sitesFolder, "*.article").OrderBy(p => p, StringComparer.Ordinal))
        {
            var site = Path.GetFileNameWithoutExtension(schemaPath);
            if (onlySite is not null && site != onlySite) continue;
            var siteEntries = entries.Where(e => e.Site == site).ToList();
            if (siteEntries.Count == 0)
            {
                Console.Error.WriteLine($"{site}: no entry in expected.json");
                continue;
            }
            sites++;
            var schema = InterpretedSchema.LoadFile(schemaPath);
            foreach (var d in schema.Diagnostics) Console.Error.WriteLine(d.ToString());
            var parser = schema.HasErrors ? null : schema.GetParser();
            foreach (var entry in siteEntries)
            {
                pages++;
                JsonElement? value = null;
                if (parser is not null)
                {
                    var page = HtmlReader.Read(File.ReadAllBytes(Path.Combine(corpus, "pages", entry.Page)), entry.Url);
                    var result = parser.Parse(page.Document);
                    foreach (var d in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
                        Console.Error.WriteLine(d.Format(entry.Page));
                    if (result.Value is { } article) value = JsonDocument.Parse(article.ToJson()).RootElement;
                }
                foreach (var kind in FieldKind.All)
                {
                    if (!entry.Expected.TryGetValue(kind.ExpectedKey, out var expected)) continue;
                    JsonElement? field = value is { } v && v.TryGetProperty(kind.SchemaField, out var f) ? f : null;
                    var got = ValueText.Of(kind, field, entry.ContentWordCount);
                    if (kind.ExpectedKey == "content_first_words" && got is null) got = "";
                    var tally = tallies[kind];
                    tally[0]++;
                    if (string.Equals(expected, got, StringComparison.Ordinal))
                    {
                        tally[1]++;
                        continue;
                    }
                    var reason = known.ReasonFor(entry.Page, kind.ExpectedKey);
                    misses.Add($"- {entry.Page} {kind.Label}: expected {Show(expected)}, got {Show(got)}{(reason is null ? "" : " — " + reason)}");
                }
            }
        }

        Console.WriteLine($"{sites} sites, {pages} pages (schemas in tests/SiteEvaluation/Sites, pages from {Path.GetFullPath(corpus)})");
        Console.WriteLine();
        Console.WriteLine("| field | asserted | match | % |");
        Console.WriteLine("|---|---:|---:|---:|");
        int totalAsserted = 0, totalMatched = 0;
        foreach (var kind in FieldKind.All)
        {
            var (asserted, matched) = (tallies[kind][0], tallies[kind][1]);
            totalAsserted += asserted;
            totalMatched += matched;
            Console.WriteLine($"| {kind.Label} | {asserted} | {matched} | {EvaluationSupport.Percent(matched, asserted)} |");
        }
        Console.WriteLine($"| **all** | {totalAsserted} | {totalMatched} | {EvaluationSupport.Percent(totalMatched, totalAsserted)} |");
        Console.WriteLine();
        Console.WriteLine(misses.Count == 0 ? "No misses." : $"Misses ({misses.Count}):");
        foreach (var m in misses) Console.WriteLine(m);
        return 0;
    }

    private static string Show(string? value) => value is null ? "null" : JsonSerializer.Serialize(value.Length > 160 ? value[..160] + "…" : value,
        new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
