using System;

namespace ArticleModel;

/// <summary>A paragraph of an article: its white-space-normalised text and where it came from.</summary>
public sealed class Paragraph : IEquatable<Paragraph>
{
    /// <summary>Creates a paragraph.</summary>
    public Paragraph(string text, SourceSpan span)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Span = span;
    }

    /// <summary>The paragraph's text, lines joined by single spaces, no edge white space.</summary>
    public string Text { get; }

    /// <summary>Where the paragraph is in the input.</summary>
    public SourceSpan Span { get; }

    /// <inheritdoc />
    public bool Equals(Paragraph? other) => other is not null && Text == other.Text && Span == other.Span;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Paragraph);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Text, Span);

    /// <summary>The text.</summary>
    public override string ToString() => Text;
}
