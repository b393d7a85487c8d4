using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace ArticleModel.Tests.Quotes;

/// <summary>Hostile input: every case must finish without an exception and give sane results (no timing asserts).</summary>
public class QuotePathologicalTests
{
    private static void AssertSane(string text, ValueList<Quote> quotes)
    {
        foreach (var q in quotes)
        {
            Assert.NotNull(q.Text);
            Assert.True(q.Spans.Count >= 1);
            foreach (var span in q.Spans)
            {
                Assert.InRange(span.Start, 0, text.Length);
                Assert.InRange(span.End, span.Start, text.Length);
                Assert.True(span.Line >= 1);
            }
        }
    }

    private static ValueList<Quote> Run(string text)
    {
        // The internal session without its exception guard, so a bug shows up here instead of being swallowed.
        var document = PlainTextReader.Read(text);
        var session = new ArticleModel.Quotes.QuoteSession(document, guard: false);
        foreach (var p in QuoteExtractor.ParagraphsOf(document)) session.AddParagraph(p);
        var quotes = session.Finish();
        AssertSane(text, quotes);
        Assert.Equal(quotes, QuoteExtractor.Extract(text));
        return quotes;
    }

    [Theory]
    [InlineData("\u201C")]
    [InlineData("\u201D")]
    [InlineData("\"")]
    [InlineData("'")]
    [InlineData("\u2018")]
    [InlineData("\u2019")]
    [InlineData("\u201C\u2018")]
    [InlineData("\u201C\u201D")]
    [InlineData("\" \"")]
    public void ThreeHundredThousandQuoteMarks(string unit)
    {
        var sb = new StringBuilder();
        while (sb.Length < 300_000) sb.Append(unit);
        var quotes = Run(sb.ToString());
        Assert.All(quotes, q => Assert.Null(q.Speaker));
    }

    [Fact]
    public void ManyOpeningMarksWithWordsAndNoClosingMarks()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 60_000; i++) sb.Append("\u201CWe said he said, Okafor said ");
        var quotes = Run(sb.ToString());
        Assert.NotEmpty(quotes);
    }

    [Fact]
    public void ManyParagraphsEachOpeningAQuote()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 20_000; i++) sb.Append("\u201CStill going, Maria Okafor said and\n\n");
        var quotes = Run(sb.ToString());
        // every paragraph re-opens the quote: one long continued quote
        Assert.Single(quotes);
        Assert.Equal(20_000, quotes[0].Spans.Count);
    }

    [Fact]
    public void OneFiveMegabyteParagraph()
    {
        var unit = "\u201CWe cannot agree,\u201D Sergey Lavrov said, calling the plan \u201Cutopian thinking\u201D and the so-called \u201Cexperts\u201D wrong. He said: \u201CNo.\u201D ";
        var sb = new StringBuilder(5_100_000);
        while (sb.Length < 5_000_000) sb.Append(unit);
        var text = sb.ToString();
        var quotes = Run(text);
        var units = text.Length / unit.Length;
        Assert.InRange(quotes.Count, units, units * 4);
        Assert.Equal("Sergey Lavrov", quotes[0].Speaker);
    }

    [Fact]
    public void FiveMegabytesOfWordsWithoutPunctuation()
    {
        var sb = new StringBuilder(5_100_000);
        while (sb.Length < 5_000_000) sb.Append("Maria Okafor said the chair of the talks told Reuters according to ");
        Assert.Empty(Run(sb.ToString()));
    }

    [Fact]
    public void RandomText()
    {
        var random = new Random(20261126);
        var alphabet = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ .,:;!?-—\u201C\u201D\u2018\u2019\"'\n\n said told according to he she they Mr. Ms. ";
        var words = new[] { " said", " told", " according to", " he", " she", " they", " Okafor", " Maria", " the", " minister", ",", ".", ":", "\u201C", "\u201D", "\u2018", "\u2019", "\"", "'", "\n\n", " calling", " so-called" };
        for (var round = 0; round < 200; round++)
        {
            var sb = new StringBuilder();
            var length = random.Next(0, 4000);
            while (sb.Length < length)
            {
                if (random.Next(3) == 0) sb.Append(alphabet[random.Next(alphabet.Length)]);
                else sb.Append(words[random.Next(words.Length)]);
            }
            Run(sb.ToString());
        }
    }

    [Fact]
    public void RandomBytes()
    {
        var random = new Random(42);
        for (var round = 0; round < 100; round++)
        {
            var bytes = new byte[random.Next(0, 20_000)];
            random.NextBytes(bytes);
            var document = PlainTextReader.Read(bytes);
            var quotes = QuoteExtractor.Extract(document, QuoteExtractor.ParagraphsOf(document));
            AssertSane(document.Text, quotes);
        }
    }

    [Fact]
    public void RandomUnicodeCharacters()
    {
        var random = new Random(7);
        for (var round = 0; round < 100; round++)
        {
            var chars = new char[random.Next(0, 5000)];
            for (var i = 0; i < chars.Length; i++) chars[i] = (char)random.Next(0, 0x3000);
            Run(new string(chars));
        }
    }

    [Fact]
    public void MismatchedParagraphSpansDoNotThrow()
    {
        var document = PlainTextReader.Read("short");
        var paragraphs = new List<Paragraph>
        {
            new("“A long quote that is not in the document,” Ana Lima said.", new SourceSpan(3, 500, 1, 4)),
            new("“Another,” he said.", default),
            new("", default),
        };
        var quotes = QuoteExtractor.Extract(document, paragraphs);
        AssertSane(document.Text, quotes);
        Assert.Equal(2, quotes.Count);
        Assert.Empty(QuoteExtractor.Extract(null!, paragraphs));
        Assert.Empty(QuoteExtractor.Extract(document, null!));
    }

    [Fact]
    public void ThreadSafe()
    {
        const string text = "“We cannot agree,” Maria Okafor said. “It will not work.”\n\nLater, “Fine,” she said.";
        var expected = QuoteExtractor.Extract(text);
        var results = new ValueList<Quote>[64];
        Parallel.For(0, results.Length, i => results[i] = QuoteExtractor.Extract(text));
        Assert.All(results, r => Assert.Equal(expected, r));
        Assert.Equal("Maria Okafor", expected.Last().Speaker);
    }
}
