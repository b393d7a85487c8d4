using System;

namespace ArticleModel.Quotes;

/// <summary>
/// The text of the paragraph being analysed, as characters in a buffer the session reuses paragraph after paragraph
/// (<see cref="ParagraphBuffers.TextOf"/>), so quote extraction builds no string per paragraph (issue 9 item 7: over a
/// large document those strings were the largest part of the extraction's garbage, and the long ones were large
/// objects collected only with generation 2). Valid until the next paragraph is analysed; only the strings the
/// extraction keeps (quote texts, names) are copied out of it.
/// </summary>
internal readonly struct ParagraphText
{
    private readonly char[] _chars;

    public ParagraphText(char[] chars, int length)
    {
        _chars = chars;
        Length = length;
    }

    /// <summary>The buffer the characters are in (reused for the next paragraph: see <see cref="NounPhrase.Pin"/>).</summary>
    internal char[] Buffer => _chars;

    /// <summary>The number of characters.</summary>
    public int Length { get; }

    /// <summary>The character at <paramref name="index"/> (out of range throws, as a string's indexer does).</summary>
    public char this[int index] => _chars.AsSpan(0, Length)[index];

    /// <summary>All the characters.</summary>
    public ReadOnlySpan<char> AsSpan() => _chars.AsSpan(0, Length);

    /// <summary>The characters from <paramref name="start"/> to the end.</summary>
    public ReadOnlySpan<char> AsSpan(int start) => AsSpan().Slice(start);

    /// <summary>The <paramref name="length"/> characters from <paramref name="start"/>.</summary>
    public ReadOnlySpan<char> AsSpan(int start, int length) => AsSpan().Slice(start, length);

    /// <summary>A new string of the <paramref name="length"/> characters from <paramref name="start"/>.</summary>
    public string Substring(int start, int length) => AsSpan(start, length).ToString();

    /// <summary>A new string of the characters from <paramref name="start"/> to the end.</summary>
    public string Substring(int start) => AsSpan(start).ToString();

    /// <summary>The text as a new string (tests and diagnostics; the extraction itself never needs it whole).</summary>
    public override string ToString() => AsSpan().ToString();

    /// <summary>A paragraph text over a copy of <paramref name="text"/> (tests and callers that hold a string).</summary>
    public static ParagraphText Of(string text) => new(text.ToCharArray(), text.Length);

    /// <summary>A copy of <paramref name="text"/>: lets tests and string-holding callers pass a string.</summary>
    public static implicit operator ParagraphText(string text) => Of(text);
}
