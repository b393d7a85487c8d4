using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Security;
using System.Text;
#if NET8_0_OR_GREATER
using System.Text.Unicode;
#endif

namespace ArticleModel;

/// <summary>
/// Reads plain text into an <see cref="ArticleDocument"/>: the non-blank lines, trimmed, grouped into blocks at blank
/// lines. Never throws on content; what it notices about the input becomes a diagnostic on the document.
/// </summary>
/// <remarks>
/// <para>
/// <b>Lines.</b> A line ends at LF, CRLF or a lone CR. U+2028 and U+2029 are <i>not</i> line breaks: they are ordinary
/// white space (trimmed at a line's edges, normalised to one space inside values).
/// </para>
/// <para>
/// <b>White space</b> (for trimming and blank-line detection) is space, tab, every character
/// <see cref="char.IsWhiteSpace(char)"/> accepts, U+FEFF, and the control characters U+0000–U+001F and U+007F.
/// A line holding only white space is blank. Blank lines separate blocks; several blank lines in a row are one
/// separator; blank lines at the start and end are ignored.
/// </para>
/// <para>
/// <b>Encodings</b>: bytes are UTF-8, unless they start with a UTF-16 or UTF-32 byte-order mark (LE or BE), which are
/// decoded as such (none of these marks can start valid UTF-8).
/// </para>
/// <para>
/// <b>Offsets</b> always refer to <see cref="ArticleDocument.Text"/>. From bytes, the byte-order mark is skipped and is
/// not part of the text; in a string, a leading U+FEFF stays in the text and is white space (so the first line starts
/// at column 2).
/// </para>
/// <para>
/// <b>Diagnostics</b>: invalid UTF-8 (or invalid UTF-16/UTF-32 after their mark) gives one AM2001 warning at the first
/// U+FFFD that replaced it; control characters
/// other than tab, LF and CR give one AM2002 warning at the first of them; an empty or all-white input gives AM2003;
/// an input that cannot be read (I/O error) gives an AM2004 error on an empty document.
/// </para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class PlainTextReader
{
    /// <summary>The format name documents from this reader carry.</summary>
    public const string FormatName = "text";

    private const int InitialLineCapacity = 32;
    private const int StreamChunk = 64 * 1024;
    private const int PooledLimit = 1024 * 1024;

    /// <summary>
    /// A seekable stream this long or longer is decoded in chunks instead of read whole first (its bytes cost half
    /// its text again; reading it twice costs little next to that).
    /// </summary>
    internal const int DecodeInChunksFrom = 1024 * 1024;

#if NET8_0_OR_GREATER
    /// <summary>What the line scan stops at: the C0 controls (line breaks among them) and DEL.</summary>
    private static readonly SearchValues<char> LineScan = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");
#endif

    /// <summary>Reads already-decoded text; <see langword="null"/> reads as empty.</summary>
    /// <param name="text">The text; it becomes <see cref="ArticleDocument.Text"/> as it is.</param>
    public static ArticleDocument Read(string text) => Split(text ?? string.Empty, null);

    /// <summary>
    /// Reads UTF-8 bytes, with or without a byte-order mark, or UTF-16/UTF-32 bytes that start with their byte-order mark.
    /// Invalid sequences become U+FFFD with an AM2001 warning.
    /// </summary>
    public static ArticleDocument Read(ReadOnlySpan<byte> utf8) => ReadUtf8(utf8, null, 0);

    /// <summary>
    /// Reads a stream to its end and parses it like <see cref="Read(ReadOnlySpan{byte})"/>. The stream is not
    /// disposed. An I/O error while reading gives an empty document with an AM2004 error instead of an exception.
    /// </summary>
    /// <remarks>
    /// On .NET 8 and later a seekable stream of 1 MB or more (a file) holding UTF-8 is read twice and decoded in chunks
    /// straight into the text, so its bytes are never held whole; it is read up to the length it had when the call
    /// started.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static ArticleDocument Read(Stream stream)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        try
        {
            return ReadStream(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Unreadable(e);
        }
    }

    /// <summary>
    /// Reads a file (UTF-8, or UTF-16/UTF-32 with a byte-order mark). A file that cannot be opened or read (missing, locked, no permission, bad path) gives an
    /// empty document with an AM2004 error instead of an exception.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static ArticleDocument ReadFile(string path)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            return ReadStream(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or SecurityException)
        {
            return Unreadable(e);
        }
    }

    private static ArticleDocument Unreadable(Exception e) =>
        new(string.Empty, Array.Empty<TextLine>(), 0, 0, FormatName,
            new[] { new ArticleDiagnostic(DiagnosticIds.UnreadableInput, DiagnosticSeverity.Error, $"the input could not be read: {e.Message}", default) });

    /// <summary>Reads the rest of a stream into a pooled buffer and parses it; the buffer goes back to the pool.</summary>
    private static ArticleDocument ReadStream(Stream stream)
    {
        if (stream is MemoryStream memory && memory.TryGetBuffer(out var segment))
        {
            var position = (int)Math.Min(memory.Position, memory.Length);
            var count = (int)memory.Length - position;
            memory.Position = memory.Length;
            return ReadUtf8(new ReadOnlySpan<byte>(segment.Array, segment.Offset + position, count), segment.Array, segment.Offset + position);
        }

        var capacity = StreamChunk;
        if (stream.CanSeek)
        {
            var remaining = stream.Length - stream.Position;
            if (remaining > int.MaxValue - 64) throw new IOException($"the input is too large ({remaining} bytes)");
#if NET8_0_OR_GREATER
            if (remaining >= DecodeInChunksFrom && ReadSeekable(stream, remaining) is { } document) return document;
#endif
            capacity = (int)Math.Max(remaining + 1, 16);
        }

        var buffer = RentBytes(capacity);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (buffer.Length >= int.MaxValue - 64) throw new IOException("the input is too large");
                    var larger = RentBytes((int)Math.Min((long)buffer.Length * 2, int.MaxValue - 64));
                    Buffer.BlockCopy(buffer, 0, larger, 0, length);
                    ReturnBytes(buffer);
                    buffer = larger;
                }
                var read = stream.Read(buffer, length, buffer.Length - length);
                if (read <= 0) break;
                length += read;
            }
            return ReadUtf8(new ReadOnlySpan<byte>(buffer, 0, length), buffer, 0);
        }
        finally
        {
            ReturnBytes(buffer);
        }
    }

#if NET8_0_OR_GREATER
    /// <summary>
    /// A seekable stream of UTF-8 (with or without its mark) of <paramref name="length"/> bytes, decoded in chunks
    /// straight into the text (<see cref="ChunkedUtf8Decoder"/>): the input's bytes are never held whole. Null, with the
    /// stream back where it was, for UTF-16 and UTF-32 (read whole, as before). A stream that changes between the two
    /// readings is read again whole, but never past <paramref name="length"/> bytes.
    /// </summary>
    private static ArticleDocument? ReadSeekable(Stream stream, long length)
    {
        var start = stream.Position;
        Span<byte> head = stackalloc byte[4];
        var got = 0;
        while (got < head.Length)
        {
            var n = stream.Read(head.Slice(got));
            if (n <= 0) break;
            got += n;
        }
        head = head.Slice(0, got);
        if (WideTextDecoder.TryDetect(head, out _, out _, out _, out _))
        {
            stream.Position = start;
            return null;
        }
        var mark = head.Length >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF ? 3 : 0;
        stream.Position = start + mark;
        if (ChunkedUtf8Decoder.TryDecode(stream, length - mark, out var text, out var counts))
        {
            return Split(text, counts.Invalid == 0 ? null : InvalidEncoding(text, "UTF-8", counts.Invalid, counts.FirstInvalidChar));
        }

        // Changed under us: the bytes as they are now, but no more than the length the stream had.
        stream.Position = start;
        var buffer = new byte[length];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = stream.Read(buffer, read, buffer.Length - read);
            if (n <= 0) break;
            read += n;
        }
        return ReadUtf8(new ReadOnlySpan<byte>(buffer, 0, read), buffer, 0);
    }
#endif

    /// <summary>
    /// A buffer of at least <paramref name="size"/> bytes: pooled when small; a plain array when large, so that one big
    /// input does not leave a buffer of its size in the shared pool for the life of the process.
    /// </summary>
    private static byte[] RentBytes(int size) => size <= PooledLimit ? ArrayPool<byte>.Shared.Rent(size) : new byte[size];

    private static void ReturnBytes(byte[] buffer)
    {
        if (buffer.Length <= PooledLimit) ArrayPool<byte>.Shared.Return(buffer);
    }

    /// <summary>
    /// Decodes and splits. <paramref name="array"/>, when given, holds <paramref name="bytes"/> at
    /// <paramref name="offset"/>: the invalid-UTF-8 path then decodes straight into the string (no second copy).
    /// </summary>
    private static ArticleDocument ReadUtf8(ReadOnlySpan<byte> bytes, byte[]? array, int offset)
    {
        if (WideTextDecoder.TryDetect(bytes, out var markLength, out var unitSize, out var bigEndian, out var encoding))
        {
            var wide = WideTextDecoder.Decode(bytes.Slice(markLength), unitSize, bigEndian, out var invalidUnits, out var firstReplaced);
            return Split(wide, invalidUnits == 0 ? null : InvalidEncoding(wide, encoding, invalidUnits, firstReplaced));
        }

        var utf8 = bytes;
        if (utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF)
        {
            utf8 = utf8.Slice(3);
            offset += 3;
        }
        if (utf8.IsEmpty) return Split(string.Empty, null);

#if NET8_0_OR_GREATER
        // Valid input: one vectorised check and one exact-size string. Encoding.UTF8 is avoided for invalid input: its
        // replacement fallback allocates per invalid sequence (about 15 bytes per input byte on random data).
        if (Utf8.IsValid(utf8)) return Split(Encoding.UTF8.GetString(utf8), null);
        var invalid = Utf8Scan.CountInvalid(utf8, out var firstChar, out var chars);
        var text = DecodeReplacing(utf8, array, offset, chars);
#else
        var text = Decode(utf8, array, offset);
        // Valid UTF-8 decodes without U+FFFD unless the input spells U+FFFD itself; only then look closer.
        if (text.IndexOf('\uFFFD') < 0) return Split(text, null);
        var invalid = Utf8Scan.CountInvalid(utf8, out var firstChar, out _);
        if (invalid == 0) return Split(text, null);
#endif
        return Split(text, InvalidEncoding(text, "UTF-8", invalid, firstChar));
    }

    /// <summary>AM2001 at the first U+FFFD that replaced an invalid sequence.</summary>
    private static ArticleDiagnostic InvalidEncoding(string text, string encoding, int invalid, int firstChar)
    {
        var (line, column) = LineColumnOf(text, firstChar);
        return new ArticleDiagnostic(DiagnosticIds.InvalidUtf8, DiagnosticSeverity.Warning,
            invalid == 1
                ? $"the input is not valid {encoding}: 1 invalid byte sequence was replaced with U+FFFD"
                : $"the input is not valid {encoding}: {invalid} invalid byte sequences were replaced with U+FFFD",
            new SourceSpan(firstChar, 1, line, column));
    }

#if NET8_0_OR_GREATER
    /// <summary>
    /// Decodes invalid UTF-8 with U+FFFD replacements into a string of the known length <paramref name="chars"/>
    /// (<see cref="Utf8Scan"/> counted it with the same rule <see cref="Utf8.ToUtf16(ReadOnlySpan{byte}, Span{char}, out int, out int, bool, bool)"/> applies).
    /// </summary>
    private static string DecodeReplacing(ReadOnlySpan<byte> utf8, byte[]? array, int offset, int chars)
    {
        if (array is null)
        {
            // string.Create needs the bytes in an array it can reach; a copy of the bytes costs half of a char buffer.
            array = utf8.ToArray();
            offset = 0;
        }
        return string.Create(chars, (array, offset, utf8.Length), static (destination, source) =>
            Utf8.ToUtf16(new ReadOnlySpan<byte>(source.array, source.offset, source.Item3), destination, out _, out _, replaceInvalidSequences: true));
    }
#else
    private static string Decode(ReadOnlySpan<byte> utf8, byte[]? array, int offset)
    {
        if (array is not null) return Encoding.UTF8.GetString(array, offset, utf8.Length);
        var rented = ArrayPool<byte>.Shared.Rent(utf8.Length);
        try
        {
            utf8.CopyTo(rented);
            return Encoding.UTF8.GetString(rented, 0, utf8.Length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
#endif

    /// <summary>The one pass over the text: finds line breaks, trims, groups blocks; then the (vectorised) control check.</summary>
    private static ArticleDocument Split(string text, ArticleDiagnostic? invalidUtf8)
    {
        var span = text.AsSpan();
        // Large input: size the line table once from the number of line breaks (an upper bound on the lines) instead of
        // growing it by doubling, which allocates about twice the final table on the way.
        // Small input: at most the initial capacity, and no more lines than line breaks + 1 (two vectorised counts; a CRLF
        // counts twice, still a bound), so a short article's table is not mostly empty (issue 13: per-parse bookkeeping).
        var capacity = text.Length < 4096 ? Math.Min(InitialLineCapacity, LineBreakBound(span) + 1) : CountLineBreaks(span) + 1;
        // Plain text starts a run at each block, and blocks after the first need a blank line before them.
        var lines = new LineTableBuilder(capacity, runCapacity: (capacity + 1) / 2);
        var block = 0;
        var number = 0;
        var position = 0;
        var pendingBreak = false;
        var controls = 0;
        var firstControl = -1;
        while (true)
        {
            number++;
            var rest = span.Slice(position);
#if NET8_0_OR_GREATER
            // One vectorised search finds the line break and, on the way, any control character (tabs are skipped).
            int eol;
            var at = 0;
            while (true)
            {
                var k = rest.Slice(at).IndexOfAny(LineScan);
                if (k < 0)
                {
                    eol = -1;
                    break;
                }
                at += k;
                var c = rest[at];
                if (c == '\n' || c == '\r')
                {
                    eol = at;
                    break;
                }
                if (c != '\t')
                {
                    if (controls++ == 0) firstControl = position + at;
                }
                at++;
                // Binary input: take a run of controls here instead of one search call each.
                while (at < rest.Length && IsControlInLine(rest[at]))
                {
                    if (rest[at] != '\t' && controls++ == 0) firstControl = position + at;
                    at++;
                }
            }
#else
            var eol = rest.IndexOfAny('\r', '\n');
#endif
            var length = eol < 0 ? rest.Length : eol;

            var s = 0;
            while (s < length && WhiteSpace.IsWhite(rest[s])) s++;
            if (s < length)
            {
                var e = length - 1;
                while (WhiteSpace.IsWhite(rest[e])) e--;
                if (pendingBreak && lines.Count > 0) block++;
                pendingBreak = false;
                lines.Add(position + s, e - s + 1, number, s + 1, block);
            }
            else
            {
                pendingBreak = true;
            }

            if (eol < 0) break;
            position += eol + 1;
            if (rest[eol] == '\r' && eol + 1 < rest.Length && rest[eol + 1] == '\n') position++;
        }

        IReadOnlyList<ArticleDiagnostic> diagnostics = Array.Empty<ArticleDiagnostic>();
#if !NET8_0_OR_GREATER
        CountControls(span, out firstControl, out controls);
#endif
        var control = controls == 0 ? null : ControlDiagnostic(text, firstControl, controls);
        if (invalidUtf8 is not null || control is not null || lines.Count == 0)
        {
            var list = new List<ArticleDiagnostic>(3);
            if (invalidUtf8 is not null) list.Add(invalidUtf8);
            if (control is not null) list.Add(control);
            if (lines.Count == 0)
            {
                list.Add(new ArticleDiagnostic(DiagnosticIds.EmptyInput, DiagnosticSeverity.Warning,
                    text.Length == 0 ? "the input is empty" : "the input holds only white space", default));
            }
            diagnostics = list.ToArray();
        }
        return new ArticleDocument(text, lines.Build(), lines.Count == 0 ? 0 : block + 1, FormatName, diagnostics);
    }

    /// <summary>LF, lone CR and CRLF each count once.</summary>
    /// <summary>At least the number of line breaks: each CR and each LF counted (a CRLF twice).</summary>
    private static int LineBreakBound(ReadOnlySpan<char> span)
    {
#if NET8_0_OR_GREATER
        return span.Count('\n') + span.Count('\r');
#else
        var count = 0;
        foreach (var c in span)
        {
            if (c == '\n' || c == '\r') count++;
        }
        return count;
#endif
    }

    private static int CountLineBreaks(ReadOnlySpan<char> span)
    {
#if NET8_0_OR_GREATER
        return span.Count('\n') + span.Count('\r') - span.Count("\r\n".AsSpan());
#else
        var count = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] == '\n' || (span[i] == '\r' && (i + 1 == span.Length || span[i + 1] != '\n'))) count++;
        }
        return count;
#endif
    }

#if NET8_0_OR_GREATER
    /// <summary>A control character or tab, but not a line break.</summary>
    private static bool IsControlInLine(char c) => (c < ' ' && c != '\n' && c != '\r') || c == '\u007F';
#else
    private static void CountControls(ReadOnlySpan<char> span, out int first, out int count)
    {
        first = -1;
        count = 0;
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if ((c < ' ' && c != '\t' && c != '\n' && c != '\r') || c == '\u007F')
            {
                if (count++ == 0) first = i;
            }
        }
    }
#endif

    /// <summary>AM2002 at the first control character other than tab, LF and CR.</summary>
    private static ArticleDiagnostic ControlDiagnostic(string text, int first, int count)
    {
        var (line, column) = LineColumnOf(text, first);
        var message = count == 1
            ? "the input holds 1 control character, likely binary; it is read as white space"
            : $"the input holds {count} control characters, likely binary; they are read as white space";
        return new ArticleDiagnostic(DiagnosticIds.ControlCharacters, DiagnosticSeverity.Warning, message, new SourceSpan(first, 1, line, column));
    }

    /// <summary>The 1-based physical line and column of <paramref name="offset"/> (which is not a line-break character).</summary>
    internal static (int Line, int Column) LineColumnOf(string text, int offset)
    {
        var span = text.AsSpan();
        var line = 1;
        var lineStart = 0;
        while (lineStart < offset)
        {
            var k = span.Slice(lineStart, offset - lineStart).IndexOfAny('\r', '\n');
            if (k < 0) break;
            var p = lineStart + k;
            line++;
            lineStart = p + 1;
            if (span[p] == '\r' && lineStart < span.Length && span[lineStart] == '\n') lineStart++;
        }
        return (line, offset - lineStart + 1);
    }
}

/// <summary>
/// The slow path for invalid UTF-8: walks the bytes with the Unicode "maximal subpart" rule the .NET decoder uses, so
/// each invalid sequence it counts is exactly one U+FFFD in the decoded string.
/// </summary>
internal static class Utf8Scan
{
    /// <summary>
    /// Counts the invalid sequences; <paramref name="firstChar"/> is the UTF-16 index of the first U+FFFD they become
    /// (-1 if none) and <paramref name="decodedLength"/> the length of the decoded text.
    /// </summary>
    internal static int CountInvalid(ReadOnlySpan<byte> s, out int firstChar, out int decodedLength)
    {
        firstChar = -1;
        var count = 0;
        var chars = 0;
        var i = 0;
        while (i < s.Length)
        {
            var b = s[i];
            if (b < 0x80)
            {
                i++;
                chars++;
                continue;
            }

            int need;
            byte lo = 0x80, hi = 0xBF;
            if (b >= 0xC2 && b <= 0xDF)
            {
                need = 1;
            }
            else if (b >= 0xE0 && b <= 0xEF)
            {
                need = 2;
                if (b == 0xE0) lo = 0xA0;
                else if (b == 0xED) hi = 0x9F;
            }
            else if (b >= 0xF0 && b <= 0xF4)
            {
                need = 3;
                if (b == 0xF0) lo = 0x90;
                else if (b == 0xF4) hi = 0x8F;
            }
            else
            {
                Invalid(ref count, ref firstChar, ref chars, ref i, 1);
                continue;
            }

            if (i + 1 >= s.Length || s[i + 1] < lo || s[i + 1] > hi)
            {
                Invalid(ref count, ref firstChar, ref chars, ref i, 1);
                continue;
            }
            var j = 2;
            while (j <= need && i + j < s.Length && (s[i + j] & 0xC0) == 0x80) j++;
            if (j == need + 1)
            {
                i += j;
                chars += need == 3 ? 2 : 1;
            }
            else
            {
                Invalid(ref count, ref firstChar, ref chars, ref i, j);
            }
        }
        decodedLength = chars;
        return count;
    }

    private static void Invalid(ref int count, ref int firstChar, ref int chars, ref int i, int length)
    {
        if (count == 0) firstChar = chars;
        count++;
        chars++;
        i += length;
    }
}
