using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace ArticleModel.Tests.Documents;

/// <summary>Exact lines, blocks, spans and diagnostics for every input oddity the plain-text reader must handle.</summary>
public class PlainTextReaderTests
{
    /// <summary>Each line as <c>start+length@number:column#block</c>.</summary>
    internal static string Shape(ArticleDocument d) =>
        string.Join(" ", d.Lines.ToArray().Select(l => $"{l.Start}+{l.Length}@{l.Number}:{l.Column}#{l.Block}"));

    internal static string[] Texts(ArticleDocument d) => d.Lines.ToArray().Select(l => d.GetText(l).ToString()).ToArray();

    private static string Ids(ArticleDocument d) => string.Join(",", d.Diagnostics.Select(x => x.Id));

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private static byte[] Bom(string s) => new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Utf8(s)).ToArray();

    [Fact]
    public void LinesAndBlocks()
    {
        var d = PlainTextReader.Read("Headline\nDek line\n\nFirst para\ncontinues\n\nSecond");
        Assert.Equal(new[] { "Headline", "Dek line", "First para", "continues", "Second" }, Texts(d));
        Assert.Equal("0+8@1:1#0 9+8@2:1#0 19+10@4:1#1 30+9@5:1#1 41+6@7:1#2", Shape(d));
        Assert.Equal(5, d.LineCount);
        Assert.Equal(3, d.BlockCount);
        Assert.Equal("text", d.Format);
        Assert.Empty(d.Diagnostics);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void EachLineBreak(string nl)
    {
        var text = $"a{nl}b{nl}{nl}c{nl}";
        var d = PlainTextReader.Read(text);
        var w = nl.Length;
        Assert.Equal($"0+1@1:1#0 {1 + w}+1@2:1#0 {2 + 3 * w}+1@4:1#1", Shape(d));
        Assert.Equal(2, d.BlockCount);
    }

    [Fact]
    public void MixedLineBreaks()
    {
        // a LF b CRLF CRLF c CR CR d CR LF e: the CR LF pair is one break, the lone CRs each break.
        var d = PlainTextReader.Read("a\nb\r\n\r\nc\r\rd\r\ne");
        Assert.Equal(new[] { "a", "b", "c", "d", "e" }, Texts(d));
        Assert.Equal(new[] { 1, 2, 4, 6, 7 }, d.Lines.ToArray().Select(l => l.Number));
        Assert.Equal(new[] { 0, 0, 1, 2, 2 }, d.Lines.ToArray().Select(l => l.Block));
    }

    [Fact]
    public void LfCrIsTwoBreaks()
    {
        var d = PlainTextReader.Read("a\n\rb");
        Assert.Equal("0+1@1:1#0 3+1@3:1#1", Shape(d));
    }

    [Fact]
    public void TabsAndRaggedWhiteSpace()
    {
        var d = PlainTextReader.Read("  \tHeadline here \t \n\t\tindented  line\u00A0\n \u3000 \n   last");
        Assert.Equal(new[] { "Headline here", "indented  line", "last" }, Texts(d));
        Assert.Equal("3+13@1:4#0 22+14@2:3#0 45+4@4:4#1", Shape(d));
    }

    [Fact]
    public void TrailingWhiteSpaceAndMissingFinalNewline()
    {
        var withNewline = PlainTextReader.Read("one   \ntwo\t\n");
        var without = PlainTextReader.Read("one   \ntwo\t");
        Assert.Equal("0+3@1:1#0 7+3@2:1#0", Shape(withNewline));
        Assert.Equal(Shape(withNewline), Shape(without));
    }

    [Fact]
    public void LeadingAndTrailingBlankLinesAreIgnored()
    {
        var d = PlainTextReader.Read("\n\n  \r\n\tTitle\n\n\n\nBody\n\n \n");
        Assert.Equal(new[] { "Title", "Body" }, Texts(d));
        Assert.Equal(new[] { 4, 8 }, d.Lines.ToArray().Select(l => l.Number));
        Assert.Equal(new[] { 0, 1 }, d.Lines.ToArray().Select(l => l.Block));
        Assert.Equal(2, d.BlockCount);
    }

    [Fact]
    public void ManyConsecutiveBlankLinesAreOneSeparator()
    {
        var text = "a" + string.Concat(Enumerable.Repeat(" \t\r\n", 10_000)) + "b" + new string('\n', 5000) + "c";
        var d = PlainTextReader.Read(text);
        Assert.Equal(new[] { "a", "b", "c" }, Texts(d));
        Assert.Equal(new[] { 1, 10_001, 15_001 }, d.Lines.ToArray().Select(l => l.Number));
        Assert.Equal(new[] { 0, 1, 2 }, d.Lines.ToArray().Select(l => l.Block));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n")]
    [InlineData("\r\n\r\n")]
    [InlineData(" \t \n\r \u00A0\u2028\uFEFF")]
    public void EmptyOrWhiteSpaceOnly(string text)
    {
        var d = PlainTextReader.Read(text);
        Assert.Equal(0, d.LineCount);
        Assert.Equal(0, d.BlockCount);
        var diagnostic = Assert.Single(d.Diagnostics);
        Assert.Equal(DiagnosticIds.EmptyInput, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.True(diagnostic.Span.IsEmpty);
        Assert.Equal(text, d.Text);
    }

    [Fact]
    public void NullStringReadsAsEmpty()
    {
        var d = PlainTextReader.Read((string)null!);
        Assert.Equal("", d.Text);
        Assert.Equal(DiagnosticIds.EmptyInput, Assert.Single(d.Diagnostics).Id);
    }

    [Fact]
    public void EmptyBytesAndBomOnly()
    {
        Assert.Equal("AM2003", Ids(PlainTextReader.Read(ReadOnlySpan<byte>.Empty)));
        var bomOnly = PlainTextReader.Read(new byte[] { 0xEF, 0xBB, 0xBF });
        Assert.Equal("AM2003", Ids(bomOnly));
        Assert.Equal("", bomOnly.Text);
    }

    [Fact]
    public void Utf8WithAndWithoutBom()
    {
        const string text = "Caf\u00E9 news\n\n\u201CQuote,\u201D she said.";
        var plain = PlainTextReader.Read(Utf8(text));
        var bom = PlainTextReader.Read(Bom(text));
        Assert.Equal(text, plain.Text);
        Assert.Equal(text, bom.Text);
        Assert.Equal(Shape(plain), Shape(bom));
        Assert.Equal("0+9@1:1#0 11+18@3:1#1", Shape(bom));
        Assert.Empty(bom.Diagnostics);
    }

    [Fact]
    public void OnlyTheFirstBomIsSkipped()
    {
        var d = PlainTextReader.Read(Bom("\uFEFFx"));
        Assert.Equal("\uFEFFx", d.Text);
        Assert.Equal("1+1@1:2#0", Shape(d));
    }

    [Fact]
    public void StringWithLeadingFeffIsWhiteSpace()
    {
        var d = PlainTextReader.Read("\uFEFFHeadline\nDek");
        Assert.Equal("\uFEFFHeadline\nDek", d.Text);
        Assert.Equal("1+8@1:2#0 10+3@2:1#0", Shape(d));
        Assert.Empty(d.Diagnostics);
    }

    [Fact]
    public void Utf2028And2029AreWhiteSpaceNotLineBreaks()
    {
        var d = PlainTextReader.Read("\u2028a\u2028b\u2029\nc");
        Assert.Equal(new[] { "a\u2028b", "c" }, Texts(d));
        Assert.Equal("1+3@1:2#0 6+1@2:1#0", Shape(d));
    }

    [Fact]
    public void NulAndControlCharactersWarnOnceAndAreWhiteSpace()
    {
        var d = PlainTextReader.Read("Headline\n\0\0lead\u0001\nx\u007Fy\n\u001B");
        Assert.Equal(new[] { "Headline", "lead", "x\u007Fy" }, Texts(d));
        Assert.Equal("0+8@1:1#0 11+4@2:3#0 17+3@3:1#0", Shape(d));
        var diagnostic = Assert.Single(d.Diagnostics);
        Assert.Equal(DiagnosticIds.ControlCharacters, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(new SourceSpan(9, 1, 2, 1), diagnostic.Span);
        Assert.Contains("5 control characters", diagnostic.Message);
        Assert.Contains("white space", diagnostic.Message);
    }

    [Fact]
    public void ControlCharacterOnABlankLineAfterCrLfGetsItsPhysicalLine()
    {
        var d = PlainTextReader.Read("a\r\n\r\n  \u0007\r\nb");
        Assert.Equal(new[] { "a", "b" }, Texts(d));
        Assert.Equal(2, d.BlockCount);
        Assert.Equal(new SourceSpan(7, 1, 3, 3), Assert.Single(d.Diagnostics).Span);
        Assert.Contains("1 control character,", d.Diagnostics[0].Message);
    }

    [Fact]
    public void TabFormFeedAndVerticalTab()
    {
        Assert.Empty(PlainTextReader.Read("a\tb\r\nc").Diagnostics);
        Assert.Equal("AM2002", Ids(PlainTextReader.Read("a\fb")));
        Assert.Equal("AM2002", Ids(PlainTextReader.Read("a\vb")));
    }

    [Fact]
    public void ControlAfterATabIsTheFirstControl()
    {
        var d = PlainTextReader.Read("ab\t\u0002\t\u0003c\n\u007F");
        Assert.Equal(new[] { "ab\t\u0002\t\u0003c" }, Texts(d));
        var diagnostic = Assert.Single(d.Diagnostics);
        Assert.Equal(new SourceSpan(3, 1, 1, 4), diagnostic.Span);
        Assert.Contains("3 control characters", diagnostic.Message);
    }

    [Fact]
    public void MegabytesOfBinaryZerosAndTabs()
    {
        var chars = new char[8 * 1024 * 1024];
        for (var i = 0; i < chars.Length; i += 3) chars[i] = '\t';
        chars[chars.Length / 2] = '\n';
        chars[chars.Length - 1] = 'z';
        var d = PlainTextReader.Read(new string(chars));
        Assert.Equal("AM2002", Ids(d));
        Assert.Equal(new SourceSpan(1, 1, 1, 2), d.Diagnostics[0].Span);
        var expected = chars.Count(c => c == '\0');
        Assert.Contains($"{expected} control characters", d.Diagnostics[0].Message);
        Assert.Equal($"{chars.Length - 1}+1@2:{chars.Length / 2 - 1}#0", Shape(d)); // line 1 is blank: block 0
    }

    [Fact]
    public void OnlyNulsGiveControlAndEmptyWarnings()
    {
        var d = PlainTextReader.Read(new byte[100]);
        Assert.Equal("AM2002,AM2003", Ids(d));
        Assert.Contains("100 control characters", d.Diagnostics[0].Message);
        Assert.Equal(new SourceSpan(0, 1, 1, 1), d.Diagnostics[0].Span);
    }

    [Fact]
    public void InvalidUtf8IsReplacedWithOneWarningAtTheFirstReplacement()
    {
        // Line 1 "Title", line 2 blank, line 3 "  caf\xE9 \xFF\xFE ok" (three invalid sequences), line 4 "\xC3" at end.
        var bytes = Utf8("Title\n\n  caf").Concat(new byte[] { 0xE9, 0x20, 0xFF, 0xFE }).Concat(Utf8(" ok\n")).Concat(new byte[] { 0xC3 }).ToArray();
        var d = PlainTextReader.Read(bytes);
        Assert.Equal(Encoding.UTF8.GetString(bytes), d.Text);
        Assert.Equal(new[] { "Title", "caf\uFFFD \uFFFD\uFFFD ok", "\uFFFD" }, Texts(d));
        var diagnostic = Assert.Single(d.Diagnostics);
        Assert.Equal(DiagnosticIds.InvalidUtf8, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(new SourceSpan(12, 1, 3, 6), diagnostic.Span);
        Assert.Equal('\uFFFD', d.Text[diagnostic.Span.Start]);
        Assert.Contains("4 invalid byte sequences", diagnostic.Message);
    }

    [Fact]
    public void InvalidUtf8AfterBomAndCrLf()
    {
        var bytes = Bom("one\r\ntwo ").Concat(new byte[] { 0xED, 0xA0, 0x80 }).ToArray(); // an encoded surrogate: 3 replacements
        var d = PlainTextReader.Read(bytes);
        Assert.Equal("one\r\ntwo \uFFFD\uFFFD\uFFFD", d.Text);
        var diagnostic = Assert.Single(d.Diagnostics);
        Assert.Equal(new SourceSpan(9, 1, 2, 5), diagnostic.Span);
        Assert.Contains("3 invalid byte sequences", diagnostic.Message);
    }

    [Fact]
    public void SingleInvalidSequenceMessage()
    {
        var d = PlainTextReader.Read(new byte[] { (byte)'a', 0x80 });
        Assert.Contains("1 invalid byte sequence was", Assert.Single(d.Diagnostics).Message);
        Assert.Equal(new SourceSpan(1, 1, 1, 2), d.Diagnostics[0].Span);
    }

    [Fact]
    public void EncodedReplacementCharacterIsNotInvalid()
    {
        var d = PlainTextReader.Read(Utf8("a \uFFFD b"));
        Assert.Empty(d.Diagnostics);
        Assert.Equal("a \uFFFD b", d.Text);
    }

    [Fact]
    public void InvalidUtf8AndControlsAndEmptyTogether()
    {
        var d = PlainTextReader.Read(new byte[] { 0x00, 0x0A });
        Assert.Equal("AM2002,AM2003", Ids(d));
        var both = PlainTextReader.Read(new byte[] { 0x01, 0xFF });
        Assert.Equal("AM2001,AM2002", Ids(both));
        Assert.Equal(new SourceSpan(1, 1, 1, 2), both.Diagnostics[0].Span);
        Assert.Equal(new SourceSpan(0, 1, 1, 1), both.Diagnostics[1].Span);
    }

    [Fact]
    public void VeryLongSingleLine()
    {
        var text = "  " + new string('x', 3_000_000) + " ";
        var d = PlainTextReader.Read(text);
        Assert.Equal("2+3000000@1:3#0", Shape(d));
    }

    [Fact]
    public void TwentyMegabytesOfArticleText()
    {
        var paragraph = Encoding.UTF8.GetBytes(
            "\u201CThis is a quoted sentence,\u201D said the spokeswoman, adding that the council would meet again.\r\n" +
            "A second line of the same paragraph, caf\u00E9 and all.\r\n\r\n");
        var bytes = new byte[20 * 1024 * 1024];
        var count = bytes.Length / paragraph.Length;
        for (var i = 0; i < count; i++) paragraph.CopyTo(bytes, i * paragraph.Length);
        // The tail is NUL padding: a control warning, nothing else.
        var d = PlainTextReader.Read(bytes);
        Assert.Equal(2 * count, d.LineCount);
        Assert.Equal(count, d.BlockCount);
        Assert.Equal(3 * count + 1, d.Lines[d.LineCount - 1].Number + 2);
        Assert.Equal("AM2002", Ids(d));
        Assert.Equal(3 * count + 1, d.Diagnostics[0].Span.Line);
    }

    [Fact]
    public void GetSpanGivesLineAndColumn()
    {
        var d = PlainTextReader.Read("  Title here\r\n\r\n\tBody text\n  more");
        Assert.Equal(new SourceSpan(2, 5, 1, 3), d.GetSpan(2, 5));
        Assert.Equal(new SourceSpan(8, 4, 1, 9), d.GetSpan(8, 4));
        Assert.Equal(new SourceSpan(17, 4, 3, 2), d.GetSpan(17, 4));
        Assert.Equal(new SourceSpan(22, 4, 3, 7), d.GetSpan(22, 4));
        Assert.Equal(new SourceSpan(29, 4, 4, 3), d.GetSpan(29, 4));
        Assert.Equal(d.Lines[1].Span, d.GetSpan(d.Lines[1].Start, d.Lines[1].Length));
        foreach (var line in d.Lines) Assert.Equal(line.Span, d.GetSpan(line.Start, line.Length));
    }

    [Fact]
    public void StringAndBytesAgree()
    {
        const string text = "\r\n  Head\u00A0line \u2014 caf\u00E9\r\n\r\n\r\n\tBody \uD83D\uDE00 emoji\rmore\n\n";
        var fromString = PlainTextReader.Read(text);
        var fromBytes = PlainTextReader.Read(Utf8(text));
        Assert.Equal(fromString.Text, fromBytes.Text);
        Assert.Equal(Shape(fromString), Shape(fromBytes));
        Assert.Equal(fromString.BlockCount, fromBytes.BlockCount);
    }

    [Fact]
    public void StreamReadsToTheEnd()
    {
        var bytes = Bom("Title\n\nBody line\n");
        using var plain = new NonSeekableStream(bytes);
        var d = PlainTextReader.Read(plain);
        Assert.Equal("Title\n\nBody line\n", d.Text);
        Assert.Equal("0+5@1:1#0 7+9@3:1#1", Shape(d));

        using var memory = new MemoryStream();
        memory.Write(Utf8("skip me|Title"));
        memory.Position = 8;
        var fromMemory = PlainTextReader.Read(memory);
        Assert.Equal("Title", fromMemory.Text);
        Assert.Equal(memory.Length, memory.Position);

        using var fixedMemory = new MemoryStream(Bom("abc"), writable: false);
        Assert.Equal("abc", PlainTextReader.Read(fixedMemory).Text);
    }

    [Fact]
    public void LargeNonSeekableStream()
    {
        var line = Utf8("A line of article text that is long enough to matter.\n");
        var bytes = Enumerable.Range(0, 20_000).SelectMany(_ => line).ToArray();
        using var stream = new NonSeekableStream(bytes, maxRead: 7000);
        var d = PlainTextReader.Read(stream);
        Assert.Equal(20_000, d.LineCount);
        Assert.Empty(d.Diagnostics);
    }

    [Fact]
    public void StreamIoErrorBecomesAm2004()
    {
        using var stream = new FailingStream();
        var d = PlainTextReader.Read(stream);
        var diagnostic = Assert.Single(d.Diagnostics);
        Assert.Equal(DiagnosticIds.UnreadableInput, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("disk on fire", diagnostic.Message);
        Assert.Equal("", d.Text);
        Assert.Equal(0, d.LineCount);
    }

    [Fact]
    public void NullStreamOrPathThrows()
    {
        Assert.Throws<ArgumentNullException>(() => PlainTextReader.Read((Stream)null!));
        Assert.Throws<ArgumentNullException>(() => PlainTextReader.ReadFile(null!));
    }

    [Fact]
    public void ReadFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"am-reader-{Guid.NewGuid():N}.txt");
        try
        {
            File.WriteAllBytes(path, Bom("Headline\r\n\r\nBody\r\n"));
            var d = PlainTextReader.ReadFile(path);
            Assert.Equal(new[] { "Headline", "Body" }, Texts(d));
            Assert.Empty(d.Diagnostics);

            File.WriteAllBytes(path, Array.Empty<byte>());
            Assert.Equal("AM2003", Ids(PlainTextReader.ReadFile(path)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("/definitely/not/here/article.txt")]
    [InlineData("")]
    public void ReadFileErrorsBecomeAm2004(string path)
    {
        var d = PlainTextReader.ReadFile(path);
        Assert.Equal("AM2004", Ids(d));
        Assert.Equal(DiagnosticSeverity.Error, d.Diagnostics[0].Severity);
    }

    [Fact]
    public void ReadFileOfADirectoryBecomesAm2004()
    {
        Assert.Equal("AM2004", Ids(PlainTextReader.ReadFile(Path.GetTempPath())));
    }

    [Fact]
    public void OversizedLineArrayIsHidden()
    {
        var d = PlainTextReader.Read(string.Join("\n", Enumerable.Range(0, 100).Select(i => $"line {i}")));
        Assert.Equal(100, d.LineCount);
        Assert.Equal(100, d.Lines.Length);
        Assert.Equal(100, d.LineTable.Count);
        Assert.Equal("line 99", d.GetText(d.Lines[99]).ToString());
    }

    private sealed class NonSeekableStream : Stream
    {
        private readonly byte[] _data;
        private readonly int _maxRead;
        private int _position;

        public NonSeekableStream(byte[] data, int maxRead = int.MaxValue)
        {
            _data = data;
            _maxRead = maxRead;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, _maxRead), _data.Length - _position);
            Array.Copy(_data, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class FailingStream : Stream
    {
        private int _reads;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_reads++ > 0) throw new IOException("disk on fire");
            buffer[offset] = (byte)'x';
            return 1;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
