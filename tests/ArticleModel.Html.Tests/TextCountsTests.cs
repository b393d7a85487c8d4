using System;
using System.Text;
using ArticleModel.Html.Content;
using Xunit;

namespace ArticleModel.Html.Tests;

/// <summary>
/// The content scorer's comma and weighted-length counts (issue 9 item 7): they used to be running totals for every
/// character of the page, 8 bytes a character (16 MB for a 2 MB page of one paragraph); now a total every 64 characters
/// and a short scan give the same counts for every range.
/// </summary>
public class TextCountsTests
{
    private static (int Commas, int Weight) Naive(string text, int start, int end)
    {
        int commas = 0, weight = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is ',' or '\uFF0C' or '\u3001' or '\u060C') commas++;
            weight += c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF' ? 3 : 1;
        }
        return (commas, weight);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(128)]
    [InlineData(1000)]
    public void Every_range_counts_what_a_scan_counts(int length)
    {
        var alphabet = "ab ,\uFF0C\u3001\u060C\u3042\u4E2D\uAC00\uF900.";
        var random = new Random(length + 3);
        var sb = new StringBuilder();
        for (var i = 0; i < length; i++) sb.Append(alphabet[random.Next(alphabet.Length)]);
        var text = sb.ToString();
        var counts = new TextCounts(text);

        for (var start = 0; start <= length; start += Math.Max(1, length / 40))
        {
            for (var end = start; end <= length; end += Math.Max(1, length / 35))
            {
                Assert.Equal(Naive(text, start, end), (counts.CommasIn(start, end), counts.WeightedIn(start, end)));
            }
            Assert.Equal(Naive(text, start, length), (counts.CommasIn(start, length), counts.WeightedIn(start, length)));
        }
    }

    [Fact]
    public void Scoring_a_long_page_keeps_no_count_per_character()
    {
        var html = "<html><body><p>" + string.Concat(System.Linq.Enumerable.Repeat("Word, word ", 100_000)) + "</p></body></html>";
        var page = HtmlReader.Read(html);
        var body = page.Html.Body!;
        FlatTree.Build(page, body); // warm up

        var before = GC.GetAllocatedBytesForCurrentThread();
        var tree = FlatTree.Build(page, body);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(100_000, tree.Commas(tree.Count - 1));
        // 8 bytes a character before (two running totals per character); an eighth of a byte now
        Assert.True(allocated < page.Document.Text.Length, $"{allocated} bytes allocated for {page.Document.Text.Length} characters");
    }
}
