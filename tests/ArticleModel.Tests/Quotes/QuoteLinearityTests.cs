using System;
using System.Collections.Generic;
using System.Text;
using ArticleModel.Quotes;
using Xunit;

namespace ArticleModel.Tests.Quotes;

/// <summary>
/// Quote extraction does work linear in its input, counted in steps (tokens plus iterations of every bounded scan),
/// never in wall-clock time. The generators are the adversarial shapes of issue 9 item 6: long runs of capitalised
/// words followed by many quoted fragments, ALL CAPS and Title Case prose, one long sentence full of quotes.
/// </summary>
public class QuoteLinearityTests
{
    public static IEnumerable<object[]> Generators() => new[]
    {
        new object[] { "caps run, then quotes each followed by said" },
        new object[] { "caps run, said, then many quotes" },
        new object[] { "ALL CAPS prose with quotes" },
        new object[] { "Title Case prose with quotes" },
        new object[] { "one long lower-case sentence with quotes" },
        new object[] { "long sentence, then many unattributed quotes" },
        new object[] { "names in commas, then a quote" },
    };

    internal static string Generate(string shape, int chars)
    {
        var sb = new StringBuilder(chars + 64);
        switch (shape)
        {
            case "caps run, then quotes each followed by said":
                while (sb.Length < chars / 4) sb.Append("Alpha Beta ");
                while (sb.Length < chars) sb.Append("\u201Cword,\u201D said ");
                break;
            case "caps run, said, then many quotes":
                while (sb.Length < chars / 4) sb.Append("Alpha Beta ");
                sb.Append("said ");
                while (sb.Length < chars) sb.Append("\u201Cword\u201D and ");
                break;
            case "ALL CAPS prose with quotes":
                while (sb.Length < chars) sb.Append("THE MINISTER SAID \u201CNO WAY,\u201D AND THEN SAID \u201CNEVER\u201D AGAIN ");
                break;
            case "Title Case prose with quotes":
                while (sb.Length < chars) sb.Append("The Minister Said \u201CNo Way,\u201D According To Maria Okafor Then Said \u201CNever\u201D Again, ");
                break;
            case "one long lower-case sentence with quotes":
                while (sb.Length < chars) sb.Append("the man said \u201Cwe go\u201D according to the board and ");
                break;
            case "long sentence, then many unattributed quotes":
                while (sb.Length < chars / 2) sb.Append("Okafor waited and ");
                sb.Append("waited. ");
                while (sb.Length < chars) sb.Append("\u201Cgo on\u201D ");
                break;
            default:
                while (sb.Length < chars) sb.Append("Maria Okafor, the chair, ");
                sb.Append("said \u201Cok\u201D");
                break;
        }
        return sb.ToString();
    }

    internal static long Steps(string text)
    {
        var document = PlainTextReader.Read(text);
        var session = new QuoteSession(document, guard: false);
        foreach (var p in QuoteExtractor.ParagraphsOf(document)) session.AddParagraph(p);
        session.Finish();
        return session.WorkSteps;
    }

    [Theory]
    [MemberData(nameof(Generators))]
    public void WorkGrowsLinearlyWithTheInput(string shape)
    {
        var n = Steps(Generate(shape, 12_500));
        var n4 = Steps(Generate(shape, 50_000));
        Assert.True(n > 0);
        // 4× the input, at most 4.5× the work (a quadratic look-back gives 16×)
        Assert.True(n4 <= n * 4.5, $"{shape}: {n} steps for 12.5 K chars, {n4} for 50 K ({(double)n4 / n:F1}×)");
        // and a small constant per character
        Assert.True(n4 <= 50_000L * 40, $"{shape}: {n4} steps for 50 K chars");
    }
}
