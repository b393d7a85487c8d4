using System;

namespace ArticleModel.Quotes;

/// <summary>
/// A set of token indices (sentence starts, quoted pieces) answering "how many members before i", "the last member at
/// or before i" and "the first member after i" in constant time, in about a third of a byte per token: one bit per
/// token plus three counts per 64 tokens. Replaces int arrays of one entry per token (12 bytes a token for the
/// grammar's three), which dominated the memory of quote extraction over a huge paragraph (issue 9 item 7).
/// </summary>
internal sealed class TokenSet
{
    private readonly ulong[] _bits;
    private readonly int[] _countBefore; // members in the words before word w
    private readonly int[] _lastBefore;  // the last member in the words before word w, or -1
    private readonly int[] _firstAfter;  // the first member in the words after word w, or Size
    private int _lastAdded = -1;
    private bool _sealed;

    public TokenSet(int size)
    {
        Size = size;
        var words = (size + 63) >> 6;
        _bits = new ulong[words];
        _countBefore = new int[words + 1];
        _lastBefore = new int[words];
        _firstAfter = new int[words];
        KnownThrough = size - 1;
    }

    /// <summary>Token indices run from 0 to <see cref="Size"/> − 1.</summary>
    public int Size { get; }

    /// <summary>
    /// While members are still being added: the index through which they are all in, so <see cref="AtOrBefore"/>
    /// can answer up to there. <see cref="Size"/> − 1 once sealed.
    /// </summary>
    public int KnownThrough { get; set; }

    public bool IsSealed => _sealed;

    /// <summary>Adds <paramref name="index"/>, which must be above every member added so far.</summary>
    public void Add(int index)
    {
        if ((uint)index >= (uint)Size) throw new ArgumentOutOfRangeException(nameof(index));
        if (_sealed || index <= _lastAdded) throw new InvalidOperationException("Members are added once, in ascending order, before the set is sealed.");
        // the words between the previous member and this one (and this one's word) have the previous member last before them
        for (var w = (_lastAdded >> 6) + 1; w <= index >> 6; w++) _lastBefore[w] = _lastAdded;
        _bits[index >> 6] |= 1UL << (index & 63);
        _lastAdded = index;
    }

    /// <summary>Computes the remaining per-word summaries; call once, after the last <see cref="Add"/>.</summary>
    public void Seal()
    {
        for (var w = (_lastAdded >> 6) + 1; w < _bits.Length; w++) _lastBefore[w] = _lastAdded;
        for (var w = 0; w < _bits.Length; w++) _countBefore[w + 1] = _countBefore[w] + PopCount(_bits[w]);
        var first = Size;
        for (var w = _bits.Length - 1; w >= 0; w--)
        {
            _firstAfter[w] = first;
            if (_bits[w] != 0) first = (w << 6) + TrailingZeroCount(_bits[w]);
        }
        KnownThrough = Size - 1;
        _sealed = true;
    }

    /// <summary>Members below <paramref name="index"/>; <paramref name="index"/> may be <see cref="Size"/> (all of them).</summary>
    public int CountBefore(int index)
    {
        if ((uint)index > (uint)Size) throw new IndexOutOfRangeException();
        if (!_sealed) throw new InvalidOperationException("The set is not sealed yet.");
        var w = index >> 6;
        var bit = index & 63;
        return bit == 0 ? _countBefore[w] : _countBefore[w] + PopCount(_bits[w] & ((1UL << bit) - 1));
    }

    /// <summary>The largest member ≤ <paramref name="index"/>, or −1.</summary>
    public int AtOrBefore(int index)
    {
        if ((uint)index >= (uint)Size) throw new IndexOutOfRangeException();
        if (index > KnownThrough) throw new InvalidOperationException("Not all members up to the index are known yet.");
        var w = index >> 6;
        var mask = _bits[w] & (ulong.MaxValue >> (63 - (index & 63)));
        if (mask != 0) return (w << 6) + 63 - LeadingZeroCount(mask);
        // while adding, the words past the last member's are filled in only by Seal
        return !_sealed && w > _lastAdded >> 6 ? _lastAdded : _lastBefore[w];
    }

    /// <summary>The smallest member &gt; <paramref name="index"/>, or <see cref="Size"/>.</summary>
    public int After(int index)
    {
        if ((uint)index >= (uint)Size) throw new IndexOutOfRangeException();
        if (!_sealed) throw new InvalidOperationException("The set is not sealed yet.");
        var w = index >> 6;
        var bit = index & 63;
        var mask = bit == 63 ? 0 : _bits[w] & (ulong.MaxValue << (bit + 1));
        return mask != 0 ? (w << 6) + TrailingZeroCount(mask) : _firstAfter[w];
    }

#if NET8_0_OR_GREATER
    private static int PopCount(ulong v) => System.Numerics.BitOperations.PopCount(v);
    private static int LeadingZeroCount(ulong v) => System.Numerics.BitOperations.LeadingZeroCount(v);
    private static int TrailingZeroCount(ulong v) => System.Numerics.BitOperations.TrailingZeroCount(v);
#else
    private static int PopCount(ulong v)
    {
        v -= (v >> 1) & 0x5555555555555555UL;
        v = (v & 0x3333333333333333UL) + ((v >> 2) & 0x3333333333333333UL);
        v = (v + (v >> 4)) & 0x0F0F0F0F0F0F0F0FUL;
        return (int)((v * 0x0101010101010101UL) >> 56);
    }

    private static int LeadingZeroCount(ulong v)
    {
        if (v == 0) return 64;
        var n = 0;
        while ((v & 0x8000000000000000UL) == 0) { v <<= 1; n++; }
        return n;
    }

    private static int TrailingZeroCount(ulong v)
    {
        if (v == 0) return 64;
        var n = 0;
        while ((v & 1) == 0) { v >>= 1; n++; }
        return n;
    }
#endif
}
