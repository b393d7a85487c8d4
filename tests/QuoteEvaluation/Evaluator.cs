using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace ArticleModel.QuoteEvaluation;

/// <summary>One labelled quote of an article: its opening words, the true speaker (or null), and whether it is a scare quote.</summary>
public sealed record QuoteLabel(string Text, string? Speaker, bool Scare);

/// <summary>What one article scored.</summary>
public sealed class ArticleScore
{
    public string Name { get; init; } = "";
    public int Labelled { get; set; }            // real quotes (not scare quotes)
    public int LabelledWithSpeaker { get; set; } // real quotes whose speaker the text gives
    public int Attributed { get; set; }          // extractor quotes (matched to a real quote) given a speaker
    public int Correct { get; set; }             // ... with the right speaker
    public int Missed { get; set; }              // real quotes the extractor did not report
    public int Spurious { get; set; }            // extractor quotes matching no label
    public int ScareAsSpeech { get; set; }       // labelled scare quotes the extractor reported
    public List<string> Problems { get; } = new();
}

/// <summary>Totals over a set of articles.</summary>
public sealed class EvaluationTotals
{
    public List<ArticleScore> Articles { get; } = new();
    public int Labelled => Articles.Sum(a => a.Labelled);
    public int LabelledWithSpeaker => Articles.Sum(a => a.LabelledWithSpeaker);
    public int Attributed => Articles.Sum(a => a.Attributed);
    public int Correct => Articles.Sum(a => a.Correct);
    public int Missed => Articles.Sum(a => a.Missed);
    public int Spurious => Articles.Sum(a => a.Spurious);
    public int ScareAsSpeech => Articles.Sum(a => a.ScareAsSpeech);
    public double Precision => Attributed == 0 ? 1 : (double)Correct / Attributed;
    public double Recall => LabelledWithSpeaker == 0 ? 1 : (double)Correct / LabelledWithSpeaker;
}

/// <summary>
/// Scores <see cref="QuoteExtractor"/> against hand-labelled articles. A label matches an extracted quote when the
/// normalised label text (up to 30 characters) is a prefix of the normalised quote text. Speakers compare
/// case-insensitively, ignoring a leading “the”.
/// </summary>
public static class Evaluator
{
    public const int PrefixLength = 30;

    public static EvaluationTotals Run(string folder, Func<string, bool>? include = null)
    {
        var totals = new EvaluationTotals();
        foreach (var path in Directory.GetFiles(folder, "*.txt").OrderBy(p => p, StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (include is not null && !include(name)) continue;
            var labelsPath = Path.Combine(folder, name + ".quotes.json");
            var labels = File.Exists(labelsPath) ? ReadLabels(File.ReadAllText(labelsPath)) : new List<QuoteLabel>();
            totals.Articles.Add(Score(name, File.ReadAllText(path), labels));
        }
        return totals;
    }

    public static List<QuoteLabel> ReadLabels(string json)
    {
        var result = new List<QuoteLabel>();
        using var doc = JsonDocument.Parse(json);
        foreach (var e in doc.RootElement.EnumerateArray())
        {
            var text = e.GetProperty("text").GetString() ?? "";
            string? speaker = e.TryGetProperty("speaker", out var sp) && sp.ValueKind == JsonValueKind.String ? sp.GetString() : null;
            var scare = e.TryGetProperty("scare", out var sc) && sc.ValueKind == JsonValueKind.True;
            result.Add(new QuoteLabel(text, speaker, scare));
        }
        return result;
    }

    public static ArticleScore Score(string name, string article, List<QuoteLabel> labels)
    {
        var score = new ArticleScore { Name = name };
        var quotes = QuoteExtractor.Extract(article);
        var used = new bool[quotes.Count];
        foreach (var label in labels)
        {
            var key = Key(label.Text);
            var index = -1;
            for (var i = 0; i < quotes.Count; i++)
            {
                if (!used[i] && Key(quotes[i].Text).StartsWith(key, StringComparison.Ordinal)) { index = i; break; }
            }
            if (label.Scare)
            {
                if (index >= 0)
                {
                    used[index] = true;
                    score.ScareAsSpeech++;
                    score.Problems.Add($"scare quote reported as speech: “{label.Text}” (speaker {quotes[index].Speaker ?? "null"})");
                }
                continue;
            }
            score.Labelled++;
            if (label.Speaker is not null) score.LabelledWithSpeaker++;
            if (index < 0)
            {
                score.Missed++;
                score.Problems.Add($"missed quote: “{label.Text}” ({label.Speaker ?? "no speaker"})");
                continue;
            }
            used[index] = true;
            var got = quotes[index].Speaker;
            if (got is not null) score.Attributed++;
            if (got is not null && label.Speaker is not null && SameSpeaker(got, label.Speaker)) score.Correct++;
            else if (got is not null) score.Problems.Add($"false speaker: “{label.Text}” got {got}, expected {label.Speaker ?? "null"}");
            else if (label.Speaker is not null) score.Problems.Add($"no speaker: “{label.Text}” expected {label.Speaker}");
        }
        for (var i = 0; i < quotes.Count; i++)
        {
            if (used[i]) continue;
            score.Spurious++;
            score.Problems.Add($"spurious quote: “{Shorten(quotes[i].Text)}” (speaker {quotes[i].Speaker ?? "null"})");
        }
        return score;
    }

    public static bool SameSpeaker(string a, string b) =>
        string.Equals(StripThe(a), StripThe(b), StringComparison.OrdinalIgnoreCase);

    private static string StripThe(string s) => s.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? s.Substring(4) : s;

    private static string Shorten(string s) => s.Length <= 60 ? s : s.Substring(0, 60) + "…";

    /// <summary>Letters and digits only, lower case, typographic apostrophes folded: the first <see cref="PrefixLength"/> of them.</summary>
    public static string Key(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            if (sb.Length >= PrefixLength) break;
        }
        return sb.ToString();
    }

    public static string Report(EvaluationTotals totals, string title)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"== {title} ==");
        foreach (var a in totals.Articles)
        {
            if (a.Problems.Count == 0) continue;
            sb.AppendLine(a.Name);
            foreach (var p in a.Problems) sb.AppendLine("  " + p);
        }
        sb.AppendLine($"articles {totals.Articles.Count}, labelled quotes {totals.Labelled} ({totals.LabelledWithSpeaker} with a speaker in the text)");
        sb.AppendLine($"attributed {totals.Attributed}, correct {totals.Correct}, missed {totals.Missed}, spurious {totals.Spurious}, scare quotes as speech {totals.ScareAsSpeech}");
        sb.AppendLine($"precision {totals.Precision:F3}  recall {totals.Recall:F3}");
        return sb.ToString();
    }
}
