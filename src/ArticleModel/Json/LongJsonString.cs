using System;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ArticleModel.CompilerServices;

namespace ArticleModel;

/// <summary>
/// Writes a long string value byte for byte as <see cref="Utf8JsonWriter.WriteStringValue(string)"/> writes it, without
/// the writer's working memory in proportion to the string. The writer escapes a string that needs any escaping into a
/// scratch buffer of 6 chars per char (12 bytes) and then asks its output for 3 bytes per char; for the one-block text
/// of 20 MB of random bytes that was over 100 MB on top of the result (issue 9 item 7).
/// On .NET 9 and later the string goes to the writer in segments of 4,096 chars
/// (<c>WriteStringValueSegment</c>), and the writer is flushed whenever 1 MB is pending, so a writer over a stream
/// holds at most about 1 MB of it (it otherwise keeps everything until its owner flushes, in a buffer grown by
/// doubling). On the older targets the string is escaped in chunks with the writer's own encoder, once to measure and
/// once into an array of the exact size, which goes out as a raw value (working memory: its JSON size).
/// </summary>
internal static class LongJsonString
{
    /// <summary>
    /// Shorter strings take the writer's own path: its scratch (at most 3 MB then) comes from the shared pool and is
    /// reused string after string, where this path allocates an array per string.
    /// </summary>
    internal const int MinLength = 256 * 1024;

    // Utf8JsonWriter refuses strings longer than this (1 GB / 6); such a string goes to it so it refuses it as before.
    private const int MaxWriterLength = 166_666_666;

    private const int ChunkChars = 4096;

    // An escape is at most 6 chars a char (\uXXXX); a replaced lone surrogate is one such escape.
    private const int MaxEscapedPerChar = 6;

    /// <summary>Pending output past which a long string's writer is flushed between segments.</summary>
    internal const int FlushThreshold = 1024 * 1024;

    /// <summary>Writes <paramref name="value"/> as a string value.</summary>
    public static void WriteValue(Utf8JsonWriter writer, string? value)
    {
#if NET9_0_OR_GREATER
        if (IsLong(value)) WriteSegments(writer, value);
        else writer.WriteStringValue(value);
#else
        if (!TakesChunkedPath(writer, value, out var encoder)) writer.WriteStringValue(value);
        else writer.WriteRawValue(Escape(value, encoder), skipInputValidation: true);
#endif
    }

    /// <summary>Writes the property <paramref name="name"/> with the string value <paramref name="value"/>.</summary>
    public static void WriteProperty(Utf8JsonWriter writer, string name, string? value)
    {
#if NET9_0_OR_GREATER
        if (!IsLong(value))
        {
            writer.WriteString(name, value);
            return;
        }
        writer.WritePropertyName(name);
        WriteSegments(writer, value);
#else
        if (!TakesChunkedPath(writer, value, out var encoder))
        {
            writer.WriteString(name, value);
            return;
        }
        writer.WritePropertyName(name);
        writer.WriteRawValue(Escape(value, encoder), skipInputValidation: true);
#endif
    }

    /// <summary>Flushes <paramref name="writer"/> when more than <see cref="FlushThreshold"/> bytes are pending.</summary>
    /// <remarks>
    /// A writer over a stream keeps all it writes until flushed; one over a buffer writer only commits what it wrote.
    /// Either way the bytes and their order are the same.
    /// </remarks>
    internal static void FlushIfLarge(Utf8JsonWriter writer)
    {
        if (writer.BytesPending >= FlushThreshold) writer.Flush();
    }

#if NET9_0_OR_GREATER
    private static bool IsLong([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? value) =>
        value is not null && value.Length >= MinLength && value.Length <= MaxWriterLength;

    // Segments never end between the halves of a surrogate pair (ChunkLength), as a whole write would see them.
    private static void WriteSegments(Utf8JsonWriter writer, string value)
    {
        for (var start = 0; start < value.Length;)
        {
            var count = ChunkLength(value, start);
            writer.WriteStringValueSegment(value.AsSpan(start, count), isFinalSegment: start + count == value.Length);
            start += count;
            FlushIfLarge(writer);
        }
    }

    /// <summary>
    /// Writes the normalised join of lines <paramref name="firstLine"/> to <paramref name="lastLine"/> of
    /// <paramref name="lines"/> (<see cref="TextNormalizer"/>) as a string value in segments, byte for byte as the
    /// joined string would be written, without ever holding that string (a lazily read <see cref="Paragraph"/>).
    /// </summary>
    internal static void WriteJoinedLines(Utf8JsonWriter writer, string text, LineView lines, int firstLine, int lastLine)
    {
        // Room for one piece of a line (ChunkChars), the space before it and a high surrogate held back.
        var chunk = System.Buffers.ArrayPool<char>.Shared.Rent(ChunkChars * 2 + 2);
        var join = new TextNormalizer.JoinState();
        var at = 0;
        for (var line = firstLine; line <= lastLine; line++)
        {
            var rest = text.AsSpan(lines.Start(line), lines.Length(line));
            var first = true;
            do
            {
                var piece = rest.Slice(0, Math.Min(ChunkChars, rest.Length));
                rest = rest.Slice(piece.Length);
                at = first ? join.Write(piece, chunk, at) : join.Continue(piece, chunk, at);
                first = false;
                if (at >= ChunkChars) at = WriteSegment(writer, chunk, at, isFinal: false);
            }
            while (!rest.IsEmpty);
        }
        WriteSegment(writer, chunk, at, isFinal: true);
        System.Buffers.ArrayPool<char>.Shared.Return(chunk);
    }

    // Writes chunk[0..count) but a trailing high surrogate, which moves to the front for the next segment (the writer
    // must see a pair whole, as a whole write would); returns how many chars are left in the chunk.
    private static int WriteSegment(Utf8JsonWriter writer, char[] chunk, int count, bool isFinal)
    {
        var n = !isFinal && count > 0 && char.IsHighSurrogate(chunk[count - 1]) ? count - 1 : count;
        writer.WriteStringValueSegment(chunk.AsSpan(0, n), isFinal);
        FlushIfLarge(writer);
        if (n == count) return 0;
        chunk[0] = chunk[count - 1];
        return 1;
    }
#endif

#if !NET9_0_OR_GREATER
    /// <summary>
    /// Long enough to matter, and written compactly with an explicit encoder: an indented writer puts line breaks
    /// before values that a raw value would not get, and without an encoder the writer escapes by rules of its own.
    /// </summary>
    private static bool TakesChunkedPath(Utf8JsonWriter writer, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? value, out JavaScriptEncoder encoder)
    {
        encoder = writer.Options.Encoder!;
        return value is not null && value.Length >= MinLength && value.Length <= MaxWriterLength && !writer.Options.Indented && encoder is not null;
    }
#endif

    /// <summary>The JSON string literal of <paramref name="value"/> (quotes included) as UTF-8.</summary>
    internal static byte[] Escape(string value, JavaScriptEncoder encoder)
    {
        var scratch = new char[ChunkChars * MaxEscapedPerChar];
        long length = 2;
        for (var start = 0; start < value.Length;)
        {
            var count = ChunkLength(value, start);
            var written = EscapeChunk(value, start, count, scratch, encoder);
            length += Encoding.UTF8.GetByteCount(scratch, 0, written);
            start += count;
        }
        if (length > int.MaxValue) throw new ArgumentException("The string is too long to write as JSON.", nameof(value));
        var bytes = new byte[length];
        bytes[0] = (byte)'"';
        var at = 1;
        for (var start = 0; start < value.Length;)
        {
            var count = ChunkLength(value, start);
            var written = EscapeChunk(value, start, count, scratch, encoder);
            at += Encoding.UTF8.GetBytes(scratch, 0, written, bytes, at);
            start += count;
        }
        bytes[at] = (byte)'"';
        return bytes;
    }

    // A chunk never ends between the two halves of a surrogate pair, so escaping chunk by chunk is escaping the whole.
    private static int ChunkLength(string value, int start)
    {
        var count = Math.Min(ChunkChars, value.Length - start);
        if (start + count < value.Length && char.IsHighSurrogate(value[start + count - 1]) && char.IsLowSurrogate(value[start + count]) && count > 1) count--;
        return count;
    }

    private static int EscapeChunk(string value, int start, int count, char[] scratch, JavaScriptEncoder encoder)
    {
        var status = encoder.Encode(value.AsSpan(start, count), scratch, out var consumed, out var written, isFinalBlock: true);
        // The writer throws on what the encoder cannot take; so does this.
        if (status != System.Buffers.OperationStatus.Done || consumed != count)
            throw new ArgumentException("The string is not valid UTF-16.", nameof(value));
        return written;
    }
}
