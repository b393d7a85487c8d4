namespace ArticleModel;

/// <summary>
/// One non-blank line of a plain-text document, trimmed of edge white space. Blank lines are not stored; they only
/// separate blocks (paragraphs).
/// </summary>
public readonly struct TextLine
{
    /// <summary>Creates a line.</summary>
    public TextLine(int start, int length, int number, int column, int block)
    {
        Start = start;
        Length = length;
        Number = number;
        Column = column;
        Block = block;
    }

    /// <summary>Offset of the first non-white-space character in the document text.</summary>
    public int Start { get; }

    /// <summary>Length up to and including the last non-white-space character.</summary>
    public int Length { get; }

    /// <summary>Offset just past the last non-white-space character.</summary>
    public int End => Start + Length;

    /// <summary>1-based physical line number in the input.</summary>
    public int Number { get; }

    /// <summary>1-based column of <see cref="Start"/>.</summary>
    public int Column { get; }

    /// <summary>0-based index of the block (run of lines between blank lines) this line belongs to.</summary>
    public int Block { get; }

    /// <summary>The line's span.</summary>
    public SourceSpan Span => new(Start, Length, Number, Column);
}
