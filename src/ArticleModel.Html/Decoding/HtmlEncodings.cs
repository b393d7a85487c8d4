using System;
using System.Text;

namespace ArticleModel.Html.Decoding;

/// <summary>
/// The encodings the reader decodes with, built without touching the process-wide encoding registry. Decoders replace
/// invalid bytes with U+FFFD and count them (<see cref="CountingFallback"/>).
/// </summary>
internal static class HtmlEncodings
{
    internal static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    internal static readonly Encoding Utf16LittleEndian = new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
    internal static readonly Encoding Utf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false);

    /// <summary>windows-1252, the encoding HTML assumes when a page declares none (and what "latin1"/"iso-8859-1" mean in HTML).</summary>
    internal static Encoding Windows1252 => CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>
    /// The encoding an HTML charset label names, or null when unknown. Follows the WHATWG rules that matter for pages:
    /// latin1/ascii labels mean windows-1252, a declared UTF-16 in a meta element means UTF-8 (<paramref name="fromMeta"/>),
    /// x-user-defined means windows-1252.
    /// </summary>
    internal static Encoding? FromLabel(string? label, bool fromMeta)
    {
        if (label is null) return null;
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        if (name.Length == 0 || name.Length > 64) return null;
        switch (name)
        {
            case "utf-8":
            case "utf8":
            case "unicode-1-1-utf-8":
            case "unicode11utf8":
            case "unicode20utf8":
            case "x-unicode20utf8":
                return Utf8;
            case "us-ascii":
            case "ascii":
            case "iso-8859-1":
            case "iso8859-1":
            case "iso_8859-1":
            case "latin1":
            case "l1":
            case "cp1252":
            case "windows-1252":
            case "x-cp1252":
            case "cp819":
            case "ibm819":
            case "iso-ir-100":
            case "x-user-defined":
                return Windows1252;
            case "utf-16":
            case "utf-16le":
            case "unicode":
            case "ucs-2":
                return fromMeta ? Utf8 : Utf16LittleEndian;
            case "utf-16be":
            case "unicodefffe":
                return fromMeta ? Utf8 : Utf16BigEndian;
        }
        try
        {
            // Other labels (iso-8859-2, shift_jis, gb2312, koi8-r…): the code-page provider, then the built-in ones.
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Decodes with U+FFFD for invalid bytes; <paramref name="invalid"/> counts the replacements. Never throws.</summary>
    internal static string Decode(Encoding encoding, ReadOnlySpan<byte> bytes, out int invalid)
    {
#if NET8_0_OR_GREATER
        // Pure ASCII (what windows-1252 is guessed for) reads alike in both: a vectorised widening, no code-page decoder.
        if ((encoding is UTF8Encoding || encoding.CodePage == 1252) && bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) < 0)
        {
            invalid = 0;
            return Encoding.ASCII.GetString(bytes);
        }
        // Most other pages are valid UTF-8: one vectorised check, then one transcoding straight into the string.
        if (encoding is UTF8Encoding && System.Text.Unicode.Utf8.IsValid(bytes))
        {
            invalid = 0;
            return Utf8.GetString(bytes);
        }
#endif
        var fallback = new CountingFallback();
        var decoding = (Encoding)encoding.Clone();
        decoding.DecoderFallback = fallback;
        // One decoder pass (GetString would count every invalid sequence twice: once to size, once to decode).
#if NET8_0_OR_GREATER
        var chars = System.Buffers.ArrayPool<char>.Shared.Rent(decoding.GetMaxCharCount(bytes.Length));
        try
        {
            var written = decoding.GetDecoder().GetChars(bytes, chars, flush: true);
            invalid = fallback.Count;
            return new string(chars, 0, written);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(chars);
        }
#else
        var array = bytes.ToArray();
        var chars = new char[decoding.GetMaxCharCount(array.Length)];
        var written = decoding.GetDecoder().GetChars(array, 0, array.Length, chars, 0, flush: true);
        invalid = fallback.Count;
        return new string(chars, 0, written);
#endif
    }

    /// <summary>Whether the bytes are valid UTF-8 (used to guess an undeclared page's encoding).</summary>
    internal static bool IsValidUtf8(ReadOnlySpan<byte> bytes, out bool hasNonAscii)
    {
#if NET8_0_OR_GREATER
        hasNonAscii = bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) >= 0;
        return !hasNonAscii || System.Text.Unicode.Utf8.IsValid(bytes);
#else
        hasNonAscii = false;
        foreach (var b in bytes)
        {
            if (b >= 0x80)
            {
                hasNonAscii = true;
                break;
            }
        }
        if (!hasNonAscii) return true;
        Decode(Utf8, bytes, out var invalid);
        return invalid == 0;
#endif
    }

    /// <summary>A replacement fallback (U+FFFD) that counts how often it was used.</summary>
    private sealed class CountingFallback : DecoderFallback
    {
        public int Count;

        public override int MaxCharCount => 1;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

        private sealed class Buffer : DecoderFallbackBuffer
        {
            private readonly CountingFallback _owner;
            private int _remaining;

            public Buffer(CountingFallback owner) => _owner = owner;

            public override int Remaining => _remaining;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                _owner.Count++;
                _remaining = 1;
                return true;
            }

            public override char GetNextChar()
            {
                if (_remaining == 0) return '\0';
                _remaining--;
                return '\uFFFD';
            }

            public override bool MovePrevious()
            {
                if (_remaining != 0) return false;
                _remaining = 1;
                return true;
            }

            public override void Reset() => _remaining = 0;
        }
    }
}
