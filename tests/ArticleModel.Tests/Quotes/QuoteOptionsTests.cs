using Xunit;

namespace ArticleModel.Tests.Quotes;

/// <summary>The runtime side of <c>@quotes(minWords: …, marks: …, organisations: …)</c>: <see cref="QuoteOptions"/>.</summary>
public class QuoteOptionsTests
{
    private const string Story =
        "Headline\n\n" +
        "\u201CThe ferry will run all winter,\u201D Dana Whitlock said. She called the old timetable \u201Cabsurd.\u201D\n\n" +
        "\"We never cancel a crossing,\" the Harbour Board said in a statement.\n\n" +
        "\u2018Tickets stay the same price,\u2019 said Okon Balewa, the board\u2019s treasurer.\n";

    [Fact]
    public void DefaultsFindEveryQuoteAndOrganisationSpeakers()
    {
        var quotes = QuoteExtractor.Extract(Story);
        Assert.Equal(QuoteExtractor.Extract(Story, QuoteOptions.Default), quotes);
        Assert.Equal(4, quotes.Count);
        Assert.Equal("Harbour Board", quotes[2].Speaker);
    }

    [Fact]
    public void MinWordsDropsShortQuotes()
    {
        var quotes = QuoteExtractor.Extract(Story, new QuoteOptions(minWords: 2));
        Assert.Equal(3, quotes.Count);
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("absurd"));
        Assert.Equal(quotes, QuoteExtractor.Extract(Story, new QuoteOptions(minWords: 5)));
        Assert.Empty(QuoteExtractor.Extract(Story, new QuoteOptions(minWords: 50)));
    }

    [Fact]
    public void MarksChooseWhichCharactersQuote()
    {
        var curly = QuoteExtractor.Extract(Story, new QuoteOptions(marks: QuoteMarks.CurlyDouble));
        Assert.Equal(2, curly.Count);
        var straight = QuoteExtractor.Extract(Story, new QuoteOptions(marks: QuoteMarks.StraightDouble));
        Assert.Equal("We never cancel a crossing", Assert.Single(straight).Text);
        var single = QuoteExtractor.Extract(Story, new QuoteOptions(marks: QuoteMarks.Single));
        Assert.Equal("Tickets stay the same price", Assert.Single(single).Text);
        Assert.Empty(QuoteExtractor.Extract(Story, new QuoteOptions(marks: QuoteMarks.None)));
    }

    [Fact]
    public void OrganisationsCanBeExcludedAsSpeakers()
    {
        var quotes = QuoteExtractor.Extract(Story, new QuoteOptions(organisationsAsSpeakers: false));
        Assert.Equal(4, quotes.Count);
        Assert.Null(quotes[2].Speaker);
        Assert.Equal("Dana Whitlock", quotes[0].Speaker);
        Assert.Equal("Okon Balewa", quotes[3].Speaker);
    }

    [Fact]
    public void OptionsCompareByValueAndClampMinWords()
    {
        Assert.Equal(new QuoteOptions(), QuoteOptions.Default);
        Assert.Equal(1, new QuoteOptions(minWords: -3).MinWords);
        Assert.NotEqual(new QuoteOptions(minWords: 2), QuoteOptions.Default);
        Assert.Equal(new QuoteOptions(2, QuoteMarks.Double, false).GetHashCode(), new QuoteOptions(2, QuoteMarks.Double, false).GetHashCode());
    }
}
