using System.ComponentModel;
using System.Text.RegularExpressions;

namespace ArticleModel.CompilerServices;

/// <summary>A block a pattern matched, with the match.</summary>
/// <remarks>For generated code and the interpreter only; it may change between versions without notice.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct MatchHit
{
    /// <summary>Creates a match hit.</summary>
    public MatchHit(Hit hit, Match match)
    {
        Hit = hit;
        Match = match;
    }

    /// <summary>The block.</summary>
    public Hit Hit { get; }

    /// <summary>The match, with indexes into the document text.</summary>
    public Match Match { get; }
}
