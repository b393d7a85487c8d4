using System;
using System.IO;
using ArticleModel.Interpreter;
using ArticleModel.Sample;
using BenchmarkDotNet.Attributes;

namespace ArticleModel.Benchmarks;

/// <summary>
/// Interpreted against generated parsing of the same schemas on the sample corpus: NewsStory (the sample's schema, with
/// quote extraction) and NewsStructure (structure only, where the interpreter's own overhead shows most).
/// One operation parses every article of the corpus once from its string (reader included). docs/performance.md,
/// "Interpreter vs generated".
/// </summary>
[MemoryDiagnoser]
public class InterpreterBenchmarks
{
    private string[] _texts = null!;
    private InterpretedParser _story = null!;
    private InterpretedParser _structure = null!;

    [GlobalSetup]
    public void Setup()
    {
        _texts = Corpus.LoadTexts();
        _story = Load("src/ArticleModel.Sample/NewsStory.article");
        _structure = Load("tests/Benchmarks/NewsStructure.article");
        Console.WriteLine($"// corpus: {_texts.Length} articles, {Corpus.Utf8Bytes(_texts)} UTF-8 bytes");
    }

    private static InterpretedParser Load(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, relative);
            if (File.Exists(Path.Combine(dir.FullName, "ArticleModel.sln")) && File.Exists(path)) return InterpretedSchema.LoadFile(path).GetParser();
        }
        throw new InvalidOperationException(relative + " not found above " + AppContext.BaseDirectory);
    }

    [Benchmark(Baseline = true, Description = "generated NewsStory")]
    public int GeneratedStory()
    {
        var n = 0;
        foreach (var t in _texts) n += NewsStory.Parse(t).Value!.Quotes.Count;
        return n;
    }

    [Benchmark(Description = "interpreted NewsStory")]
    public int InterpretedStory()
    {
        var n = 0;
        foreach (var t in _texts) n += ((ValueList<Quote>)_story.Parse(t).Value![4]!).Count;
        return n;
    }

    [Benchmark(Description = "generated NewsStructure")]
    public int GeneratedStructure()
    {
        var n = 0;
        foreach (var t in _texts) n += NewsStructure.Parse(t).Value!.Body.Count;
        return n;
    }

    [Benchmark(Description = "interpreted NewsStructure")]
    public int InterpretedStructure()
    {
        var n = 0;
        foreach (var t in _texts) n += ((ValueList<Paragraph>)_structure.Parse(t).Value!["body"]!).Count;
        return n;
    }
}
