namespace ArticleModel;

/// <summary>
/// One piece of a <see cref="SourceMap"/>: a range of a document's text and the range of the input it was read from.
/// When both have the same length the text is a copy and maps character by character; otherwise (a decoded entity, a
/// collapsed run of white space) any offset inside maps to the whole source range.
/// </summary>
public readonly struct SourceSegment
{
    /// <summary>Creates a segment.</summary>
    public SourceSegment(int textStart, int textLength, int sourceStart, int sourceLength)
    {
        TextStart = textStart;
        TextLength = textLength;
        SourceStart = sourceStart;
        SourceLength = sourceLength;
    }

    /// <summary>Offset of the segment in the document's text.</summary>
    public int TextStart { get; }

    /// <summary>Length of the segment in the document's text.</summary>
    public int TextLength { get; }

    /// <summary>Offset of the segment in the input.</summary>
    public int SourceStart { get; }

    /// <summary>Length of the segment in the input.</summary>
    public int SourceLength { get; }

    /// <summary>Offset just past the segment in the document's text.</summary>
    public int TextEnd => TextStart + TextLength;

    /// <summary>Offset just past the segment in the input.</summary>
    public int SourceEnd => SourceStart + SourceLength;

    /// <summary>Whether the text is a verbatim copy of the source range (it maps character by character).</summary>
    public bool IsCopy => TextLength == SourceLength;
}
