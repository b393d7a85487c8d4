using Xunit;

namespace ArticleModel.Tests.Quotes;

/// <summary>
/// Rules added after a third batch of real news stories (issue 12, own-new2) was labelled and scored untuned: one test
/// (at least) per rule, on sentences invented for the test.
/// </summary>
public class QuoteThirdBatchRuleTests
{
    private static ValueList<Quote> Extract(params string[] paragraphs) => QuoteExtractor.Extract("Headline\n\n" + string.Join("\n\n", paragraphs) + "\n");

    // ---- according to, with a role of lower-case words before the name ----------------------------------------------

    [Theory]
    [InlineData("\u201CWhen someone thanks you, it is fine to just accept it,\u201D according to family therapist Jane Roe in an interview.", "family therapist")]
    [InlineData("According to author and psychologist Jane Roe, PhD in an interview with the paper, \u201CThe trouble is that people hear praise as a test.\u201D", "author and psychologist")]
    [InlineData("\u201CIt is fine to just accept praise,\u201D according to mental health therapist Jane Roe.", "mental health therapist")]
    public void AccordingToALowerCaseRoleAndANameNamesThatPerson(string paragraph, string role)
    {
        var quote = Assert.Single(Extract("The clinic opened in May.", paragraph));
        Assert.Equal("Jane Roe", quote.Speaker);
        Assert.Equal(role, quote.SpeakerRole);
    }

    [Fact]
    public void AccordingToLowerCaseWordsWithoutATitleNamesNobody()
    {
        // “the records of the clinic”: no title ends the words, so the capitalised word after them is no named source
        var quote = Assert.Single(Extract("The clinic opened in May.",
            "\u201CWe were never told about the plan at all,\u201D according to records kept at Harbour Lane."));
        Assert.Null(quote.Speaker);
    }

    // ---- a full name seen only in a headline or as a modifier --------------------------------------------------------

    [Fact]
    public void AFullNameInATitleCaseHeadlineGivesTheSurnameItsFullForm()
    {
        var quote = Assert.Single(QuoteExtractor.Extract(
            "People Are Praising This Photo Of Jane Roe After The Final\n\n" +
            "Roe said: \u201CIs that how the final should look to the fans at home?\u201D\n"));
        Assert.Equal("Jane Roe", quote.Speaker);
    }

    [Fact]
    public void AFullNameModifyingANounGivesTheSurnameItsFullForm()
    {
        var quote = Assert.Single(Extract(
            "The Jane Roe campaign has cancelled its joint events with Bob Stone.",
            "Roe said: \u201CWe will return to the state next week with a new plan.\u201D"));
        Assert.Equal("Jane Roe", quote.Speaker);
    }

    [Fact]
    public void AHeadlineNameFittingTwoPeopleLeavesTheSurnameAsItIs()
    {
        var quote = Assert.Single(QuoteExtractor.Extract(
            "Jane Roe And Mary Roe Open A Bakery In The Old Town\n\n" +
            "Roe said: \u201CWe have wanted a shop of our own for years now.\u201D\n"));
        Assert.Equal("Roe", quote.Speaker);
    }

    // ---- “…,” she recalls him saying ------------------------------------------------------------------------------------

    [Fact]
    public void TheOneRecalledSayingAQuoteIsItsSpeaker()
    {
        var quote = Assert.Single(Extract(
            "Tom Vance met Dana Price in 2004 and invited her for a drink. She suggested lunch, but he demurred. " +
            "\u201CFor a man in my position, it would have to be a hotel,\u201D she recalls him saying."));
        Assert.Equal("Tom Vance", quote.Speaker);
    }

    [Fact]
    public void ANameRecalledSayingAQuoteIsItsSpeaker()
    {
        var quote = Assert.Single(Extract(
            "Dana Price met Tom Vance in 2004.",
            "\u201CIt would have to be a hotel,\u201D Price recalled Vance saying."));
        Assert.Equal("Tom Vance", quote.Speaker);
    }
}
