using System;
using System.Text;

namespace ArticleModel.Html.Decoding;

/// <summary>
/// Finds a page's encoding the way browsers do (WHATWG HTML "determining the character encoding"): byte-order mark,
/// then the transport charset, then a prescan of the first 1024 bytes for <c>&lt;meta charset&gt;</c> or
/// <c>&lt;meta http-equiv="content-type" content="…charset=…"&gt;</c>. Returns null when nothing is declared.
/// </summary>
internal static class HtmlEncodingSniffer
{
    private const int PrescanBytes = 1024;

    /// <summary>The length of a byte-order mark at the start, and the encoding it names; 0 and null when none.</summary>
    internal static int ByteOrderMark(ReadOnlySpan<byte> bytes, out Encoding? encoding)
    {
        encoding = null;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            encoding = HtmlEncodings.Utf8;
            return 3;
        }
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            encoding = HtmlEncodings.Utf16BigEndian;
            return 2;
        }
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            encoding = HtmlEncodings.Utf16LittleEndian;
            return 2;
        }
        return 0;
    }

    /// <summary>The charset label a meta element declares in the first 1024 bytes, or null. Never throws.</summary>
    internal static string? Prescan(ReadOnlySpan<byte> bytes)
    {
        var s = bytes.Length > PrescanBytes ? bytes.Slice(0, PrescanBytes) : bytes;
        var i = 0;
        while (i < s.Length)
        {
            if (s[i] != (byte)'<')
            {
                i++;
                continue;
            }
            if (StartsWith(s, i, "<!--"))
            {
                var end = IndexOf(s, i + 4, "-->");
                if (end < 0) return null;
                i = end + 3;
                continue;
            }
            if (StartsWithIgnoreCase(s, i, "<meta") && i + 5 < s.Length && IsSpaceOrSlash(s[i + 5]))
            {
                i += 5;
                var label = MetaCharset(s, ref i);
                if (label is not null) return label;
                continue;
            }
            if (i + 1 < s.Length && (IsAsciiLetter(s[i + 1]) || (s[i + 1] == '/' && i + 2 < s.Length && IsAsciiLetter(s[i + 2]))))
            {
                // Another tag: skip its attributes so their values are not read as markup.
                i++;
                while (i < s.Length && !IsSpaceOrSlash(s[i]) && s[i] != '>') i++;
                while (i < s.Length && s[i] != '>')
                {
                    if (!ReadAttribute(s, ref i, out _, out _)) break;
                }
                i++;
                continue;
            }
            if (StartsWith(s, i, "<!") || StartsWith(s, i, "</") || StartsWith(s, i, "<?"))
            {
                var end = IndexOf(s, i + 2, ">");
                if (end < 0) return null;
                i = end + 1;
                continue;
            }
            i++;
        }
        return null;
    }

    // The attributes of one meta element: charset, or http-equiv=content-type with a content charset.
    private static string? MetaCharset(ReadOnlySpan<byte> s, ref int i)
    {
        string? charset = null, content = null;
        var httpEquivContentType = false;
        while (i < s.Length && s[i] != '>')
        {
            if (!ReadAttribute(s, ref i, out var name, out var value)) break;
            if (name == "charset" && charset is null) charset = value;
            else if (name == "content" && content is null) content = value;
            else if (name == "http-equiv" && string.Equals(value, "content-type", StringComparison.OrdinalIgnoreCase)) httpEquivContentType = true;
        }
        if (i < s.Length) i++;
        if (charset is not null && charset.Trim().Length > 0) return charset.Trim();
        if (httpEquivContentType && content is not null) return CharsetFromContentType(content);
        return null;
    }

    /// <summary>The <c>charset=</c> value of a content type (<c>text/html; charset=utf-8</c>), or null.</summary>
    internal static string? CharsetFromContentType(string contentType)
    {
        var at = contentType.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var j = at + 7;
            while (j < contentType.Length && IsSpace(contentType[j])) j++;
            if (j < contentType.Length && contentType[j] == '=')
            {
                j++;
                while (j < contentType.Length && IsSpace(contentType[j])) j++;
                if (j >= contentType.Length) return null;
                var quote = contentType[j];
                if (quote is '"' or '\'')
                {
                    var end = contentType.IndexOf(quote, j + 1);
                    return end < 0 ? null : contentType.Substring(j + 1, end - j - 1);
                }
                var k = j;
                while (k < contentType.Length && !IsSpace(contentType[k]) && contentType[k] != ';') k++;
                return k > j ? contentType.Substring(j, k - j) : null;
            }
            at = contentType.IndexOf("charset", at + 7, StringComparison.OrdinalIgnoreCase);
        }
        return null;
    }

    // The spec's "get an attribute" algorithm, simplified: names and values lower-cased ASCII; false at the end of input or '>'.
    private static bool ReadAttribute(ReadOnlySpan<byte> s, ref int i, out string name, out string value)
    {
        name = value = string.Empty;
        while (i < s.Length && (IsSpace((char)s[i]) || s[i] == '/')) i++;
        if (i >= s.Length || s[i] == '>') return false;
        var nameStart = i;
        while (i < s.Length && !IsSpace((char)s[i]) && s[i] != '=' && s[i] != '>' && s[i] != '/') i++;
        name = Lower(s.Slice(nameStart, i - nameStart));
        while (i < s.Length && IsSpace((char)s[i])) i++;
        if (i >= s.Length || s[i] != '=') return true;
        i++;
        while (i < s.Length && IsSpace((char)s[i])) i++;
        if (i >= s.Length) return true;
        if (s[i] is (byte)'"' or (byte)'\'')
        {
            var quote = s[i++];
            var start = i;
            while (i < s.Length && s[i] != quote) i++;
            value = Lower(s.Slice(start, i - start));
            if (i < s.Length) i++;
            return true;
        }
        var valueStart = i;
        while (i < s.Length && !IsSpace((char)s[i]) && s[i] != '>') i++;
        value = Lower(s.Slice(valueStart, i - valueStart));
        return true;
    }

    private static string Lower(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[Math.Min(bytes.Length, 256)];
        for (var k = 0; k < chars.Length; k++)
        {
            var b = bytes[k];
            chars[k] = b is >= (byte)'A' and <= (byte)'Z' ? (char)(b + 32) : (char)b;
        }
        return new string(chars);
    }

    private static bool StartsWith(ReadOnlySpan<byte> s, int at, string value)
    {
        if (at + value.Length > s.Length) return false;
        for (var k = 0; k < value.Length; k++)
        {
            if (s[at + k] != value[k]) return false;
        }
        return true;
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> s, int at, string value)
    {
        if (at + value.Length > s.Length) return false;
        for (var k = 0; k < value.Length; k++)
        {
            var b = s[at + k];
            if (b is >= (byte)'A' and <= (byte)'Z') b += 32;
            if (b != value[k]) return false;
        }
        return true;
    }

    private static int IndexOf(ReadOnlySpan<byte> s, int from, string value)
    {
        for (var k = from; k + value.Length <= s.Length; k++)
        {
            if (StartsWith(s, k, value)) return k;
        }
        return -1;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private static bool IsSpaceOrSlash(byte b) => IsSpace((char)b) || b == '/';

    private static bool IsAsciiLetter(byte b) => b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z';
}
