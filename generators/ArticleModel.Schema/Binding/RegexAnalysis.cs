using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ArticleModel.Schema.Binding;

/// <summary>Checks schema regexes and finds the literal every match must contain (the prefilter).</summary>
internal static class RegexAnalysis
{
    /// <summary>The .NET options for schema flags: always CultureInvariant, plus IgnoreCase / Multiline.</summary>
    public static RegexOptions ToOptions(RegexFlags flags)
    {
        var options = RegexOptions.CultureInvariant;
        if ((flags & RegexFlags.IgnoreCase) != 0) options |= RegexOptions.IgnoreCase;
        if ((flags & RegexFlags.Multiline) != 0) options |= RegexOptions.Multiline;
        return options;
    }

    /// <summary>The named (non-numeric) groups of a compiled regex, in group-number order.</summary>
    public static string[] NamedGroups(Regex regex)
    {
        var names = new List<string>();
        foreach (var name in regex.GetGroupNames())
        {
            if (!int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out _)) names.Add(name);
        }
        return names.ToArray();
    }

    /// <summary>
    /// A literal substring every match of <paramref name="pattern"/> contains, or null when none is known. Conservative:
    /// only runs of literal characters at the top level (outside groups and classes) count; a character followed by a
    /// quantifier that allows zero ('?', '*', '{0') ends the run without it, one followed by '+' or '{n' (n ≥ 1) counts once
    /// and ends the run; any top-level '|' or an inline option group gives null. Of the runs found, the longest is taken
    /// (the first of equal length): the longer the literal, the more blocks the vectorised prefilter skips without running the regex. With IgnoreCase only ASCII characters
    /// count, and not 'k'/'K' (which also match the Kelvin sign), since the prefilter compares with OrdinalIgnoreCase.
    /// </summary>
    public static string? RequiredLiteral(string pattern, RegexFlags flags)
    {
        try
        {
            return Scan(pattern, (flags & RegexFlags.IgnoreCase) != 0);
        }
        catch (IndexOutOfRangeException)
        {
            return null;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static string? Scan(string p, bool ignoreCase)
    {
        var n = p.Length;
        string best = string.Empty;
        var cur = new StringBuilder();

        void Flush()
        {
            if (ignoreCase)
            {
                // Keep only pieces OrdinalIgnoreCase compares exactly like the regex does.
                var piece = new StringBuilder();
                foreach (var ch in cur.ToString())
                {
                    if (ch > 127 || ch == 'k' || ch == 'K')
                    {
                        Consider(piece.ToString());
                        piece.Clear();
                    }
                    else
                    {
                        piece.Append(ch);
                    }
                }
                Consider(piece.ToString());
            }
            else
            {
                Consider(cur.ToString());
            }
            cur.Clear();
        }

        void Consider(string run)
        {
            if (run.Length > best.Length) best = run;
        }

        var i = 0;
        while (i < n)
        {
            var c = p[i];
            switch (c)
            {
                case '|':
                    return null;
                case ')':
                    return null;
                case '(':
                    if (i + 2 < n && p[i + 1] == '?' && "imnsx-".IndexOf(p[i + 2]) >= 0) return null;
                    Flush();
                    i = SkipGroup(p, i);
                    if (i < 0) return null;
                    i = SkipQuantifier(p, i, out _);
                    continue;
                case '[':
                    Flush();
                    i = SkipClass(p, i);
                    if (i < 0) return null;
                    i = SkipQuantifier(p, i, out _);
                    continue;
                case '.':
                case '^':
                case '$':
                case '*':
                case '+':
                case '?':
                    Flush();
                    i = SkipQuantifier(p, i + 1, out _);
                    continue;
                case '\\':
                    {
                        if (i + 1 >= n) return null;
                        var e = p[i + 1];
                        var j = i + 2;
                        char literal;
                        if (char.IsLetterOrDigit(e))
                        {
                            switch (e)
                            {
                                case 'n': literal = '\n'; break;
                                case 't': literal = '\t'; break;
                                case 'r': literal = '\r'; break;
                                case 'f': literal = '\f'; break;
                                case 'v': literal = '\v'; break;
                                case 'e': literal = '\u001B'; break;
                                case 'a': literal = '\a'; break;
                                case 'x' when j + 2 <= n && IsHex(p, j, 2):
                                    literal = (char)int.Parse(p.Substring(j, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                                    j += 2;
                                    break;
                                case 'u' when j + 4 <= n && IsHex(p, j, 4):
                                    literal = (char)int.Parse(p.Substring(j, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                                    j += 4;
                                    break;
                                default:
                                    // Classes, anchors, back-references, \p{..}, \k<..>, \c: not literal text.
                                    Flush();
                                    if ((e == 'p' || e == 'P') && j < n && p[j] == '{')
                                    {
                                        var close = p.IndexOf('}', j);
                                        if (close < 0) return null;
                                        j = close + 1;
                                    }
                                    else if (e == 'k' && j < n && (p[j] == '<' || p[j] == '\'' || p[j] == '{'))
                                    {
                                        var close = p.IndexOfAny(new[] { '>', '\'', '}' }, j + 1);
                                        if (close < 0) return null;
                                        j = close + 1;
                                    }
                                    else if (e == 'c')
                                    {
                                        j++;
                                    }
                                    else if (char.IsDigit(e))
                                    {
                                        while (j < n && char.IsDigit(p[j])) j++;
                                    }
                                    i = SkipQuantifier(p, j, out _);
                                    continue;
                            }
                        }
                        else
                        {
                            literal = e;
                        }
                        i = AddLiteral(literal, j);
                        continue;
                    }
                default:
                    i = AddLiteral(c, i + 1);
                    continue;
            }
        }
        Flush();
        return best.Length == 0 ? null : best;

        int AddLiteral(char ch, int next)
        {
            var after = SkipQuantifier(p, next, out var kind);
            switch (kind)
            {
                case Quantifier.None:
                case Quantifier.One:
                    cur.Append(ch);
                    break;
                case Quantifier.Optional:
                    Flush();
                    break;
                default:
                    cur.Append(ch);
                    Flush();
                    break;
            }
            return after;
        }
    }

    private enum Quantifier
    {
        None,
        One,
        Optional,
        Repeated,
    }

    private static bool IsHex(string p, int start, int count)
    {
        for (var k = start; k < start + count; k++)
        {
            if (!Uri.IsHexDigit(p[k])) return false;
        }
        return true;
    }

    /// <summary>Skips a quantifier (and its lazy '?') at <paramref name="i"/>, telling what it allows.</summary>
    private static int SkipQuantifier(string p, int i, out Quantifier kind)
    {
        kind = Quantifier.None;
        if (i >= p.Length) return i;
        var c = p[i];
        int end;
        if (c == '?' || c == '*')
        {
            kind = Quantifier.Optional;
            end = i + 1;
        }
        else if (c == '+')
        {
            kind = Quantifier.Repeated;
            end = i + 1;
        }
        else if (c == '{' && TryParseBraces(p, i, out var min, out var max, out end))
        {
            kind = min == 0 ? Quantifier.Optional : (min == 1 && max == 1 ? Quantifier.One : Quantifier.Repeated);
        }
        else
        {
            return i;
        }
        if (end < p.Length && p[end] == '?') end++;
        return end;
    }

    /// <summary>Parses <c>{n}</c>, <c>{n,}</c>, <c>{n,m}</c>; anything else is a literal '{' in .NET.</summary>
    private static bool TryParseBraces(string p, int i, out int min, out int max, out int end)
    {
        min = max = 0;
        end = i;
        var j = i + 1;
        var start = j;
        while (j < p.Length && char.IsDigit(p[j])) j++;
        if (j == start || j >= p.Length) return false;
        if (!int.TryParse(p.Substring(start, j - start), NumberStyles.None, CultureInfo.InvariantCulture, out min)) min = int.MaxValue;
        max = min;
        if (p[j] == ',')
        {
            j++;
            var s2 = j;
            while (j < p.Length && char.IsDigit(p[j])) j++;
            max = j == s2 ? int.MaxValue : (int.TryParse(p.Substring(s2, j - s2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : int.MaxValue);
        }
        if (j >= p.Length || p[j] != '}') return false;
        end = j + 1;
        return true;
    }

    /// <summary>Index just past the group opening at <paramref name="i"/>, or -1.</summary>
    private static int SkipGroup(string p, int i)
    {
        if (i + 2 < p.Length && p[i + 1] == '?' && p[i + 2] == '#')
        {
            var close = p.IndexOf(')', i);
            return close < 0 ? -1 : close + 1;
        }
        var depth = 0;
        var j = i;
        while (j < p.Length)
        {
            var c = p[j];
            if (c == '\\')
            {
                j += 2;
                continue;
            }
            if (c == '[')
            {
                j = SkipClass(p, j);
                if (j < 0) return -1;
                continue;
            }
            if (c == '(')
            {
                if (j + 2 < p.Length && p[j + 1] == '?' && p[j + 2] == '#')
                {
                    var close = p.IndexOf(')', j);
                    if (close < 0) return -1;
                    j = close + 1;
                    continue;
                }
                depth++;
            }
            else if (c == ')')
            {
                depth--;
                if (depth == 0) return j + 1;
            }
            j++;
        }
        return -1;
    }

    /// <summary>Index just past the character class opening at <paramref name="i"/>, or -1.</summary>
    private static int SkipClass(string p, int i)
    {
        var j = i + 1;
        if (j < p.Length && p[j] == '^') j++;
        if (j < p.Length && p[j] == ']') j++;
        while (j < p.Length)
        {
            var c = p[j];
            if (c == '\\')
            {
                j += 2;
                continue;
            }
            if (c == '[' && j + 1 < p.Length && p[j + 1] == ':')
            {
                // .NET reads "[:name:]" inside a class as one unit.
                var k = j + 2;
                while (k < p.Length && char.IsLetterOrDigit(p[k])) k++;
                if (k + 1 < p.Length && p[k] == ':' && p[k + 1] == ']')
                {
                    j = k + 2;
                    continue;
                }
                j++;
                continue;
            }
            if (c == '-' && j + 1 < p.Length && p[j + 1] == '[')
            {
                // Class subtraction: [a-z-[aeiou]].
                j = SkipClass(p, j + 1);
                if (j < 0) return -1;
                continue;
            }
            if (c == ']') return j + 1;
            j++;
        }
        return -1;
    }
}
