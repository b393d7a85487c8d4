using System;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace ArticleModel.Benchmarks;

/// <summary>
/// <see cref="QuoteExtractor.Extract(string)"/> on adversarial inputs at n and 4n characters (issue 9 item 6): long
/// runs of capitalised words followed by many quoted fragments, ALL CAPS and Title Case prose, one endless sentence
/// full of quotes. Linear extraction gives time(4n) / time(n) close to 4; the target is ≤ 5.
/// Run: <c>dotnet run -c Release --project tests/Benchmarks -- --filter '*QuoteScaling*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class QuoteScalingBenchmarks
{
    private string _text = "";

    /// <summary>The shape of the adversarial input.</summary>
    [Params("CapsThenSaid", "CapsSaidQuotes", "AllCaps", "TitleCase", "EndlessSentence")]
    public string Shape { get; set; } = "";

    /// <summary>Size of the input in characters: n = 12,500 and 4n = 50,000 (the sizes of the report).</summary>
    [Params(12_500, 50_000)]
    public int Chars { get; set; }

    [GlobalSetup]
    public void Setup() => _text = Generate(Shape, Chars);

    [Benchmark]
    public int Extract() => QuoteExtractor.Extract(_text).Count;

    /// <summary>An input of about <paramref name="chars"/> characters of the given shape.</summary>
    public static string Generate(string shape, int chars)
    {
        var sb = new StringBuilder(chars + 64);
        switch (shape)
        {
            case "CapsThenSaid":
                while (sb.Length < chars / 4) sb.Append("Alpha Beta ");
                while (sb.Length < chars) sb.Append("\u201Cword,\u201D said ");
                break;
            case "CapsSaidQuotes":
                while (sb.Length < chars / 4) sb.Append("Alpha Beta ");
                sb.Append("said ");
                while (sb.Length < chars) sb.Append("\u201Cword\u201D and ");
                break;
            case "AllCaps":
                while (sb.Length < chars) sb.Append("THE MINISTER SAID \u201CNO WAY,\u201D AND THEN SAID \u201CNEVER\u201D AGAIN ");
                break;
            case "TitleCase":
                while (sb.Length < chars) sb.Append("The Minister Said \u201CNo Way,\u201D According To Maria Okafor Then Said \u201CNever\u201D Again, ");
                break;
            case "EndlessSentence":
                while (sb.Length < chars) sb.Append("the man said \u201Cwe go\u201D according to the board and ");
                break;
            default:
                throw new ArgumentException("unknown shape " + shape, nameof(shape));
        }
        return sb.ToString();
    }
}
