using System;
using ArticleModel;
using Xunit;

namespace ArticleModel.Tests.Documents;

public class SourceMapTests
{
    // Input "ab&amp;cd\r\nef": the text "ab&cd ef" copies "ab", decodes "&amp;" to "&", copies "cd", adds a
    // synthetic space and copies "ef".
    private const string Input = "ab&amp;cd\r\nef";

    private static SourceMap Map() => new(Input, new[]
    {
        new SourceSegment(0, 2, 0, 2),   // ab
        new SourceSegment(2, 1, 2, 5),   // & ← &amp;
        new SourceSegment(3, 2, 7, 2),   // cd
        new SourceSegment(6, 2, 11, 2),  // ef (text offset 5 is a synthetic space)
    });

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]   // the decoded entity starts where the entity starts
    [InlineData(3, 7)]
    [InlineData(4, 8)]
    [InlineData(5, 9)]   // synthetic text sits where the text before it ends
    [InlineData(6, 11)]
    [InlineData(7, 12)]
    public void Start_offsets_map_into_the_input(int text, int source) => Assert.Equal(source, Map().ToSourceStart(text));

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 7)]   // an end inside or at the end of a decoded piece covers the whole entity
    [InlineData(5, 9)]
    [InlineData(8, 13)]
    public void End_offsets_map_into_the_input(int text, int source) => Assert.Equal(source, Map().ToSourceEnd(text));

    [Fact]
    public void A_span_covers_the_input_it_came_from_with_the_input_line_and_column()
    {
        var map = Map();
        var span = map.ToSourceSpan(2, 3); // "&cd"
        Assert.Equal("&amp;cd", Input.Substring(span.Start, span.Length));
        Assert.Equal((1, 3), (span.Line, span.Column));

        var second = map.ToSourceSpan(6, 2); // "ef", after CRLF
        Assert.Equal("ef", Input.Substring(second.Start, second.Length));
        Assert.Equal((2, 1), (second.Line, second.Column));
    }

    [Theory]
    [InlineData("a\nb\rc\r\nd", 7, 4, 1)]
    [InlineData("a\nb\rc\r\nd", 6, 3, 3)]
    [InlineData("a\nb\rc\r\nd", 4, 3, 1)]
    [InlineData("a\nb\rc\r\nd", 5, 3, 2)]
    [InlineData("", 0, 1, 1)]
    public void Lines_end_at_lf_crlf_and_cr(string input, int offset, int line, int column) =>
        Assert.Equal((line, column), new SourceMap(input, Array.Empty<SourceSegment>()).LineAndColumn(offset));

    [Fact]
    public void Segments_out_of_order_overlapping_or_outside_the_input_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new SourceMap("abcdef", new[] { new SourceSegment(2, 2, 0, 2), new SourceSegment(0, 1, 3, 1) }));
        Assert.Throws<ArgumentException>(() => new SourceMap("abcdef", new[] { new SourceSegment(0, 3, 0, 3), new SourceSegment(2, 1, 3, 1) }));
        Assert.Throws<ArgumentException>(() => new SourceMap("abc", new[] { new SourceSegment(0, 2, 2, 2) }));
    }
}
