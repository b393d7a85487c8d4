using System;
using System.Collections.Generic;
using System.Threading;

namespace ArticleModel;

/// <summary>
/// An article as read from its input: the decoded text, its non-blank lines grouped into blocks, and what the reader
/// noticed about the input. Immutable and safe to share between threads.
/// </summary>
public sealed class ArticleDocument
{
    // The lines in 8 bytes each (issue 9 item 7); as TextLines (20 bytes each) only when Lines is asked for.
    private readonly LineTable _table;
    private TextLine[]? _lines;
    private IReadOnlyList<DocumentBlock>? _blocks;

    /// <summary>Creates a document from already-split lines; readers call this.</summary>
    /// <param name="text">The decoded text every offset refers to.</param>
    /// <param name="lines">The non-blank lines, in order.</param>
    /// <param name="lineCount">How many entries of <paramref name="lines"/> are used.</param>
    /// <param name="blockCount">How many blocks the lines form.</param>
    /// <param name="format">The input format, for example <c>text</c>.</param>
    /// <param name="diagnostics">What the reader noticed.</param>
    public ArticleDocument(string text, TextLine[] lines, int lineCount, int blockCount, string format, IReadOnlyList<ArticleDiagnostic> diagnostics)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        _lines = lines ?? throw new ArgumentNullException(nameof(lines));
        if ((uint)lineCount > (uint)lines.Length) throw new ArgumentOutOfRangeException(nameof(lineCount));
        _table = LineTable.From(lines, lineCount);
        LineCount = lineCount;
        BlockCount = blockCount;
        Format = format ?? throw new ArgumentNullException(nameof(format));
        Diagnostics = diagnostics ?? throw new ArgumentNullException(nameof(diagnostics));
    }

    /// <summary>A document whose lines a reader put straight into a compact table (<see cref="PlainTextReader"/>).</summary>
    internal ArticleDocument(string text, LineTable lines, int blockCount, string format, IReadOnlyList<ArticleDiagnostic> diagnostics)
    {
        Text = text;
        _table = lines;
        LineCount = lines.Count;
        BlockCount = blockCount;
        Format = format;
        Diagnostics = diagnostics;
    }

    /// <summary>
    /// Creates a document whose blocks a reader classified and whose text may be a transformation of its input; readers
    /// of markup formats call this (through <see cref="ArticleDocumentBuilder"/>).
    /// </summary>
    /// <param name="text">The document text every line refers to.</param>
    /// <param name="lines">The non-blank lines, in order.</param>
    /// <param name="lineCount">How many entries of <paramref name="lines"/> are used.</param>
    /// <param name="blocks">The blocks, in order; each line's <see cref="TextLine.Block"/> is an index into it.</param>
    /// <param name="format">The input format, for example <c>html</c>.</param>
    /// <param name="diagnostics">What the reader noticed.</param>
    /// <param name="sourceMap">How the text maps back to the input, or null when the text is the input.</param>
    public ArticleDocument(string text, TextLine[] lines, int lineCount, IReadOnlyList<DocumentBlock> blocks, string format,
        IReadOnlyList<ArticleDiagnostic> diagnostics, SourceMap? sourceMap)
        : this(text, lines, lineCount, blocks?.Count ?? throw new ArgumentNullException(nameof(blocks)), format, diagnostics)
    {
        _blocks = blocks;
        SourceMap = sourceMap;
        HasReaderBlocks = true;
    }

    /// <summary>A document with reader blocks whose lines its builder put straight into a compact table (<see cref="ArticleDocumentBuilder"/>).</summary>
    internal ArticleDocument(string text, LineTable lines, IReadOnlyList<DocumentBlock> blocks, string format,
        IReadOnlyList<ArticleDiagnostic> diagnostics, SourceMap? sourceMap)
        : this(text, lines, blocks.Count, format, diagnostics)
    {
        _blocks = blocks;
        SourceMap = sourceMap;
        HasReaderBlocks = true;
    }

    /// <summary>The decoded input text (a leading byte-order mark removed); every span's offset refers to it.</summary>
    public string Text { get; }

    /// <summary>The input format: <c>text</c>, <c>html</c> or <c>markdown</c>.</summary>
    public string Format { get; }

    /// <summary>The non-blank lines, in order.</summary>
    /// <remarks>
    /// A plain-text document keeps its lines in a compact table; this array of them is made on first use (20 bytes a
    /// line) and kept. The parse primitives never need it.
    /// </remarks>
    public ReadOnlySpan<TextLine> Lines
    {
        get
        {
            var lines = Volatile.Read(ref _lines);
            if (lines is null)
            {
                Interlocked.CompareExchange(ref _lines, _table.ToArray(), null);
                lines = Volatile.Read(ref _lines)!;
            }
            return new(lines, 0, LineCount);
        }
    }

    /// <summary>The lines in their compact table; what the parse primitives read.</summary>
    internal LineTable LineTable => _table;

    /// <summary>Number of non-blank lines.</summary>
    public int LineCount { get; }

    /// <summary>Number of blocks (runs of non-blank lines).</summary>
    public int BlockCount { get; }

    /// <summary>
    /// The blocks, in order: what each run of lines is (paragraph, heading, list item…) and, for markup formats, the
    /// element it came from. Plain text has one paragraph block per run of non-blank lines.
    /// </summary>
    public IReadOnlyList<DocumentBlock> Blocks => _blocks ??= ParagraphBlocks();

    /// <summary>Whether a reader classified the blocks; false for plain text, whose blocks are all paragraphs (and built only when asked for).</summary>
    internal bool HasReaderBlocks { get; }

    /// <summary>How <see cref="Text"/> maps back to the input; null when the text is the input itself (plain text).</summary>
    public SourceMap? SourceMap { get; }

    /// <summary>The input every span refers to: the source map's source, or the text itself.</summary>
    public string Input => SourceMap?.Source ?? Text;

    /// <summary>What the reader noticed (invalid UTF-8, control characters, empty input).</summary>
    public IReadOnlyList<ArticleDiagnostic> Diagnostics { get; }

    /// <summary>The text of a line.</summary>
    public ReadOnlySpan<char> GetText(in TextLine line) => Text.AsSpan(line.Start, line.Length);

    /// <summary>
    /// The span of <paramref name="length"/> characters of the text at <paramref name="start"/>, as offsets, line and
    /// column in the input (through <see cref="SourceMap"/> when the reader transformed it).
    /// <paramref name="start"/> should lie on a non-blank line; otherwise the nearest line before it is used.
    /// </summary>
    public SourceSpan GetSpan(int start, int length)
    {
        if (SourceMap is not null) return SourceMap.ToSourceSpan(start, length);
        var lines = _table;
        if (lines.Count == 0) return new SourceSpan(start, length, 1, start + 1);
        int lo = 0, hi = lines.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (LineStartOf(mid) <= start) lo = mid;
            else hi = mid - 1;
        }
        var lineStart = LineStartOf(lo);
        if (start < lineStart) return new SourceSpan(start, length, 1, start + 1);
        return new SourceSpan(start, length, lines.Number(lo), start - lineStart + 1);
    }

    private int LineStartOf(int line) => _table.Start(line) - (_table.Column(line) - 1);

    // Plain text: every run of lines with one block index is a paragraph. Built on first use; the parse never needs it.
    private IReadOnlyList<DocumentBlock> ParagraphBlocks()
    {
        var blocks = new List<DocumentBlock>(BlockCount);
        var lines = _table;
        var first = 0;
        for (var i = 1; i <= lines.Count; i++)
        {
            if (i < lines.Count && lines.Block(i) == lines.Block(first)) continue;
            blocks.Add(new DocumentBlock(BlockKind.Paragraph, first, i - first));
            first = i;
        }
        return blocks;
    }
}
