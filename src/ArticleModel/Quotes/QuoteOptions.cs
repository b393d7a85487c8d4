using System;

namespace ArticleModel;

/// <summary>
/// Options of <see cref="QuoteExtractor"/>: the runtime side of the schema's <c>@quotes(minWords: …, marks: …,
/// organisations: …)</c>. Immutable; <see cref="Default"/> is what <c>@quotes</c> without arguments means.
/// </summary>
public sealed class QuoteOptions : IEquatable<QuoteOptions>
{
    /// <summary>Every mark, quotes of one word or more, organisations as speakers.</summary>
    public static QuoteOptions Default { get; } = new();

    /// <summary>Creates options.</summary>
    /// <param name="minWords">Quotes with fewer words than this are left out (values below 1 mean 1).</param>
    /// <param name="marks">The characters that count as quote marks.</param>
    /// <param name="organisationsAsSpeakers">
    /// When false, a quote attributed to an organisation (<c>the company said</c>, <c>Acme Corp. said</c>) gets no
    /// speaker instead of the organisation's name; people are unaffected.
    /// </param>
    public QuoteOptions(int minWords = 1, QuoteMarks marks = QuoteMarks.All, bool organisationsAsSpeakers = true)
    {
        MinWords = minWords < 1 ? 1 : minWords;
        Marks = marks & QuoteMarks.All;
        OrganisationsAsSpeakers = organisationsAsSpeakers;
    }

    /// <summary>The fewest words a quote has to have to be reported (at least 1). A word is a run of letters or digits.</summary>
    public int MinWords { get; }

    /// <summary>The characters that count as quote marks.</summary>
    public QuoteMarks Marks { get; }

    /// <summary>Whether an organisation can be a quote's speaker.</summary>
    public bool OrganisationsAsSpeakers { get; }

    /// <inheritdoc />
    public bool Equals(QuoteOptions? other) =>
        other is not null && MinWords == other.MinWords && Marks == other.Marks && OrganisationsAsSpeakers == other.OrganisationsAsSpeakers;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as QuoteOptions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(MinWords, Marks, OrganisationsAsSpeakers);
}
