using System;
using System.Collections.Generic;
using System.Linq;
using ArticleModel.Sample;
using BenchmarkDotNet.Attributes;

namespace ArticleModel.Benchmarks;

/// <summary>
/// The generated structure parser, the generated parser with quotes and speakers, and the quote extractor alone, on
/// each of the three corpora (<see cref="ArticleCorpora"/>). One operation parses every article of the corpus once;
/// MB/s = the corpus's UTF-8 bytes (printed at set-up) / mean time. docs/performance.md, "Three corpora".
/// Run: <c>dotnet run -c Release --project tests/Benchmarks -- --filter '*CorpusSpeed*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class CorpusSpeedBenchmarks
{
    private string[] _texts = Array.Empty<string>();

    /// <summary>Which corpus (the real-news set only where its shared folder is present).</summary>
    [ParamsSource(nameof(Corpora))]
    public string Corpus { get; set; } = "";

    /// <summary>The corpora that can be loaded on this machine.</summary>
    public static IEnumerable<string> Corpora() => ArticleCorpora.Available();

    [GlobalSetup]
    public void Setup()
    {
        _texts = ArticleCorpora.Load(Corpus);
        var quotes = _texts.Sum(t => NewsStory.Parse(t).Value!.Quotes.Count);
        var paragraphs = _texts.Sum(t => NewsStructure.Parse(t).Value!.Body.Count);
        Console.WriteLine($"// corpus {Corpus}: {_texts.Length} articles, {Benchmarks.Corpus.Utf8Bytes(_texts)} UTF-8 bytes, {paragraphs} paragraphs, {quotes} quotes");
    }

    [Benchmark(Baseline = true, Description = "generated, structure (NewsStructure)")]
    public int Structure()
    {
        var n = 0;
        foreach (var t in _texts) n += NewsStructure.Parse(t).Value!.Body.Count;
        return n;
    }

    /// <summary>
    /// The hand-written split-and-Regex parser (<see cref="HandWrittenNewsParser"/>) on the same corpus: a yardstick
    /// inside each run, so runs made at different loads (before and after a change) can be compared by ratio.
    /// </summary>
    [Benchmark(Description = "hand-written split+Regex, structure")]
    public int HandWrittenStructure()
    {
        var n = 0;
        foreach (var t in _texts) n += HandWrittenNewsParser.Parse(t, quotes: false).Body.Count;
        return n;
    }

    [Benchmark(Description = "generated, with quotes and speakers (NewsStory)")]
    public int WithQuotes()
    {
        var n = 0;
        foreach (var t in _texts) n += NewsStory.Parse(t).Value!.Quotes.Count;
        return n;
    }

    [Benchmark(Description = "QuoteExtractor.Extract(text)")]
    public int ExtractorAlone()
    {
        var n = 0;
        foreach (var t in _texts) n += QuoteExtractor.Extract(t).Count;
        return n;
    }
}
