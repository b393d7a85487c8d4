using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using AngleSharp.Html.Parser;
using ArticleModel.Html;
using ArticleModel.Interpreter;
using BenchmarkDotNet.Attributes;

namespace ArticleModel.Benchmarks;

/// <summary>
/// Issue 11 item 5: the real pages of ../shared/corpora/postlight whose site has a schema in tests/SiteEvaluation/Sites
/// (up to 50, read at run time; the pages stay out of the repository) parsed three ways — with their site schemas
/// through the interpreter (HtmlReader from bytes + the schema's parse), with SmartReader 0.11.1 (generic extraction on
/// AngleSharp), and with AngleSharp's parse alone. One operation handles every page, so pages/s is the page count ÷ the
/// mean. Without the corpus the benchmark reads nothing (and says so). Pages whose schema does not build are left out of
/// all three; ARTICLEMODEL_SITE_SCHEMAS names another folder of site schemas.
/// </summary>
[MemoryDiagnoser]
public class SiteSchemaBenchmarks
{
    private readonly List<(byte[] Bytes, string Decoded, string Url, IArticleParser Parser)> _pages = new();

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot();
        var corpus = root is null ? null : Path.GetFullPath(Path.Combine(root, "..", "shared", "corpora", "postlight"));
        if (root is null || !File.Exists(Path.Combine(corpus!, "expected.json")))
        {
            Console.WriteLine("SiteSchemaBenchmarks: ../shared/corpora/postlight not found; nothing to parse.");
            return;
        }
        var parsers = new Dictionary<string, IArticleParser?>(StringComparer.Ordinal);
        using var expected = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(corpus!, "expected.json")));
        foreach (var entry in expected.RootElement.EnumerateArray())
        {
            if (_pages.Count == 50) break;
            var site = entry.GetProperty("site").GetString()!;
            if (!parsers.TryGetValue(site, out var parser))
            {
                var schemaPath = Path.Combine(Environment.GetEnvironmentVariable("ARTICLEMODEL_SITE_SCHEMAS") ?? Path.Combine(root, "tests", "SiteEvaluation", "Sites"), site + ".article");
                var schema = File.Exists(schemaPath) ? InterpretedSchema.LoadFile(schemaPath) : null;
                parsers[site] = parser = schema is { HasErrors: false } ? schema.GetParser() : null;
            }
            if (parser is null) continue;
            var bytes = File.ReadAllBytes(Path.Combine(corpus!, "pages", entry.GetProperty("page").GetString()!));
            _pages.Add((bytes, HtmlReader.Read(bytes).Document.Input, entry.GetProperty("url").GetString()!, parser));
        }
        var readable = _pages.Count(p => new SmartReader.Reader(p.Url, p.Decoded).GetArticle().IsReadable);
        Console.WriteLine($"SiteSchemaBenchmarks: SmartReader finds an article in {readable} of {_pages.Count} pages");
        Console.WriteLine($"SiteSchemaBenchmarks: {_pages.Count} pages of {parsers.Count(p => p.Value is not null)} sites, {_pages.Sum(p => (long)p.Bytes.Length) / 1e6:F1} MB");
    }

    /// <summary>AngleSharp's parse alone of the decoded pages (default options).</summary>
    [Benchmark(Baseline = true)]
    public int AngleSharpParse()
    {
        var parser = new HtmlParser();
        var n = 0;
        foreach (var page in _pages) n += parser.ParseDocument(page.Decoded).All.Length;
        return n;
    }

    /// <summary>The site schema through the interpreter, from bytes: decoding, reading, every locator, JSON-ready values.</summary>
    [Benchmark]
    public int SiteSchemaInterpreted()
    {
        var n = 0;
        foreach (var page in _pages) n += page.Parser.Parse(HtmlReader.Read(page.Bytes, page.Url).Document).Diagnostics.Count + 1;
        return n;
    }

    /// <summary>SmartReader 0.11.1's generic extraction (Readability port) of the decoded pages.</summary>
    [Benchmark]
    public int SmartReaderParse()
    {
        var n = 0;
        // The constructor that takes the page's text (ParseArticle(string, string) is (address, user agent): it would download).
        foreach (var page in _pages) n += new SmartReader.Reader(page.Url, page.Decoded).GetArticle().Length;
        return n;
    }

    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ArticleModel.sln"))) return dir.FullName;
        }
        return null;
    }
}
