using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ArticleModel.CompilerServices;

// Value transforms (docs/schema-language.md §5.3): applied to each value's text before it is converted.
public sealed partial class ParseContext
{
    /// <summary>
    /// Runs a field's (or record member's) transform pipeline on found text. Text that is empty or white space
    /// afterwards counts as not found. When the steps only removed characters from the ends (and changed case), the
    /// span narrows to what is left; when one rewrote the middle (<c>replace</c>, <c>collapse</c>), it stays the
    /// found text's span.
    /// </summary>
    public FoundText Transform(FoundText found, TextTransform[] steps, string field)
    {
        if (!found.Found || steps.Length == 0) return found;
        var text = found.Text!;
        if (!HasSplit(steps)) return Run(found, text, text.Length, 0, false, steps, 0, field, null);
        // A single value takes the first piece that is left after the later steps.
        var pieces = new List<FoundText>();
        Run(found, text, text.Length, 0, false, steps, 0, field, pieces);
        return pieces.Count == 0 ? default : pieces[0];
    }

    /// <summary>
    /// <see cref="Transform(FoundText, TextTransform[], string)"/> on each item; items left empty are dropped, and a
    /// <c>split</c> step turns an item into several.
    /// </summary>
    public FoundText[] Transform(FoundText[] found, TextTransform[] steps, string field)
    {
        if (found.Length == 0 || steps.Length == 0) return found;
        if (HasSplit(steps))
        {
            var pieces = new List<FoundText>(found.Length);
            foreach (var x in found)
            {
                if (!x.Found) continue;
                var text = x.Text!;
                Run(x, text, text.Length, 0, false, steps, 0, field, pieces);
            }
            return pieces.ToArray();
        }
        var result = new FoundText[found.Length];
        var n = 0;
        foreach (var x in found)
        {
            var y = Transform(x, steps, field);
            if (y.Found) result[n++] = y;
        }
        return Trim(result, n);
    }

    private static bool HasSplit(TextTransform[] steps)
    {
        foreach (var step in steps)
        {
            if (step.Kind == TextTransformKind.Split) return true;
        }
        return false;
    }

    /// <summary>
    /// Runs <paramref name="steps"/> from <paramref name="from"/> on <paramref name="text"/>, which starts
    /// <paramref name="offset"/> characters into the found text (unless a step <paramref name="rewritten"/> it). A
    /// <c>split</c> runs the later steps on each piece and adds every result to <paramref name="pieces"/> (never null
    /// when the steps have a split); without one the result is returned and also added there when it is given.
    /// </summary>
    private FoundText Run(FoundText found, string text, int foundLength, int offset, bool rewritten, TextTransform[] steps, int from, string field, List<FoundText>? pieces)
    {
        for (var i = from; i < steps.Length; i++)
        {
            var step = steps[i];
            switch (step.Kind)
            {
                case TextTransformKind.Split:
                {
                    foreach (var (start, length) in SplitPoints(step.Regex!, text, field, found))
                    {
                        var a = start;
                        var b = start + length;
                        while (a < b && WhiteSpace.IsWhite(text[a])) a++;
                        while (b > a && WhiteSpace.IsWhite(text[b - 1])) b--;
                        if (a == b) continue;
                        Run(found, text.Substring(a, b - a), foundLength, offset + a, rewritten, steps, i + 1, field, pieces);
                    }
                    return default;
                }
                case TextTransformKind.Trim:
                {
                    var chars = step.Text!;
                    var a = 0;
                    var b = text.Length;
                    while (a < b && chars.IndexOf(text[a]) >= 0) a++;
                    while (b > a && chars.IndexOf(text[b - 1]) >= 0) b--;
                    if (a > 0 || b < text.Length) text = text.Substring(a, b - a);
                    offset += a;
                    break;
                }
                case TextTransformKind.TrimPrefix:
                    if (text.StartsWith(step.Text!, StringComparison.Ordinal))
                    {
                        text = text.Substring(step.Text!.Length);
                        offset += step.Text.Length;
                    }
                    break;
                case TextTransformKind.TrimSuffix:
                    if (text.EndsWith(step.Text!, StringComparison.Ordinal)) text = text.Substring(0, text.Length - step.Text!.Length);
                    break;
                case TextTransformKind.Collapse:
                {
                    var collapsed = TextNormalizer.Normalize(text.AsSpan());
                    if (collapsed == text) break;
                    // Only white space at the ends removed: the span still narrows.
                    var lead = 0;
                    while (lead < text.Length && WhiteSpace.IsWhite(text[lead])) lead++;
                    if (string.CompareOrdinal(text, lead, collapsed, 0, collapsed.Length) == 0 &&
                        (lead + collapsed.Length == text.Length || WhiteSpace.IsWhite(text[lead + collapsed.Length])))
                    {
                        offset += lead;
                    }
                    else
                    {
                        rewritten = true;
                    }
                    text = collapsed;
                    break;
                }
                case TextTransformKind.Lowercase:
                    text = text.ToLowerInvariant();
                    break;
                case TextTransformKind.Uppercase:
                    text = text.ToUpperInvariant();
                    break;
                case TextTransformKind.Titlecase:
                    text = TextTransform.ToTitleCase(text);
                    break;
                case TextTransformKind.Replace:
                {
                    var replaced = Replace(step.Regex!, text, step.Text!, foundLength, field, found);
                    if (!ReferenceEquals(replaced, text) && replaced != text) rewritten = true;
                    text = replaced;
                    break;
                }
            }
        }
        var result = Finish(found, text, offset, rewritten);
        if (result.Found) pieces?.Add(result);
        return result;
    }

    private FoundText Finish(FoundText found, string text, int offset, bool rewritten)
    {
        if (IsBlank(text)) return default;
        // Text from another reader (an HTML value) keeps its span: it is not a range of the document text to narrow.
        if (rewritten || found.PageSpan is not null || (offset == 0 && text.Length == found.Text!.Length))
            return found.WithText(text);
        var (start, length) = MapNormalized(found, offset, offset + text.Length);
        return new FoundText(text, found.Hit, start, length, fromLines: false, found.Match);
    }

    /// <summary>
    /// The pieces <c>split</c> cuts <paramref name="text"/> into (start, length), in order. A backtracking pattern runs
    /// under the parse's time budget like <c>replace</c>; when it cannot run, the text stays one piece.
    /// </summary>
    private List<(int Start, int Length)> SplitPoints(Regex regex, string text, string field, FoundText found)
    {
        var pieces = new List<(int, int)>();
        var last = 0;
        var backtracking = SchemaRegex.IsBacktracking(regex);
        if (backtracking && _budgetTicks <= 0)
        {
            Replace(regex, text, "", text.Length, field, found); // reports the spent budget once
            pieces.Add((0, text.Length));
            return pieces;
        }
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            for (var m = regex.Match(text); m.Success; m = m.NextMatch())
            {
                if (m.Length == 0) continue; // an empty separator would cut between every character
                pieces.Add((last, m.Index - last));
                last = m.Index + m.Length;
            }
            pieces.Add((last, text.Length - last));
        }
        catch (RegexMatchTimeoutException)
        {
            Report(new ArticleDiagnostic(DiagnosticIds.RegexTimeout, DiagnosticSeverity.Warning,
                $"field '{field}': the pattern ran longer than {SchemaRegex.MatchTimeout.TotalSeconds:0.#} s on this value and was abandoned (it needs the backtracking engine; see AM0142)", Span(found), field));
            pieces.Clear();
            pieces.Add((0, text.Length));
        }
        finally
        {
            if (backtracking) _budgetTicks -= System.Diagnostics.Stopwatch.GetTimestamp() - started;
        }
        return pieces;
    }

    /// <summary>The text of a record member's group, for its transforms: nothing when the group took no part.</summary>
    public FoundText FromGroup(Match match, string group)
    {
        var g = match.Groups[group];
        if (!g.Success) return default;
        return new FoundText(CaptureText(g), Hit.None, g.Index, g.Length, fromLines: false, match);
    }

    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!WhiteSpace.IsWhite(c)) return false;
        }
        return true;
    }

    /// <summary>
    /// The longest text a value's <c>replace</c> steps may make of a found text of <paramref name="foundLength"/>
    /// characters: four times it plus 4,096. Without a bound, <c>replace(/a/, "aa")</c> chained 40 times doubles the
    /// value 40 times (terabytes), and one replacement of every empty match makes a value too long for JSON.
    /// </summary>
    internal static long MaxReplacedLength(int foundLength) => 4L * foundLength + 4096;

    /// <summary>
    /// <c>replace</c>: non-backtracking patterns just run; backtracking ones run under the parse's time budget, like
    /// every other schema pattern (a timeout or a spent budget leaves the text as it is, with AM3003/AM3005). A result
    /// longer than <see cref="MaxReplacedLength"/> of the found text leaves the text as it is too (AM3026).
    /// </summary>
    private string Replace(Regex regex, string text, string replacement, int foundLength, string field, FoundText found)
    {
        if (!SchemaRegex.IsBacktracking(regex)) return ReplaceBounded(regex, text, replacement, foundLength, field, found);
        if (_budgetTicks <= 0)
        {
            if (!_budgetReported)
            {
                _budgetReported = true;
                Report(new ArticleDiagnostic(DiagnosticIds.ParseTimeBudgetExhausted, DiagnosticSeverity.Warning,
                    $"field '{field}': the parse's time budget for backtracking patterns ({SchemaRegex.ParseBudget.TotalSeconds:0.#} s) is used up; this and later backtracking patterns of the parse were not run",
                    Span(found), field));
            }
            return text;
        }
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            return ReplaceBounded(regex, text, replacement, foundLength, field, found);
        }
        catch (RegexMatchTimeoutException)
        {
            Report(new ArticleDiagnostic(DiagnosticIds.RegexTimeout, DiagnosticSeverity.Warning,
                $"field '{field}': the pattern ran longer than {SchemaRegex.MatchTimeout.TotalSeconds:0.#} s on this value and was abandoned (it needs the backtracking engine; see AM0142)", Span(found), field));
            return text;
        }
        finally
        {
            _budgetTicks -= System.Diagnostics.Stopwatch.GetTimestamp() - started;
        }
    }

    private string ReplaceBounded(Regex regex, string text, string replacement, int foundLength, string field, FoundText found)
    {
        // An empty replacement only removes text. Otherwise the result is built match by match (the matches
        // Regex.Replace visits; Match.Result substitutes $1, ${name} and $$ as it does) and given up as soon as what is built
        // plus the rest of the text is over the bound.
        if (replacement.Length == 0) return regex.Replace(text, replacement);
        var m = regex.Match(text);
        if (!m.Success) return text;
        var limit = MaxReplacedLength(foundLength);
        var result = new System.Text.StringBuilder(text.Length);
        var last = 0;
        while (m.Success)
        {
            result.Append(text, last, m.Index - last);
            result.Append(m.Result(replacement));
            last = m.Index + m.Length;
            if (result.Length + (text.Length - last) > limit)
            {
                Report(new ArticleDiagnostic(DiagnosticIds.TransformResultTooLong, DiagnosticSeverity.Warning,
                    $"field '{field}': a replace step would make the value longer than {limit} characters (four times the {foundLength} found, plus 4,096); the value was left as it was before that step",
                    Span(found), field));
                return text;
            }
            m = m.NextMatch();
        }
        result.Append(text, last, text.Length - last);
        return result.ToString();
    }
}
