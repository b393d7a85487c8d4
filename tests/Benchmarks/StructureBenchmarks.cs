using BenchmarkDotNet.Attributes;
using ArticleModel.Sample;

namespace ArticleModel.Benchmarks;

/// <summary>
/// Generated NewsStory parsers against the hand-written split-and-Regex parser of the same layout, over the sample corpus.
/// One operation parses every article of the corpus once; MB/s = corpus UTF-8 bytes / mean time (docs/performance.md).
/// </summary>
[MemoryDiagnoser]
public class StructureBenchmarks
{
    private string[] _texts = null!;

    [GlobalSetup]
    public void Setup()
    {
        _texts = Corpus.LoadTexts();
        System.Console.WriteLine($"// corpus: {_texts.Length} articles, {Corpus.Utf8Bytes(_texts)} UTF-8 bytes");
    }

    [Benchmark(Baseline = true, Description = "hand-written split+Regex, structure")]
    public int HandWrittenStructure()
    {
        var n = 0;
        foreach (var t in _texts) n += HandWrittenNewsParser.Parse(t, quotes: false).Body.Count;
        return n;
    }

    [Benchmark(Description = "generated, structure (NewsStructure)")]
    public int GeneratedStructure()
    {
        var n = 0;
        foreach (var t in _texts) n += NewsStructure.Parse(t).Value!.Body.Count;
        return n;
    }

    [Benchmark(Description = "hand-written split+Regex, with naive quotes")]
    public int HandWrittenWithQuotes()
    {
        var n = 0;
        foreach (var t in _texts) n += HandWrittenNewsParser.Parse(t, quotes: true).Quotes!.Count;
        return n;
    }

    [Benchmark(Description = "generated, with quotes and speakers (NewsStory)")]
    public int GeneratedWithQuotes()
    {
        var n = 0;
        foreach (var t in _texts) n += NewsStory.Parse(t).Value!.Quotes.Count;
        return n;
    }
}
