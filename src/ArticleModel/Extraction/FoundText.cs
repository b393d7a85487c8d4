using System.ComponentModel;
using System.Text.RegularExpressions;

namespace ArticleModel.CompilerServices;

/// <summary>
/// The text one locator found for a value — its normalised text, the block it is in and the range of the input it
/// came from — on its way through <c>part:</c>, <c>strip:</c> and the value transforms to the field's value. The
/// default value is "nothing found".
/// </summary>
/// <remarks>For generated code and the interpreter only; it may change between versions without notice.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct FoundText
{
    // The text (a string) or, for a whole block whose text is not built yet, the parse whose view holds its lines (the
    // text is normalised when asked for, so a list of paragraphs is located without building their texts, issue 13
    // item 1). One field for both, and a page span kept in plain ints: 48 bytes a found text instead of 64, which a
    // list's found texts are allocated at (issue 13: per-block bookkeeping).
    private readonly object? _source;
    private readonly int _start;
    private readonly int _length;
    // For text from a page (FromPage): its span's line and column (_start and _length are the span's).
    private readonly int _pageLine;
    private readonly int _pageColumn;
    private readonly byte _flags;

    private const byte FromLinesFlag = 1;
    private const byte PageFlag = 2;

    internal FoundText(string text, Hit hit, int start, int length, bool fromLines, Match? match)
    {
        _source = text;
        Hit = hit;
        _start = start;
        _length = length;
        _pageLine = 0;
        _pageColumn = 0;
        _flags = fromLines ? FromLinesFlag : (byte)0;
        Match = match;
    }

    /// <summary>The whole block <paramref name="hit"/> of <paramref name="lines"/>' view, its text built when asked for.</summary>
    internal FoundText(ParseContext lines, Hit hit, int start, int length)
    {
        _source = lines;
        Hit = hit;
        _start = start;
        _length = length;
        _pageLine = 0;
        _pageColumn = 0;
        _flags = FromLinesFlag;
        Match = null;
    }

    // A record match's text, built from Match when asked for.
    private FoundText(Hit hit, Match match)
    {
        _source = null;
        Hit = hit;
        _start = match.Index;
        _length = match.Length;
        _pageLine = 0;
        _pageColumn = 0;
        _flags = 0;
        Match = match;
    }

    /// <summary>A record <c>@match</c>'s whole match, its normalised text built when asked for.</summary>
    internal static FoundText OfRecordMatch(Hit hit, Match match) => new(hit, match);

    private FoundText(string text, Hit hit, SourceSpan span)
    {
        _source = text;
        Hit = hit;
        _start = span.Start;
        _length = span.Length;
        _pageLine = span.Line;
        _pageColumn = span.Column;
        _flags = PageFlag;
        Match = null;
    }

    /// <summary>
    /// Text a reader of another format found (an HTML locator's value): <paramref name="hit"/> is the block of the
    /// document text it is in (<see cref="Hit.None"/> for a value outside the page text, such as a <c>&lt;meta&gt;</c>
    /// content), <paramref name="span"/> the range of the original input it came from. Nothing when
    /// <paramref name="text"/> is empty or white space.
    /// </summary>
    public static FoundText FromPage(string text, Hit hit, SourceSpan span) =>
        string.IsNullOrWhiteSpace(text) ? default : new FoundText(text, hit, span);

    /// <summary>The normalised text; null when nothing was found.</summary>
    /// <remarks>The text of a whole block is built on each use (a large one once per parse, <see cref="ParseContext.Text(Hit)"/>).</remarks>
    public string? Text => _source is string text ? text
        : _source is ParseContext lines ? lines.Text(Hit)
        : IsUnbuiltMatch ? ParseContext.MatchText(Match!) : null;

    /// <summary>Whether something was found.</summary>
    public bool Found => _source is not null || IsUnbuiltMatch;

    /// <summary>For a whole block: the parse whose view holds its lines; otherwise null.</summary>
    internal ParseContext? Lines => _source as ParseContext;

    /// <summary>Whether the text is a whole block's, not built yet: a paragraph can read it from the lines itself.</summary>
    internal bool IsUnbuiltBlock => _source is ParseContext;

    // A record match (OfRecordMatch): the whole match, text not built. Every other kind has a text or lines.
    private bool IsUnbuiltMatch => _source is null && Match is not null;

    /// <summary>The lines of the block the text is in (what anchors naming the field see).</summary>
    public Hit Hit { get; }

    /// <summary>The locator's match, for a <c>@match</c> (a record is filled from its groups); otherwise null.</summary>
    public Match? Match { get; }

    /// <summary>Start of the range of the document text the value came from (-1 for text from a page).</summary>
    internal int Start => (_flags & PageFlag) != 0 ? -1 : _start;

    /// <summary>Length of that range.</summary>
    internal int Length => (_flags & PageFlag) != 0 ? 0 : _length;

    /// <summary>True when the value is the whole of <see cref="Hit"/>'s lines (its span is the hit's).</summary>
    internal bool FromLines => (_flags & FromLinesFlag) != 0;

    /// <summary>For text from <see cref="FromPage"/>: its span in the original input; otherwise null.</summary>
    internal SourceSpan? PageSpan => (_flags & PageFlag) != 0 ? new SourceSpan(_start, _length, _pageLine, _pageColumn) : null;

    /// <summary>The same found text with <paramref name="text"/> in place of its text (a transform that keeps the span).</summary>
    internal FoundText WithText(string text) =>
        PageSpan is { } span ? new FoundText(text, Hit, span) : new FoundText(text, Hit, Start, Length, FromLines, Match);
}
