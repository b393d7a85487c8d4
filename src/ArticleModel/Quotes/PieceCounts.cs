using System;

namespace ArticleModel.Quotes;

/// <summary><c>PiecesBefore[i]</c>: how many of the tokens before token i are quoted pieces (i may be the token count).</summary>
internal readonly struct PieceCounts
{
    private readonly TokenSet? _pieces;
    private readonly int[]? _array;

    // The array may be longer than the paragraph (reused from an earlier one): reads past the paragraph fail as they
    // would on an array of its own length.
    private readonly int _length;

    public PieceCounts(TokenSet? pieces, int[]? array, int length = -1)
    {
        _pieces = pieces;
        _array = array;
        _length = array is null ? 0 : length >= 0 ? length : array.Length;
    }

    public int this[int token] => _array is not null ? ((uint)token < (uint)_length ? _array[token] : throw new IndexOutOfRangeException()) : _pieces!.CountBefore(token);
}
