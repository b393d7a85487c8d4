using Xunit;

namespace ArticleModel.Tests.Quotes;

/// <summary>
/// The general rules added for issue 12's real-news set, one test (at least) each, on sentences invented for the test.
/// </summary>
public class QuoteRealNewsRuleTests
{
    private static ValueList<Quote> Extract(params string[] paragraphs) => QuoteExtractor.Extract("Headline\n\n" + string.Join("\n\n", paragraphs) + "\n");

    // ---- right person, wrong form ---------------------------------------------------------------------------------

    [Fact]
    public void ATwoWordSurnameIsGivenAsTheFullName()
    {
        var quotes = Extract(
            "\u201CThe river is rising,\u201D said Marta Van Dorn, who runs the ferry.",
            "\u201CWe will close the crossing,\u201D Van Dorn said.");
        Assert.All(quotes, q => Assert.Equal("Marta Van Dorn", q.Speaker));
    }

    [Fact]
    public void AGivenNameAndSurnameWrittenOutStayAsWritten()
    {
        var quotes = Extract(
            "Henrik Olsen and his son, Peter Olsen, run the yard.",
            "\u201CWe build two boats a year,\u201D Peter Olsen said.");
        Assert.Equal("Peter Olsen", Assert.Single(quotes).Speaker);
    }

    // ---- no attribution in the quote's own sentence ------------------------------------------------------------------

    [Fact]
    public void AQuoteAfterASentenceAboutSomethingElseContinuesTheParagraphsSpeaker()
    {
        var quotes = Extract(
            "\u201CWe sketched it on napkins,\u201D admits Odile Ferrand, the studio's lead designer. The first model went to the board. " +
            "\u201CA napkin is honest, because nothing hides the idea.\u201D");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Odile Ferrand", quotes[1].Speaker);
    }
}
