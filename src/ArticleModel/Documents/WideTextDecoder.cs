using System;

namespace ArticleModel;

/// <summary>
/// Decodes UTF-16 and UTF-32 input that starts with a byte-order mark (UTF-8 is <see cref="PlainTextReader"/>'s own
/// path). Invalid code units (lone surrogates, values above U+10FFFF, a trailing partial unit) become one U+FFFD each,
/// so offsets into the decoded text stay exact and the reader can point at the first replacement.
/// </summary>
internal static class WideTextDecoder
{
    /// <summary>
    /// Recognises a UTF-32 or UTF-16 byte-order mark. UTF-32 LE (<c>FF FE 00 00</c>) is tested before UTF-16 LE
    /// (<c>FF FE</c>), as every decoder does. None of these marks can start valid UTF-8 (<c>FE</c>/<c>FF</c> never occur in it).
    /// </summary>
    internal static bool TryDetect(ReadOnlySpan<byte> bytes, out int markLength, out int unitSize, out bool bigEndian, out string name)
    {
        if (bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0)
            return Found(4, 4, false, "UTF-32LE", out markLength, out unitSize, out bigEndian, out name);
        if (bytes.Length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF)
            return Found(4, 4, true, "UTF-32BE", out markLength, out unitSize, out bigEndian, out name);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return Found(2, 2, false, "UTF-16LE", out markLength, out unitSize, out bigEndian, out name);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return Found(2, 2, true, "UTF-16BE", out markLength, out unitSize, out bigEndian, out name);
        markLength = unitSize = 0;
        bigEndian = false;
        name = string.Empty;
        return false;
    }

    private static bool Found(int mark, int unit, bool big, string encoding, out int markLength, out int unitSize, out bool bigEndian, out string name)
    {
        markLength = mark;
        unitSize = unit;
        bigEndian = big;
        name = encoding;
        return true;
    }

    /// <summary>
    /// Decodes <paramref name="body"/> (the bytes after the mark). <paramref name="invalid"/> counts the replaced
    /// sequences; <paramref name="firstInvalid"/> is the index of the first U+FFFD they became (-1 if none).
    /// </summary>
    internal static string Decode(ReadOnlySpan<byte> body, int unitSize, bool bigEndian, out int invalid, out int firstInvalid)
    {
        // Two passes over the bytes (measure, then write) so that the only large allocations are the exact-size buffer and the string.
        var length = Transcode(body, unitSize, bigEndian, Span<char>.Empty, out invalid, out firstInvalid);
        if (length == 0) return string.Empty;
        var buffer = new char[length];
        Transcode(body, unitSize, bigEndian, buffer, out _, out _);
        return new string(buffer);
    }

    /// <summary>Writes the decoded text to <paramref name="output"/> when it is not empty; returns the decoded length.</summary>
    private static int Transcode(ReadOnlySpan<byte> body, int unitSize, bool bigEndian, Span<char> output, out int invalid, out int firstInvalid)
    {
        var write = !output.IsEmpty;
        invalid = 0;
        firstInvalid = -1;
        var n = 0;
        var units = body.Length / unitSize;
        if (unitSize == 2)
        {
            for (var i = 0; i < units; i++)
            {
                var c = Unit16(body, i, bigEndian);
                if (char.IsHighSurrogate(c) && i + 1 < units && char.IsLowSurrogate(Unit16(body, i + 1, bigEndian)))
                {
                    if (write)
                    {
                        output[n] = c;
                        output[n + 1] = Unit16(body, i + 1, bigEndian);
                    }
                    n += 2;
                    i++;
                }
                else if (char.IsSurrogate(c))
                {
                    Replace(output, write, ref n, ref invalid, ref firstInvalid);
                }
                else
                {
                    if (write) output[n] = c;
                    n++;
                }
            }
        }
        else
        {
            for (var i = 0; i < units; i++)
            {
                var value = Unit32(body, i, bigEndian);
                if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
                {
                    Replace(output, write, ref n, ref invalid, ref firstInvalid);
                }
                else if (value >= 0x10000)
                {
                    if (write)
                    {
                        var v = value - 0x10000;
                        output[n] = (char)(0xD800 + (v >> 10));
                        output[n + 1] = (char)(0xDC00 + (v & 0x3FF));
                    }
                    n += 2;
                }
                else
                {
                    if (write) output[n] = (char)value;
                    n++;
                }
            }
        }
        // A trailing partial unit (a file cut in the middle of a character).
        if (body.Length % unitSize != 0) Replace(output, write, ref n, ref invalid, ref firstInvalid);
        return n;
    }

    private static void Replace(Span<char> output, bool write, ref int n, ref int invalid, ref int firstInvalid)
    {
        if (invalid++ == 0) firstInvalid = n;
        if (write) output[n] = '\uFFFD';
        n++;
    }

    private static char Unit16(ReadOnlySpan<byte> body, int index, bool bigEndian)
    {
        var i = index * 2;
        return bigEndian ? (char)((body[i] << 8) | body[i + 1]) : (char)(body[i] | (body[i + 1] << 8));
    }

    private static uint Unit32(ReadOnlySpan<byte> body, int index, bool bigEndian)
    {
        var i = index * 4;
        return bigEndian
            ? ((uint)body[i] << 24) | ((uint)body[i + 1] << 16) | ((uint)body[i + 2] << 8) | body[i + 3]
            : body[i] | ((uint)body[i + 1] << 8) | ((uint)body[i + 2] << 16) | ((uint)body[i + 3] << 24);
    }
}
