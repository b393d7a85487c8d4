using System;
using System.Collections.Generic;
using System.Text;

namespace ArticleModel;

/// <summary>
/// Builds an <see cref="ArticleDocument"/> for a reader that transforms its input (HTML, Markdown, or anything that
/// strips or decodes): the reader appends text pieces with the input range each came from, ends lines and blocks,
/// and gets a document whose spans point back into the input. Lines are separated by a line break in the document
/// text and blocks by a blank line, as in plain text, so every locator works the same on every format.
/// Not thread-safe; one builder per document.
/// </summary>
public sealed class ArticleDocumentBuilder
{
    private readonly string _source;
    private readonly string _format;
    private readonly StringBuilder _text = new();
    // Straight into the compact table (8 bytes a line), not a list of TextLines (20 bytes a line, grown by doubling
    // and copied into an array the document then kept beside the table; issue 9 item 7).
    private readonly LineTableBuilder _lines = new(16);
    private readonly List<DocumentBlock> _blocks = new();
    private readonly List<SourceSegment> _segments = new();
    private readonly List<ArticleDiagnostic> _diagnostics = new();
    private readonly LineIndex _sourceLines;
    private int _lineStart = -1;
    private int _lineSourceStart = -1;
    private int _blockFirstLine;

    /// <summary>Creates a builder.</summary>
    /// <param name="source">The input as read (decoded); spans point into it.</param>
    /// <param name="format">The input format, for example <c>html</c>.</param>
    public ArticleDocumentBuilder(string source, string format)
    {
        _source = source ?? throw new ArgumentNullException(nameof(source));
        _format = format ?? throw new ArgumentNullException(nameof(format));
        _sourceLines = new LineIndex(source);
    }

    /// <summary>The length of the document text built so far; a reader records it to know which text an element produced.</summary>
    public int TextLength => _text.Length;

    /// <summary>Whether the current block has text yet (an open line or ended lines), that is whether <see cref="EndBlock"/> would keep a block.</summary>
    public bool HasBlockText => _lineStart >= 0 || _lines.Count > _blockFirstLine;

    /// <summary>Appends the input range (<paramref name="sourceStart"/>, <paramref name="sourceLength"/>) verbatim to the current line.</summary>
    public void AppendSource(int sourceStart, int sourceLength)
    {
        CheckRange(sourceStart, sourceLength);
        Append(_source.AsSpan(sourceStart, sourceLength), sourceStart, sourceLength);
    }

    /// <summary>
    /// Appends <paramref name="text"/> to the current line as what the input range (<paramref name="sourceStart"/>,
    /// <paramref name="sourceLength"/>) reads as — a decoded entity, a collapsed run of white space.
    /// </summary>
    public void Append(ReadOnlySpan<char> text, int sourceStart, int sourceLength)
    {
        CheckRange(sourceStart, sourceLength);
        if (text.IsEmpty) return;
        if (_lineStart < 0)
        {
            _lineStart = _text.Length;
            _lineSourceStart = sourceStart;
        }
        var textStart = _text.Length;
        AppendText(text);
        var copy = text.Length == sourceLength && text.SequenceEqual(_source.AsSpan(sourceStart, sourceLength));
        if (copy && _segments.Count > 0)
        {
            // Adjacent copies merge, which keeps the map small for long runs of plain text.
            var last = _segments[_segments.Count - 1];
            if (last.IsCopy && last.TextEnd == textStart && last.SourceEnd == sourceStart)
            {
                _segments[_segments.Count - 1] = new SourceSegment(last.TextStart, last.TextLength + text.Length, last.SourceStart, last.SourceLength + sourceLength);
                return;
            }
        }
        // A transformed piece whose text length differs maps as one unit; one of equal length but other characters
        // (case folded, say) still maps character by character, which is what the lengths allow.
        _segments.Add(new SourceSegment(textStart, text.Length, sourceStart, sourceLength));
    }

    /// <summary>Appends text the reader adds that is not in the input (a space between inline elements); it maps to where the text before it ends.</summary>
    public void AppendSynthetic(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || _lineStart < 0) return; // a line never starts with synthetic text
        AppendText(text);
    }

    /// <summary>Ends the current line; edge white space is trimmed as in plain text, and an empty line is not kept.</summary>
    public void EndLine()
    {
        if (_lineStart < 0) return;
        var start = _lineStart;
        var end = _text.Length;
        while (end > start && WhiteSpace.IsWhite(_text[end - 1])) end--;
        while (start < end && WhiteSpace.IsWhite(_text[start])) start++;
        _text.Length = end == start ? _lineStart : end;
        DropSegmentsFrom(_text.Length);
        _lineStart = -1;
        if (end == start) return;
        var (number, column) = _sourceLines.LineAndColumn(SourceStartOf(start));
        _lines.Add(start, end - start, number, column, _blocks.Count);
        _text.Append('\n');
    }

    /// <summary>Ends the current block (ending its line first); a block with no lines is not kept.</summary>
    /// <param name="kind">What the block is.</param>
    /// <param name="level">The heading level or nesting depth, else 0.</param>
    /// <param name="elementName">The element it came from, for markup formats.</param>
    /// <param name="attributes">The element's attributes, or null.</param>
    public void EndBlock(BlockKind kind, int level = 0, string? elementName = null, IReadOnlyDictionary<string, string>? attributes = null)
    {
        EndLine();
        if (_lines.Count == _blockFirstLine) return;
        _blocks.Add(new DocumentBlock(kind, _blockFirstLine, _lines.Count - _blockFirstLine, level, elementName, attributes));
        _blockFirstLine = _lines.Count;
        _text.Append('\n'); // a blank line between blocks
    }

    /// <summary>Adds a diagnostic the reader raised.</summary>
    public void AddDiagnostic(ArticleDiagnostic diagnostic) => _diagnostics.Add(diagnostic ?? throw new ArgumentNullException(nameof(diagnostic)));

    /// <summary>Ends the open block as a paragraph and builds the document.</summary>
    public ArticleDocument Build()
    {
        EndBlock(BlockKind.Paragraph);
        var text = _text.ToString();
        if (_lines.Count == 0)
            _diagnostics.Add(new ArticleDiagnostic(DiagnosticIds.EmptyInput, DiagnosticSeverity.Warning, "the input has no text", default));
        return new ArticleDocument(text, _lines.Build(), _blocks.ToArray(), _format, _diagnostics.ToArray(), new SourceMap(_source, _segments));
    }

    // Without a string per piece: a page's text came in word by word, each copied into a string of its own first
    // (issue 9 item 7).
    private void AppendText(ReadOnlySpan<char> text)
    {
#if NETSTANDARD2_0
        foreach (var c in text) _text.Append(c);
#else
        _text.Append(text);
#endif
    }

    // The input offset of a text offset inside the current line (the segments end with this line's).
    private int SourceStartOf(int textOffset)
    {
        for (var i = _segments.Count - 1; i >= 0; i--)
        {
            var s = _segments[i];
            if (s.TextStart > textOffset) continue;
            if (textOffset < s.TextEnd) return s.IsCopy ? s.SourceStart + (textOffset - s.TextStart) : s.SourceStart;
            return s.SourceEnd;
        }
        return _lineSourceStart;
    }

    private void DropSegmentsFrom(int textOffset)
    {
        while (_segments.Count > 0 && _segments[_segments.Count - 1].TextStart >= textOffset) _segments.RemoveAt(_segments.Count - 1);
        if (_segments.Count == 0) return;
        var last = _segments[_segments.Count - 1];
        if (last.TextEnd > textOffset)
        {
            var cut = last.TextEnd - textOffset;
            _segments[_segments.Count - 1] = last.IsCopy
                ? new SourceSegment(last.TextStart, last.TextLength - cut, last.SourceStart, last.SourceLength - cut)
                : new SourceSegment(last.TextStart, last.TextLength - cut, last.SourceStart, last.SourceLength);
        }
    }

    private void CheckRange(int sourceStart, int sourceLength)
    {
        if (sourceStart < 0 || sourceLength < 0 || sourceStart > _source.Length - sourceLength)
            throw new ArgumentOutOfRangeException(nameof(sourceStart), "the range lies outside the source");
    }
}
