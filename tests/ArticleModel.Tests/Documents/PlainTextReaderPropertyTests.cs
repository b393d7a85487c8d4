using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Xunit;

namespace ArticleModel.Tests.Documents;

/// <summary>
/// Seeded random inputs checked against the reader's invariants and against a slow, obviously-correct model.
/// </summary>
public class PlainTextReaderPropertyTests
{
    private static readonly int[] Sizes = { 0, 1, 2, 3, 4, 5, 7, 8, 15, 16, 31, 64, 100, 255, 1000, 4096, 10_000, 65_537 };

    /// <summary>The reference definition of white space: the documented one, spelled out with char.IsWhiteSpace.</summary>
    private static bool ModelWhite(char c) => c <= ' ' || c == '\u007F' || c == '\uFEFF' || char.IsWhiteSpace(c);

    /// <summary>A slow model of the reader: split into physical lines, trim, number, group.</summary>
    private static List<TextLine> Model(string text)
    {
        var result = new List<TextLine>();
        var physical = new List<(int Start, int Length)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || text[i] == '\r')
            {
                physical.Add((start, i - start));
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                start = i + 1;
            }
        }
        physical.Add((start, text.Length - start));

        var block = 0;
        var sawBlank = false;
        for (var n = 0; n < physical.Count; n++)
        {
            var (s, len) = physical[n];
            var a = 0;
            while (a < len && ModelWhite(text[s + a])) a++;
            if (a == len)
            {
                sawBlank = true;
                continue;
            }
            var b = len;
            while (ModelWhite(text[s + b - 1])) b--;
            if (sawBlank && result.Count > 0) block++;
            sawBlank = false;
            result.Add(new TextLine(s + a, b - a, n + 1, a + 1, block));
        }
        return result;
    }

    private static void AssertMatchesModel(ArticleDocument d)
    {
        var expected = Model(d.Text);
        Assert.Equal(expected.Count, d.LineCount);
        for (var i = 0; i < expected.Count; i++)
        {
            var e = expected[i];
            var a = d.Lines[i];
            Assert.True(e.Start == a.Start && e.Length == a.Length && e.Number == a.Number && e.Column == a.Column && e.Block == a.Block,
                $"line {i}: expected {e.Start}+{e.Length}@{e.Number}:{e.Column}#{e.Block}, got {a.Start}+{a.Length}@{a.Number}:{a.Column}#{a.Block}");
        }
        Assert.Equal(expected.Count == 0 ? 0 : expected[expected.Count - 1].Block + 1, d.BlockCount);
    }

    private static void AssertSane(ArticleDocument d)
    {
        foreach (var line in d.Lines)
        {
            Assert.InRange(line.Start, 0, d.Text.Length);
            Assert.InRange(line.End, line.Start + 1, d.Text.Length);
            Assert.True(line.Number >= 1 && line.Column >= 1 && line.Block >= 0);
        }
        foreach (var diagnostic in d.Diagnostics)
        {
            if (diagnostic.Span.IsEmpty) continue;
            Assert.InRange(diagnostic.Span.Start, 0, d.Text.Length - 1);
            Assert.True(diagnostic.Span.Line >= 1 && diagnostic.Span.Column >= 1);
        }
        Assert.Equal(d.Diagnostics.Count, d.Diagnostics.Select(x => x.Id).Distinct().Count());
    }

    [Fact]
    public void RandomBytesNeverThrowAndStayInsideTheText()
    {
        var random = new Random(20250402);
        foreach (var size in Sizes)
        {
            for (var round = 0; round < 20; round++)
            {
                var bytes = new byte[size];
                random.NextBytes(bytes);
                var d = PlainTextReader.Read(bytes);
                AssertSane(d);
                AssertMatchesModel(d);
                Assert.Equal(Encoding.UTF8.GetString(StripBom(bytes)), d.Text);
            }
        }
    }

    [Fact]
    public void InvalidUtf8DiagnosticMatchesTheDecoder()
    {
        var random = new Random(7);
        for (var round = 0; round < 2000; round++)
        {
            // Mostly ASCII and valid multi-byte characters with a few random bytes mixed in.
            var list = new List<byte>();
            var length = random.Next(0, 60);
            for (var i = 0; i < length; i++)
            {
                switch (random.Next(6))
                {
                    case 0: list.Add((byte)random.Next(0x80, 0x100)); break;
                    case 1: list.AddRange(Encoding.UTF8.GetBytes(char.ConvertFromUtf32(random.Next(0x80, 0x800)))); break;
                    case 2: list.AddRange(Encoding.UTF8.GetBytes(char.ConvertFromUtf32(random.Next(0x1F300, 0x1F600)))); break;
                    case 3: list.Add((byte)'\n'); break;
                    default: list.Add((byte)random.Next(0x20, 0x7F)); break;
                }
            }
            var bytes = list.ToArray();
            var d = PlainTextReader.Read(bytes);
            var decoded = Encoding.UTF8.GetString(bytes);
            Assert.Equal(decoded, d.Text);
            var replacements = decoded.Count(c => c == '\uFFFD');
            var invalid = d.Diagnostics.SingleOrDefault(x => x.Id == DiagnosticIds.InvalidUtf8);
            if (replacements == 0)
            {
                Assert.Null(invalid);
                continue;
            }
            Assert.NotNull(invalid);
            var first = decoded.IndexOf('\uFFFD');
            Assert.Equal(first, invalid!.Span.Start);
            var (line, column) = LineColumn(decoded, first);
            Assert.Equal(line, invalid.Span.Line);
            Assert.Equal(column, invalid.Span.Column);
            var expectedMessage = replacements == 1 ? "1 invalid byte sequence was" : $"{replacements} invalid byte sequences were";
            Assert.Contains(expectedMessage, invalid.Message);
        }
    }

    [Fact]
    public void RandomTextMatchesTheModel()
    {
        // Text built from the characters that matter: breaks, every kind of white space, controls, letters.
        var alphabet = "ab c\t\n\r\r\n\u00A0\u2028\u2029\u3000\uFEFF\u0000\u0001\u007F\u0085\u200B\u2007x\u00E9\uD83D\uDE00";
        var random = new Random(12345);
        for (var round = 0; round < 3000; round++)
        {
            var length = random.Next(0, 80);
            var sb = new StringBuilder(length);
            for (var i = 0; i < length; i++) sb.Append(alphabet[random.Next(alphabet.Length)]);
            var text = sb.ToString();
            var d = PlainTextReader.Read(text);
            Assert.Same(text, d.Text);
            AssertSane(d);
            AssertMatchesModel(d);
            foreach (var line in d.Lines) Assert.Equal(line.Span, d.GetSpan(line.Start, line.Length));

            var controls = text.Count(c => (c < ' ' && c != '\t' && c != '\n' && c != '\r') || c == '\u007F');
            var control = d.Diagnostics.SingleOrDefault(x => x.Id == DiagnosticIds.ControlCharacters);
            Assert.Equal(controls > 0, control is not null);
            if (control is not null)
            {
                var first = text.IndexOfAny(new[] { '\u0000', '\u0001', '\u007F' });
                var (line, column) = LineColumn(text, first);
                Assert.Equal(new SourceSpan(first, 1, line, column), control.Span);
                Assert.Contains($"{controls} control character", control.Message);
            }
            Assert.Equal(d.LineCount == 0, d.Diagnostics.Any(x => x.Id == DiagnosticIds.EmptyInput));
        }
    }

    [Fact]
    public void WhiteSpaceDefinitionMatchesTheDocumentedOne()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.True(ModelWhite((char)c) == WhiteSpace.IsWhite((char)c), $"U+{c:X4}");
        }
        var listed = new HashSet<char>(WhiteSpace.NonSpaceWhite) { ' ' };
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.True(ModelWhite((char)c) == listed.Contains((char)c), $"U+{c:X4} (list)");
        }
    }

    private static (int Line, int Column) LineColumn(string text, int offset)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || text[i] == '\r')
            {
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                line++;
                lineStart = i + 1;
            }
        }
        return (line, offset - lineStart + 1);
    }

    private static byte[] StripBom(byte[] bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? bytes.Skip(3).ToArray() : bytes;
}
