using System;
using System.Buffers;
using System.Text.Json;
using ArticleModel.CompilerServices;

namespace ArticleModel;

/// <summary>A paragraph of an article: its white-space-normalised text and where it came from.</summary>
/// <remarks>
/// A paragraph a parser read from a document's lines keeps only where they are, and builds its text from the
/// document's text on first use (issue 9 item 7, issue 13 item 1): a parse allocates no copy of the body, and writing
/// the result as JSON or extracting quotes from it reads the lines without keeping one. Once built, the text is kept.
/// Such a paragraph keeps its document's text alive as long as it lives: for a body that is most of the document, about
/// what the paragraphs' own texts used to cost.
/// Safe to share between threads: two threads that build the text at once build equal strings.
/// </remarks>
public sealed class Paragraph : IEquatable<Paragraph>
{
    // Texts up to this long are written to JSON from a pooled buffer; longer ones in segments (on .NET 9 and later).
    private const int PooledWriteLimit = 16 * 1024;

    private string? _text;

    // For a paragraph of document lines: the document text and the lines _firstLine.._lastLine of _lines it joins.
    private readonly string? _source;
    private readonly LineTable? _lines;
    private readonly int _firstLine;
    private readonly int _lastLine;

    /// <summary>Creates a paragraph.</summary>
    public Paragraph(string text, SourceSpan span)
    {
        _text = text ?? throw new ArgumentNullException(nameof(text));
        Span = span;
    }

    /// <summary>The paragraph of lines <paramref name="firstLine"/> to <paramref name="lastLine"/> of <paramref name="lines"/>, normalised and joined when asked for.</summary>
    internal Paragraph(string source, LineTable lines, int firstLine, int lastLine, SourceSpan span)
    {
        _source = source;
        _lines = lines;
        _firstLine = firstLine;
        _lastLine = lastLine;
        Span = span;
    }

    /// <summary>The paragraph's text, lines joined by single spaces, no edge white space.</summary>
    public string Text => _text ??= Build();

    /// <summary>Where the paragraph is in the input.</summary>
    public SourceSpan Span { get; }

    /// <summary>
    /// The text without keeping it: for readers that go through a document's paragraphs once (quote extraction), so
    /// their texts are not all alive at the end.
    /// </summary>
    internal string TextOnce() => _text ?? Build();

    /// <summary>
    /// The characters the text is normalised from — the built text, or the document's characters from the first line's
    /// start to the last line's end — for looking for characters normalisation keeps (quote marks) without building it.
    /// </summary>
    internal ReadOnlySpan<char> SourceCharacters =>
        _text is not null || _source is null || _lines is null
            ? Text.AsSpan()
            : _source.AsSpan(_lines.Start(_firstLine), _lines.End(_lastLine) - _lines.Start(_firstLine));

    /// <summary>
    /// Writes the text into <paramref name="buffer"/> (replaced by a larger array when too small) without building or
    /// keeping a string, and returns its length: quote extraction reads each paragraph once this way.
    /// </summary>
    internal int CopyTextTo(ref char[] buffer)
    {
        if (_text is not null || _source is null || _lines is null)
        {
            var text = Text;
            if (buffer.Length < text.Length) buffer = new char[Grown(buffer.Length, text.Length)];
            text.CopyTo(0, buffer, 0, text.Length);
            return text.Length;
        }
        // The normalised text is never longer than the lines' characters plus one separator between lines.
        var bound = _lines.End(_lastLine) - _lines.Start(_firstLine) + (_lastLine - _firstLine);
        if (buffer.Length < bound) buffer = new char[Grown(buffer.Length, bound)];
        return TextNormalizer.JoinInto(_source, new LineView(_lines), _firstLine, _lastLine, buffer);
    }

    // Half as large again, so a run of growing paragraphs does not reallocate at each; never less than needed.
    private static int Grown(int current, int needed) => Math.Max(needed, (int)Math.Min(int.MaxValue - 64, current + (long)current / 2));

    /// <summary>Writes the text as a JSON string value, byte for byte as <see cref="Utf8JsonWriter.WriteStringValue(string)"/> would write <see cref="Text"/>, without keeping it.</summary>
    internal void WriteJsonValue(Utf8JsonWriter writer)
    {
        if (_text is not null || _source is null || _lines is null)
        {
            LongJsonString.WriteValue(writer, Text);
            return;
        }
        // The normalised text is never longer than the lines' characters plus one separator between lines.
        var bound = _lines.End(_lastLine) - _lines.Start(_firstLine) + (_lastLine - _firstLine);
        if (bound > PooledWriteLimit)
        {
#if NET9_0_OR_GREATER
            LongJsonString.WriteJoinedLines(writer, _source, new LineView(_lines), _firstLine, _lastLine);
#else
            LongJsonString.WriteValue(writer, Build());
#endif
            return;
        }
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(bound, 1));
        var length = TextNormalizer.JoinInto(_source, new LineView(_lines), _firstLine, _lastLine, buffer);
        writer.WriteStringValue(buffer.AsSpan(0, length));
        ArrayPool<char>.Shared.Return(buffer);
    }

    private string Build() => TextNormalizer.Join(_source!, new LineView(_lines!), _firstLine, _lastLine);

    /// <inheritdoc />
    public bool Equals(Paragraph? other) => other is not null && Span == other.Span && Text == other.Text;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Paragraph);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Text, Span);

    /// <summary>The text.</summary>
    public override string ToString() => Text;
}
