using System;
using System.IO;
using System.Text;
using System.Text.Json;
using ArticleModel.Interpreter;
using BenchmarkDotNet.Attributes;

namespace ArticleModel.Benchmarks;

/// <summary>
/// Memory in proportion to the input (issue 9 item 7): bytes allocated per operation by the plain-text reader, and by the
/// reader plus the interpreted parse of the sample schema, on 4 MB inputs of three kinds — random bytes (invalid UTF-8
/// and control characters everywhere), prose (the sample articles repeated) and short lines (one every 16 bytes, where
/// the line table dominates), and with the result written as JSON. Allocated / <see cref="Bytes"/> is the factor
/// docs/reliability.md reports.
/// Run: <c>dotnet run -c Release --project tests/Benchmarks -- --filter '*ReaderMemory*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class ReaderMemoryBenchmarks
{
    private const int Size = 4 * 1024 * 1024;

    private byte[] _bytes = Array.Empty<byte>();
    private InterpretedParser _parser = null!;

    /// <summary>The kind of input.</summary>
    [Params("random", "prose", "short-lines")]
    public string Kind { get; set; } = "random";

    /// <summary>Input size in bytes.</summary>
    public int Bytes => _bytes.Length;

    [GlobalSetup]
    public void Setup()
    {
        _bytes = Make(Kind);
        _parser = InterpretedSchema.LoadFile(FindSampleSchema()).GetParser();
        Console.WriteLine($"// ReaderMemory Kind={Kind}: {_bytes.Length} bytes");
    }

    [Benchmark(Baseline = true)]
    public int Read() => PlainTextReader.Read(_bytes).LineCount;

    [Benchmark]
    public int ReadFromStream() => PlainTextReader.Read(new MemoryStream(_bytes, writable: false)).LineCount;

    [Benchmark]
    public int ReadAndParse() => _parser.Parse(_bytes).Diagnostics.Count;

    /// <summary>What the CLI does with one input: read, parse, write the value as compact JSON (here to a null stream).</summary>
    [Benchmark]
    public int ReadParseAndWriteJson()
    {
        var result = _parser.Parse(_bytes);
        using (var writer = new Utf8JsonWriter(Stream.Null, ResultJson.WriterOptions(indented: false)))
        {
            ResultJson.WriteValue(writer, result.Value, null);
        }
        return result.Diagnostics.Count;
    }

    internal static byte[] Make(string kind)
    {
        var bytes = new byte[Size];
        var random = new Random(7);
        switch (kind)
        {
            case "random":
                random.NextBytes(bytes);
                break;
            case "prose":
                var texts = Corpus.LoadTexts();
                var offset = 0;
                for (var i = 0; offset < bytes.Length; i++)
                {
                    var article = Encoding.UTF8.GetBytes(texts[i % texts.Length] + "\n\n");
                    var n = Math.Min(article.Length, bytes.Length - offset);
                    Array.Copy(article, 0, bytes, offset, n);
                    offset += n;
                }
                break;
            default:
                for (var i = 0; i < bytes.Length; i++) bytes[i] = i % 16 == 15 ? (byte)'\n' : (byte)'x';
                break;
        }
        return bytes;
    }

    private static string FindSampleSchema()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "src", "ArticleModel.Sample", "NewsStory.article");
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException("src/ArticleModel.Sample/NewsStory.article not found above " + AppContext.BaseDirectory);
    }
}
