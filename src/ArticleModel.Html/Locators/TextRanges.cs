using System;
using System.Collections.Generic;
using System.Text;

namespace ArticleModel.Html.Locators;

/// <summary>
/// Text of a range of the document, as the lines of a <see cref="LineSource"/> have it, with parts left out (what a
/// <c>clean:</c> selector matched): the pieces of every line inside the range, joined by one space, white space
/// collapsed the way plain-text values are. Linear in the lines and exclusions the range covers.
/// </summary>
internal static class TextRanges
{
    /// <summary>A piece of text the range kept: [Start, End) of the document text.</summary>
    internal readonly struct Piece
    {
        internal Piece(int start, int end, string text)
        {
            Start = start;
            End = end;
            Text = text;
        }

        internal int Start { get; }

        internal int End { get; }

        internal string Text { get; }
    }

    /// <summary>
    /// The normalised text of [<paramref name="start"/>, <paramref name="end"/>) minus <paramref name="excluded"/>
    /// (ranges sorted by start), and the range from the first to the last character kept; false when nothing is left.
    /// </summary>
    internal static bool TryGetText(LineSource lines, int start, int end, List<(int Start, int End)>? excluded, out Piece piece)
    {
        piece = default;
        var first = lines.FirstEndingAfter(start);
        return TryCollect(lines, first, lines.Count, start, end, excluded, ref piece);
    }

    /// <summary>
    /// The blocks of [<paramref name="start"/>, <paramref name="end"/>) minus <paramref name="excluded"/>: one piece per
    /// document block the range touches (clipped to the range), in order; blocks with nothing left are skipped.
    /// </summary>
    internal static void CollectBlocks(LineSource lines, int start, int end, List<(int Start, int End)>? excluded, List<Piece> into)
    {
        var line = lines.FirstEndingAfter(start);
        while (line < lines.Count && lines[line].Start < end)
        {
            var block = lines[line].Block;
            var blockEnd = line + 1;
            while (blockEnd < lines.Count && lines[blockEnd].Block == block && lines[blockEnd].Start < end) blockEnd++;
            var piece = default(Piece);
            if (TryCollect(lines, line, blockEnd, start, end, excluded, ref piece)) into.Add(piece);
            line = blockEnd;
        }
    }

    private static bool TryCollect(LineSource lines, int firstLine, int lineLimit, int start, int end, List<(int Start, int End)>? excluded, ref Piece piece)
    {
        var text = lines.Text;
        StringBuilder? sb = null;
        int kept0 = -1, kept1 = -1;
        var ex = 0;
        for (var i = firstLine; i < lineLimit; i++)
        {
            var line = lines[i];
            if (line.Start >= end) break;
            var s = Math.Max(line.Start, start);
            var e = Math.Min(line.End, end);
            // Cut the exclusions out of [s, e).
            while (s < e)
            {
                while (excluded is not null && ex < excluded.Count && excluded[ex].End <= s) ex++;
                var cutStart = excluded is not null && ex < excluded.Count ? Math.Max(excluded[ex].Start, s) : e;
                var pieceEnd = Math.Min(cutStart, e);
                if (pieceEnd > s)
                {
                    sb ??= new StringBuilder(Math.Min(end - start, 4096));
                    if (sb.Length > 0) sb.Append(' ');
                    sb.Append(text, s, pieceEnd - s);
                    if (kept0 < 0) kept0 = s;
                    kept1 = pieceEnd;
                }
                if (pieceEnd >= e) break;
                s = Math.Min(excluded![ex].End, e);
            }
        }
        if (sb is null) return false;
        var normalized = TextNormalizer.Normalize(sb.ToString().AsSpan());
        if (normalized.Length == 0) return false;
        // Trim the kept range to its first and last non-white characters, so spans hug the value.
        while (kept0 < kept1 && char.IsWhiteSpace(text[kept0])) kept0++;
        while (kept1 > kept0 && char.IsWhiteSpace(text[kept1 - 1])) kept1--;
        piece = new Piece(kept0, kept1, normalized);
        return true;
    }
}
