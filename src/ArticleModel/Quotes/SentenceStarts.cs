using System;

namespace ArticleModel.Quotes;

/// <summary><c>SentStart[i]</c>: the first token of token i's sentence, read from the set of sentence starts.</summary>
internal readonly struct SentenceStarts
{
    private readonly TokenSet? _starts;
    private readonly int[]? _array;

    // The array may be longer than the paragraph (reused from an earlier one): reads past the paragraph fail as they
    // would on an array of its own length.
    private readonly int _length;

    public SentenceStarts(TokenSet? starts, int[]? array, int length = -1)
    {
        _starts = starts;
        _array = array;
        _length = array is null ? 0 : length >= 0 ? length : array.Length;
    }

    /// <remarks>
    /// While the grammar is still finding the sentences, a token past the last one decided reads 0, which is what the
    /// per-token array this replaces held there before it was filled; the attribution rules that decide where a
    /// sentence ends were tuned on those answers.
    /// </remarks>
    public int this[int token] =>
        _array is not null ? ((uint)token < (uint)_length ? _array[token] : throw new IndexOutOfRangeException()) :
        (uint)token < (uint)_starts!.Size && token > _starts!.KnownThrough ? 0 : _starts!.AtOrBefore(token);
}
