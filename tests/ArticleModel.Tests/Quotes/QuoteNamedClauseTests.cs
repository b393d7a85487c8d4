using Xunit;

namespace ArticleModel.Tests.Quotes;

/// <summary>
/// A partial quote in a sentence whose subject is one person but which names another person with a clause of their
/// own before the quote (session 11, round 2): the sentence's subject is not taken as the speaker. Sentences invented
/// for the test.
/// </summary>
public class QuoteNamedClauseTests
{
    private static ValueList<Quote> Extract(params string[] paragraphs) => QuoteExtractor.Extract("Headline\n\n" + string.Join("\n\n", paragraphs) + "\n");

    private static Quote Find(ValueList<Quote> quotes, string start) => Assert.Single(quotes, q => q.Text.StartsWith(start, System.StringComparison.Ordinal));

    [Fact]
    public void APartialQuoteAfterAnotherNamedClauseIsNotTheSubjects()
    {
        var quotes = Extract(
            "\u201CThe budget is a mess,\u201D said Tomas Brenner, a student at the college.",
            "He mocked an email Dean Ilse Varga sent staff a week later, acknowledging that there \u201Chad been mistakes in the budget office\u201D and promising a review.");
        Assert.NotEqual("Tomas Brenner", Find(quotes, "had been mistakes").Speaker);
    }

    [Fact]
    public void APartialQuoteAfterADescriptionWithCapitalsStaysTheSubjects()
    {
        var quotes = Extract(
            "Many students would not give their full names to the paper.",
            "Tomas, a Harbour City College senior who did not want to give his last name \u201Cgiven the mood on campus,\u201D said it was \u201Ctiring\u201D when lecturers joked about the vote.");
        Assert.Equal("Tomas", Find(quotes, "given the mood").Speaker);
    }

    [Fact]
    public void APersonOfABodyNamedAsACapitalisedListSpeaksNotTheListsLastItem()
    {
        var quotes = Extract("Colonel Ilse Varga of the Harbour Fire, Rescue, and Coastal Safety Corps told her crews that \u201Cthere will be no retreat from the pier\u201D tonight.");
        Assert.Equal("Ilse Varga", Find(quotes, "there will be no retreat").Speaker);
    }
}
