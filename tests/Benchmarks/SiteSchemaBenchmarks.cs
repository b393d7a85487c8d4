using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using ArticleModel.Html;
using ArticleModel.Interpreter;
using BenchmarkDotNet.Attributes;

namespace ArticleModel.Benchmarks;

/// <summary>
/// Issue 11 item 5: the real pages of ../shared/corpora/postlight whose site has a schema in tests/SiteEvaluation/Sites
/// (up to 50, read at run time; the pages stay out of the repository) parsed four ways — with their site schemas
/// through the interpreter and through the parsers generated from the same schemas into this project (both: HtmlReader
/// from bytes + the schema's parse), with SmartReader 0.11.1 (generic extraction on AngleSharp), and with AngleSharp's
/// parse alone. One operation handles every page, so pages/s is the page count ÷ the mean. Without the corpus the
/// benchmark reads nothing (and says so). Pages whose schema does not build are left out of all four;
/// ARTICLEMODEL_SITE_SCHEMAS names another folder of site schemas (the generated row then uses the interpreter for
/// schemas not generated here).
/// </summary>
[MemoryDiagnoser]
public class SiteSchemaBenchmarks
{
    private readonly List<(byte[] Bytes, string Decoded, string Url, IArticleParser Parser, IArticleParser Generated)> _pages = new();

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
        var parsers = new Dictionary<string, (IArticleParser Interpreted, IArticleParser Generated)?>(StringComparer.Ordinal);
        var generated = 0;
        using var expected = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(corpus!, "expected.json")));
        foreach (var entry in expected.RootElement.EnumerateArray())
        {
            if (_pages.Count == 50) break;
            var site = entry.GetProperty("site").GetString()!;
            if (!parsers.TryGetValue(site, out var parser))
            {
                var schemaPath = Path.Combine(Environment.GetEnvironmentVariable("ARTICLEMODEL_SITE_SCHEMAS") ?? Path.Combine(root, "tests", "SiteEvaluation", "Sites"), site + ".article");
                var schema = File.Exists(schemaPath) ? InterpretedSchema.LoadFile(schemaPath) : null;
                if (schema is { HasErrors: false })
                {
                    var interpreted = schema.GetParser();
                    var generatedParser = GeneratedParser(File.ReadAllText(schemaPath));
                    if (generatedParser is not null) generated++;
                    parser = (interpreted, generatedParser ?? interpreted);
                }
                parsers[site] = parser;
            }
            if (parser is not { } both) continue;
            var bytes = File.ReadAllBytes(Path.Combine(corpus!, "pages", entry.GetProperty("page").GetString()!));
            _pages.Add((bytes, HtmlReader.Read(bytes).Document.Input, entry.GetProperty("url").GetString()!, both.Interpreted, both.Generated));
        }
        var readable = _pages.Count(p => new SmartReader.Reader(p.Url, p.Decoded).GetArticle().IsReadable);
        Console.WriteLine($"SiteSchemaBenchmarks: SmartReader finds an article in {readable} of {_pages.Count} pages");
        Console.WriteLine($"SiteSchemaBenchmarks: {_pages.Count} pages of {parsers.Count(p => p.Value is not null)} sites ({generated} with a generated parser), {_pages.Sum(p => (long)p.Bytes.Length) / 1e6:F1} MB");
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

    /// <summary>The same, through the parsers the source generator made from the site schemas.</summary>
    [Benchmark]
    public int SiteSchemaGenerated()
    {
        var n = 0;
        foreach (var page in _pages) n += page.Generated.Parse(HtmlReader.Read(page.Bytes, page.Url).Document).Diagnostics.Count + 1;
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

    // The generated parser of a site schema (its namespace and article name, as the generator names the type); null
    // when this project did not generate it.
    private static IArticleParser? GeneratedParser(string schemaText)
    {
        var ns = Regex.Match(schemaText, @"^\s*namespace\s+([\w.]+)\s*;", RegexOptions.Multiline);
        var article = Regex.Match(schemaText, @"^\s*article\s+(\w+)", RegexOptions.Multiline);
        if (!ns.Success || !article.Success) return null;
        var type = typeof(SiteSchemaBenchmarks).Assembly.GetType(ns.Groups[1].Value + "." + article.Groups[1].Value);
        return type?.GetProperty("Parser", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IArticleParser;
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
