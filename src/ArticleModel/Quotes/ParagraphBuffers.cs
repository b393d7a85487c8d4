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

    // The tokens, grammar and offset mapper of the paragraph being analysed, made once and reset for each paragraph: on
    // 60,000 short paragraphs they were 17 MB of a parse's allocation (issue 13 item 2).
    private TokenList? _tokens;
    private QuoteGrammar? _grammar;
    private OffsetMapper? _mapper;

    /// <summary>The tokens of <paramref name="s"/>, in this session's token list (valid until the next call).</summary>
    public TokenList Tokenize(ParagraphText s, List<QuotePiece> pieces)
    {
        if (_tokens is null) return _tokens = new TokenList(s, pieces, TokenSlots);
        _tokens.Reset(s, pieces);
        return _tokens;
    }

    /// <summary>The grammar over <paramref name="tokens"/>, this session's one grammar reset (valid until the next call).</summary>
    public QuoteGrammar GrammarFor(ParagraphText s, TokenList tokens, List<QuotePiece> pieces)
    {
        if (_grammar is null) return _grammar = new QuoteGrammar(s, tokens, pieces, buffers: this);
        _grammar.Reset(s, tokens, pieces, buffers: this);
        return _grammar;
    }

    /// <summary>The offset mapper of <paramref name="paragraph"/>, this session's one mapper reset (valid until the next call).</summary>
    public OffsetMapper MapperFor(ArticleDocument document, Paragraph paragraph, ParagraphText text)
    {
        if (_mapper is null) return _mapper = new OffsetMapper(document, paragraph, text);
        _mapper.Reset(document, paragraph, text);
        return _mapper;
    }

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
