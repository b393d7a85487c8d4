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
        var got = Squeeze(content);
        // The upstream values are sometimes written with character references, sometimes as the page shows them.
        return got.StartsWith(Squeeze(expected), StringComparison.Ordinal)
            || got.StartsWith(Squeeze(System.Net.WebUtility.HtmlDecode(expected)), StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether the expected first words are in the extracted content's first 3,000 characters (white space left out):
    /// the right article was found, though it may start with a caption or credit the corpus counts and the extractor
    /// leaves out by design ("Photo: …", "Getty Images"), or the reverse.
    /// </summary>
    public static bool ContentContains(string? content, string expected)
    {
        if (content is null) return false;
        var got = Squeeze(content.Length > 3000 ? content.Substring(0, 3000) : content);
        // Or its last 40 characters: what follows a leading caption the extractor left out.
        var want = Squeeze(expected);
        var decoded = Squeeze(System.Net.WebUtility.HtmlDecode(expected));
        return got.Contains(want, StringComparison.Ordinal) || got.Contains(decoded, StringComparison.Ordinal)
            || got.Contains(Tail(want), StringComparison.Ordinal);
    }

    // The last 40 characters of the expected words (what follows a leading caption), or all of them when shorter.
    private static string Tail(string squeezed) => squeezed.Length > 40 ? squeezed.Substring(squeezed.Length - 40) : squeezed;

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
