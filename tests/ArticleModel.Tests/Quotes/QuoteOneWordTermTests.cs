using Xunit;

namespace ArticleModel.Tests.Quotes;

/// <summary>
/// One quoted word that the reporter uses inside their own sentence (session 11, round 2): as a modifier of the noun
/// right after it, or as the verb after a modal, it is a scare quote, not speech. Sentences invented for the test.
/// </summary>
public class QuoteOneWordTermTests
{
    private static ValueList<Quote> Extract(params string[] paragraphs) => QuoteExtractor.Extract("Headline\n\n" + string.Join("\n\n", paragraphs) + "\n");

    [Fact]
    public void AQuotedWordModifyingTheNounAfterItIsATerm()
    {
        var quotes = Extract(
            "Two of the buyers also said brokers used doubtful tactics to reach them.",
            "Brokers have called in to report \u201Curgent\u201D shortages, then pitched their own stock.");
        Assert.DoesNotContain(quotes, q => q.Text == "urgent");
    }

    [Fact]
    public void AQuotedWordUsedAsTheVerbAfterAModalIsTheReportersOwn()
    {
        var quotes = Extract(
            "Marta Halvorsen, the harbour master, has promised help to the coast for years.",
            "Halvorsen will \u201Crescue\u201D the harbour towns by closing their ferries.");
        Assert.DoesNotContain(quotes, q => q.Text == "rescue");
    }

    [Fact]
    public void AQuotedWordGivenAsWhatSomethingIsLikeStaysSpeech()
    {
        var quotes = Extract(
            "\u201CWe are ready,\u201D said Marta Halvorsen, the harbour master.",
            "Halvorsen has described the new ferry as a \u201Clifeline\u201D though it has not sailed yet.");
        var lifeline = Assert.Single(quotes, q => q.Text == "lifeline");
        Assert.Equal("Marta Halvorsen", lifeline.Speaker);
    }

    [Fact]
    public void AQuotedWordBeforeAPrepositionOrAdverbStaysSpeech()
    {
        var quotes = Extract(
            "\u201CWe are ready,\u201D said Marta Halvorsen, the harbour master.",
            "Halvorsen said she was \u201Cshocked\u201D by the delay.",
            "Halvorsen said the crew had worked \u201Ctirelessly\u201D together.");
        Assert.Equal("Marta Halvorsen", Assert.Single(quotes, q => q.Text == "shocked").Speaker);
        Assert.Equal("Marta Halvorsen", Assert.Single(quotes, q => q.Text == "tirelessly").Speaker);
    }
}
