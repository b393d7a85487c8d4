using System.Linq;
using Xunit;

namespace ArticleModel.Tests.Quotes;

/// <summary>
/// Each <see cref="QuoteOptions"/> option does what <c>@quotes(minWords: …, marks: …, organisations: …)</c> documents,
/// and nothing else: the quotes it keeps are the ones the default finds, with the same speakers.
/// </summary>
public class QuoteOptionsBehaviourTests
{
    // One story with every kind of mark, short quotes whose speaker the next paragraph continues, and organisations.
    private const string Story =
        "Tide Tables Change at the Ferry\n\n" +
        "\u201CNo,\u201D said Priya Anand, the harbour master.\n\n" +
        "\u201CWe looked at every crossing and none of them can move.\u201D\n\n" +
        "\u2018The winter timetable starts in November,\u2019 Tomasz Wielgus said.\n\n" +
        "\"Every boat will carry bicycles,\" said Lena Forsberg, a deckhand.\n\n" +
        "'Fares stay where they are,' Gareth Pryce said.\n\n" +
        "Northwind Ferries Ltd. said, \u201CWe will add a night sailing in summer.\u201D\n\n" +
        "The company said the ferry \u201Cwill not be late again.\u201D\n\n" +
        "\u201CI will believe it when I see it,\u201D said Mireille Caron, who rides it daily.\n";

    private static int Words(string text) => text.Split(' ').Count(w => w.Any(char.IsLetterOrDigit));

    [Fact]
    public void DefaultFindsEveryKindOfMarkAndOrganisationSpeakers()
    {
        var quotes = QuoteExtractor.Extract(Story);
        Assert.Contains(quotes, q => q.Text == "No" && q.Speaker == "Priya Anand");
        Assert.Contains(quotes, q => q.Text.StartsWith("The winter timetable") && q.Speaker == "Tomasz Wielgus");
        Assert.Contains(quotes, q => q.Text.StartsWith("Every boat") && q.Speaker == "Lena Forsberg");
        Assert.Contains(quotes, q => q.Text.StartsWith("Fares stay") && q.Speaker == "Gareth Pryce");
        Assert.Contains(quotes, q => q.Text.StartsWith("We will add") && q.Speaker == "Northwind Ferries Ltd.");
        Assert.Contains(quotes, q => q.Text.StartsWith("will not be late") && q.Speaker == "Northwind Ferries Ltd.");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(9)]
    [InlineData(100)]
    public void MinWordsOnlyLeavesOutShorterQuotes(int minWords)
    {
        // Dropping a short quote must not change anything else: the continued statement after “No,” keeps its speaker.
        var all = QuoteExtractor.Extract(Story);
        var expected = all.Where(q => Words(q.Text) >= minWords).ToArray();
        var actual = QuoteExtractor.Extract(Story, new QuoteOptions(minWords: minWords));
        Assert.Equal(expected, actual.ToArray());
        Assert.Contains(all, q => Words(q.Text) < minWords);
    }

    [Fact]
    public void MinWordsKeepsTheSpeakerOfAStatementContinuedAfterADroppedQuote()
    {
        var quotes = QuoteExtractor.Extract(Story, new QuoteOptions(minWords: 2));
        Assert.DoesNotContain(quotes, q => q.Text == "No");
        Assert.Equal("Priya Anand", quotes.Single(q => q.Text.StartsWith("We looked")).Speaker);
    }

    [Fact]
    public void DoubleMarksIgnoreSingleQuotes()
    {
        var quotes = QuoteExtractor.Extract(Story, new QuoteOptions(marks: QuoteMarks.Double));
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("The winter timetable"));
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("Fares stay"));
        Assert.Contains(quotes, q => q.Text.StartsWith("Every boat"));
        Assert.Contains(quotes, q => q.Text.StartsWith("We will add"));
    }

    [Fact]
    public void SingleMarksIgnoreDoubleQuotes()
    {
        var quotes = QuoteExtractor.Extract(Story, new QuoteOptions(marks: QuoteMarks.Single));
        Assert.Equal(new[] { "The winter timetable starts in November", "Fares stay where they are" }, quotes.Select(q => q.Text).ToArray());
    }

    [Fact]
    public void CurlyMarksIgnoreStraightOnes()
    {
        var quotes = QuoteExtractor.Extract(Story, new QuoteOptions(marks: QuoteMarks.Curly));
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("Every boat"));
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("Fares stay"));
        Assert.Contains(quotes, q => q.Text.StartsWith("The winter timetable") && q.Speaker == "Tomasz Wielgus");
        Assert.Contains(quotes, q => q.Text.StartsWith("We will add"));
    }

    [Fact]
    public void StraightMarksIgnoreCurlyOnes()
    {
        var quotes = QuoteExtractor.Extract(Story, new QuoteOptions(marks: QuoteMarks.Straight));
        Assert.Equal(new[] { "Every boat will carry bicycles", "Fares stay where they are" }, quotes.Select(q => q.Text).ToArray());
    }

    [Fact]
    public void AQuoteNestedInMarksThatDoNotCountStaysPartOfTheOuterQuote()
    {
        const string text = "\u201CThey told us \u2018wait\u2019 for a week,\u201D Ines Duarte said.\n";
        var quote = Assert.Single(QuoteExtractor.Extract(text, new QuoteOptions(marks: QuoteMarks.CurlyDouble)));
        Assert.Equal("They told us \u2018wait\u2019 for a week", quote.Text);
        Assert.Equal("Ines Duarte", quote.Speaker);
    }

    [Fact]
    public void OrganisationsOffLeavesOrganisationQuotesWithoutSpeakerButKeepsPeople()
    {
        var all = QuoteExtractor.Extract(Story);
        var quotes = QuoteExtractor.Extract(Story, new QuoteOptions(organisationsAsSpeakers: false));
        // The same quotes, in the same order.
        Assert.Equal(all.Select(q => q.Text).ToArray(), quotes.Select(q => q.Text).ToArray());
        Assert.Null(quotes.Single(q => q.Text.StartsWith("We will add")).Speaker);
        Assert.Null(quotes.Single(q => q.Text.StartsWith("will not be late")).Speaker);
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].Speaker != "Northwind Ferries Ltd.") Assert.Equal(all[i], quotes[i]);
        }
        Assert.Equal("Mireille Caron", quotes[quotes.Count - 1].Speaker);
    }

    [Fact]
    public void OrganisationsOffDoesNotCarryAnOrganisationIntoTheNextParagraph()
    {
        const string text =
            "Headline\n\n" +
            "Harrowgate Water Board said, \u201CThe reservoir is full for the first time in years.\u201D\n\n" +
            "\u201CNobody should water lawns at noon anyway.\u201D\n";
        var on = QuoteExtractor.Extract(text);
        Assert.All(on, q => Assert.Equal("Harrowgate Water Board", q.Speaker));
        var off = QuoteExtractor.Extract(text, new QuoteOptions(organisationsAsSpeakers: false));
        Assert.Equal(2, off.Count);
        Assert.All(off, q => Assert.Null(q.Speaker));
    }
}
