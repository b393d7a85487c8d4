using System;
using System.Collections.Generic;

namespace ArticleModel;

/// <summary>
/// An article as read from its input: the decoded text, its non-blank lines grouped into blocks, and what the reader
/// noticed about the input. Immutable and safe to share between threads.
/// </summary>
public sealed class ArticleDocument
{
    private readonly TextLine[] _lines;

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
        LineCount = lineCount;
        BlockCount = blockCount;
        Format = format ?? throw new ArgumentNullException(nameof(format));
        Diagnostics = diagnostics ?? throw new ArgumentNullException(nameof(diagnostics));
    }

    /// <summary>The decoded input text (a leading byte-order mark removed); every span's offset refers to it.</summary>
    public string Text { get; }

    /// <summary>The input format: <c>text</c>, <c>html</c> or <c>markdown</c>.</summary>
    public string Format { get; }

    /// <summary>The non-blank lines, in order.</summary>
    public ReadOnlySpan<TextLine> Lines => new(_lines, 0, LineCount);

    /// <summary>The line array itself (may be longer than <see cref="LineCount"/>); for the parse primitives, which never change it.</summary>
    internal TextLine[] LineArray => _lines;

    /// <summary>Number of non-blank lines.</summary>
    public int LineCount { get; }

    /// <summary>Number of blocks (runs of non-blank lines).</summary>
    public int BlockCount { get; }

    /// <summary>What the reader noticed (invalid UTF-8, control characters, empty input).</summary>
    public IReadOnlyList<ArticleDiagnostic> Diagnostics { get; }

    /// <summary>The text of a line.</summary>
    public ReadOnlySpan<char> GetText(in TextLine line) => Text.AsSpan(line.Start, line.Length);

    /// <summary>
    /// The span of <paramref name="length"/> characters at <paramref name="start"/>, with its line and column.
    /// <paramref name="start"/> should lie on a non-blank line; otherwise the nearest line before it is used.
    /// </summary>
    public SourceSpan GetSpan(int start, int length)
    {
        var lines = Lines;
        if (lines.Length == 0) return new SourceSpan(start, length, 1, start + 1);
        int lo = 0, hi = lines.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (LineStartOf(lines[mid]) <= start) lo = mid;
            else hi = mid - 1;
        }
        var line = lines[lo];
        var lineStart = LineStartOf(line);
        if (start < lineStart) return new SourceSpan(start, length, 1, start + 1);
        return new SourceSpan(start, length, line.Number, start - lineStart + 1);
    }

    private static int LineStartOf(in TextLine line) => line.Start - (line.Column - 1);
}
