using System.Linq;
using CsCheck;
using Xunit;

namespace ArticleModel.Tests.Quotes;

/// <summary>
/// CsCheck properties of the quote extractor (issue 9 item 13): it never throws, every span lies inside the input,
/// and extracting twice gives the same result. The generator favours what the extractor reacts to: quote marks of
/// every kind, capitalised names, speech verbs, punctuation, paragraph breaks and the white space it normalises.
/// </summary>
public class QuotePropertyTests
{
    private static readonly string[] Pieces =
    {
        "\u201C", "\u201D", "\u2018", "\u2019", "\"", "'", "\u201E", "said", "says", "told", "according to", "he", "she",
        "they", "Maria Okafor", "Okafor", "Dr.", "Sen.", "the company", "a spokesperson for", "Acme Corp.", ",", ".", ":",
        "\u2014", "?", "!", " ", " ", " ", "\n", "\n\n", "\r\n", "\t", "\u00A0", "\uFEFF", "\u0001", "\u2028", "we", "go",
        "never", "THE", "MINISTER", "Title", "Case", "called", "the so-called", "Smiths'", "rock \u2019n\u2019 roll", "\u201990s",
        "(", ")", "\u2026", "x", "\uD83D\uDE00", "\uD800",
    };

    /// <summary>Texts built from the pieces above and arbitrary characters, up to a few hundred tokens.</summary>
    private static readonly Gen<string> Texts =
        Gen.Frequency<string>(
                (6, Gen.OneOf(Pieces)),
                (1, Gen.Char.Select(c => c.ToString())),
                (1, Gen.String[0, 6]))
            .Array[0, 300]
            .Select(parts => string.Join(" ", parts.Where((_, i) => i % 3 != 2)) + string.Concat(parts.Where((_, i) => i % 3 == 2)));

    [Fact]
    public void NeverThrowsAndSpansLieInsideTheInput() =>
        Texts.Sample(text =>
        {
            var quotes = QuoteExtractor.Extract(text);
            foreach (var q in quotes)
            {
                Assert.False(string.IsNullOrEmpty(q.Text));
                Assert.NotEmpty(q.Spans);
                foreach (var span in q.Spans)
                {
                    Assert.InRange(span.Start, 0, text.Length);
                    Assert.InRange(span.End, span.Start, text.Length);
                    Assert.True(span.Line >= 1);
                }
            }
        }, iter: 2500);

    [Fact]
    public void TheSameInputGivesTheSameResult() =>
        Texts.Sample(text => Assert.Equal(QuoteExtractor.Extract(text), QuoteExtractor.Extract(new string(text.ToCharArray()))), iter: 1000);

    [Fact]
    public void TheUnguardedSessionNeverThrows() =>
        Texts.Sample(text =>
        {
            // without the session's last-line exception guard, so a bug shows instead of being swallowed
            var document = PlainTextReader.Read(text);
            var session = new ArticleModel.Quotes.QuoteSession(document, guard: false);
            foreach (var p in QuoteExtractor.ParagraphsOf(document)) session.AddParagraph(p);
            Assert.Equal(QuoteExtractor.Extract(text), session.Finish());
        }, iter: 2500);
}
