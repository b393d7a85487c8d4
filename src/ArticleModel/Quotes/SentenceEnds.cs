namespace ArticleModel.Quotes;

/// <summary><c>SentEnd[i]</c>: the last token of token i's sentence (the token before the next start, or the last token).</summary>
internal readonly struct SentenceEnds
{
    private readonly TokenSet? _starts;
    private readonly int[]? _array;

    public SentenceEnds(TokenSet? starts, int[]? array)
    {
        _starts = starts;
        _array = array;
    }

    /// <remarks>0 while the sentences are still being found, as the per-token array this replaces held then.</remarks>
    public int this[int token] =>
        _array is not null ? _array[token] :
        (uint)token < (uint)_starts!.Size && !_starts!.IsSealed ? 0 : _starts!.After(token) - 1;
}
