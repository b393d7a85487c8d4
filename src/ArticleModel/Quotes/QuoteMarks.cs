using System;

namespace ArticleModel;

/// <summary>Which characters count as quote marks for <see cref="QuoteExtractor"/>.</summary>
[Flags]
public enum QuoteMarks
{
    /// <summary>No marks: nothing is a quote.</summary>
    None = 0,

    /// <summary>Curly double quotes <c>“…”</c> and the low opening mark <c>„</c>.</summary>
    CurlyDouble = 1,

    /// <summary>Straight double quotes <c>"…"</c>.</summary>
    StraightDouble = 2,

    /// <summary>Curly single quotes <c>‘…’</c> (British primary quotes, or nested ones).</summary>
    CurlySingle = 4,

    /// <summary>Straight single quotes <c>'…'</c>.</summary>
    StraightSingle = 8,

    /// <summary>Double quotes of both kinds.</summary>
    Double = CurlyDouble | StraightDouble,

    /// <summary>Single quotes of both kinds.</summary>
    Single = CurlySingle | StraightSingle,

    /// <summary>Curly quotes, double and single (<c>“…”</c>, <c>„…“</c>, <c>‘…’</c>): typeset text, where straight marks are inch and foot signs or code.</summary>
    Curly = CurlyDouble | CurlySingle,

    /// <summary>Straight quotes, double and single (<c>"…"</c>, <c>'…'</c>).</summary>
    Straight = StraightDouble | StraightSingle,

    /// <summary>Every mark (the default).</summary>
    All = Double | Single,
}
