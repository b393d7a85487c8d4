using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ArticleModel.Html;
using BenchmarkDotNet.Attributes;

namespace ArticleModel.Benchmarks;

/// <summary>
/// Issue 15: every page of ../shared/corpora/postlight (read at run time; the pages stay out of the repository) parsed
/// with no site schema — the built-in <see cref="WebArticle"/> (HtmlReader from bytes + the generated parser, with the
/// <c>@content</c> scorer) against SmartReader 0.11.1 (generic extraction on AngleSharp, served the decoded page and
/// URL, as tests/WebArticleEvaluation does). One operation handles every page, so pages/s is the page count ÷ the mean.
/// Without the corpus (../shared/corpora/postlight, or the folder ARTICLEMODEL_POSTLIGHT names) it reads nothing and says so.
/// </summary>
[MemoryDiagnoser]
public class WebArticleBenchmarks
{
    private readonly List<(byte[] Bytes, string Decoded, string Url)> _pages = new();

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot();
        // ARTICLEMODEL_POSTLIGHT names the corpus folder when the repository is not beside ../shared (a git worktree).
        var corpus = Environment.GetEnvironmentVariable("ARTICLEMODEL_POSTLIGHT")
            ?? (root is null ? null : Path.GetFullPath(Path.Combine(root, "..", "shared", "corpora", "postlight")));
        if (corpus is null || !File.Exists(Path.Combine(corpus, "expected.json")))
        {
            Console.WriteLine("WebArticleBenchmarks: ../shared/corpora/postlight not found; nothing to parse.");
            return;
        }
        using var expected = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(corpus, "expected.json")));
        foreach (var entry in expected.RootElement.EnumerateArray())
        {
            var bytes = File.ReadAllBytes(Path.Combine(corpus, "pages", entry.GetProperty("page").GetString()!));
            _pages.Add((bytes, HtmlReader.Read(bytes).Document.Input, entry.GetProperty("url").GetString()!));
        }
        Console.WriteLine($"WebArticleBenchmarks: {_pages.Count} pages, {_pages.Sum(p => (long)p.Bytes.Length) / 1e6:F1} MB");
    }

    /// <summary>The built-in WebArticle: read the page's bytes and parse it (every field, the main-content scorer, quotes).</summary>
    [Benchmark(Baseline = true)]
    public int WebArticleParse()
    {
        var n = 0;
        foreach (var page in _pages) n += WebArticle.Parse(page.Bytes, page.Url).Value!.Body.Count;
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

    internal static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ArticleModel.sln"))) return dir.FullName;
        }
        return null;
    }
}
