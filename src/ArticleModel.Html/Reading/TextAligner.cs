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

    // Characters aligned per step: the map of a text node is kept for a window of this many characters (plus the one
    // before), not for the whole node — two ints per character of the longest text node were 8 bytes a character of
    // a one-paragraph page (issue 9 item 7).
    internal const int WindowSize = 4096;

    private readonly string _source;
    private int[] _starts = new int[256];
    private int[] _ends = new int[256];

    // The text being aligned and where alignment stands; kept between steps so that aligning a node window by window
    // gives exactly what aligning it whole did.
    private string _data = string.Empty;
    private int _base; // the text index of window slot 0
    private int _i; // the next text index to align: [_base, _i) are in the window
    private int _s;
    private int _lastMatched;
    private int _skips;
    private int _spaces;
    private bool _givenUp; // every character from _i on maps to an empty range at _lastMatched

    internal TextAligner(string source) => _source = source;

    /// <summary>Loop steps of every alignment on this thread: a work count for the linearity tests.</summary>
    [ThreadStatic]
    internal static long StepsOnThisThread;

    /// <summary>Starts aligning <paramref name="data"/> at source offset <paramref name="from"/>; characters are aligned as <see cref="StartOf"/> and <see cref="EndOf"/> ask for them, in order.</summary>
    internal void Begin(string data, int from)
    {
        _data = data;
        _base = _i = 0;
        _s = Math.Min(Math.Max(from, 0), _source.Length);
        _lastMatched = _s;
        _skips = _spaces = 0;
        _givenUp = false;
    }

    /// <summary>Source start of character <paramref name="k"/> of the text; <paramref name="k"/> is at least the index last asked for, less one.</summary>
    internal int StartOf(int k)
    {
        AlignThrough(k);
        return k < _i ? _starts[k - _base] : _lastMatched;
    }

    /// <summary>Source end (exclusive) of character <paramref name="k"/>; the same order rule as <see cref="StartOf"/>.</summary>
    internal int EndOf(int k)
    {
        AlignThrough(k);
        return k < _i ? _ends[k - _base] : _lastMatched;
    }

    /// <summary>Aligns the rest of the text; returns the source offset after its last matched character.</summary>
    internal int Finish()
    {
        if (_data.Length > 0) AlignThrough(_data.Length - 1);
        return _lastMatched;
    }

    private void AlignThrough(int k)
    {
        while (k >= _i && !_givenUp && _i < _data.Length)
        {
            // A full window grows up to its size, then moves on, keeping its last character (a run looks one character back).
            if (_i - _base >= _starts.Length && _starts.Length < WindowSize) EnsureRoom(Math.Min(_starts.Length * 2, WindowSize));
            else if (_i - _base >= Math.Min(_starts.Length, WindowSize))
            {
                var keep = _i - 1 - _base;
                _starts[0] = _starts[keep];
                _ends[0] = _ends[keep];
                _base = _i - 1;
            }
            AlignStep(_base + Math.Min(_starts.Length, WindowSize));
        }
    }

    // Aligns characters from _i until the window holds `limit` or the text ends (a character reference may run a few
    // characters past it).
    private void AlignStep(int limit)
    {
        var data = _data;
        var source = _source;
        var s = _s;
        var i = _i;
        var lastMatched = _lastMatched;
        var skips = _skips;
        var spaces = _spaces;
        while (i < data.Length && i < limit)
        {
            StepsOnThisThread++;
            if (s >= source.Length || skips > MaxSkipsWithoutMatch || spaces > MaxSpacesWithoutMatch)
            {
                _givenUp = true;
                break;
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
                EnsureRoom(i - _base + produced);
                for (var k = 0; k < produced; k++)
                {
                    _starts[i - _base + k] = s;
                    _ends[i - _base + k] = s + length;
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
                _starts[i - _base] = s;
                _ends[i - _base] = s + length2;
                i++;
                s += length2;
                lastMatched = s;
                skips = spaces = 0;
                continue;
            }
            if (c == d)
            {
                _starts[i - _base] = s;
                _ends[i - _base] = s + 1;
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
                _starts[i - _base] = _ends[i - _base] = lastMatched; // white space the parser added (rare); it collapses anyway
                i++;
                continue;
            }
            var found = Resync(data, i, s);
            if (found < 0)
            {
                _givenUp = true;
                break;
            }
            s = found;
            skips++;
        }
        _s = s;
        _i = i;
        _lastMatched = lastMatched;
        _skips = skips;
        _spaces = spaces;
    }

    private void EnsureRoom(int slots)
    {
        if (slots <= _starts.Length) return;
        Array.Resize(ref _starts, slots);
        Array.Resize(ref _ends, slots);
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
        if (isStart && nameLength is > 0 and <= 9 && MayBeRawText(source[nameStart]))
        {
            var name = source.Substring(nameStart, nameLength).ToLowerInvariant();
            if (HtmlElements.IsRawText(name)) return HtmlElements.IndexOfEndTag(source, name, i);
        }
        return i;
    }

    // Whether a tag name starting with c can be a raw-text element's (script, style, textarea, title, xmp, iframe,
    // noembed, noframes, plaintext): the others are not made into a lower-case string each (a string per tag before).
    // A name starting with a non-ASCII letter still is: its lower case may be ASCII.
    private static bool MayBeRawText(char c) => c > 127 || (c | 0x20) is 's' or 't' or 'x' or 'i' or 'n' or 'p';

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
                if (code <= 0x10FFFF) code = code * (hex ? 16 : 10) + (hex ? HexValue(source[j]) : source[j] - '0');
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

    // A hex digit's value without a string of it (a string per digit of every &#x…; reference before).
    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

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
