using System;

namespace ArticleModel;

/// <summary>
/// A document's non-blank lines in 8 bytes a line instead of a <see cref="TextLine"/>'s 20 (issue 9 item 7: 25 MB for
/// 20 MB of 16-byte lines): each line's start and length, plus runs of lines that share a block and a line-number
/// offset (number − index), plus the few lines whose column is not 1. Lossless for any line list: <see cref="this[int]"/>
/// gives back exactly the <see cref="TextLine"/> it was built from. Immutable.
/// </summary>
internal sealed class LineTable
{
    private readonly int[] _starts;
    private readonly int[] _lengths;

    // Runs: from line _runFirst[r] (ascending; _runFirst[0] == 0) up to the next run, Block == _runBlock[r] and
    // Number == index + _runNumberOffset[r]. Plain text starts a run at each block.
    private readonly int[] _runFirst;
    private readonly int[] _runBlock;
    private readonly int[] _runNumberOffset;
    private readonly int _runCount;

    // Lines whose column is not 1 (leading white space), ascending, with their columns.
    private readonly int[] _columnLines;
    private readonly int[] _columns;
    private readonly int _columnCount;

    /// <summary>Made by <see cref="LineTableBuilder"/>; the arrays may be longer than their counts.</summary>
    internal LineTable(int count, int[] starts, int[] lengths, int[] runFirst, int[] runBlock, int[] runNumberOffset, int runCount,
        int[] columnLines, int[] columns, int columnCount)
    {
        Count = count;
        _starts = starts;
        _lengths = lengths;
        _runFirst = runFirst;
        _runBlock = runBlock;
        _runNumberOffset = runNumberOffset;
        _runCount = runCount;
        _columnLines = columnLines;
        _columns = columns;
        _columnCount = columnCount;
    }

    /// <summary>An empty table.</summary>
    public static readonly LineTable Empty = new LineTableBuilder(0).Build();

    /// <summary>Number of lines.</summary>
    public int Count { get; }

    /// <summary>Offset of line <paramref name="index"/>'s first character.</summary>
    public int Start(int index) => _starts[index];

    /// <summary>Length of line <paramref name="index"/>.</summary>
    public int Length(int index) => _lengths[index];

    /// <summary>Offset just past line <paramref name="index"/>.</summary>
    public int End(int index) => _starts[index] + _lengths[index];

    /// <summary>The block of line <paramref name="index"/>.</summary>
    public int Block(int index) => _runBlock[RunOf(index)];

    /// <summary>The 1-based line number of line <paramref name="index"/>.</summary>
    public int Number(int index) => index + _runNumberOffset[RunOf(index)];

    /// <summary>The 1-based column of line <paramref name="index"/>'s start.</summary>
    public int Column(int index)
    {
        // Most documents have no indented line: no search.
        if (_columnCount == 0) return 1;
        var k = Array.BinarySearch(_columnLines, 0, _columnCount, index);
        return k >= 0 ? _columns[k] : 1;
    }

    /// <summary>
    /// The first line after <paramref name="index"/> that may be in another block: the end of its run (every line
    /// before it is in the same block).
    /// </summary>
    public int RunEnd(int index)
    {
        var r = RunOf(index);
        return r + 1 < _runCount ? _runFirst[r + 1] : Count;
    }

    /// <summary>The first line of the run <paramref name="index"/> is in (every line from it is in the same block).</summary>
    public int RunStart(int index) => _runFirst[RunOf(index)];

    /// <summary>The first line after <paramref name="index"/>'s block (<see cref="Count"/> after the last block).</summary>
    /// <remarks>One search for the line's run, then a walk over the runs of its block (usually none): not a search per run.</remarks>
    public int BlockEnd(int index)
    {
        var r = RunOf(index);
        var block = _runBlock[r];
        r++;
        while (r < _runCount && _runBlock[r] == block) r++;
        return r < _runCount ? _runFirst[r] : Count;
    }

    /// <summary>The run line <paramref name="index"/> is in: where a walk over the blocks in order starts (<see cref="NextBlockEnd"/>).</summary>
    public int RunIndex(int index) => RunOf(index);

    /// <summary>
    /// For a walk over the blocks in order: the first line after the block whose first run (or a later run of it) is
    /// <paramref name="run"/>; <paramref name="run"/> moves on to the next block's first run. No search: a walk over a
    /// region costs one <see cref="RunIndex"/> and then a step per run (issue 13 item 1).
    /// </summary>
    public int NextBlockEnd(ref int run)
    {
        var block = _runBlock[run];
        run++;
        while (run < _runCount && _runBlock[run] == block) run++;
        return run < _runCount ? _runFirst[run] : Count;
    }

    /// <summary>The first line of <paramref name="index"/>'s block.</summary>
    public int BlockStart(int index)
    {
        var r = RunOf(index);
        var block = _runBlock[r];
        while (r > 0 && _runBlock[r - 1] == block) r--;
        return _runFirst[r];
    }

    /// <summary>Line <paramref name="index"/> as a <see cref="TextLine"/>.</summary>
    public TextLine this[int index]
    {
        get
        {
            var r = RunOf(index);
            return new TextLine(_starts[index], _lengths[index], index + _runNumberOffset[r], Column(index), _runBlock[r]);
        }
    }

    /// <summary>The lines as <see cref="TextLine"/>s, for <see cref="ArticleDocument.Lines"/>.</summary>
    public TextLine[] ToArray()
    {
        var lines = new TextLine[Count];
        var c = 0;
        for (var r = 0; r < _runCount; r++)
        {
            var end = r + 1 < _runCount ? _runFirst[r + 1] : Count;
            for (var i = _runFirst[r]; i < end; i++)
            {
                var column = 1;
                if (c < _columnCount && _columnLines[c] == i) column = _columns[c++];
                lines[i] = new TextLine(_starts[i], _lengths[i], i + _runNumberOffset[r], column, _runBlock[r]);
            }
        }
        return lines;
    }

    /// <summary>A table of the first <paramref name="count"/> of <paramref name="lines"/>.</summary>
    public static LineTable From(TextLine[] lines, int count)
    {
        var builder = new LineTableBuilder(count);
        for (var i = 0; i < count; i++)
        {
            ref readonly var line = ref lines[i];
            builder.Add(line.Start, line.Length, line.Number, line.Column, line.Block);
        }
        return builder.Build();
    }

    private int RunOf(int index)
    {
        if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
        int lo = 0, hi = _runCount - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (_runFirst[mid] <= index) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }
}
