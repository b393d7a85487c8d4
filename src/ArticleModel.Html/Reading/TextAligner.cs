using System;
using AngleSharp.Html;

namespace ArticleModel.Html.Reading;

/// <summary>
/// Finds where each character of a DOM text node came from in the page. AngleSharp keeps the source position of
/// elements only, so the aligner walks the page from a known position (after the element before the text) and matches
/// the node's decoded text against it: copies map one to one, a character reference (<c>&amp;amp;</c>) maps its decoded
/// characters to its whole source range, CR LF maps to the LF it became, and markup or white space the tree builder
/// dropped is skipped. When the text cannot be matched (foster-parented table text, say), it searches a bounded window
/// ahead for the text and otherwise maps the rest to an empty range at the last matched position: a span may then be
/// less precise, but it always lies inside the page.
/// </summary>
internal sealed class TextAligner
{
    private const int ResyncWindow = 4096;
    private const int ResyncProbe = 8;

    // Source steps (tags, comments, white space) skipped in a row without matching a character before the text is
    // given up as not found: a text that is not in the page (moved or made up by the tree builder) must not scan the
    // rest of the page, or a page of many such texts costs time quadratic in its size.
    internal const int MaxSkipsWithoutMatch = 4096;
    internal const int MaxSpacesWithoutMatch = 65536;

    private readonly string _source;
    private int[] _starts = new int[256];
    private int[] _ends = new int[256];

    internal TextAligner(string source) => _source = source;

    /// <summary>Loop steps of every alignment on this thread: a work count for the linearity tests.</summary>
    [ThreadStatic]
    internal static long StepsOnThisThread;

    /// <summary>Source start of each aligned character (valid up to the last aligned text's length).</summary>
    internal int[] Starts => _starts;

    /// <summary>Source end (exclusive) of each aligned character.</summary>
    internal int[] Ends => _ends;

    /// <summary>Aligns <paramref name="data"/> starting at source offset <paramref name="from"/>; returns the source offset after the last matched character.</summary>
    internal int Align(string data, int from)
    {
        if (_starts.Length < data.Length)
        {
            var size = Math.Max(data.Length, _starts.Length * 2);
            _starts = new int[size];
            _ends = new int[size];
        }
        var source = _source;
        var s = Math.Min(Math.Max(from, 0), source.Length);
        var i = 0;
        var lastMatched = s;
        var skips = 0;
        var spaces = 0;
        while (i < data.Length)
        {
            StepsOnThisThread++;
            if (s >= source.Length || skips > MaxSkipsWithoutMatch || spaces > MaxSpacesWithoutMatch)
            {
                Fill(i, data.Length, lastMatched);
                return lastMatched;
            }
            var c = source[s];
            var d = data[i];
            if (c == '<' && IsMarkupStart(s) && d != '<')
            {
                s = SkipMarkup(s);
                skips++;
                continue;
            }
            if (c == '&' && TryReference(s, data, i, out var length, out var produced))
            {
                for (var k = 0; k < produced; k++)
                {
                    _starts[i + k] = s;
                    _ends[i + k] = s + length;
                }
                i += produced;
                s += length;
                lastMatched = s;
                skips = spaces = 0;
                continue;
            }
            if (c == '\r' && d == '\n')
            {
                var length2 = s + 1 < source.Length && source[s + 1] == '\n' ? 2 : 1;
                _starts[i] = s;
                _ends[i] = s + length2;
                i++;
                s += length2;
                lastMatched = s;
                skips = spaces = 0;
                continue;
            }
            if (c == d)
            {
                _starts[i] = s;
                _ends[i] = s + 1;
                i++;
                s++;
                lastMatched = s;
                skips = spaces = 0;
                continue;
            }
            if (IsSpace(c) || c == '\0')
            {
                s++; // white space (or NUL) the tree builder dropped
                spaces++;
                continue;
            }
            if (IsSpace(d))
            {
                _starts[i] = _ends[i] = lastMatched; // white space the parser added (rare); it collapses anyway
                i++;
                continue;
            }
            var found = Resync(data, i, s);
            if (found < 0)
            {
                Fill(i, data.Length, lastMatched);
                return lastMatched;
            }
            s = found;
            skips++;
        }
        return lastMatched;
    }

    private void Fill(int from, int to, int at)
    {
        for (var k = from; k < to; k++)
        {
            _starts[k] = at;
            _ends[k] = at;
        }
    }

    // Looks a bounded way ahead for the next few characters of the text.
    private int Resync(string data, int i, int s)
    {
        var n = 0;
        while (i + n < data.Length && n < ResyncProbe && !IsSpace(data[i + n]) && data[i + n] is not ('&' or '<' or '\n')) n++;
        if (n == 0) return -1;
        var window = Math.Min(ResyncWindow, _source.Length - s);
        var k = _source.IndexOf(data.Substring(i, n), s, window, StringComparison.Ordinal);
        return k;
    }

    private bool IsMarkupStart(int s)
    {
        if (s + 1 >= _source.Length) return false;
        var n = _source[s + 1];
        return n is '/' or '!' or '?' || (n is >= 'a' and <= 'z') || (n is >= 'A' and <= 'Z');
    }

    // Skips a tag, comment, doctype or processing instruction; raw-text elements are skipped up to their end tag.
    private int SkipMarkup(int s)
    {
        var source = _source;
        if (string.CompareOrdinal(source, s, "<!--", 0, 4) == 0)
        {
            var end = source.IndexOf("-->", s + 4, StringComparison.Ordinal);
            return end < 0 ? source.Length : end + 3;
        }
        var i = s + 1;
        var isStart = i < source.Length && source[i] is not ('/' or '!' or '?');
        var nameStart = i;
        while (i < source.Length && !NestingLimiter.IsSpace(source[i]) && source[i] != '>' && (i == nameStart || source[i] != '/')) i++;
        var nameLength = i - nameStart;
        while (i < source.Length)
        {
            var c = source[i];
            if (c == '>')
            {
                i++;
                break;
            }
            if (c is '"' or '\'' && isStart)
            {
                var close = source.IndexOf(c, i + 1);
                i = close < 0 ? source.Length : close + 1;
                continue;
            }
            i++;
        }
        if (isStart && nameLength is > 0 and <= 9)
        {
            var name = source.Substring(nameStart, nameLength).ToLowerInvariant();
            if (HtmlElements.IsRawText(name)) return HtmlElements.IndexOfEndTag(source, name, i);
        }
        return i;
    }

    // A character reference at s whose decoded characters are the text's at i: its source length and how many characters it made.
    private bool TryReference(int s, string data, int i, out int length, out int produced)
    {
        length = produced = 0;
        var source = _source;
        var j = s + 1;
        string? value = null;
        if (j < source.Length && source[j] == '#')
        {
            j++;
            var hex = j < source.Length && source[j] is 'x' or 'X';
            if (hex) j++;
            var digitsStart = j;
            long code = 0;
            while (j < source.Length && (hex ? Uri.IsHexDigit(source[j]) : source[j] is >= '0' and <= '9'))
            {
                if (code <= 0x10FFFF) code = code * (hex ? 16 : 10) + (hex ? Convert.ToInt32(source[j].ToString(), 16) : source[j] - '0');
                j++;
            }
            if (j == digitsStart) return false;
            if (j < source.Length && source[j] == ';') j++;
            value = NumericValue(code);
        }
        else
        {
            var nameStart = j;
            while (j < source.Length && j - nameStart < 32 && char.IsLetterOrDigit(source[j]) && source[j] < 128) j++;
            if (j == nameStart) return false;
            if (j < source.Length && source[j] == ';')
            {
                value = HtmlEntityProvider.Resolver.GetSymbol(source.Substring(nameStart, j - nameStart + 1));
                if (value is not null) j++;
            }
            if (value is null)
            {
                // A legacy reference without ';' (&amp, &copy): the longest known prefix.
                for (var end = j; end > nameStart && value is null; end--)
                {
                    value = HtmlEntityProvider.Resolver.GetSymbol(source.Substring(nameStart, end - nameStart));
                    if (value is not null) j = end;
                }
            }
        }
        if (value is null || value.Length == 0 || i + value.Length > data.Length) return false;
        if (string.CompareOrdinal(data, i, value, 0, value.Length) != 0) return false;
        length = j - s;
        produced = value.Length;
        return true;
    }

    private static string NumericValue(long code)
    {
        if (code is >= 0x80 and <= 0x9F)
        {
            // HTML maps these to windows-1252's characters.
            var mapped = HtmlEntityProvider.GetSymbolFromTable((int)code);
            if (mapped is not null) return mapped;
        }
        if (code == 0 || code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF) return "\uFFFD";
        return char.ConvertFromUtf32((int)code);
    }

    internal static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
