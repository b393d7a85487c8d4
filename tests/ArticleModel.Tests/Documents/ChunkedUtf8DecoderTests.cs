using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace ArticleModel.Tests.Documents;

/// <summary>
/// A seekable stream is decoded in chunks, read twice (issue 9 item 7): the text and the invalid-UTF-8 diagnostic must
/// be exactly what decoding the whole input gives, wherever a chunk boundary falls (inside a sequence, between the bytes
/// of an invalid one, in a surrogate pair's sequence), and a stream that changes between the readings must still be
/// read as it now is.
/// </summary>
public class ChunkedUtf8DecoderTests
{
    private static byte[] Make(int seed, int length)
    {
        var random = new Random(seed);
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = random.Next(6) switch
            {
                0 => (byte)random.Next(256),                    // anything, invalid sequences among them
                1 => (byte)random.Next(0x80, 0xC0),             // stray continuation bytes
                2 => (byte)random.Next(0xC2, 0xF5),             // lead bytes, often cut short
                3 => (byte)'\n',
                _ => (byte)random.Next(0x20, 0x7F),
            };
        }
        // Whole sequences of every length, so some straddle every boundary.
        var samples = Encoding.UTF8.GetBytes("é€😀\u2028");
        for (var at = 0; at + samples.Length < length; at += 37) Array.Copy(samples, 0, bytes, at, samples.Length);
        return bytes;
    }

    [Fact]
    public void Chunks_of_any_size_decode_to_the_text_of_the_whole_input()
    {
        foreach (var seed in Enumerable.Range(1, 40))
        {
            var bytes = Make(seed, 3_000 + seed * 7);
            var whole = PlainTextReader.Read(bytes);
            foreach (var chunk in new[] { 1, 2, 3, 4, 5, 7, 64, 1000, 100_000 })
            {
                using var stream = new MemoryStream(bytes);
                Assert.True(ChunkedUtf8Decoder.TryDecode(stream, bytes.Length, out var text, out var counts, chunk));
                Assert.True(whole.Text == text, $"seed {seed}, chunks of {chunk}: text differs");
                var diagnostic = whole.Diagnostics.Single(d => d.Id == DiagnosticIds.InvalidUtf8);
                Assert.Equal(diagnostic.Span.Start, counts.FirstInvalidChar);
                Assert.Contains($" {counts.Invalid} invalid byte sequences", diagnostic.Message);
                Assert.Equal(bytes.Length, stream.Position);
            }
        }
    }

    [Fact]
    public void A_stream_that_ends_early_or_decodes_to_another_length_on_the_second_reading_is_refused()
    {
        var bytes = Make(3, 5_000);
        Assert.False(ChunkedUtf8Decoder.TryDecode(new MemoryStream(bytes), bytes.Length + 1, out _, out _, 64));
        Assert.False(ChunkedUtf8Decoder.TryDecode(new ChangingStream(bytes), bytes.Length, out _, out _, 64));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_large_file_reads_as_its_bytes_do(bool withMark)
    {
        var bytes = Make(11, PlainTextReader.DecodeInChunksFrom + 12_345);
        if (withMark) bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(bytes).ToArray();
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, bytes);
            var expected = PlainTextReader.Read(bytes);
            var actual = PlainTextReader.ReadFile(path);
            Assert.True(expected.Text == actual.Text, "text differs");
            Assert.Equal(expected.Diagnostics.Select(d => d.ToString()), actual.Diagnostics.Select(d => d.ToString()));
            Assert.Equal(expected.LineCount, actual.LineCount);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_large_file_that_changes_while_it_is_read_is_read_as_it_now_is_and_no_further()
    {
        var bytes = Make(5, PlainTextReader.DecodeInChunksFrom + 100);
        var stream = new ChangingStream(bytes);
        var document = PlainTextReader.Read(stream);
        var expected = PlainTextReader.Read(stream.Current);
        Assert.True(expected.Text == document.Text, "text differs from the bytes as they were last read");
        Assert.Equal(bytes.Length, stream.Position);
    }

    /// <summary>A seekable stream whose bytes change each time it is read again from the start (a file being rewritten).</summary>
    private sealed class ChangingStream : MemoryStream
    {
        private readonly byte[] _bytes;
        private int _readings;

        public ChangingStream(byte[] bytes)
            : base(bytes.ToArray(), writable: false)
        {
            _bytes = bytes;
        }

        public byte[] Current => _readings == 0 ? _bytes : Changed(_readings);

        public override long Position
        {
            get => base.Position;
            set
            {
                if (value == 0) _readings++;
                base.Position = value;
            }
        }

        // MemoryStream's span overload calls this one for a derived type.
        public override int Read(byte[] buffer, int offset, int count)
        {
            var at = (int)base.Position;
            var n = base.Read(buffer, offset, count);
            Current.AsSpan(at, n).CopyTo(buffer.AsSpan(offset));
            return n;
        }

        private byte[] Changed(int reading)
        {
            var changed = _bytes.ToArray();
            for (var i = reading; i < changed.Length; i += 3) changed[i] = 0x41; // ASCII for what may have been a sequence: another length
            return changed;
        }

        public override bool TryGetBuffer(out ArraySegment<byte> buffer)
        {
            buffer = default;
            return false; // not the reader's zero-copy path
        }
    }
}
