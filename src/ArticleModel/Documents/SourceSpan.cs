using System;

namespace ArticleModel;

/// <summary>
/// A range of the decoded input text: a UTF-16 offset and length, plus the 1-based line and column where it starts.
/// </summary>
/// <remarks>Columns count UTF-16 code units; a tab counts as one column.</remarks>
public readonly struct SourceSpan : IEquatable<SourceSpan>
{
    /// <summary>Creates a span.</summary>
    /// <param name="start">Offset of the first character in the decoded text.</param>
    /// <param name="length">Number of characters.</param>
    /// <param name="line">1-based line of <paramref name="start"/>.</param>
    /// <param name="column">1-based column of <paramref name="start"/>.</param>
    public SourceSpan(int start, int length, int line, int column)
    {
        Start = start;
        Length = length;
        Line = line;
        Column = column;
    }

    /// <summary>Offset of the first character in the decoded text.</summary>
    public int Start { get; }

    /// <summary>Number of characters covered.</summary>
    public int Length { get; }

    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>1-based line where the span starts.</summary>
    public int Line { get; }

    /// <summary>1-based column where the span starts.</summary>
    public int Column { get; }

    /// <summary>True for the default value, which stands for "no location".</summary>
    public bool IsEmpty => Line == 0;

    /// <inheritdoc />
    public bool Equals(SourceSpan other) =>
        Start == other.Start && Length == other.Length && Line == other.Line && Column == other.Column;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SourceSpan other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, Length, Line, Column);

    /// <summary>Formats as <c>(line,column)</c>.</summary>
    public override string ToString() => $"({Line},{Column})";

    /// <summary>Compares two spans for equality.</summary>
    public static bool operator ==(SourceSpan left, SourceSpan right) => left.Equals(right);

    /// <summary>Compares two spans for inequality.</summary>
    public static bool operator !=(SourceSpan left, SourceSpan right) => !left.Equals(right);
}
