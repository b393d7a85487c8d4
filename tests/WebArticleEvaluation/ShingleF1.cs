using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace WebArticleEvaluation;

/// <summary>
/// Body text compared as the ScrapingHub article-extraction benchmark defines it: both texts are cut into word tokens
/// (runs of letters and digits, lower-cased), the tokens into overlapping 4-grams, and precision and recall count the
/// 4-grams the two multisets share. A text of fewer than four tokens is one shingle of all of them.
/// </summary>
internal static class ShingleF1
{
    private const int N = 4;

    /// <summary>Precision, recall and F1 of <paramref name="extracted"/> against <paramref name="gold"/>; an empty extraction scores 0.</summary>
    public static (double Precision, double Recall, double F1) Score(string? extracted, string gold)
    {
        var want = Shingles(gold);
        var got = Shingles(extracted ?? "");
        if (got.Total == 0 || want.Total == 0)
        {
            // Nothing on one side: a perfect score only when both are empty.
            var same = got.Total == want.Total ? 1 : 0;
            return (same, same, same);
        }
        var shared = 0;
        foreach (var (shingle, count) in got.Counts)
        {
            if (want.Counts.TryGetValue(shingle, out var other)) shared += Math.Min(count, other);
        }
        var precision = (double)shared / got.Total;
        var recall = (double)shared / want.Total;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    /// <summary>The word tokens of a text: runs of letters and digits, lower-cased.</summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0)
            {
                tokens.Add(sb.ToString());
                sb.Clear();
            }
        }
        if (sb.Length > 0) tokens.Add(sb.ToString());
        return tokens;
    }

    private static (Dictionary<string, int> Counts, int Total) Shingles(string text)
    {
        var tokens = Tokens(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0) return (counts, 0);
        var total = 0;
        var last = Math.Max(0, tokens.Count - N);
        for (var i = 0; i <= last; i++)
        {
            var shingle = string.Join(" ", tokens.GetRange(i, Math.Min(N, tokens.Count - i)));
            counts[shingle] = counts.TryGetValue(shingle, out var c) ? c + 1 : 1;
            total++;
        }
        return (counts, total);
    }

    /// <summary>A mean as a fraction with three decimals ("0.912").</summary>
    public static string Mean(double sum, int count) => count == 0 ? "n/a" : (sum / count).ToString("0.000", CultureInfo.InvariantCulture);
}
