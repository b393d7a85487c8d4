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

    [Fact]
    public void AShortPhraseAfterANounOfIdeasIsATerm()
    {
        var quotes = Extract(
            "\u201CWe are ready,\u201D said Marta Halvorsen, the harbour master.",
            "If you doubt the notion of \u201Csafe harbours,\u201D for example, \u201Cyou are laughed at,\u201D Halvorsen said.");
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("safe harbours", System.StringComparison.Ordinal));
        Assert.Equal("Marta Halvorsen", Assert.Single(quotes, q => q.Text.StartsWith("you are laughed", System.StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void AShortPhraseGlossingTheWordsBeforeItIsATerm()
    {
        var quotes = Extract("Traders say the rule matters because the cargo counts as the property, or \u201Cchattels,\u201D of the crew.");
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("chattels", System.StringComparison.Ordinal));
    }

    [Fact]
    public void APhraseTheReporterCallsATermRightAfterIsNoSpeech()
    {
        var quotes = Extract(
            "\u201CWe are ready,\u201D said Marta Halvorsen, the harbour master.",
            "Halvorsen should reject, not praise \u201Cprogress\u201D \u2014 as that word is now used in the port.");
        Assert.DoesNotContain(quotes, q => q.Text == "progress");
    }
}
