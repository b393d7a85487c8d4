using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using ArticleModel;
using ArticleModel.Html;
using SiteEvaluation;

namespace WebArticleEvaluation;

/// <summary>
/// <c>dotnet run --project tests/WebArticleEvaluation [-- --corpus DIR] [--misses]</c>: parses every page of the
/// Postlight corpus with the built-in <see cref="WebArticle"/> (no site schema) and with SmartReader 0.11.1 (served
/// the same decoded page and URL), and prints exact-match rates for title, author and date and two content checks (the
/// extracted body starts with the asserted first words; they are in its first 3,000 characters), side by side, then every miss of WebArticle by field and
/// kind (with <c>--misses</c> SmartReader's too). With <c>--gold DIR</c> it scores body text instead
/// (<see cref="BodyEvaluation"/>).
/// With <c>--sites</c>, the pages whose hosts have an imported FiveFilters
/// schema (ArticleModel.Sites) instead: that schema (WebArticle filling what it leaves out) against WebArticle alone,
/// per field, on the pages where the schema declares the field (<see cref="SitesComparison"/>).
/// </summary>
internal static class Program
{
    internal static readonly string[] Fields = { "title", "author", "date", "content", "found" };

    public static int Main(string[] args)
    {
        string? corpus = null;
        string? gold = null;
        var allMisses = false;
        var limit = 0;
        var worst = 0;
        string? show = null;
        var sets = new List<string>();
        var sites = false;
        string? half = null;
        var webArticleOnly = false;
        string? dump = null;
        string? texts = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--corpus" && i + 1 < args.Length) corpus = args[++i];
            else if (args[i] == "--gold" && i + 1 < args.Length) gold = args[++i];
            else if (args[i] == "--limit" && i + 1 < args.Length && int.TryParse(args[i + 1], out limit)) i++;
            else if (args[i] == "--worst" && i + 1 < args.Length && int.TryParse(args[i + 1], out worst)) i++;
            else if (args[i] == "--show" && i + 1 < args.Length) show = args[++i];
            else if (args[i] == "--set" && i + 1 < args.Length) sets.Add(args[++i]);
            else if (args[i] == "--half" && i + 1 < args.Length && args[i + 1] is "dev" or "check") half = args[++i];
            else if (args[i] == "--dump" && i + 1 < args.Length) dump = args[++i];
            else if (args[i] == "--texts" && i + 1 < args.Length) texts = args[++i];
            else if (args[i] == "--webarticle-only") webArticleOnly = true;
            else if (args[i] == "--misses") allMisses = true;
            else if (args[i] == "--sites") sites = true;
            else
            {
                Console.Error.WriteLine("usage: WebArticleEvaluation [--corpus DIR] [--misses] [--sites] | --gold DIR [--limit PAGES-PER-SET] [--worst N] [--set NAME]... [--half dev|check] [--webarticle-only] [--dump FILE] [--texts DIR] [--show SET/NAME]");
                return 2;
            }
        }
        if (gold is not null) return BodyEvaluation.Run(gold, limit, worst, show, sets, half, webArticleOnly, dump, texts);
        corpus ??= Path.Combine(EvaluationSupport.RepositoryRoot(), "..", "shared", "corpora", "postlight");
        var expectedPath = Path.Combine(corpus, "expected.json");
        if (!File.Exists(expectedPath))
        {
            Console.Error.WriteLine($"the corpus is not there: {expectedPath} (pass --corpus DIR)");
            return 2;
        }
        var entries = ExpectedEntry.Load(expectedPath);
        if (sites) return SitesComparison.Run(entries, corpus);
        var extractors = new (string Name, Func<HtmlArticleDocument, string, Extracted> Run)[]
        {
            ("WebArticle", (page, _) => FromWebArticle(page)),
            ("SmartReader 0.11.1", (page, url) => FromSmartReader(page, url)),
        };
        var tallies = extractors.Select(_ => Fields.ToDictionary(f => f, _ => new int[2])).ToArray();
        var misses = extractors.Select(_ => new List<(string Field, string Kind, string Line)>()).ToArray();
        var notArticle = new int[extractors.Length];
        foreach (var entry in entries)
        {
            var bytes = File.ReadAllBytes(Path.Combine(corpus, "pages", entry.Page));
            for (var x = 0; x < extractors.Length; x++)
            {
                // Each extractor reads the page afresh, so neither benefits from the other's work.
                var page = HtmlReader.Read(bytes, entry.Url);
                Extracted got;
                try
                {
                    got = extractors[x].Run(page, entry.Url);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    Console.Error.WriteLine($"{entry.Page}: {extractors[x].Name} threw {e.GetType().Name}: {e.Message}");
                    got = new Extracted(null, null, null, null, false);
                }
                if (got.NotArticle) notArticle[x]++;
                Score(entry, got, tallies[x], misses[x]);
            }
        }

        Console.WriteLine($"{entries.Count} pages of {entries.Select(e => e.Site).Distinct().Count()} sites from {Path.GetFullPath(corpus)}; no site schema");
        Console.WriteLine();
        Console.WriteLine("| extractor | " + string.Join(" | ", Fields.Select(Label)) + " | pages judged not an article |");
        Console.WriteLine("|---|" + string.Concat(Fields.Select(_ => "---:|")) + "---:|");
        for (var x = 0; x < extractors.Length; x++)
        {
            var cells = Fields.Select(f => $"{tallies[x][f][1]}/{tallies[x][f][0]} ({EvaluationSupport.Percent(tallies[x][f][1], tallies[x][f][0])})");
            Console.WriteLine($"| {extractors[x].Name} | {string.Join(" | ", cells)} | {notArticle[x]} |");
        }
        for (var x = 0; x < extractors.Length; x++)
        {
            if (x > 0 && !allMisses) break;
            Console.WriteLine();
            Console.WriteLine($"### {extractors[x].Name}: {misses[x].Count} misses, by field and kind");
            foreach (var group in misses[x].GroupBy(m => (m.Field, m.Kind)).OrderBy(g => Array.IndexOf(Fields, g.Key.Field)).ThenByDescending(g => g.Count()))
            {
                Console.WriteLine();
                Console.WriteLine($"{Label(group.Key.Field)} — {group.Key.Kind} ({group.Count()}):");
                foreach (var m in group) Console.WriteLine(m.Line);
            }
        }
        return 0;
    }

    internal static void Score(ExpectedEntry entry, Extracted got, Dictionary<string, int[]> tally, List<(string Field, string Kind, string Line)> misses)
    {
        foreach (var field in Fields)
        {
            var key = field switch { "date" => "date_published", "content" or "found" => "content_first_words", _ => field };
            if (!entry.Expected.TryGetValue(key, out var expected) || expected is null) continue;
            var value = field switch { "title" => got.Title, "author" => got.Author, "date" => Comparison.Instant(got.Date), _ => got.Content };
            if (field == "found")
            {
                // The lenient check beside "content start": its misses are the pages whose article was not found at all.
                tally[field][0]++;
                if (Comparison.ContentContains(value, expected)) tally[field][1]++;
                else misses.Add((field, got.NotArticle ? "judged not an article" : value is null ? "no body" : "another part of the page",
                    $"- {entry.Page}: expected {Show(expected)}, got {Show(value)}"));
                continue;
            }
            tally[field][0]++;
            var match = field == "content" ? Comparison.ContentStartsWith(value, expected) : string.Equals(value, expected, StringComparison.Ordinal);
            if (match)
            {
                tally[field][1]++;
                continue;
            }
            var kind = Comparison.KindOf(field, value, expected, got.NotArticle);
            misses.Add((field, kind, $"- {entry.Page}: expected {Show(expected)}, got {Show(value)}"));
        }
    }

    internal static Extracted FromWebArticle(HtmlArticleDocument page)
    {
        var result = WebArticle.Parse(page);
        if (result.Value is not { } a) return new Extracted(null, null, null, null, false);
        var author = a.Byline ?? JoinNames(a.Authors);
        using var json = JsonDocument.Parse(ResultJson.ToJsonString(a));
        var date = json.RootElement.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        var content = a.Body.Count == 0 ? null : string.Join(" ", a.Body.Select(b => b.Text));
        var notArticle = result.Diagnostics.Any(d => d.Id == DiagnosticIds.HtmlNoArticleContent);
        return new Extracted(a.Title, author, date, content, notArticle);
    }

    private static Extracted FromSmartReader(HtmlArticleDocument page, string url)
    {
        // The constructor that takes the page's text (ParseArticle(string, string) is (address, user agent): it would download).
        var article = new SmartReader.Reader(url, page.Document.Input).GetArticle();
        string? date = null;
        if (article.PublicationDate is { } d)
        {
            var utc = d.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : d.ToUniversalTime();
            date = utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        }
        var content = string.IsNullOrWhiteSpace(article.TextContent) ? null : article.TextContent;
        return new Extracted(Blank(article.Title), Blank(article.Author) ?? Blank(article.Byline), date, content, !article.IsReadable);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    // "A", "A and B", "A, B and C": how the corpus writes several authors.
    internal static string? JoinNames(IReadOnlyList<string> names) => names.Count switch
    {
        0 => null,
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[names.Count - 1],
    };

    internal static string Label(string field) => field switch { "content" => "content start", "found" => "first words in body", _ => field };

    private static string Show(string? value) => value is null ? "null" : JsonSerializer.Serialize(value.Length > 120 ? value[..120] + "…" : value,
        new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
