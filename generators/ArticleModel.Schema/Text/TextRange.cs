using System;

namespace ArticleModel.Schema;

/// <summary>
/// A range of a schema file: character offset and length, and 0-based start and end line/column (as Roslyn's
/// <c>LinePosition</c> counts them). Printed 1-based.
/// </summary>
public readonly record struct TextRange(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>Offset just past the range.</summary>
    public int End => Start + Length;

    /// <summary>Formats as <c>(line,col)</c>, 1-based, the way compilers print locations.</summary>
    public override string ToString() => $"({StartLine + 1},{StartColumn + 1})";
}
