using System;
using System.Collections.Generic;

namespace ArticleModel.Quotes;

internal enum TokenKind : byte { Word, Punct, Piece }

/// <summary>A token of a paragraph's narrative: a word, a punctuation mark, or a whole quoted piece.</summary>
internal struct Token
{
    public int Start;
    public int End;
    public TokenKind Kind;
    public bool Cap;
    public int Piece;
    public int Length => End - Start;
}

/// <summary>
/// Splits a paragraph into tokens, each quoted piece standing in as one token. One pass, no backtracking. The whole
/// state between two tokens is the position and the next piece, so tokenising can resume at any token boundary
/// (<see cref="TokenList"/> keeps only such resume points, not the tokens).
/// </summary>
internal struct QuoteTokenizer
{
    private readonly ParagraphText _s;
    private readonly List<QuotePiece> _pieces;

    public QuoteTokenizer(ParagraphText s, List<QuotePiece> pieces, int position = 0, int nextPiece = 0)
    {
        _s = s;
        _pieces = pieces;
        Position = position;
        NextPiece = nextPiece;
    }

    /// <summary>Where the next token is looked for.</summary>
    public int Position { get; private set; }

    /// <summary>Index of the next quoted piece not yet passed.</summary>
    public int NextPiece { get; private set; }

    public static TokenList Tokenize(ParagraphText s, List<QuotePiece> pieces) => new(s, pieces, new Token[]?[TokenList.Slots]);

    /// <summary>Tokenises <paramref name="s"/> into <paramref name="slots"/>, arrays reused from an earlier paragraph.</summary>
    public static TokenList Tokenize(ParagraphText s, List<QuotePiece> pieces, Token[]?[] slots) => new(s, pieces, slots);

    /// <summary>The next token, or false at the end of the paragraph.</summary>
    public bool Next(out Token token)
    {
        var s = _s;
        var pieces = _pieces;
        var pos = Position;
        var pi = NextPiece;
        while (pos < s.Length)
        {
            if (pi < pieces.Count && pos >= pieces[pi].OpenMark)
            {
                var p = pieces[pi];
                var end = p.CloseMark >= 0 ? p.CloseMark + 1 : p.ContentEnd;
                token = new Token { Start = p.OpenMark, End = end, Kind = TokenKind.Piece, Piece = pi };
                Position = end > pos ? end : pos + 1;
                NextPiece = pi + 1;
                return true;
            }
            var limit = pi < pieces.Count ? pieces[pi].OpenMark : s.Length;
            var c = s[pos];
            if (WhiteSpace.IsWhite(c)) { pos++; continue; }
            if (char.IsLetterOrDigit(c))
            {
                var j = pos + 1;
                while (j < limit)
                {
                    var ch = s[j];
                    if (char.IsLetterOrDigit(ch)) { j++; continue; }
                    if ((ch == '\'' || ch == '\u2019' || ch == '-' || ch == '.' || ch == '&') && j + 1 < limit && char.IsLetterOrDigit(s[j + 1])) { j++; continue; }
                    break;
                }
                if (j < limit && s[j] == '.')
                {
                    var len = j - pos;
                    if ((len == 1 && char.IsUpper(c)) || QuoteLexicons.Abbreviations.Contains(s.AsSpan(pos, len))) j++;
                }
                else if (j < limit && (s[j] == '\u2019' || s[j] == '\'') && (s[j - 1] == 's' || s[j - 1] == 'S') && (j + 1 >= limit || !char.IsLetterOrDigit(s[j + 1])))
                {
                    j++; // plural possessive: the Smiths’
                }
                token = new Token { Start = pos, End = j, Kind = TokenKind.Word, Cap = char.IsUpper(c) };
                Position = j;
                return true;
            }
            token = new Token { Start = pos, End = pos + 1, Kind = TokenKind.Punct };
            Position = pos + 1;
            return true;
        }
        Position = pos;
        token = default;
        return false;
    }
}
