using System;

namespace ArticleModel.Schema;

/// <summary>
/// The quote marks <c>@quotes(marks: …)</c> counts: the schema compiler's copy of the runtime's <c>ArticleModel.QuoteMarks</c>
/// flags, with the same names and values (the schema compiler references nothing; a test checks the two agree).
/// </summary>
[Flags]
public enum QuoteMarkKinds
{
    /// <summary>No marks.</summary>
    None = 0,

    /// <summary><c>curlyDouble</c>: <c>“…”</c> and <c>„…“</c>.</summary>
    CurlyDouble = 1,

    /// <summary><c>straightDouble</c>: <c>"…"</c>.</summary>
    StraightDouble = 2,

    /// <summary><c>curlySingle</c>: <c>‘…’</c>.</summary>
    CurlySingle = 4,

    /// <summary><c>straightSingle</c>: <c>'…'</c>.</summary>
    StraightSingle = 8,

    /// <summary><c>double</c>: curly and straight double quotes.</summary>
    Double = CurlyDouble | StraightDouble,

    /// <summary><c>single</c>: curly and straight single quotes.</summary>
    Single = CurlySingle | StraightSingle,

    /// <summary><c>curly</c>: curly double and single quotes.</summary>
    Curly = CurlyDouble | CurlySingle,

    /// <summary><c>straight</c>: straight double and single quotes.</summary>
    Straight = StraightDouble | StraightSingle,

    /// <summary><c>all</c>: every mark (the default).</summary>
    All = Double | Single,
}
