using System;
using System.Collections.Generic;

namespace ArticleModel;

/// <summary>Where each line of a text starts (LF, CRLF and CR each end a line), to turn offsets into line and column.</summary>
internal sealed class LineIndex
{
    private readonly int[] _starts;

    public LineIndex(string text)
    {
        var starts = new List<int> { 0 };
        // IndexOfAny (vectorised) between line breaks: this runs over every page's whole source.
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            var next = span.Slice(i).IndexOfAny('\n', '\r');
            if (next < 0) break;
            i += next;
            if (span[i] == '\n' || i + 1 >= span.Length || span[i + 1] != '\n') starts.Add(i + 1);
            i++;
        }
        _starts = starts.ToArray();
    }

    /// <summary>The 1-based line and column of <paramref name="offset"/>.</summary>
    public (int Line, int Column) LineAndColumn(int offset)
    {
        int lo = 0, hi = _starts.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (_starts[mid] <= offset) lo = mid;
            else hi = mid - 1;
        }
        return (lo + 1, offset - _starts[lo] + 1);
    }
}
