using System;
using System.Text;
using ArticleModel.Quotes;
using Xunit;

namespace ArticleModel.Tests.Quotes;

/// <summary>
/// Issue 9 item 7 (session 17): a name-and-title phrase keeps where its name is in the paragraph and makes the name a
/// string only when it is read. The grammar parses many candidate speakers it then drops (a subject test, a sentence
/// end that looks ahead for an attribution, a lead before a quote); on Title Case prose every run of words is such a
/// candidate, and their names were half of the extraction's garbage (54 MB on a 20 MB input).
/// </summary>
public class QuoteCandidateNameAllocationTests
{
    /// <summary>Capitalised made-up words, a quote mark every 17 words, <c>said.</c> and a paragraph break every 41.</summary>
    private static string TitleCaseProse(int words)
    {
        var sb = new StringBuilder("Council news\n\n");
        uint state = 12345;
        for (var w = 1; w <= words; w++)
        {
            state = state * 1103515245 + 12345;
            var length = 2 + (int)(state >> 16) % 7;
            for (var c = 0; c < length; c++)
            {
                state = state * 1103515245 + 12345;
                var letter = (char)('a' + (int)(state >> 16) % 26);
                sb.Append(c == 0 ? char.ToUpperInvariant(letter) : letter);
            }
            sb.Append(' ');
            if (w % 17 == 0) sb.Append("\" ");
            if (w % 41 == 0) sb.Append("said.\n\n");
        }
        return sb.ToString();
    }

    [Fact]
    public void Candidate_speakers_that_are_dropped_make_no_name_strings()
    {
        var text = TitleCaseProse(40_000);
        var allocated = QuoteExtractionAllocation.BytesAllocatedByExtract(text, out _);

        // measured: 6.6 bytes a character before (every candidate's name a new string), 5.3 now
        Assert.True(allocated < 5.9 * text.Length, $"{allocated:N0} bytes allocated for {text.Length:N0} characters ({(double)allocated / text.Length:F2} a character)");
    }

    [Fact]
    public void A_speaker_named_in_one_paragraph_keeps_the_name_into_the_next()
    {
        // the attribution of a quote left open at a paragraph's end, and a closing colon's speaker, are read in the next
        // paragraph, after the buffer of the first was reused for it
        var text = "Council news\n\nTreasurer Otto Brandt said: \u201CWe will build the bridge this year.\n\n" +
                   "\u201CThe money is there, and the vote is at noon.\u201D\n\n" +
                   "Then Mayor Greta Sollen told the room the following:\n\n" +
                   "\u201CNobody here wants another delay on this bridge.\u201D\n";

        var quotes = QuoteExtractor.Extract(text);

        Assert.Equal(2, quotes.Count);
        Assert.Equal("Otto Brandt", quotes[0].Speaker);
        Assert.Equal("Greta Sollen", quotes[1].Speaker);
    }
}
