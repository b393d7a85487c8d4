using System;
using System.Text.Json;
using ArticleModel.Quotes;

namespace ArticleModel;

/// <summary>
/// A direct quotation found in an article: what was said, who said it (as best the text tells), and where it is.
/// Immutable, compares by value.
/// </summary>
/// <remarks>
/// Produced by <see cref="QuoteExtractor"/>. A statement split around its attribution
/// (<c>“…,” she said. “…”</c>) or continued across paragraphs is one quote with one span per quoted piece.
/// A quote found in plain text keeps where its pieces are and builds its <see cref="Text"/> from the document's text
/// the first time it is asked for, so a result does not hold its quoted text twice; such a quote keeps that document
/// text alive.
/// </remarks>
public sealed class Quote : IEquatable<Quote>, IJsonWritable
{
    /// <summary>Creates a quote.</summary>
    /// <param name="text">The quoted words without the quote marks, white space normalised; pieces joined by one space.</param>
    /// <param name="speaker">The speaker's name as best known, or null.</param>
    /// <param name="speakerRole">The speaker's role or title when the article gives one, or null.</param>
    /// <param name="source">The relay the quote came through (<c>according to X</c>, <c>told X</c>), or null.</param>
    /// <param name="partial">True for a fragment quoted inside a sentence rather than a full statement.</param>
    /// <param name="spans">One span per quoted piece (the text inside the marks), in order; at least one.</param>
    public Quote(string text, string? speaker, string? speakerRole, string? source, bool partial, ValueList<SourceSpan> spans)
    {
        _text = text ?? throw new ArgumentNullException(nameof(text));
        Speaker = speaker;
        SpeakerRole = speakerRole;
        Source = source;
        Partial = partial;
        _spans = spans ?? throw new ArgumentNullException(nameof(spans));
        if (spans.Count == 0) throw new ArgumentException("a quote has at least one span", nameof(spans));
        _first = spans[0];
    }

    /// <summary>
    /// A quote whose text is built from <paramref name="document"/> when first asked for: the extractor's quotes over
    /// plain text, whose pieces are the document's own characters. A document of quotes would otherwise hold its quoted
    /// text twice (issue 9 item 7). <paramref name="spans"/> is null for a quote of one piece, <paramref name="first"/>.
    /// </summary>
    internal Quote(string document, ulong sentenceBreaks, SourceSpan first, ValueList<SourceSpan>? spans, string? speaker, string? speakerRole, string? source, bool partial)
    {
        _document = document;
        _sentenceBreaks = sentenceBreaks;
        _first = first;
        _spans = spans;
        Speaker = speaker;
        SpeakerRole = speakerRole;
        Source = source;
        Partial = partial;
    }

    private Quote(Quote quote, string? speaker, string? speakerRole, string? source)
    {
        _text = quote._text;
        _document = quote._document;
        _sentenceBreaks = quote._sentenceBreaks;
        _first = quote._first;
        _spans = quote._spans;
        Speaker = speaker;
        SpeakerRole = speakerRole;
        Source = source;
        Partial = quote.Partial;
    }

    // The text, once built (always, for a quote made with the public constructor).
    private string? _text;

    // A quote that builds its text: the document text its spans index, and bit k set when the attribution before piece
    // k ended a sentence (see QuoteTextBuffer.AppendPiece).
    private readonly string? _document;
    private readonly ulong _sentenceBreaks;

    // The first span, and all of them once asked for (a quote of one piece makes no list until then).
    private readonly SourceSpan _first;
    private ValueList<SourceSpan>? _spans;

    [ThreadStatic] private static QuoteTextBuffer? t_textBuffer;

    /// <summary>The same quote attributed to <paramref name="speaker"/> (its text not built if it was not yet).</summary>
    internal Quote WithAttribution(string? speaker, string? speakerRole, string? source) => new(this, speaker, speakerRole, source);

    /// <summary>The quoted words without the quote marks, white space normalised; the pieces of a split statement joined by one space.</summary>
    public string Text => _text ??= BuildText(static (text, _) => text.ToString(), 0);

    /// <summary>The speaker's full name as best known, or null when the text does not say who spoke.</summary>
    public string? Speaker { get; }

    /// <summary>The speaker's role or title when the article gives one (for example <c>Russian Foreign Minister</c>), or null.</summary>
    public string? SpeakerRole { get; }

    /// <summary>The relay in <c>according to X</c> or <c>told X</c> (for example a news agency), or null.</summary>
    public string? Source { get; }

    /// <summary>True for a fragment quoted inside a sentence rather than a full quoted statement.</summary>
    public bool Partial { get; }

    /// <summary>One span per quoted piece (the text inside the quote marks), in document order.</summary>
    public ValueList<SourceSpan> Spans => _spans ??= new ValueList<SourceSpan>(new[] { _first });

    /// <summary>The span of the first quoted piece.</summary>
    public SourceSpan Span => _first;

    // The text is at most its pieces' characters and a space between pieces.
    private long TextLengthBound()
    {
        long length = SpanCount;
        for (var k = 0; k < SpanCount; k++) length += SpanAt(k).Length;
        return length;
    }

    private int SpanCount => _spans?.Count ?? 1;

    private SourceSpan SpanAt(int index) => _spans is { } spans ? spans[index] : _first;

    // Builds the text of a quote made from its spans in this thread's buffer and hands it to use (the text itself
    // when it is already built); use must not keep the span.
    private TResult BuildText<TResult, TState>(BuildTextUse<TResult, TState> use, TState state)
    {
        if (_text is not null) return use(_text.AsSpan(), state);
        var buffer = t_textBuffer ?? new QuoteTextBuffer();
        t_textBuffer = null; // a use that asks for another quote's text meanwhile gets a buffer of its own
        try
        {
            for (var k = 0; k < SpanCount; k++)
            {
                var span = SpanAt(k);
                buffer.AppendPiece(_document!.AsSpan(span.Start, span.Length), k < 64 && (_sentenceBreaks & (1UL << k)) != 0);
            }
            return use(buffer.Trimmed, state);
        }
        finally
        {
            buffer.Clear();
            t_textBuffer = buffer;
        }
    }

    private delegate TResult BuildTextUse<out TResult, TState>(ReadOnlySpan<char> text, TState state);

    /// <summary>
    /// Writes <c>{"text":…,"speaker":…,"speakerRole":…,"source":…,"partial":…}</c>; when written through
    /// <see cref="ResultJson"/> with <see cref="ResultJsonOptions.IncludeQuoteSpans"/>, also
    /// <c>"spans":[{"start":…,"length":…,"line":…,"column":…},…]</c>, one per quoted piece.
    /// </summary>
    public void WriteJson(Utf8JsonWriter writer)
    {
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        writer.WriteStartObject();
        if (_text is not null) LongJsonString.WriteProperty(writer, "text", _text);
        // written from the document, never kept: the result then never holds its quoted text a second time
        else if (TextLengthBound() < LongJsonString.MinLength) BuildText(static (text, w) => { w.WriteString("text", text); return 0; }, writer);
        else LongJsonString.WriteProperty(writer, "text", BuildText(static (text, _) => text.ToString(), 0));
        ResultJson.WriteString(writer, "speaker", Speaker);
        ResultJson.WriteString(writer, "speakerRole", SpeakerRole);
        ResultJson.WriteString(writer, "source", Source);
        writer.WriteBoolean("partial", Partial);
        if (JsonWriteScope.Current.IncludeQuoteSpans)
        {
            writer.WriteStartArray("spans");
            for (var k = 0; k < SpanCount; k++)
            {
                var span = SpanAt(k);
                writer.WriteStartObject();
                writer.WriteNumber("start", span.Start);
                writer.WriteNumber("length", span.Length);
                writer.WriteNumber("line", span.Line);
                writer.WriteNumber("column", span.Column);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    /// <inheritdoc />
    public bool Equals(Quote? other) =>
        other is not null &&
        Text == other.Text &&
        Speaker == other.Speaker &&
        SpeakerRole == other.SpeakerRole &&
        Source == other.Source &&
        Partial == other.Partial &&
        SpansEqual(other);

    private bool SpansEqual(Quote other)
    {
        if (SpanCount != other.SpanCount) return false;
        for (var k = 0; k < SpanCount; k++)
        {
            if (!SpanAt(k).Equals(other.SpanAt(k))) return false;
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Quote);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Text, Speaker, SpeakerRole, Source, Partial, Spans);

    /// <summary>Formats as <c>“text” — speaker</c>.</summary>
    public override string ToString() => "\u201C" + Text + "\u201D \u2014 " + (Speaker ?? "(unknown)");
}
