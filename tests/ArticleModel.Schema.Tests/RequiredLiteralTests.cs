using System;
using System.Text;
using System.Text.RegularExpressions;
using ArticleModel.Schema.Binding;
using Xunit;

namespace ArticleModel.Schema.Tests;

public class RequiredLiteralTests
{
    private const string Byline = @"^(?<name>.+?) is the (?<role>.+?) of (?<outlet>[^,]+), follow (?:him|her|them) on Twitter @(?<twitter>\w+)\.?$";

    [Theory]
    [InlineData(Byline, "", " on Twitter @")]
    [InlineData("^Join the Discussion!?$", "", "Join the Discussion")]
    [InlineData(@"[\p{L}\p{N}]$", "", null)]
    [InlineData("abc|def", "", null)]
    [InlineData("(abc)|def", "", null)]
    [InlineData("abcd?e", "", "abc")]
    [InlineData("ab*cdef", "", "cdef")]
    [InlineData("abc*def", "", "def")]
    [InlineData("abcd*defgh", "", "defgh")]
    [InlineData("xab+cd", "", "xab")]
    [InlineData("ab{0,3}cd", "", "cd")]
    [InlineData("ab{2}cd", "", "ab")]
    [InlineData("ab{1}cd", "", "abcd")]
    [InlineData("ab{1,}?c", "", "ab")]
    [InlineData("a{b", "", "a{b")]
    [InlineData(@"x\.y\@z", "", "x.y@z")]
    [InlineData(@"Score: \d+ points", "", "Score: ")]
    [InlineData(@"\d+ points", "", " points")]
    [InlineData(@"ab\d+ points", "", " points")]
    [InlineData(@"ab\d+c\d", "", "ab")]
    [InlineData(@"\bfoo\b", "", "foo")]
    [InlineData("[abc]+def", "", "def")]
    [InlineData("[a-z-[aeiou]]xyz", "", "xyz")]
    [InlineData("[]a]bc", "", "bc")]
    [InlineData("(?i)abc", "", null)]
    [InlineData("a(?i:b)cd", "", null)]
    [InlineData("(?#comment)abc", "", "abc")]
    [InlineData(@"\12345", "", null)]
    [InlineData(@"\x41BC", "", "ABC")]
    [InlineData(@"\k<name>abc", "", "abc")]
    [InlineData("By (?<name>.+)$", "i", "By ")]
    [InlineData("kilo meters", "i", "ilo meters")]
    [InlineData("café au lait", "i", " au lait")]
    [InlineData("é au lait", "i", " au lait")]
    [InlineData("café au lait", "", "café au lait")]
    [InlineData(".*", "", null)]
    [InlineData("", "", null)]
    public void Known_patterns(string pattern, string flags, string? expected)
    {
        var f = (flags.Contains('i') ? RegexFlags.IgnoreCase : 0) | (flags.Contains('m') ? RegexFlags.Multiline : 0);
        Assert.Equal(expected, RegexAnalysis.RequiredLiteral(pattern, f));
    }

    private static readonly string[] Pieces =
    {
        "a", "b", "c", "ab", "ba", "k", "K", " ", ".", "x?", "a+", "b*", "c{2}", "a{0,2}", "b{1,2}", "c{1}", "a+?", "b??",
        "(ab|c)", "(?:a|b)+", "[a-c]", "[^a]", @"\.", @"\d", @"\w+", @"\s?", "^", "$", @"\b", "(?<g>ab)", "(b)?", "(?=a)",
        "(?!c)", "[]a]", "{", "}", "-", @"\x61", @"\u0062", "(?i:a)", "|", "(a)\\1",
    };

    private static readonly string Alphabet = "abcxkK.1 \u212A-{}";

    [Fact]
    public void Every_match_contains_the_literal_property()
    {
        var random = new Random(20240611);
        var checkedMatches = 0;
        for (var n = 0; n < 3000; n++)
        {
            var sb = new StringBuilder();
            var count = random.Next(1, 7);
            for (var i = 0; i < count; i++) sb.Append(Pieces[random.Next(Pieces.Length)]);
            var pattern = sb.ToString();
            var flags = random.Next(3) == 0 ? RegexFlags.IgnoreCase : RegexFlags.None;
            Regex regex;
            try
            {
                regex = new Regex(pattern, RegexAnalysis.ToOptions(flags));
            }
            catch (ArgumentException)
            {
                continue;
            }
            var literal = RegexAnalysis.RequiredLiteral(pattern, flags);
            if (literal == null) continue;
            var comparison = flags == RegexFlags.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            for (var s = 0; s < 60; s++)
            {
                var input = RandomInput(random, pattern);
                if (!regex.IsMatch(input)) continue;
                checkedMatches++;
                Assert.True(input.IndexOf(literal, comparison) >= 0, $"/{pattern}/{flags} matched '{input}' which lacks '{literal}'");
            }
        }
        Assert.True(checkedMatches > 2000, "too few matches checked: " + checkedMatches);
    }

    private static string RandomInput(Random random, string pattern)
    {
        var sb = new StringBuilder();
        var length = random.Next(0, 12);
        for (var i = 0; i < length; i++)
        {
            // Half the time copy a run of the pattern itself, so that matches are common.
            if (random.Next(2) == 0 && pattern.Length > 0)
            {
                var start = random.Next(pattern.Length);
                sb.Append(pattern, start, Math.Min(pattern.Length - start, random.Next(1, 4)));
            }
            else
            {
                sb.Append(Alphabet[random.Next(Alphabet.Length)]);
            }
        }
        return sb.ToString();
    }
}
