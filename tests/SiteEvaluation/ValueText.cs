using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SiteEvaluation;

/// <summary>Turns a field's JSON value into the string the upstream tests compare (README of the corpus).</summary>
internal static class ValueText
{
    // JavaScript's \s (the README: .NET's \s differs).
    private static readonly Regex JsWhiteSpace = new("[\t\n\v\f\r \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]+", RegexOptions.CultureInvariant);

    /// <summary>The comparable string of a field value; null when the field is absent or null.</summary>
    public static string? Of(FieldKind kind, JsonElement? value, int contentWords)
    {
        if (value is not { } v || v.ValueKind == JsonValueKind.Null) return null;
        return kind.ExpectedKey switch
        {
            "date_published" => Date(v),
            "content_first_words" => FirstWords(v, contentWords),
            _ => v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText(),
        };
    }

    /// <summary>An instant as the upstream tests write it (<c>2016-09-19T11:46:01.000Z</c>); a time without an offset is read as UTC, a date without a time stays a date (<c>2019-04-04</c>).</summary>
    private static string? Date(JsonElement v)
    {
        var text = v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText();
        if (text is null) return null;
        // A date without a time of day is a calendar date, not an instant: shown as it is, it cannot equal an instant.
        if (text.Length == 10) return text;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)
            : text;
    }

    /// <summary>The content's first <paramref name="n"/> words: paragraphs joined by a space, split at JavaScript white space.</summary>
    private static string FirstWords(JsonElement v, int n)
    {
        var sb = new StringBuilder();
        if (v.ValueKind == JsonValueKind.Array)
        {
            foreach (var p in v.EnumerateArray()) sb.Append(p.ValueKind == JsonValueKind.String ? p.GetString() : p.GetRawText()).Append(' ');
        }
        else
        {
            sb.Append(v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText());
        }
        var words = JsWhiteSpace.Split(sb.ToString().Trim(JsWhiteSpaceChars));
        var count = Math.Min(n, words.Length);
        return string.Join(" ", words, 0, count).Trim();
    }

    private static readonly char[] JsWhiteSpaceChars =
        "\t\n\v\f\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF".ToCharArray();
}
