using System;

namespace ArticleModel.Quotes;

/// <summary><c>SentEnd[i]</c>: the last token of token i's sentence (the token before the next start, or the last token).</summary>
internal readonly struct SentenceEnds
{
    private readonly TokenSet? _starts;
    private readonly int[]? _array;

    // The array may be longer than the paragraph (reused from an earlier one): reads past the paragraph fail as they
    // would on an array of its own length.
    private readonly int _length;

    public SentenceEnds(TokenSet? starts, int[]? array, int length = -1)
    {
        _starts = starts;
        _array = array;
        _length = array is null ? 0 : length >= 0 ? length : array.Length;
    }

    /// <remarks>0 while the sentences are still being found, as the per-token array this replaces held then.</remarks>
    public int this[int token] =>
        _array is not null ? ((uint)token < (uint)_length ? _array[token] : throw new IndexOutOfRangeException()) :
        (uint)token < (uint)_starts!.Size && !_starts!.IsSealed ? 0 : _starts!.After(token) - 1;
}
