using System;
using System.Text.Json;

namespace ArticleModel;

/// <summary>
/// A direct quotation found in an article: what was said, who said it (as best the text tells), and where it is.
/// Immutable, compares by value.
/// </summary>
/// <remarks>
/// Produced by <see cref="QuoteExtractor"/>. A statement split around its attribution
/// (<c>“…,” she said. “…”</c>) or continued across paragraphs is one quote with one span per quoted piece.
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
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Speaker = speaker;
        SpeakerRole = speakerRole;
        Source = source;
        Partial = partial;
        Spans = spans ?? throw new ArgumentNullException(nameof(spans));
        if (spans.Count == 0) throw new ArgumentException("a quote has at least one span", nameof(spans));
    }

    /// <summary>The quoted words without the quote marks, white space normalised; the pieces of a split statement joined by one space.</summary>
    public string Text { get; }

    /// <summary>The speaker's full name as best known, or null when the text does not say who spoke.</summary>
    public string? Speaker { get; }

    /// <summary>The speaker's role or title when the article gives one (for example <c>Russian Foreign Minister</c>), or null.</summary>
    public string? SpeakerRole { get; }

    /// <summary>The relay in <c>according to X</c> or <c>told X</c> (for example a news agency), or null.</summary>
    public string? Source { get; }

    /// <summary>True for a fragment quoted inside a sentence rather than a full quoted statement.</summary>
    public bool Partial { get; }

    /// <summary>One span per quoted piece (the text inside the quote marks), in document order.</summary>
    public ValueList<SourceSpan> Spans { get; }

    /// <summary>The span of the first quoted piece.</summary>
    public SourceSpan Span => Spans[0];

    /// <summary>
    /// Writes <c>{"text":…,"speaker":…,"speakerRole":…,"source":…,"partial":…}</c>; when written through
    /// <see cref="ResultJson"/> with <see cref="ResultJsonOptions.IncludeQuoteSpans"/>, also
    /// <c>"spans":[{"start":…,"length":…,"line":…,"column":…},…]</c>, one per quoted piece.
    /// </summary>
    public void WriteJson(Utf8JsonWriter writer)
    {
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        writer.WriteStartObject();
        LongJsonString.WriteProperty(writer, "text", Text);
        ResultJson.WriteString(writer, "speaker", Speaker);
        ResultJson.WriteString(writer, "speakerRole", SpeakerRole);
        ResultJson.WriteString(writer, "source", Source);
        writer.WriteBoolean("partial", Partial);
        if (JsonWriteScope.Current.IncludeQuoteSpans)
        {
            writer.WriteStartArray("spans");
            foreach (var span in Spans)
            {
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
        Spans.Equals(other.Spans);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Quote);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Text, Speaker, SpeakerRole, Source, Partial, Spans);

    /// <summary>Formats as <c>“text” — speaker</c>.</summary>
    public override string ToString() => "\u201C" + Text + "\u201D \u2014 " + (Speaker ?? "(unknown)");
}
