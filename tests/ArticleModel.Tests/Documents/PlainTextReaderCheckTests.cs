using System;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using Xunit;

namespace ArticleModel.Tests.Documents;

/// <summary>
/// Issue 9 item 13: CsCheck properties of the plain-text reader over generated hostile input (fragments of text, line
/// breaks of every kind, control characters, invalid UTF-8, byte-order marks of every encoding, random bytes). CsCheck
/// shrinks a failing input to a small one and prints its seed.
/// </summary>
public class PlainTextReaderCheckTests
{
    private static readonly byte[][] Fragments =
    {
        "Headline"u8.ToArray(), " "u8.ToArray(), "\t"u8.ToArray(), "\n"u8.ToArray(), "\r"u8.ToArray(), "\r\n"u8.ToArray(),
        "\u201CQuote,\u201D said Ann Lee."u8.ToArray(), "\"plain\""u8.ToArray(), "é"u8.ToArray(), "🚢"u8.ToArray(),
        "\u2028"u8.ToArray(), "\u0085"u8.ToArray(), "\uFEFF"u8.ToArray(), new byte[] { 0 }, new byte[] { 0x7F },
        new byte[] { 0xC3, 0x28 }, new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xF4, 0x90, 0x80, 0x80 }, new byte[] { 0xE2, 0x80 },
        new byte[] { 0xFF }, new byte[] { 0xFE }, new byte[] { 0xEF, 0xBB, 0xBF },
    };

    private static readonly byte[][] Marks =
    {
        Array.Empty<byte>(), new byte[] { 0xEF, 0xBB, 0xBF }, new byte[] { 0xFF, 0xFE }, new byte[] { 0xFE, 0xFF },
        new byte[] { 0xFF, 0xFE, 0, 0 }, new byte[] { 0, 0, 0xFE, 0xFF },
    };

    /// <summary>Input: an optional byte-order mark, then fragments and random bytes.</summary>
    internal static readonly Gen<byte[]> Input =
        Gen.Select(
            Gen.Int[0, Marks.Length - 1],
            Gen.Frequency(
                (6, Gen.Int[0, Fragments.Length - 1].Select(i => Fragments[i])),
                (1, Gen.Byte.Array[1, 8])).Array[0, 60],
            (mark, parts) => Marks[mark].Concat(parts.SelectMany(p => p)).ToArray());

    [Fact]
    public void Never_throws_keeps_lines_and_spans_inside_the_text_and_reads_the_same_bytes_the_same_way()
    {
        Input.Sample(bytes =>
        {
            var document = PlainTextReader.Read(bytes);
            AssertInside(document);
            AssertSame(document, PlainTextReader.Read(bytes));
            AssertSame(document, PlainTextReader.Read(new MemoryStream(bytes)));
            AssertSame(document, PlainTextReader.Read(new TrickleStream(bytes)));
        }, iter: 20_000, threads: 1, print: bytes => Convert.ToHexString(bytes));
    }

    [Fact]
    public void Text_without_a_mark_is_the_UTF8_decoding()
    {
        Input.Where(b => b.Length < 2 || (b[0] != 0xFE && b[0] != 0xFF && !(b[0] == 0 && b.Length >= 4 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF)))
            .Sample(bytes =>
            {
                var document = PlainTextReader.Read(bytes);
                var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
                Assert.Equal(Encoding.UTF8.GetString(bytes, start, bytes.Length - start), document.Text);
                var replaced = document.Diagnostics.Any(d => d.Id == DiagnosticIds.InvalidUtf8);
                Assert.Equal(!IsValidUtf8(bytes.AsSpan(start)), replaced);
            }, iter: 20_000, threads: 1, print: bytes => Convert.ToHexString(bytes));
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    private static void AssertInside(ArticleDocument d)
    {
        var previousEnd = -1;
        foreach (var line in d.Lines)
        {
            Assert.True(line.Start > previousEnd && line.Length > 0 && line.End <= d.Text.Length, $"line {line.Number} at {line.Start}+{line.Length} outside a text of {d.Text.Length}");
            Assert.True(line.Number >= 1 && line.Column >= 1 && line.Block >= 0 && line.Block < d.BlockCount);
            previousEnd = line.End;
        }
        foreach (var diagnostic in d.Diagnostics)
        {
            if (diagnostic.Span.IsEmpty) continue;
            Assert.InRange(diagnostic.Span.Start, 0, d.Text.Length - 1);
        }
    }

    private static void AssertSame(ArticleDocument expected, ArticleDocument actual)
    {
        Assert.Equal(expected.Text, actual.Text);
        Assert.True(expected.Lines.SequenceEqual(actual.Lines, TextLineComparer.Instance));
        Assert.Equal(expected.BlockCount, actual.BlockCount);
        Assert.Equal(expected.Diagnostics.Select(d => (d.Id, d.Message, d.Span)), actual.Diagnostics.Select(d => (d.Id, d.Message, d.Span)));
    }

    private sealed class TextLineComparer : System.Collections.Generic.IEqualityComparer<TextLine>
    {
        public static readonly TextLineComparer Instance = new();

        public bool Equals(TextLine x, TextLine y) => x.Span == y.Span && x.Block == y.Block;

        public int GetHashCode(TextLine obj) => obj.Start;
    }

    /// <summary>A non-seekable stream that returns at most 3 bytes a read, like a slow pipe.</summary>
    private sealed class TrickleStream : Stream
    {
        private readonly byte[] _bytes;
        private int _position;

        public TrickleStream(byte[] bytes) => _bytes = bytes;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, 3), _bytes.Length - _position);
            Array.Copy(_bytes, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
