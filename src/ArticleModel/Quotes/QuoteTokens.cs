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

/// <summary>Splits a paragraph into tokens, each quoted piece standing in as one token. One pass, no backtracking.</summary>
internal static class QuoteTokenizer
{
    public static List<Token> Tokenize(string s, List<QuotePiece> pieces)
    {
        var tokens = new List<Token>(s.Length / 5 + 4);
        var pos = 0;
        var pi = 0;
        while (pos < s.Length)
        {
            if (pi < pieces.Count && pos >= pieces[pi].OpenMark)
            {
                var p = pieces[pi];
                var end = p.CloseMark >= 0 ? p.CloseMark + 1 : p.ContentEnd;
                tokens.Add(new Token { Start = p.OpenMark, End = end, Kind = TokenKind.Piece, Piece = pi });
                pos = end > pos ? end : pos + 1;
                pi++;
                continue;
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
                tokens.Add(new Token { Start = pos, End = j, Kind = TokenKind.Word, Cap = char.IsUpper(c) });
                pos = j;
                continue;
            }
            tokens.Add(new Token { Start = pos, End = pos + 1, Kind = TokenKind.Punct });
            pos++;
        }
        return tokens;
    }
}
