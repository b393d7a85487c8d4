using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ArticleModel.CompilerServices;

// Found text: what a locator found for a value, before part:/strip:/transforms make it the value (docs/schema-language.md §5).
public sealed partial class ParseContext
{
    // The last SpansOf answer and the found texts it was for (Paragraphs reuses it).
    private FoundText[]? _spansFound;
    private SourceSpan[]? _spans;

    // The last FromHits answer that kept every block, and those blocks (HitsOf gives them back).
    private FoundText[]? _hitsFound;
    private Hit[]? _hits;

    /// <summary>The text of a found line or block (nothing when <paramref name="hit"/> is not found).</summary>
    public FoundText FromHit(Hit hit)
    {
        if (!hit.Found || !HasText(hit)) return default;
        var (start, length) = RawRange(hit);
        return new FoundText(this, hit, start, length);
    }

    /// <summary>The texts of found blocks, in order.</summary>
    public FoundText[] FromHits(Hit[] hits)
    {
        if (hits.Length == 0) return Array.Empty<FoundText>();
        var found = new FoundText[hits.Length];
        var n = 0;
        foreach (var hit in hits)
        {
            var x = FromHit(hit);
            if (x.Found) found[n++] = x;
        }
        if (n < hits.Length) return Trim(found, n);
        // Every block kept: HitsOf gives back these hits instead of a copy.
        _hitsFound = found;
        _hits = hits;
        return found;
    }

    /// <summary>
    /// A scalar <c>@match</c>'s text: the group <paramref name="group"/> when given (nothing when it took no part or
    /// captured only white space), else the whole match.
    /// </summary>
    public FoundText FromMatch(Hit hit, Match? match, string? group)
    {
        if (match is null) return default;
        Capture capture = group is null ? match : match.Groups[group];
        if (group is not null && !((Group)capture).Success) return default;
        var text = CaptureText(capture);
        if (text.Length == 0) return default;
        return new FoundText(text, hit, capture.Index, capture.Length, fromLines: false, match);
    }

    /// <summary>A record <c>@match</c>: found whenever the pattern matched (the record is filled from the groups).</summary>
    /// <remarks>The match's text is built only if asked for: a record's value is its members.</remarks>
    public FoundText FromRecordMatch(Hit hit, Match? match) =>
        match is null ? default : FoundText.OfRecordMatch(hit, match);

    /// <summary>
    /// <c>part: after</c> (<paramref name="after"/> true) or <c>part: before</c>: the rest of the matched block after the
    /// match, or the block up to it. Nothing when that part is empty or white space.
    /// </summary>
    public FoundText FromPart(Hit hit, Match? match, bool after)
    {
        if (match is null) return default;
        var (blockStart, blockLength) = RawRange(hit);
        var start = after ? match.Index + match.Length : blockStart;
        var end = after ? blockStart + blockLength : match.Index;
        return Piece(hit, start, end, match);
    }

    /// <summary>The scalar texts of every match of a list <c>@match</c> (see <see cref="FromMatch"/>), in order.</summary>
    public FoundText[] FromMatches(MatchHit[] matches, string? group)
    {
        if (matches.Length == 0) return Array.Empty<FoundText>();
        var found = new FoundText[matches.Length];
        var n = 0;
        foreach (var m in matches)
        {
            var x = FromMatch(m.Hit, m.Match, group);
            if (x.Found) found[n++] = x;
        }
        return Trim(found, n);
    }

    /// <summary>Every match of a list <c>@match</c> of records.</summary>
    public FoundText[] FromRecordMatches(MatchHit[] matches)
    {
        if (matches.Length == 0) return Array.Empty<FoundText>();
        var found = new FoundText[matches.Length];
        for (var i = 0; i < matches.Length; i++) found[i] = FromRecordMatch(matches[i].Hit, matches[i].Match);
        return found;
    }

    /// <summary>The parts of every match of a list <c>@match(…, part:)</c> (see <see cref="FromPart"/>), in order.</summary>
    public FoundText[] FromParts(MatchHit[] matches, bool after)
    {
        if (matches.Length == 0) return Array.Empty<FoundText>();
        var found = new FoundText[matches.Length];
        var n = 0;
        foreach (var m in matches)
        {
            var x = FromPart(m.Hit, m.Match, after);
            if (x.Found) found[n++] = x;
        }
        return Trim(found, n);
    }

    /// <summary>
    /// <c>strip: /re/</c>: removes the pattern's match at the very start of the found text (a match anywhere else, or
    /// none, leaves it as it is). Nothing when the rest is empty.
    /// </summary>
    public FoundText Strip(FoundText found, Regex regex, string? requiredLiteral, bool ignoreCase, string field)
    {
        if (!found.Found || found.PageSpan is not null) return found;
        var start = found.Start;
        var length = found.Length;
        if (requiredLiteral is not null &&
            _text.AsSpan(start, length).IndexOf(requiredLiteral.AsSpan(), ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) < 0)
        {
            return found;
        }
        var m = Run(regex, start, length, field, found.Hit);
        if (m is not { Success: true } || m.Index != start || m.Length == 0) return found;
        return Piece(found.Hit, m.Index + m.Length, start + length, found.Match);
    }

    /// <summary><see cref="Strip(FoundText, Regex, string?, bool, string)"/> on each item; items left empty are dropped.</summary>
    public FoundText[] Strip(FoundText[] found, Regex regex, string? requiredLiteral, bool ignoreCase, string field)
    {
        if (found.Length == 0) return found;
        var result = new FoundText[found.Length];
        var n = 0;
        foreach (var x in found)
        {
            var y = Strip(x, regex, requiredLiteral, ignoreCase, field);
            if (y.Found) result[n++] = y;
        }
        return Trim(result, n);
    }

    /// <summary>The span of found text: its block's span, or the (narrowed) range it came from.</summary>
    public SourceSpan Span(FoundText found) =>
        found.PageSpan is { } span ? span : found.FromLines ? Span(found.Hit) : Document.GetSpan(found.Start, found.Length);

    /// <summary>The spans of found texts.</summary>
    public SourceSpan[] SpansOf(FoundText[] found)
    {
        if (found.Length == 0) return Array.Empty<SourceSpan>();
        var spans = new SourceSpan[found.Length];
        for (var i = 0; i < spans.Length; i++) spans[i] = Span(found[i]);
        // A list field's paragraphs are built next from the same found texts: they take these spans, not new ones.
        _spansFound = found;
        _spans = spans;
        return spans;
    }

    /// <summary>The blocks of found texts (what anchors and <c>@quotes(in:)</c> naming the field see).</summary>
    public static Hit[] HitsOf(FoundText[] found)
    {
        if (found.Length == 0) return Array.Empty<Hit>();
        if (found[0].Lines is { } context && ReferenceEquals(context._hitsFound, found)) return context._hits!;
        var hits = new Hit[found.Length];
        for (var i = 0; i < hits.Length; i++) hits[i] = found[i].Hit;
        return hits;
    }

    /// <summary>A paragraph: found text and its span.</summary>
    public Paragraph Paragraph(FoundText found) =>
        found.IsUnbuiltBlock ? Paragraph(found.Hit, Span(found)) : new(found.Text ?? string.Empty, Span(found));

    /// <summary>The texts of found texts.</summary>
    public static ValueList<string> Texts(FoundText[] found)
    {
        if (found.Length == 0) return ValueList<string>.Empty;
        var values = new string[found.Length];
        for (var i = 0; i < values.Length; i++) values[i] = found[i].Text ?? string.Empty;
        return new ValueList<string>(values);
    }

    /// <summary>The paragraphs of found texts.</summary>
    public ValueList<Paragraph> Paragraphs(FoundText[] found)
    {
        if (found.Length == 0) return ValueList<Paragraph>.Empty;
        var values = new Paragraph[found.Length];
        // The spans SpansOf just worked out for these found texts (found texts are never changed in place).
        var spans = ReferenceEquals(found, _spansFound) ? _spans : null;
        for (var i = 0; i < values.Length; i++)
        {
            var x = found[i];
            var span = spans is null ? Span(x) : spans[i];
            values[i] = x.IsUnbuiltBlock ? Paragraph(x.Hit, span) : new Paragraph(x.Text ?? string.Empty, span);
        }
        return new ValueList<Paragraph>(values);
    }

    /// <summary>
    /// Whether found text converts to the field's type (<paramref name="conversion"/>: <c>int</c>, <c>date</c>,
    /// <c>url</c> or <c>handle</c>), without reporting anything: a fallback that finds text that does not convert lets
    /// the next locator be tried.
    /// </summary>
    public static bool Converts(FoundText found, string conversion) => Converts(found, conversion, null);

    /// <summary>
    /// Whether found text converts to the field's type, as <see cref="Converts(FoundText, string)"/>; a <c>date</c> is
    /// read as <paramref name="date"/> says (the field's <c>format:</c>/<c>zone:</c>), as <c>ToDate</c> reads it.
    /// </summary>
    public static bool Converts(FoundText found, string conversion, DateFormatSpec? date) => found.Text is { } text && conversion switch
    {
        "int" => ValueConverters.TryParseInt(text, out _),
        "date" => DateConversion.TryParse(text.AsSpan(), date, out _),
        "url" => ValueConverters.TryParseUrl(text, out _),
        "handle" => ValueConverters.TryParseHandle(text, out _),
        _ => true,
    };

    // ---- internals ---------------------------------------------------------------------------------------------

    /// <summary>The text in [start, end) of the document text, normalised, with its range trimmed of white space.</summary>
    private FoundText Piece(Hit hit, int start, int end, Match? match)
    {
        while (start < end && WhiteSpace.IsWhite(_text[start])) start++;
        while (end > start && WhiteSpace.IsWhite(_text[end - 1])) end--;
        if (end <= start) return default;
        return new FoundText(TextNormalizer.Normalize(_text.AsSpan(start, end - start)), hit, start, end - start, fromLines: false, match);
    }

    // Whether a block's normalised text is not empty: some line has a character that is not white space. Non-blank
    // lines almost always start with one, so this looks at a character or two, not the block.
    private bool HasText(Hit hit)
    {
        for (var i = hit.First; i <= hit.Last; i++)
        {
            if (!WhiteSpace.Trim(_text.AsSpan(_view.Start(i), _view.Length(i))).IsEmpty) return true;
        }
        return false;
    }

    private static FoundText[] Trim(FoundText[] found, int count)
    {
        if (count == found.Length) return found;
        if (count == 0) return Array.Empty<FoundText>();
        var result = new FoundText[count];
        Array.Copy(found, result, count);
        return result;
    }

    /// <summary>
    /// The range of the document text holding characters <paramref name="from"/> to <paramref name="to"/> (exclusive)
    /// of <paramref name="found"/>'s normalised text: the normalisation is replayed over the found range (over the
    /// block's lines for a whole block), so each normalised character is matched to the input character it came from.
    /// Linear in the found range.
    /// </summary>
    private (int Start, int Length) MapNormalized(FoundText found, int from, int to)
    {
        var n = 0;
        var started = false;
        var pending = false;
        var rawStart = -1;
        var rawEnd = -1;
        var segments = found.FromLines ? found.Hit.Last - found.Hit.First + 1 : 1;
        for (var s = 0; s < segments && n < to; s++)
        {
            int start, end;
            if (found.FromLines)
            {
                start = _view.Start(found.Hit.First + s);
                end = _view.End(found.Hit.First + s);
            }
            else
            {
                start = found.Start;
                end = found.Start + found.Length;
            }
            for (var p = start; p < end; p++)
            {
                if (WhiteSpace.IsWhite(_text[p]))
                {
                    if (started) pending = true;
                    continue;
                }
                if (pending)
                {
                    n++;
                    pending = false;
                }
                if (n >= to) break;
                if (n >= from && rawStart < 0) rawStart = p;
                if (rawStart >= 0) rawEnd = p + 1;
                n++;
                started = true;
            }
            if (started) pending = true;
        }
        return rawStart < 0 ? (found.Start, found.Length) : (rawStart, rawEnd - rawStart);
    }
}
