using System.Text.RegularExpressions;
using ArticleModel.Schema.Lowering;
using Xunit;

namespace ArticleModel.Schema.Tests;

/// <summary>The plan's pattern rewrite that makes every kind of line break look alike to a pattern (issue 8 item 3).</summary>
public class LineBreakPatternTests
{
    [Theory]
    [InlineData(@"^a\nb$", false, @"^a(?:\r\n?|\n)b$")]
    [InlineData(@"(?<v>.+)", false, @"(?<v>[^\n\r]+)")]
    [InlineData(@"[^\n.]+", false, @"[^\n\r.]+")]
    [InlineData(@"[]\n]", false, @"[]\n\r]")]
    [InlineData(@"\.\\n", false, @"\.\\n")]
    [InlineData(@"x$", true, @"x\r?$")]
    [InlineData(@"x$", false, @"x$")]
    [InlineData(@"plain", true, @"plain")]
    public void Rewrites_only_line_break_constructs(string pattern, bool multiline, string expected) =>
        Assert.Equal(expected, LineBreakPatterns.Rewrite(pattern, multiline));

    [Theory]
    [InlineData("Head:\nName\nmail@x.example")]
    [InlineData("Head:\r\nName\r\nmail@x.example")]
    [InlineData("Head:\rName\rmail@x.example")]
    [InlineData("Head:\r\nName\nmail@x.example")]
    public void A_rewritten_pattern_matches_every_line_break_alike(string text)
    {
        var re = new Regex(LineBreakPatterns.Rewrite(@"^Head:\n(?<name>.+)\n(?<mail>[^\n]+)$", multiline: false));
        var m = re.Match(text);
        Assert.True(m.Success);
        Assert.Equal("Name", m.Groups["name"].Value);
        Assert.Equal("mail@x.example", m.Groups["mail"].Value);
    }

    [Fact]
    public void A_rewritten_pattern_stays_non_backtracking() =>
        _ = new Regex(LineBreakPatterns.Rewrite(@"^a\n(.+)$", multiline: true), RegexOptions.NonBacktracking | RegexOptions.Multiline);
}
