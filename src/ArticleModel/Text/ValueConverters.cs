using System;
using System.Globalization;

namespace ArticleModel;

/// <summary>
/// Conversions from extracted text to the schema's value types (<c>int</c>, <c>date</c>, <c>url</c>, <c>handle</c>),
/// used by generated parsers and the interpreter. Culture-invariant, thread-safe, and they never throw: a value that
/// does not convert gives <see langword="false"/>. Every method ignores white space at both ends of its input.
/// </summary>
public static class ValueConverters
{
    private const int MaxHandleLength = 50;

    /// <summary>
    /// Parses a plain integer: ASCII digits with an optional leading <c>+</c> or <c>-</c>. No thousands separators,
    /// decimals, exponents or white space inside. False on overflow.
    /// </summary>
    public static bool TryParseInt(string? text, out int value)
    {
        value = 0;
        if (text is null) return false;
        var s = WhiteSpace.Trim(text.AsSpan());
        if (s.IsEmpty) return false;
        var negative = false;
        var i = 0;
        if (s[0] == '+' || s[0] == '-')
        {
            negative = s[0] == '-';
            i = 1;
            if (s.Length == 1) return false;
        }
        long result = 0;
        for (; i < s.Length; i++)
        {
            var d = s[i] - '0';
            if ((uint)d > 9) return false;
            result = result * 10 + d;
            if (result > 2147483648L) return false;
        }
        if (negative) result = -result;
        if (result > int.MaxValue) return false;
        value = (int)result;
        return true;
    }

    /// <summary>
    /// Parses a date as articles write it (ISO 8601, RFC 1123/822, English news forms; see
    /// <see cref="ArticleDate.TryParse(string?, out ArticleDate)"/> and docs/schema-language.md, "Dates"). The value keeps
    /// only what the text gave: a date without a time stays a date, a time without a zone has no offset.
    /// </summary>
    public static bool TryParseDate(string? text, out ArticleDate value) => ArticleDate.TryParse(text, out value);

    /// <summary>
    /// Parses an absolute <c>http</c> or <c>https</c> URL with a host. A protocol-relative <c>//host/path</c> is taken
    /// as <c>https:</c>. False for relative URLs, other schemes and text with white space inside.
    /// </summary>
    public static bool TryParseUrl(string? text, out Uri? value)
    {
        value = null;
        if (text is null) return false;
        var s = WhiteSpace.Trim(text.AsSpan());
        if (s.Length < 3) return false;
        foreach (var c in s)
        {
            if (WhiteSpace.IsWhite(c)) return false;
        }
        var candidate = s.StartsWith("//".AsSpan(), StringComparison.Ordinal)
            ? "https:" + s.ToString()
            : s.Length == text.Length ? text : s.ToString();
        try
        {
            if (!Uri.TryCreate(candidate, UriKind.Absolute, out var uri)) return false;
            if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) return false;
            if (string.IsNullOrEmpty(uri.Host)) return false;
            value = uri;
            return true;
        }
        catch (Exception e) when (e is UriFormatException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>
    /// Parses a social-media handle: one optional leading <c>@</c> is removed, and what is left must be 1 to 50 of
    /// <c>A–Z</c>, <c>a–z</c>, <c>0–9</c>, <c>_</c> and <c>.</c>. <paramref name="value"/> is the handle without <c>@</c>
    /// (<see cref="string.Empty"/> when false).
    /// </summary>
    public static bool TryParseHandle(string? text, out string value)
    {
        value = string.Empty;
        if (text is null) return false;
        var s = WhiteSpace.Trim(text.AsSpan());
        if (!s.IsEmpty && s[0] == '@') s = s.Slice(1);
        if (s.IsEmpty || s.Length > MaxHandleLength) return false;
        foreach (var c in s)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.')) return false;
        }
        value = s.Length == text.Length ? text : s.ToString();
        return true;
    }
}
