using System;
using System.Collections.Generic;
using System.Threading;

namespace ArticleModel;

/// <summary>
/// Maps offsets in a document's text back to the input it was read from, for readers that transform their input
/// (markup stripped, entities decoded, indentation removed). Spans of results always point into the input. A document
/// whose text is its input has no map. Immutable and safe to share between threads.
/// </summary>
public sealed class SourceMap
{
    private readonly SourceSegment[] _segments;
    private LineIndex? _lineIndex;

    /// <summary>Creates a map.</summary>
    /// <param name="source">The input as read (decoded), which spans refer to.</param>
    /// <param name="segments">The segments, in text order, not overlapping in the text, each inside <paramref name="source"/>.</param>
    /// <exception cref="ArgumentException">The segments are out of order, overlap, or lie outside the source.</exception>
    public SourceMap(string source, IReadOnlyList<SourceSegment> segments)
    {
        Source = source ?? throw new ArgumentNullException(nameof(source));
        if (segments is null) throw new ArgumentNullException(nameof(segments));
        _segments = new SourceSegment[segments.Count];
        var textEnd = 0;
        for (var i = 0; i < _segments.Length; i++)
        {
            var s = segments[i];
            if (s.TextStart < textEnd || s.TextLength < 0 || s.SourceStart < 0 || s.SourceLength < 0 || s.SourceEnd > source.Length)
                throw new ArgumentException($"segment {i} is out of order, overlaps the one before, or lies outside the source", nameof(segments));
            _segments[i] = s;
            textEnd = s.TextEnd;
        }
    }

    /// <summary>The input the document was read from.</summary>
    public string Source { get; }

    /// <summary>The segments, in text order.</summary>
    public ReadOnlySpan<SourceSegment> Segments => _segments;

    /// <summary>The input offset of the text offset <paramref name="textOffset"/> taken as the start of a range.</summary>
    public int ToSourceStart(int textOffset)
    {
        var i = LastSegmentStartingAtOrBefore(textOffset);
        if (i < 0) return _segments.Length == 0 ? 0 : _segments[0].SourceStart;
        ref readonly var s = ref _segments[i];
        if (textOffset < s.TextEnd) return s.IsCopy ? s.SourceStart + (textOffset - s.TextStart) : s.SourceStart;
        // Text the reader added between segments (a line break, a space) sits where the segment before it ends.
        return s.SourceEnd;
    }

    /// <summary>The input offset of the text offset <paramref name="textEnd"/> taken as the (exclusive) end of a range.</summary>
    public int ToSourceEnd(int textEnd)
    {
        var i = LastSegmentStartingAtOrBefore(textEnd - 1);
        if (i < 0) return _segments.Length == 0 ? 0 : _segments[0].SourceStart;
        ref readonly var s = ref _segments[i];
        if (textEnd <= s.TextEnd && s.IsCopy) return s.SourceStart + (textEnd - s.TextStart);
        return s.SourceEnd;
    }

    /// <summary>
    /// The text offset whose input offset is <paramref name="sourceOffset"/> (the inverse of <see cref="ToSourceStart"/>):
    /// the start of the first segment at or after it, or the offset inside a copied segment. Segments are searched by
    /// binary search when their input offsets ascend (every reader's usual case), else linearly. For turning a span
    /// into the page back into document text (quotes over HTML paragraphs).
    /// </summary>
    internal int ToTextOffset(int sourceOffset)
    {
        if (_segments.Length == 0) return 0;
        int lo = 0, hi = _segments.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (_segments[mid].SourceEnd <= sourceOffset) lo = mid + 1;
            else hi = mid;
        }
        if (lo < _segments.Length && Maps(lo, sourceOffset, out var text)) return text;
        for (var i = 0; i < _segments.Length; i++)
        {
            if (Maps(i, sourceOffset, out text)) return text;
        }
        return lo < _segments.Length ? _segments[lo].TextStart : _segments[_segments.Length - 1].TextEnd;
    }

    private bool Maps(int i, int sourceOffset, out int text)
    {
        ref readonly var s = ref _segments[i];
        text = s.IsCopy ? s.TextStart + (sourceOffset - s.SourceStart) : s.TextStart;
        return sourceOffset >= s.SourceStart && sourceOffset < Math.Max(s.SourceEnd, s.SourceStart + 1);
    }

    /// <summary>The input span of the text range (<paramref name="textStart"/>, <paramref name="textLength"/>), with its line and column in the input.</summary>
    public SourceSpan ToSourceSpan(int textStart, int textLength)
    {
        var start = ToSourceStart(textStart);
        var end = textLength <= 0 ? start : Math.Max(start, ToSourceEnd(textStart + textLength));
        var (line, column) = LineAndColumn(start);
        return new SourceSpan(start, end - start, line, column);
    }

    /// <summary>The 1-based line and column of an input offset (LF, CRLF and CR each end a line).</summary>
    public (int Line, int Column) LineAndColumn(int sourceOffset)
    {
        // Built on first use: most documents are dropped before anyone asks for a span.
        var index = Volatile.Read(ref _lineIndex);
        if (index is null)
        {
            index = new LineIndex(Source);
            Volatile.Write(ref _lineIndex, index);
        }
        return index.LineAndColumn(sourceOffset);
    }

    private int LastSegmentStartingAtOrBefore(int textOffset)
    {
        int lo = 0, hi = _segments.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (_segments[mid].TextStart <= textOffset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found;
    }
}
