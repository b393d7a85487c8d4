using Xunit;

namespace ArticleModel.Tests.Quotes;

/// <summary>
/// One test (at least) per kind of speaker error listed in issue 12, each on sentences invented for the test.
/// </summary>
public class QuoteSpeakerCategoryTests
{
    private static ValueList<Quote> Extract(params string[] paragraphs) => QuoteExtractor.Extract("Headline\n\n" + string.Join("\n\n", paragraphs) + "\n");

    // ---- right person, wrong form ---------------------------------------------------------------------------------

    [Fact]
    public void ASurnameIsGivenAsTheFullNameTheArticleUsesElsewhere()
    {
        var quotes = Extract(
            "The ferry operator hired Tamsin Roehampton last spring to fix the timetable.",
            "\u201CWe are running every boat we have,\u201D Roehampton said.");
        Assert.Equal("Tamsin Roehampton", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void ANameInAPossessiveCountsAsTheFullName()
    {
        var quotes = Extract(
            "Critics questioned Oskar Lindqvist\u2019s plan for the harbour.",
            "\u201CThe plan is sound,\u201D Lindqvist said.");
        Assert.Equal("Oskar Lindqvist", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void ACompanyNamedWithItsLegalSuffixKeepsIt()
    {
        var quotes = Extract(
            "Shares of Brightwater Inc. fell on Monday.",
            "\u201CWe expect a better quarter,\u201D Brightwater said.");
        Assert.Equal("Brightwater Inc.", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void ASpeechVerbOpeningTheSentenceIsNotPartOfTheName()
    {
        var quotes = Extract(
            "\u201CWill the pier reopen?\u201D the reporter asked.",
            "Replied Colm Harrigan: \u201CNot this year.\u201D");
        Assert.Equal("Colm Harrigan", quotes[quotes.Count - 1].Speaker);
    }

    [Fact]
    public void AbbreviatedTitlesGoToTheRole()
    {
        var quotes = Extract("\u201CPrices will hold,\u201D said Northgate VP Imelda Sorensen.");
        Assert.Equal("Imelda Sorensen", Assert.Single(quotes).Speaker);
        Assert.Contains("VP", quotes[0].SpeakerRole);
    }

    // ---- organisations, groups and statements ----------------------------------------------------------------------

    [Fact]
    public void TheCompanyMeansTheOrganisationJustNamed()
    {
        var quotes = Extract(
            "Lindqvist Freight is closing two depots. The company said in a statement that the move would “protect the remaining routes.”",
            "Marrow Foods reported a loss. “We regret the cuts,” the firm said.");
        Assert.Equal("Lindqvist Freight", quotes[0].Speaker);
        Assert.Equal("Marrow Foods", quotes[1].Speaker);
    }

    [Fact]
    public void ASpokespersonForAnOrganisationRelaysIt()
    {
        var quotes = Extract("“We will appeal the ruling,” a spokesperson for Harlow Mining said.");
        Assert.Equal("Harlow Mining", Assert.Single(quotes).Speaker);
    }

    // ---- pronouns -----------------------------------------------------------------------------------------------------

    [Fact]
    public void HeIsThePersonNotTheCompanyInHisDescription()
    {
        var quotes = Extract(
            "Desmond Achterberg, chief executive of Quillon Robotics, expects orders to double. “The demand is there,” he said.");
        Assert.Equal("Desmond Achterberg", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void TheSpeakerOfToldIsTheSubjectNotTheListener()
    {
        var quotes = Extract("“We are ready for the winter,” Halvorsen told Pettigrew on Tuesday.");
        Assert.Equal("Halvorsen", Assert.Single(quotes).Speaker);
    }

    // ---- right person, wrong form ---------------------------------------------------------------------------------

    [Fact]
    public void MilitaryTitlesAreTheRoleNotTheName()
    {
        var quotes = Extract("“The order was clear,” said Lt. Col. Bramwell Stroud.");
        Assert.Equal("Bramwell Stroud", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void ALowerCaseRoleBeforeTheNameGoesToTheRole()
    {
        var quotes = Extract("“The budget is short,” said council member Ines Ferreira-Lund.");
        Assert.Equal("Ines Ferreira-Lund", Assert.Single(quotes).Speaker);
        Assert.Equal("council member", quotes[0].SpeakerRole);
    }

    // ---- attribution wording ------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("wrote")]
    [InlineData("tweeted")]
    [InlineData("posted")]
    [InlineData("added")]
    [InlineData("noted")]
    [InlineData("insisted")]
    [InlineData("told reporters")]
    [InlineData("reported")]
    [InlineData("advised")]
    [InlineData("weighed in")]
    public void ReportingVerbsAttribute(string verb)
    {
        var quotes = Extract($"\u201CThe vote was rigged from the start,\u201D Corliss Abernathy {verb}.");
        Assert.Equal("Corliss Abernathy", Assert.Single(quotes).Speaker);
    }

    // ---- no attribution in the quote's own sentence ----------------------------------------------------------------

    [Fact]
    public void AQuoteWithoutAttributionContinuesThePreviousParagraphsSpeaker()
    {
        var quotes = Extract(
            "“We open at dawn,” said Wilhelmina Tarrant, who runs the market.",
            "“The fish come in at five. By nine it is all gone.”");
        Assert.Equal("Wilhelmina Tarrant", quotes[1].Speaker);
    }

    [Fact]
    public void AQuoteWithoutAttributionTakesTheSpeakerOfItsParagraph()
    {
        var quotes = Extract(
            "“The roof leaks.” The landlord is silent. “We have written four times,” said Bettina Kowalczyk.");
        Assert.Equal("Bettina Kowalczyk", quotes[0].Speaker);
        Assert.Equal("Bettina Kowalczyk", quotes[1].Speaker);
    }

    // ---- short quotes -----------------------------------------------------------------------------------------------

    [Fact]
    public void AnAttributedOneWordQuoteIsSpeech()
    {
        var quotes = Extract("Dagny Solberg called the ruling a “disgrace,” she said.");
        Assert.Equal("disgrace", Assert.Single(quotes).Text);
        Assert.Equal("Dagny Solberg", quotes[0].Speaker);
    }

    [Fact]
    public void ScareQuotesAndTitlesAreNotSpeech()
    {
        var quotes = Extract("The group calls its members “guardians” and sells a book titled “The Long Watch” at its so-called “summits.”");
        Assert.Empty(quotes);
    }

    // ---- split quotes -------------------------------------------------------------------------------------------------

    [Fact]
    public void SplitHalvesReadAsText()
    {
        var quotes = Extract("“We waited three years,” she said. “She is still waiting.”");
        Assert.Equal("We waited three years. She is still waiting.", Assert.Single(quotes).Text);
        var mid = Extract("“We waited,” said Orla Brennan, “and then we left.”");
        Assert.Equal("We waited, and then we left.", Assert.Single(mid).Text);
    }

    [Fact]
    public void AQuoteIntroducedByItsSpeakerKeepsItWhenTheNextClauseIntroducesAnother()
    {
        var quotes = Extract("Maelle Corbin replied, \u201CNot this season.\u201D The chairman countered, \u201CThen when?\u201D");
        Assert.Equal("Maelle Corbin", quotes[0].Speaker);
        Assert.Equal(2, quotes.Count);
    }

    [Fact]
    public void ATitleCaseHeadlineNamesNoOne()
    {
        var quotes = QuoteExtractor.Extract(
            "Singer Mireille Vantongeren Shares Photo Of Her Former Partner\n\n" +
            "The singer posted the picture on Monday. \u201CWe are still close,\u201D she said.\n");
        Assert.NotEqual("Shares Photo", Assert.Single(quotes).Speaker);
        Assert.DoesNotContain("Photo", quotes[0].Speaker ?? "");
    }

    [Fact]
    public void AnUnnamedBodyDescribedInSeveralWordsIsNotTheLastCompanyNamed()
    {
        var quotes = Extract("Vessel Grain reported record sales. \u201CRain is overdue,\u201D the regional water department said.");
        Assert.Null(Assert.Single(quotes).Speaker);
        Assert.Equal("the regional water department", quotes[0].SpeakerRole);
    }

    [Fact]
    public void TheAuthorOfAStatementSpeaksThroughIt()
    {
        var quotes = Extract("On Friday, harbour master Teodor Vasile issued a statement condemning the \u201Creckless anchoring of private yachts.\u201D");
        Assert.Equal("Teodor Vasile", Assert.Single(quotes).Speaker);
    }
}
