using System;

namespace ArticleModel.CompilerServices;

/// <summary>
/// The parse view's lines: a document's <see cref="LineTable"/>, or the lines of it that <c>drop</c> rules left (as
/// indexes into it, 4 bytes a line, instead of a copy of the lines).
/// </summary>
internal readonly struct LineView
{
    private readonly LineTable _table;
    private readonly int[]? _kept;

    /// <summary>All the lines of <paramref name="table"/>.</summary>
    public LineView(LineTable table)
    {
        _table = table;
        _kept = null;
        Count = table.Count;
    }

    /// <summary>The lines of <paramref name="table"/> at the ascending indexes <paramref name="kept"/>.</summary>
    public LineView(LineTable table, int[] kept)
    {
        _table = table;
        _kept = kept;
        Count = kept.Length;
    }

    /// <summary>Number of lines in the view.</summary>
    public int Count { get; }

    /// <summary>The document line of view line <paramref name="index"/>.</summary>
    public int DocumentIndex(int index) => _kept is null ? index : _kept[index];

    /// <summary>Offset of a line's first character.</summary>
    public int Start(int index) => _table.Start(DocumentIndex(index));

    /// <summary>Length of a line.</summary>
    public int Length(int index) => _table.Length(DocumentIndex(index));

    /// <summary>Offset just past a line.</summary>
    public int End(int index) => _table.End(DocumentIndex(index));

    /// <summary>A line as a <see cref="TextLine"/>.</summary>
    public TextLine this[int index] => _table[DocumentIndex(index)];

    /// <summary>The view line after the last one of <paramref name="line"/>'s block, at most <paramref name="limit"/>.</summary>
    public int BlockEnd(int line, int limit)
    {
        if (_kept is null)
        {
            // Every line of the table is in the view: the table knows where the block ends.
            var blockEnd = _table.BlockEnd(line);
            return blockEnd < limit ? blockEnd : Math.Max(limit, line + 1);
        }
        var d = DocumentIndex(line);
        var block = _table.Block(d);
        var runEnd = _table.RunEnd(d);
        var end = line + 1;
        // View lines are ascending document lines: one before the end of the run is in the same block.
        while (end < limit)
        {
            var e = DocumentIndex(end);
            if (e >= runEnd)
            {
                if (_table.Block(e) != block) break;
                runEnd = _table.RunEnd(e);
            }
            end++;
        }
        return end;
    }

    /// <summary>
    /// <see cref="BlockEnd"/> for a walk over the blocks of a region in order: <paramref name="run"/> is the walk's place
    /// in the line table (-1 at the start, or after the walk jumped), so each step reads the table's runs instead of
    /// searching them. <paramref name="line"/> must be the previous step's answer, or any line when <paramref name="run"/> is -1.
    /// </summary>
    public int NextBlockEnd(int line, int limit, ref int run)
    {
        if (_kept is not null) return BlockEnd(line, limit);
        if (run < 0) run = _table.RunIndex(line);
        var blockEnd = _table.NextBlockEnd(ref run);
        return blockEnd < limit ? blockEnd : Math.Max(limit, line + 1);
    }

    /// <summary>
    /// The last view line in [<paramref name="from"/>, <paramref name="to"/>) that starts at or before
    /// <paramref name="offset"/> (<paramref name="from"/> when none does): a binary search, view lines being in text order.
    /// </summary>
    public int LineAtOrBefore(int offset, int from, int to)
    {
        int lo = from, hi = to - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (Start(mid) <= offset) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /// <summary>The first view line of <paramref name="line"/>'s block, at least <paramref name="limit"/>.</summary>
    public int BlockStart(int line, int limit)
    {
        if (_kept is null)
        {
            var blockStart = _table.BlockStart(line);
            return blockStart > limit ? blockStart : Math.Min(limit, line);
        }
        var d = DocumentIndex(line);
        var block = _table.Block(d);
        var runStart = _table.RunStart(d);
        var start = line;
        while (start > limit)
        {
            var e = DocumentIndex(start - 1);
            if (e < runStart)
            {
                if (_table.Block(e) != block) break;
                runStart = _table.RunStart(e);
            }
            start--;
        }
        return start;
    }
}
