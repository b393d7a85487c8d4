using System;
using System.Text;
using ArticleModel.Quotes;
using Xunit;

namespace ArticleModel.Tests.Quotes;

/// <summary>
/// Issue 9 item 7: what a quote session remembers about the people it has read is bounded. Text that is a run of
/// capitalised words (Title Case prose, all caps, random letters) reads as thousands of distinct names; each was kept
/// with its surname, given name and every suffix form for the whole document, a few bytes per character of input on
/// top of the document itself. Past <see cref="QuoteSession.MaxPeople"/> people and
/// <see cref="FullNames.MaxNames"/> full names nothing new is remembered; what was remembered still works.
/// </summary>
public class QuoteRegistryBoundTests
{
    /// <summary>A made-up capitalised word of four to seven letters, different for each <paramref name="n"/>.</summary>
    private static string Word(int n, int salt)
    {
        var sb = new StringBuilder();
        var x = (uint)(n * 2654435761u + (uint)salt * 40503u);
        sb.Append((char)('A' + (int)(x % 26)));
        for (var i = 0; i < 3 + (int)(x >> 28) % 4; i++)
        {
            x = x * 1103515245u + 12345u;
            sb.Append((char)('a' + (int)((x >> 16) % 26)));
        }
        sb.Append((char)('a' + n % 26)).Append((char)('a' + n / 26 % 26)).Append((char)('a' + n / 676 % 26));
        return sb.ToString();
    }

    /// <summary>Jo Roe speaks first; then <paramref name="people"/> other people with new names each speak; then Roe again, by surname.</summary>
    private static string ManyPeople(int people)
    {
        var sb = new StringBuilder("Council news\n\nJo Roe, the treasurer, opened the meeting. \u201CWe start now,\u201D Roe said.\n\n");
        for (var i = 0; i < people; i++)
            sb.Append(Word(i, 1)).Append(' ').Append(Word(i, 2)).Append(" spoke next. \u201CI agree,\u201D ").Append(Word(i, 2)).Append(" said.\n\n");
        sb.Append("\u201CThat is all,\u201D Roe said.\n");
        return sb.ToString();
    }

    private static QuoteSession Read(string text, out ValueList<Quote> quotes)
    {
        var document = PlainTextReader.Read(text);
        var session = new QuoteSession(document, guard: false);
        foreach (var p in QuoteExtractor.ParagraphsOf(document)) session.AddParagraph(p);
        quotes = session.Finish();
        return session;
    }

    [Fact]
    public void A_document_naming_thousands_of_people_remembers_a_bounded_number()
    {
        var session = Read(ManyPeople(6_000), out var quotes);

        Assert.Equal(QuoteSession.MaxPeople, session.PeopleRemembered);
        Assert.True(session.FullNamesRemembered <= FullNames.MaxNames, $"{session.FullNamesRemembered} full names remembered");
        Assert.Equal(6_002, quotes.Count);
        // the people remembered before the bound still resolve: the last quote's surname is the first speaker's
        Assert.Equal("Jo Roe", quotes[0].Speaker);
        Assert.Equal("Jo Roe", quotes[quotes.Count - 1].Speaker);
        // past the bound a speaker named in the quote's own sentence is still found, in the form that sentence gives
        Assert.Equal(Word(5_999, 2), quotes[quotes.Count - 2].Speaker);
    }

    [Fact]
    public void An_article_of_ordinary_size_is_far_from_the_bounds()
    {
        var session = Read(ManyPeople(300), out var quotes);

        // every one of them is remembered (Jo Roe and the 300 others), so nothing changes for real articles
        Assert.Equal(301, session.PeopleRemembered);
        Assert.Equal("Jo Roe", quotes[quotes.Count - 1].Speaker);
    }
}
