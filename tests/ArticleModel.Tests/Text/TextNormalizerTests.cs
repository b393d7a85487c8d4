using System;
using System.Linq;
using System.Text;
using Xunit;

namespace ArticleModel.Tests.Text;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData(" ", "")]
    [InlineData("\t\r\n \u00A0\uFEFF\u0000", "")]
    [InlineData("word", "word")]
    [InlineData("two words", "two words")]
    [InlineData(" lead", "lead")]
    [InlineData("trail ", "trail")]
    [InlineData("a  b", "a b")]
    [InlineData("a\tb", "a b")]
    [InlineData("a\r\nb", "a b")]
    [InlineData("a \r\n\t b", "a b")]
    [InlineData("a\u00A0b", "a b")]
    [InlineData("a\u2028b\u2029c", "a b c")]
    [InlineData("a\u2003\u2009b", "a b")]
    [InlineData("a\u0000b\u0007c\u007Fd", "a b c d")]
    [InlineData("\uFEFFHeadline", "Headline")]
    [InlineData("a\u200Bb", "a\u200Bb")] // zero-width space is not white space
    [InlineData("  Multi   line\n  paragraph\u00A0text.  ", "Multi line paragraph text.")]
    [InlineData("caf\u00E9 \uD83D\uDE00 ok", "caf\u00E9 \uD83D\uDE00 ok")]
    public void Normalize(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input.AsSpan()));
    }

    [Fact]
    public void EmptyResultIsStringEmpty()
    {
        Assert.Same(string.Empty, TextNormalizer.Normalize(ReadOnlySpan<char>.Empty));
        Assert.Same(string.Empty, TextNormalizer.Normalize("  \n ".AsSpan()));
    }

    [Fact]
    public void LongInputsTakeThePooledPath()
    {
        var input = string.Concat(Enumerable.Repeat("word \t\n ", 10_000));
        var expected = string.Join(" ", Enumerable.Repeat("word", 10_000));
        Assert.Equal(expected, TextNormalizer.Normalize(input.AsSpan()));
        Assert.Equal(expected, TextNormalizer.Normalize(expected.AsSpan()));
    }

    [Fact]
    public void RandomTextMatchesAModel()
    {
        var alphabet = "ab  \t\n\r\u00A0\u2028\uFEFF\u0000\u3000x.";
        var random = new Random(99);
        for (var round = 0; round < 5000; round++)
        {
            var length = random.Next(0, 400);
            var sb = new StringBuilder();
            for (var i = 0; i < length; i++) sb.Append(alphabet[random.Next(alphabet.Length)]);
            var text = sb.ToString();
            Assert.Equal(Model(text), TextNormalizer.Normalize(text.AsSpan()));
        }
    }

    [Fact]
    public void JoinLinesOfAParagraph()
    {
        var d = PlainTextReader.Read("Headline\n\n  First  line of\tthe\n   paragraph\u00A0\u00A0ends.\nLast line\n\nOther");
        Assert.Equal("Headline", TextNormalizer.Join(d, 0, 0));
        Assert.Equal("First line of the paragraph ends. Last line", TextNormalizer.Join(d, 1, 3));
        Assert.Equal("paragraph ends. Last line Other", TextNormalizer.Join(d, 2, 4));
        Assert.Equal("Headline First line of the paragraph ends. Last line Other", TextNormalizer.Join(d, 0, d.LineCount - 1));
        Assert.Equal("", TextNormalizer.Join(d, 3, 2));
    }

    [Fact]
    public void JoinEqualsNormalizeOfTheRawLines()
    {
        var random = new Random(3);
        var alphabet = "ab \t\n\n\r\u00A0\u0001\u2028c";
        for (var round = 0; round < 1000; round++)
        {
            var sb = new StringBuilder();
            var length = random.Next(1, 300);
            for (var i = 0; i < length; i++) sb.Append(alphabet[random.Next(alphabet.Length)]);
            var d = PlainTextReader.Read(sb.ToString());
            if (d.LineCount == 0) continue;
            var first = random.Next(d.LineCount);
            var last = random.Next(first, d.LineCount);
            var lines = d.Lines.ToArray().Skip(first).Take(last - first + 1).Select(l => d.GetText(l).ToString());
            Assert.Equal(Model(string.Join(" ", lines)), TextNormalizer.Join(d, first, last));
        }
    }

    [Fact]
    public void JoinOfHandMadeLinesWithEdgeWhiteSpace()
    {
        // Lines from another reader might not be trimmed; Join still normalises.
        const string text = " a \n\n \n b ";
        var lines = new[] { new TextLine(0, 3, 1, 1, 0), new TextLine(5, 1, 3, 1, 1), new TextLine(7, 3, 4, 1, 2) };
        var d = new ArticleDocument(text, lines, 3, 3, "text", Array.Empty<ArticleDiagnostic>());
        Assert.Equal("a b", TextNormalizer.Join(d, 0, 2));
        Assert.Equal("b", TextNormalizer.Join(d, 1, 2));
        Assert.Equal("", TextNormalizer.Join(d, 1, 1));
    }

    [Fact]
    public void JoinArgumentChecks()
    {
        var d = PlainTextReader.Read("a\nb");
        Assert.Throws<ArgumentNullException>(() => TextNormalizer.Join(null!, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => TextNormalizer.Join(d, -1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => TextNormalizer.Join(d, 0, 2));
    }

    private static string Model(string text)
    {
        static bool White(char c) => c <= ' ' || c == '\u007F' || c == '\uFEFF' || char.IsWhiteSpace(c);
        var parts = new StringBuilder();
        var pending = false;
        foreach (var c in text)
        {
            if (White(c))
            {
                pending = true;
                continue;
            }
            if (pending && parts.Length > 0) parts.Append(' ');
            pending = false;
            parts.Append(c);
        }
        return parts.ToString();
    }
}
