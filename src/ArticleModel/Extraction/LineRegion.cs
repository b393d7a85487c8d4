using System.ComponentModel;

namespace ArticleModel.CompilerServices;

/// <summary>A part of the parse view: lines <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive).</summary>
/// <remarks>For generated code and the interpreter only; it may change between versions without notice.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct LineRegion
{
    /// <summary>Creates a region.</summary>
    public LineRegion(int start, int end)
    {
        Start = start;
        End = end < start ? start : end;
    }

    /// <summary>First line index.</summary>
    public int Start { get; }

    /// <summary>Line index just past the region.</summary>
    public int End { get; }

    /// <summary>True when the region holds no line.</summary>
    public bool IsEmpty => End <= Start;
}
