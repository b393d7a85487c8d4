using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace ArticleModel.Benchmarks;

/// <summary>
/// <see cref="QuoteExtractor.Extract(string)"/> on articles of 3 KB, 100 KB and 1 MB, built by repeating the paragraphs
/// of the quote evaluation set (tests/QuoteEvaluation/Articles). MB/s = <see cref="Bytes"/> / mean time.
/// Run: <c>dotnet run -c Release --project tests/Benchmarks -- --filter '*QuoteExtraction*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class QuoteExtractionBenchmarks
{
    private string _text = "";

    /// <summary>Target size of the article in KB (UTF-16 characters / 1024, about the UTF-8 size for this mostly-ASCII text).</summary>
    [Params(3, 100, 1024)]
    public int SizeKB { get; set; }

    /// <summary>UTF-8 size of the article, printed once so MB/s can be worked out from the mean.</summary>
    public long Bytes => Encoding.UTF8.GetByteCount(_text);

    [GlobalSetup]
    public void Setup()
    {
        _text = Build(SizeKB * 1024);
        Console.WriteLine($"// QuoteExtraction SizeKB={SizeKB}: {Bytes} UTF-8 bytes, {QuoteExtractor.Extract(_text).Count} quotes");
    }

    [Benchmark]
    public int Extract() => QuoteExtractor.Extract(_text).Count;

    /// <summary>An article of about <paramref name="chars"/> characters: a headline, then the evaluation set's paragraphs, repeated.</summary>
    public static string Build(int chars)
    {
        var paragraphs = LoadParagraphs();
        var sb = new StringBuilder(chars + 4096);
        sb.Append("Quote Extraction Benchmark Article\n\n");
        var i = 0;
        while (sb.Length < chars)
        {
            sb.Append(paragraphs[i % paragraphs.Count]).Append("\n\n");
            i++;
        }
        return sb.ToString();
    }

    private static List<string> LoadParagraphs()
    {
        var folder = RepositoryFolders.Require(Path.Combine("tests", "QuoteEvaluation", "Articles"));
        var result = new List<string>();
        foreach (var path in Directory.GetFiles(folder, "*.txt").OrderBy(p => p, StringComparer.Ordinal))
        {
            var blocks = File.ReadAllText(path).Replace("\r\n", "\n").Split(new[] { "\n\n" }, StringSplitOptions.RemoveEmptyEntries);
            result.AddRange(blocks.Skip(2).Select(b => b.Trim()).Where(b => b.Length > 0));
        }
        if (result.Count == 0) throw new InvalidOperationException("no evaluation articles found in " + folder);
        return result;
    }
}
