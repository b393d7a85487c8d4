#if NET8_0_OR_GREATER
using System;
using System.Buffers;
using System.IO;
using System.Text.Unicode;

namespace ArticleModel;

/// <summary>
/// Decodes UTF-8 from a seekable stream in chunks, straight into the one string the document keeps, without ever holding
/// the input's bytes (issue 9 item 7: the byte array of a 20 MB file lived beside its 40 MB of text until the next full
/// collection). The stream is read twice: once to count the characters, once to decode into a string of that length.
/// Each chunk is decoded with the same rule as the whole input would be (<see cref="Utf8.ToUtf16(ReadOnlySpan{byte}, Span{char}, out int, out int, bool, bool)"/>,
/// the bytes of a sequence cut by a chunk's end carried to the next), so the text is the one
/// <see cref="PlainTextReader"/> decodes from the bytes.
/// </summary>
internal static class ChunkedUtf8Decoder
{
    /// <summary>Bytes read at a time.</summary>
    internal const int DefaultChunkBytes = 64 * 1024;

    // Longest string .NET makes; past it the whole-input path fails the same way it always did.
    private const long MaxChars = 0x3FFFFFDF;

    /// <summary>What decoding found: the text length, the invalid sequences and the index of the first U+FFFD they became.</summary>
    internal readonly struct Counts
    {
        public Counts(long chars, int invalid, int firstInvalidChar)
        {
            Chars = chars;
            Invalid = invalid;
            FirstInvalidChar = firstInvalidChar;
        }

        public long Chars { get; }

        public int Invalid { get; }

        public int FirstInvalidChar { get; }
    }

    /// <summary>
    /// Decodes the next <paramref name="length"/> bytes of <paramref name="stream"/> (UTF-8 without its byte-order mark).
    /// False when the stream ends before, or decodes to another length on the second reading than on the first (a
    /// file changed meanwhile): the caller then reads it whole. A change that keeps the length gives the text of the
    /// second reading, with its own counts. The stream is left after the bytes read.
    /// </summary>
    public static bool TryDecode(Stream stream, long length, out string text, out Counts counts, int chunkBytes = DefaultChunkBytes)
    {
        text = string.Empty;
        counts = default;
        var start = stream.Position;
        var bytes = ArrayPool<byte>.Shared.Rent(chunkBytes + 4);
        var scratch = ArrayPool<char>.Shared.Rent(chunkBytes + 4);
        try
        {
            if (!Decode(stream, length, bytes, chunkBytes, scratch, Span<char>.Empty, out var first) || first.Chars > MaxChars) return false;
            stream.Position = start;
            var state = new DecodeState(stream, length, bytes, chunkBytes);
            text = string.Create((int)first.Chars, state, static (destination, s) =>
            {
                s.Ok = Decode(s.Stream, s.Length, s.Bytes, s.ChunkBytes, null, destination, out s.Counts);
            });
            counts = state.Counts;
            return state.Ok && counts.Chars == first.Chars;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(scratch);
        }
    }

    private sealed class DecodeState
    {
        public DecodeState(Stream stream, long length, byte[] bytes, int chunkBytes)
        {
            Stream = stream;
            Length = length;
            Bytes = bytes;
            ChunkBytes = chunkBytes;
        }

        public readonly Stream Stream;
        public readonly long Length;
        public readonly byte[] Bytes;
        public readonly int ChunkBytes;
        public bool Ok;
        public Counts Counts;
    }

    /// <summary>
    /// One pass: into <paramref name="destination"/> when it is given (false when the text does not fit it exactly),
    /// else into <paramref name="scratch"/> chunk by chunk, only counting.
    /// </summary>
    private static bool Decode(Stream stream, long length, byte[] bytes, int chunkBytes, char[]? scratch, Span<char> destination, out Counts counts)
    {
        counts = default;
        long remaining = length, chars = 0;
        int carry = 0, invalid = 0, firstInvalid = -1;
        while (true)
        {
            var want = (int)Math.Min(chunkBytes, remaining);
            var got = 0;
            while (got < want)
            {
                var n = stream.Read(bytes, carry + got, want - got);
                if (n <= 0) return false;
                got += n;
            }
            remaining -= got;
            var final = remaining == 0;
            var input = new ReadOnlySpan<byte>(bytes, 0, carry + got);
            Span<char> output;
            if (scratch is not null) output = scratch;
            else if (chars <= destination.Length) output = destination.Slice((int)chars);
            else return false;
            var status = Utf8.ToUtf16(input, output, out var read, out var written, replaceInvalidSequences: true, isFinalBlock: final);
            if (status == OperationStatus.DestinationTooSmall) return false; // only the second pass: the bytes changed

            // Every sequence in what was read is whole, so counting it alone counts what the whole input would.
            var decoded = input.Slice(0, read);
            if (!Utf8.IsValid(decoded))
            {
                var n = Utf8Scan.CountInvalid(decoded, out var firstChar, out _);
                if (invalid == 0 && n > 0) firstInvalid = (int)Math.Min(int.MaxValue, chars + firstChar);
                invalid += n;
            }
            chars += written;
            carry = input.Length - read;
            if (final) break;
            input.Slice(read).CopyTo(bytes); // at most 3 bytes of a sequence that goes on in the next chunk
        }
        if (scratch is null && chars != destination.Length) return false;
        counts = new Counts(chars, invalid, firstInvalid);
        return true;
    }
}
#endif
