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
}
