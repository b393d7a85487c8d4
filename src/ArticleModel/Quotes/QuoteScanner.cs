using System;
using System.Collections.Generic;

namespace ArticleModel.Quotes;

/// <summary>One quoted piece of a paragraph: the text between an opening mark and its closing mark (or the paragraph end).</summary>
internal struct QuotePiece
{
    /// <summary>Index of the opening mark in the paragraph text.</summary>
    public int OpenMark;

    /// <summary>First character inside the marks.</summary>
    public int ContentStart;

    /// <summary>Just past the last character inside the marks.</summary>
    public int ContentEnd;

    /// <summary>Index of the closing mark, or -1 when the paragraph ended first.</summary>
    public int CloseMark;

    /// <summary>True when the primary marks are single quotes (British style).</summary>
    public bool Single;

    public readonly bool Closed => CloseMark >= 0;
}

/// <summary>
/// Finds the primary quoted pieces of one paragraph in a single left-to-right pass: curly and straight double and
/// single quotes, one level of nesting, apostrophes told apart from closing single quotes.
/// </summary>
internal static class QuoteScanner
{
    private enum Mark { None, DoubleOpen, DoubleClose, SingleOpen, SingleClose }

#if NET8_0_OR_GREATER
    private static readonly System.Buffers.SearchValues<char> MarkChars =
        System.Buffers.SearchValues.Create("\"'\u201C\u201D\u201E\u2018\u2019");
#endif

    public static List<QuotePiece> Scan(ParagraphText s) => Scan(s, QuoteMarks.All);

    /// <summary>True when <paramref name="s"/> has a character that can be a quote mark of any kind: one vectorised search.</summary>
    public static bool HasMark(ReadOnlySpan<char> s)
    {
#if NET8_0_OR_GREATER
        return s.IndexOfAny(MarkChars) >= 0;
#else
        foreach (var c in s)
        {
            if (c is '"' or '\'' or '\u201C' or '\u201D' or '\u201E' or '\u2018' or '\u2019') return true;
        }
        return false;
#endif
    }

    /// <summary>True when <paramref name="c"/> is a mark of a kind <paramref name="marks"/> includes.</summary>
    private static bool Counts(char c, QuoteMarks marks) => c switch
    {
        '\u201C' or '\u201D' or '\u201E' => (marks & QuoteMarks.CurlyDouble) != 0,
        '"' => (marks & QuoteMarks.StraightDouble) != 0,
        '\u2018' or '\u2019' => (marks & QuoteMarks.CurlySingle) != 0,
        '\'' => (marks & QuoteMarks.StraightSingle) != 0,
        _ => false,
    };

    public static List<QuotePiece> Scan(ParagraphText s, QuoteMarks marks) => Scan(s, marks, new List<QuotePiece>());

    /// <summary>Scans <paramref name="s"/> into <paramref name="pieces"/> (cleared first: a list reused from an earlier paragraph).</summary>
    public static List<QuotePiece> Scan(ParagraphText s, QuoteMarks marks, List<QuotePiece> pieces)
    {
        pieces.Clear();
        var depth = 0;           // 0 outside, 1 inside a primary quote, 2 inside a nested one
        var primarySingle = false;
        var open = -1;
        var nextCloser = -1;     // cached: next ’ or ' that could close a single quote (monotonic, so linear overall)
        for (var i = 0; i < s.Length; i++)
        {
#if NET8_0_OR_GREATER
            var skip = s.AsSpan(i).IndexOfAny(MarkChars);
            if (skip < 0) break;
            i += skip;
#endif
            var c = s[i];
            if (c != '"' && c != '\'' && c != '\u201C' && c != '\u201D' && c != '\u201E' && c != '\u2018' && c != '\u2019') continue;
            if (marks != QuoteMarks.All && !Counts(c, marks)) continue;
            var mark = Classify(s, i, depth > 0 && (primarySingle || depth == 2), ref nextCloser);
            switch (depth)
            {
                case 0:
                    if (mark == Mark.DoubleOpen || mark == Mark.SingleOpen)
                    {
                        depth = 1;
                        primarySingle = mark == Mark.SingleOpen;
                        open = i;
                    }
                    break;
                case 1:
                    if (!primarySingle)
                    {
                        if (mark == Mark.DoubleClose) { Add(pieces, open, i, false); depth = 0; }
                        else if (mark == Mark.DoubleOpen)
                        {
                            // A new opening mark while one is open: the earlier quote was never closed.
                            if (IsAtSentenceOrParagraphStart(s, i)) { Add(pieces, open, -1, false, i); open = i; }
                        }
                        else if (mark == Mark.SingleOpen) depth = 2;
                    }
                    else
                    {
                        if (mark == Mark.SingleClose) { Add(pieces, open, i, true); depth = 0; }
                        else if (mark == Mark.DoubleOpen) depth = 2;
                        else if (mark == Mark.SingleOpen && IsAtSentenceOrParagraphStart(s, i)) { Add(pieces, open, -1, true, i); open = i; }
                    }
                    break;
                default:
                    if (!primarySingle)
                    {
                        if (mark == Mark.SingleClose) depth = 1;
                        else if (mark == Mark.DoubleClose) { Add(pieces, open, i, false); depth = 0; }
                    }
                    else
                    {
                        if (mark == Mark.DoubleClose) depth = 1;
                    }
                    break;
            }
        }
        if (depth > 0) Add(pieces, open, -1, primarySingle, s.Length);
        return pieces;
    }

    private static void Add(List<QuotePiece> pieces, int open, int close, bool single, int end = -1)
    {
        var contentEnd = close >= 0 ? close : end;
        pieces.Add(new QuotePiece { OpenMark = open, ContentStart = open + 1, ContentEnd = contentEnd, CloseMark = close, Single = single });
    }

    private static bool IsAtSentenceOrParagraphStart(ParagraphText s, int i)
    {
        var j = i - 1;
        while (j >= 0 && s[j] == ' ') j--;
        if (j < 0) return true;
        return s[j] is '.' or '!' or '?' or ':' or '\u2014';
    }

    private static Mark Classify(ParagraphText s, int i, bool singleOpen, ref int nextCloser)
    {
        var c = s[i];
        var prev = i > 0 ? s[i - 1] : ' ';
        var next = i + 1 < s.Length ? s[i + 1] : ' ';
        switch (c)
        {
            case '\u201C':
            case '\u201E':
                return Mark.DoubleOpen;
            case '\u201D':
                return Mark.DoubleClose;
            case '"':
                if (IsOpeningContext(prev) && !WhiteSpace.IsWhite(next)) return Mark.DoubleOpen;
                return Mark.DoubleClose;
            case '\u2018':
                if (char.IsDigit(next) || IsElision(s, i + 1)) return Mark.None;
                return Mark.SingleOpen;
            case '\u2019':
            case '\'':
                if (char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next)) return Mark.None;        // Russia’s, don’t
                if (IsOpeningContext(prev))
                {
                    if (c == '\u2019' || char.IsDigit(next) || IsElision(s, i + 1) || WhiteSpace.IsWhite(next)) return Mark.None; // ’90s, ’n’, ’em
                    return Mark.SingleOpen;
                }
                if (!singleOpen) return Mark.None;
                // the Smiths’ house: a plural possessive when a later mark can still close the quote.
                if ((prev == 's' || prev == 'S') && next == ' ' && i + 2 < s.Length && char.IsLower(s[i + 2]))
                {
                    if (HasLaterCloser(s, i, ref nextCloser)) return Mark.None;
                }
                if (char.IsLetter(next)) return Mark.None;
                return Mark.SingleClose;
        }
        return Mark.None;
    }

    private static bool HasLaterCloser(ParagraphText s, int i, ref int nextCloser)
    {
        if (nextCloser > i) return nextCloser < s.Length;
        var j = nextCloser < i + 1 ? i + 1 : nextCloser;
        for (; j < s.Length; j++)
        {
            var c = s[j];
            if ((c == '\u2019' || c == '\'') && j > 0 && !WhiteSpace.IsWhite(s[j - 1]) && (j + 1 >= s.Length || !char.IsLetterOrDigit(s[j + 1])))
            {
                // A closer candidate that is not itself a possessive followed by a lower-case word.
                if (!((s[j - 1] == 's' || s[j - 1] == 'S') && j + 2 < s.Length && s[j + 1] == ' ' && char.IsLower(s[j + 2]))) break;
            }
        }
        nextCloser = j;
        return j < s.Length;
    }

    private static bool IsOpeningContext(char prev) =>
        WhiteSpace.IsWhite(prev) || prev is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/' or '\u201C' or '\u2018' or '"' or '\'' or ':';

    private static bool IsElision(ParagraphText s, int start)
    {
        var end = start;
        while (end < s.Length && end - start < 8 && char.IsLetter(s[end])) end++;
        if (end == start) return false;
        if (end < s.Length && char.IsLetter(s[end])) return false;
        var after = end < s.Length ? s[end] : ' ';
        // ’n’ in rock ’n’ roll: the letters are followed by another apostrophe.
        if (end - start == 1 && (s[start] == 'n' || s[start] == 'N') && (after == '\u2019' || after == '\'')) return true;
        if (end - start == 1) return false;
        return QuoteLexicons.Elisions.Contains(s.AsSpan(start, end - start)) && (after == ' ' || after == ',' || after == '.');
    }
}
