using System;
using System.Globalization;
using System.Text;

namespace WebArticleEvaluation;

/// <summary>How a value is compared with the corpus's expected value, and what kind of miss a difference is.</summary>
internal static class Comparison
{
    /// <summary>An instant as the upstream tests write it (<c>2016-09-19T11:46:01.000Z</c>); a time without an offset is read as UTC.</summary>
    public static string? Instant(string? text)
    {
        if (text is null) return null;
        if (text.Length == 10) return text;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)
            : text;
    }

    /// <summary>
    /// Whether extracted content starts with the expected first words. White space is left out on both sides: the
    /// upstream values join an element's text without the break a block boundary makes ("186 cmAvailable"), which is
    /// a difference of rendering, not of extraction.
    /// </summary>
    public static bool ContentStartsWith(string? content, string expected)
    {
        if (content is null) return false;
        var want = Squeeze(System.Net.WebUtility.HtmlDecode(expected));
        var got = Squeeze(content);
        return got.StartsWith(want, StringComparison.Ordinal);
    }

    /// <summary>The kind of a miss, for the list of misses.</summary>
    public static string KindOf(string field, string? got, string expected, bool notArticle)
    {
        if (notArticle && field == "content") return "judged not an article";
        if (got is null) return "not found";
        if (field == "content")
        {
            var want = Squeeze(expected);
            var have = Squeeze(got);
            if (have.Contains(want.Length > 40 ? want.Substring(0, 40) : want)) return "starts elsewhere (extra text before)";
            return "other text";
        }
        if (field == "date")
        {
            if (got.Length >= 10 && expected.Length >= 10 && string.CompareOrdinal(got, 0, expected, 0, 10) == 0) return "same day, other time or zone";
            return "other date";
        }
        if (string.Equals(got, expected, StringComparison.OrdinalIgnoreCase)) return "case differs";
        if (expected.Contains(got) || got.Contains(expected)) return "partial (one contains the other)";
        return "other value";
    }

    private static string Squeeze(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c)) sb.Append(c);
        }
        return sb.ToString();
    }
}
