using System;
using System.Collections.Generic;

namespace ArticleModel.Quotes;

/// <summary>
/// The working storage of one paragraph's analysis, owned by a <see cref="QuoteSession"/> and reused paragraph after
/// paragraph: the quoted pieces, the token blocks, the per-token sentence and piece arrays. An article then allocates
/// them once instead of once a paragraph (issue 13 item 2). Never shared between sessions, so never between threads.
/// </summary>
internal sealed class ParagraphBuffers
{
    private int[] _sentStart = Array.Empty<int>();
    private int[] _sentEnd = Array.Empty<int>();
    private int[] _piecesBefore = Array.Empty<int>();
    private char[] _text = Array.Empty<char>();

    /// <summary>The quoted pieces of the paragraph (cleared by the scanner before it fills them).</summary>
    public List<QuotePiece> Pieces { get; } = new();

    /// <summary>The token blocks (<see cref="TokenList.Slots"/> arrays, filled as needed).</summary>
    public Token[]?[] TokenSlots { get; } = new Token[]?[TokenList.Slots];

    /// <summary>The text of <paramref name="paragraph"/> in this session's text buffer, valid until the next call.</summary>
    public ParagraphText TextOf(Paragraph paragraph)
    {
        var length = paragraph.CopyTextTo(ref _text);
        return new ParagraphText(_text, length);
    }

    /// <summary>Sentence starts, sentence ends and piece counts for <paramref name="tokens"/> tokens, all zero, as new arrays would be.</summary>
    public void RentSentenceArrays(int tokens, out int[] sentStart, out int[] sentEnd, out int[] piecesBefore)
    {
        sentStart = Rent(ref _sentStart, tokens);
        sentEnd = Rent(ref _sentEnd, tokens);
        piecesBefore = Rent(ref _piecesBefore, tokens + 1);
    }

    private static int[] Rent(ref int[] array, int length)
    {
        if (array.Length < length) array = new int[Math.Max(length, array.Length * 2)];
        else Array.Clear(array, 0, length);
        return array;
    }
}
