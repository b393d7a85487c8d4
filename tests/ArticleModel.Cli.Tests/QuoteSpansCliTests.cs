using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace ArticleModel.Cli.Tests;

/// <summary><c>parse --quote-spans</c>: every quote in the output carries the spans of its pieces (issue 8 item 11).</summary>
public class QuoteSpansCliTests
{
    private static string Article => Path.Combine(Cli.SampleArticles, "drought-farmers.txt");

    // Each span, cut from the original file, is part of the quote's text (white space aside, and its final punctuation,
    // which the quote's text may change: a split statement's "…," becomes "….").
    private static void AssertQuoteSpansPointIntoText(JsonElement value, string text)
    {
        var quotes = value.GetProperty("quotes");
        Assert.True(quotes.GetArrayLength() > 0);
        foreach (var quote in quotes.EnumerateArray())
        {
            var spans = quote.GetProperty("spans");
            Assert.True(spans.GetArrayLength() > 0);
            foreach (var span in spans.EnumerateArray())
            {
                Assert.Equal(new[] { "start", "length", "line", "column" }, span.EnumerateObject().Select(p => p.Name).ToArray());
                var piece = text.Substring(span.GetProperty("start").GetInt32(), span.GetProperty("length").GetInt32());
                Assert.Contains(Regex.Replace(Regex.Replace(piece, @"[\p{P}\s]+$", ""), @"\s+", " ").Trim(), quote.GetProperty("text").GetString());
                Assert.True(span.GetProperty("line").GetInt32() >= 1 && span.GetProperty("column").GetInt32() >= 1);
            }
        }
    }

    [Fact]
    public void One_file_with_quote_spans_gives_every_quote_its_spans()
    {
        var run = Cli.Run("parse", "--schema", Cli.NewsSchema, "--quote-spans", Article);

        Assert.Equal(0, run.ExitCode);
        AssertQuoteSpansPointIntoText(JsonDocument.Parse(run.Stdout).RootElement, File.ReadAllText(Article));
    }

    [Fact]
    public void Without_the_switch_quotes_have_no_spans()
    {
        var run = Cli.Run("parse", "--schema", Cli.NewsSchema, Article);

        Assert.Equal(0, run.ExitCode);
        foreach (var quote in JsonDocument.Parse(run.Stdout).RootElement.GetProperty("quotes").EnumerateArray())
            Assert.False(quote.TryGetProperty("spans", out _));
    }

    [Fact]
    public void A_batch_with_quote_spans_gives_every_quote_its_spans_on_every_line()
    {
        var run = Cli.Run("parse", "--schema", Cli.NewsSchema, "--quote-spans", "--threads", "2", Article, Article);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, run.StdoutLines.Length);
        foreach (var line in run.StdoutLines)
            AssertQuoteSpansPointIntoText(JsonDocument.Parse(line).RootElement.GetProperty("value"), File.ReadAllText(Article));
    }
}
