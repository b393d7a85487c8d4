namespace ArticleModel.Quotes;

/// <summary><c>PiecesBefore[i]</c>: how many of the tokens before token i are quoted pieces (i may be the token count).</summary>
internal readonly struct PieceCounts
{
    private readonly TokenSet? _pieces;
    private readonly int[]? _array;

    public PieceCounts(TokenSet? pieces, int[]? array)
    {
        _pieces = pieces;
        _array = array;
    }

    public int this[int token] => _array is not null ? _array[token] : _pieces!.CountBefore(token);
}
