namespace ArticleModel.Quotes;

/// <summary><c>PiecesBefore[i]</c>: how many of the tokens before token i are quoted pieces (i may be the token count).</summary>
internal readonly struct PieceCounts
{
    private readonly TokenSet _pieces;

    public PieceCounts(TokenSet pieces) => _pieces = pieces;

    public int this[int token] => _pieces.CountBefore(token);
}
