using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace ArticleModel.Tests.Documents;

/// <summary>
/// Issue 9 item 12: UTF-16 and UTF-32 input with a byte-order mark is decoded (it used to be read as UTF-8 garbage with
/// no error), with the same text, lines and spans as the UTF-8 file, and invalid code units reported as AM2001.
/// </summary>
public class PlainTextReaderEncodingTests
{
    private const string Article = "Harbor Bridge Vote\r\n\r\n  “We will rebuild,” said Mayor Ana Pérez. 🚢\nSecond line\u2028still line\r\rLast\tblock ";

    public static TheoryData<string> Encodings => new() { "utf-16LE", "utf-16BE", "utf-32LE", "utf-32BE" };

    private static Encoding EncodingOf(string name) => name switch
    {
        "utf-16LE" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
        "utf-16BE" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        "utf-32LE" => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
        _ => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
    };

    private static byte[] WithMark(Encoding encoding, string text) => encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();

    [Theory]
    [MemberData(nameof(Encodings))]
    public void A_file_with_a_byte_order_mark_reads_like_the_same_text_in_UTF8(string name)
    {
        var bytes = WithMark(EncodingOf(name), Article);
        var expected = PlainTextReader.Read(Encoding.UTF8.GetBytes(Article));
        foreach (var document in new[] { PlainTextReader.Read(bytes), PlainTextReader.Read(new MemoryStream(bytes)), ReadFile(bytes) })
        {
            Assert.Equal(Article, document.Text);
            Assert.Empty(document.Diagnostics);
            Assert.Equal(expected.LineCount, document.LineCount);
            Assert.Equal(expected.BlockCount, document.BlockCount);
            for (var i = 0; i < expected.LineCount; i++) Assert.Equal(expected.Lines[i].Span, document.Lines[i].Span);
            Assert.Equal("Harbor Bridge Vote", document.GetText(document.Lines[0]).ToString());
        }
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Invalid_code_units_become_U_FFFD_with_AM2001_at_the_first(string name)
    {
        var encoding = EncodingOf(name);
        var unit = name.StartsWith("utf-16", StringComparison.Ordinal) ? 2 : 4;
        var good = WithMark(encoding, "Title\n\nAb");
        // A lone high surrogate (UTF-16) or a value above U+10FFFF (UTF-32), then a valid letter, then half a unit.
        var bad = unit == 2
            ? (name.EndsWith("LE", StringComparison.Ordinal) ? new byte[] { 0x00, 0xD8, (byte)'c', 0 } : new byte[] { 0xD8, 0x00, 0, (byte)'c' })
            : (name.EndsWith("LE", StringComparison.Ordinal) ? new byte[] { 0, 0, 0x11, 0, (byte)'c', 0, 0, 0 } : new byte[] { 0, 0x11, 0, 0, 0, 0, 0, (byte)'c' });
        var bytes = good.Concat(bad).Append((byte)1).ToArray();

        var document = PlainTextReader.Read(bytes);
        Assert.Equal("Title\n\nAb\uFFFDc\uFFFD", document.Text);
        var diagnostic = Assert.Single(document.Diagnostics, d => d.Id == DiagnosticIds.InvalidUtf8);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains(name.ToUpperInvariant().Replace("UTF-", "UTF-", StringComparison.Ordinal), diagnostic.Message.ToUpperInvariant(), StringComparison.Ordinal);
        Assert.Contains("2 invalid", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(9, diagnostic.Span.Start);
        Assert.Equal((3, 3), (diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Fact]
    public void A_mark_alone_is_an_empty_input()
    {
        foreach (var name in new[] { "utf-16LE", "utf-16BE", "utf-32LE", "utf-32BE" })
        {
            var document = PlainTextReader.Read(EncodingOf(name).GetPreamble());
            Assert.Equal("", document.Text);
            Assert.Equal(DiagnosticIds.EmptyInput, Assert.Single(document.Diagnostics).Id);
        }
    }

    [Fact]
    public void UTF8_input_is_never_taken_for_a_wide_encoding()
    {
        // Valid UTF-8 cannot start with FE or FF; a NUL at the start stays UTF-8 (a control character, AM2002).
        var document = PlainTextReader.Read(new byte[] { 0, 0, (byte)'H', (byte)'i' });
        Assert.Equal("\0\0Hi", document.Text);
        Assert.Contains(document.Diagnostics, d => d.Id == DiagnosticIds.ControlCharacters);
    }

    private static ArticleDocument ReadFile(byte[] bytes)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, bytes);
            return PlainTextReader.ReadFile(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
