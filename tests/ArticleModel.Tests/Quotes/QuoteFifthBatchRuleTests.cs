using Xunit;

namespace ArticleModel.Tests.Quotes;

/// <summary>
/// Rules added when the wrong speakers on the studyable real-news parts were classified a second time (issue 12,
/// session 15): each makes the extractor abstain where its evidence is weak — a speaker carried across someone else, a
/// reply, a subject with another subject or speaker between it and the quote. One test (at least) per rule, on
/// sentences invented for the test; guards show the rule's old behaviour where the evidence is good.
/// </summary>
public class QuoteFifthBatchRuleTests
{
    private static ValueList<Quote> Extract(params string[] paragraphs) => QuoteExtractor.Extract("Headline\n\n" + string.Join("\n\n", paragraphs) + "\n");

    // ---- a statement carried over from the previous paragraph does not cross another subject ------------------------

    [Fact]
    public void AStatementIsNotCarriedAcrossAnotherSubject()
    {
        var quotes = Extract(
            "\u201CWe will rebuild the bridge by spring,\u201D Mayor Ann Stone said.",
            "A ferry pilot doubted it. \u201CThey promised the same thing last year and nothing happened.\u201D");
        Assert.Equal(2, quotes.Count);
        Assert.Null(quotes[1].Speaker);
    }

    [Fact]
    public void AStatementIsStillCarriedOverWhenNoOneElseIsNamedBeforeIt()
    {
        var quotes = Extract(
            "\u201CWe will rebuild the bridge by spring,\u201D Mayor Ann Stone said.",
            "\u201CThe money is already there.\u201D That was on Monday.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Ann Stone", quotes[1].Speaker);
    }

    // ---- came the reply ---------------------------------------------------------------------------------------------

    [Fact]
    public void AReplyIsNotTheLastSpeakersAndItsTwoHalvesAreOneQuote()
    {
        var quotes = Extract(
            "\u201CCan we leave now?\u201D Tom Lee asked his mother.",
            "\u201CNot yet,\u201D came the reply. \u201CFinish your soup first.\u201D");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Not yet. Finish your soup first.", quotes[1].Text);
        Assert.Null(quotes[1].Speaker);
    }

    // ---- the previous sentence's subject only for a quote that opens its sentence -----------------------------------

    [Fact]
    public void ThePreviousSentencesSubjectDoesNotReachPastTheQuotesOwnSubject()
    {
        var quote = Assert.Single(Extract(
            "Ann Stone runs the ferry company. Within hours, the board persuaded its chairman to release a statement saying, \u201CWe take safety very seriously.\u201D"));
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void ThePreviousSentencesSubjectStillSpeaksAQuoteOpeningTheSentence()
    {
        var quote = Assert.Single(Extract(
            "Ann Stone runs the ferry company.",
            "Stone was blunt about the delays. \u201CThe contractor failed us twice, and I will not let it happen again.\u201D"));
        Assert.Equal("Ann Stone", quote.Speaker);
    }

    // ---- a body that speaks between the subject and a partial quote --------------------------------------------------

    [Fact]
    public void APartialQuoteAfterAnotherBodysSpeechVerbIsNotTheSubjects()
    {
        var quote = Assert.Single(Extract(
            "Ann Stone ran the ferry company for years.",
            "Stone used her own newspaper to fire back, with the Harbour Daily Post tweeting the news that \u201Cthe end is near for the ferry.\u201D"));
        Assert.NotEqual("Ann Stone", quote.Speaker);
    }

    // ---- a quote that speaks of the subject in the third person ------------------------------------------------------

    [Fact]
    public void APartialQuoteSpeakingOfTheSubjectAsHeIsNotTheSubjects()
    {
        var quote = Assert.Single(Extract(
            "Tom Lee was seen near the station.",
            "Lee fled the scene, \u201Cfiring his weapon at passing cars.\u201D"));
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void APronounInTheQuoteMayMeanSomeoneNamedBetween()
    {
        var quote = Assert.Single(Extract(
            "Tom Lee was a coach for thirty years.",
            "Lee is not shy with his opinions - Bill Hart, for example, \u201Cwas not that good. He was just lucky.\u201D"));
        Assert.Equal("Tom Lee", quote.Speaker);
    }

    // ---- according to an unnamed source -------------------------------------------------------------------------

    [Fact]
    public void AnAccountFromAnUnnamedSourceDoesNotGiveItsQuoteToTheSubject()
    {
        var quote = Assert.Single(Extract(
            "Ann Stone ran the ferry company for years.",
            "According to a former aide, Stone kept two diaries in her office: \u201CIf you read them both, you would not know what happened.\u201D"));
        Assert.Null(quote.Speaker);
    }

    // (also: a plural time noun opening the sentence, Years later, is no name — it was the speaker before)
    [Fact]
    public void ASubjectBeforeAColonStillSpeaksWithoutAnUnnamedSource()
    {
        var quote = Assert.Single(Extract(
            "Ann Stone ran the ferry company for years.",
            "Years later, Stone picks up the story: \u201CIf you read them both, you would not know what happened.\u201D"));
        Assert.Equal("Ann Stone", quote.Speaker);
    }

    // ---- a pronoun does not reach back past someone of its gender named in its own paragraph ------------------------

    [Fact]
    public void APronounDoesNotReachBackPastAnotherManNamedInItsParagraph()
    {
        var quotes = Extract(
            "\u201CWe will win the vote,\u201D Tom Lee told a colleague.",
            "On the night of the debate, the moderators pressed Bill Hart on taxes. The third question stung. \u201CI have been very fair to you,\u201D he said.");
        Assert.Equal(2, quotes.Count);
        Assert.Null(quotes[1].Speaker);
    }

    [Fact]
    public void APronounStillReachesBackPastSomeoneOfTheOtherGender()
    {
        var quotes = Extract(
            "\u201CWe will win the vote,\u201D Tom Lee told a colleague.",
            "On the night of the debate, the moderators pressed Ann Stone on taxes. The third question stung. \u201CI have been very fair to you,\u201D he said.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Tom Lee", quotes[1].Speaker);
    }
}
