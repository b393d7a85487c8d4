using System;

namespace ArticleModel;

/// <summary>
/// Builds a <see cref="LineTable"/> from lines added in order. The start and length arrays are sized once from an upper
/// bound of the line count (the reader counts line breaks first) instead of growing by doubling.
/// </summary>
internal sealed class LineTableBuilder
{
    private int[] _starts;
    private int[] _lengths;
    private int _count;
    private int _lastBlock;
    private int _lastOffset;
    private int[] _runFirst;
    private int[] _runBlock;
    private int[] _runNumberOffset;
    private int _runCount;
    private int[] _columnLines = Array.Empty<int>();
    private int[] _columns = Array.Empty<int>();
    private int _columnCount;

    /// <param name="capacity">The number of lines expected (more may be added, at the cost of growing).</param>
    /// <param name="runCapacity">The number of runs expected, when the reader knows a bound (-1: up to 16, one per line).</param>
    public LineTableBuilder(int capacity, int runCapacity = -1)
    {
        _starts = new int[Math.Max(capacity, 0)];
        _lengths = new int[Math.Max(capacity, 0)];
        // A run per block, grown by doubling: 16 covers most short articles without sizing for every possible line.
        var runs = Math.Min(Math.Max(runCapacity < 0 ? capacity : runCapacity, 1), 16);
        _runFirst = new int[runs];
        _runBlock = new int[runs];
        _runNumberOffset = new int[runs];
    }

    /// <summary>Lines added so far.</summary>
    public int Count => _count;

    /// <summary>Adds the next line.</summary>
    public void Add(int start, int length, int number, int column, int block)
    {
        if (_count == _starts.Length)
        {
            Array.Resize(ref _starts, Math.Max(4, _starts.Length * 2));
            Array.Resize(ref _lengths, _starts.Length);
        }
        var offset = number - _count;
        if (_runCount == 0 || block != _lastBlock || offset != _lastOffset)
        {
            if (_runCount == _runFirst.Length)
            {
                Array.Resize(ref _runFirst, _runCount * 2);
                Array.Resize(ref _runBlock, _runCount * 2);
                Array.Resize(ref _runNumberOffset, _runCount * 2);
            }
            _runFirst[_runCount] = _count;
            _runBlock[_runCount] = block;
            _runNumberOffset[_runCount] = offset;
            _runCount++;
            _lastBlock = block;
            _lastOffset = offset;
        }
        if (column != 1)
        {
            if (_columnCount == _columnLines.Length)
            {
                Array.Resize(ref _columnLines, Math.Max(4, _columnCount * 2));
                Array.Resize(ref _columns, _columnLines.Length);
            }
            _columnLines[_columnCount] = _count;
            _columns[_columnCount] = column;
            _columnCount++;
        }
        _starts[_count] = start;
        _lengths[_count] = length;
        _count++;
    }

    /// <summary>The table of the lines added.</summary>
    public LineTable Build()
    {
        if (_runCount == 0)
        {
            _runFirst[0] = 0;
            _runBlock[0] = 0;
            _runNumberOffset[0] = 1;
            _runCount = 1;
        }
        return new LineTable(_count, _starts, _lengths, _runFirst, _runBlock, _runNumberOffset, _runCount, _columnLines, _columns, _columnCount);
    }
}
