using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AngleSharp.Html.Parser;
using ArticleModel.Html;
using BenchmarkDotNet.Attributes;

namespace ArticleModel.Benchmarks;

/// <summary>
/// The HTML reader against AngleSharp's parse alone on up to 50 real pages from ../shared/corpora/postlight/pages
/// (read at run time; the pages stay out of the repository). One operation reads every page, so pages/s is
/// page count ÷ mean time. Without the corpus the benchmark reads nothing (and says so).
/// </summary>
[MemoryDiagnoser]
public class HtmlReaderBenchmarks
{
    private List<byte[]> _pages = new();
    private List<string> _decoded = new();

    [GlobalSetup]
    public void Setup()
    {
        var directory = FindPages();
        if (directory is null)
        {
            Console.WriteLine("HtmlReaderBenchmarks: ../shared/corpora/postlight/pages not found; nothing to read.");
            return;
        }
        _pages = Directory.GetFiles(directory, "*.html").OrderBy(p => p, StringComparer.Ordinal).Take(50).Select(File.ReadAllBytes).ToList();
        _decoded = _pages.Select(p => HtmlReader.Read(p).Document.Input).ToList();
        Console.WriteLine($"HtmlReaderBenchmarks: {_pages.Count} pages, {_pages.Sum(p => (long)p.Length) / 1e6:F1} MB");
    }

    /// <summary>AngleSharp's parse of the decoded pages, with the source references the reader asks for.</summary>
    [Benchmark(Baseline = true)]
    public int AngleSharpParse()
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true, DisableElementPositionTracking = true });
        var n = 0;
        foreach (var page in _decoded) n += parser.ParseDocument(page).All.Length;
        return n;
    }

    /// <summary>The whole reader from bytes: decoding, parse, blocks, spans.</summary>
    [Benchmark]
    public int HtmlReaderRead()
    {
        var n = 0;
        foreach (var page in _pages) n += HtmlReader.Read(page).Document.LineCount;
        return n;
    }

    private static string? FindPages()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpora", "postlight", "pages");
            if (Directory.Exists(candidate)) return candidate;
            candidate = Path.Combine(dir.FullName, "..", "shared", "corpora", "postlight", "pages");
            if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        return null;
    }
}
