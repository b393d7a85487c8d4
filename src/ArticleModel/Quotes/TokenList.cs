using System;
using System.Collections.Generic;

namespace ArticleModel.Quotes;

/// <summary>
/// The tokens of one paragraph, read by index, in memory that does not grow with the paragraph. A paragraph is
/// tokenised once to count its tokens and note where each block of <see cref="BlockSize"/> tokens starts; a block is
/// tokenised again when it is needed and kept in one of <see cref="Slots"/> cached blocks. The grammar looks only a
/// bounded window around the token it works on, so a block is rarely tokenised more than a few times, and a paragraph
/// of up to <see cref="BlockSize"/> tokens (nearly every real one) is tokenised once. Holding every token instead took
/// 16 bytes a token plus list growth: about 400 MB for a 19-million-character block of random text (issue 9 item 7).
/// </summary>
internal sealed class TokenList
{
    internal const int BlockShift = 10;
    internal const int BlockSize = 1 << BlockShift;
    private const int BlockMask = BlockSize - 1;
    internal const int Slots = 8;

    private ParagraphText _s;
    private List<QuotePiece> _pieces;

    // Where the tokenizer stood before each block's first token: position and next piece (entry 0: the start). Kept
    // and cleared, paragraph after paragraph.
    private readonly List<int> _blockPosition = new() { 0 };
    private readonly List<int> _blockPiece = new() { 0 };

    // Direct-mapped cache: block b lives in slot b % Slots. The arrays are the session's, reused paragraph after paragraph.
    private readonly Token[]?[] _slots;
    private readonly int[] _slotBlock = new int[Slots];

    // A paragraph of one block (nearly every real one) is read straight from it, as fast as from a list.
    private Token[]? _single;

    /// <summary>Tokenises <paramref name="s"/>, keeping blocks in <paramref name="slots"/> (<see cref="Slots"/> arrays, filled as needed).</summary>
    public TokenList(ParagraphText s, List<QuotePiece> pieces, Token[]?[] slots)
    {
        if (slots.Length != Slots) throw new ArgumentException("One array per slot.", nameof(slots));
        _slots = slots;
        _pieces = pieces;
        Reset(s, pieces);
    }

    /// <summary>
    /// Tokenises <paramref name="s"/> afresh into the same storage, forgetting the previous paragraph: a session keeps
    /// one list for all its paragraphs instead of a new one each (issue 13 item 2). Every field is set here.
    /// </summary>
    public void Reset(ParagraphText s, List<QuotePiece> pieces)
    {
        _s = s;
        _pieces = pieces;
        _single = null;
        Reloads = 0;
        _slotBlock[0] = 0;
        for (var i = 1; i < Slots; i++) _slotBlock[i] = -1;
        // Resume points from block 1 on (block 0 starts at the beginning): most paragraphs need none.
        _blockPosition.RemoveRange(1, _blockPosition.Count - 1);
        _blockPiece.RemoveRange(1, _blockPiece.Count - 1);
        var tokenizer = new QuoteTokenizer(s, pieces);
        var count = 0;
        // Block 0 starts small: most paragraphs have a few dozen tokens.
        var first = _slots[0] ?? new Token[Math.Min(BlockSize, s.Length / 5 + 4)];
        while (true)
        {
            var position = tokenizer.Position;
            var nextPiece = tokenizer.NextPiece;
            if (!tokenizer.Next(out var token)) break;
            var block = count >> BlockShift;
            var offset = count & BlockMask;
            if (offset == 0 && block > 0)
            {
                _blockPosition.Add(position);
                _blockPiece.Add(nextPiece);
            }
            if (block == 0)
            {
                if (offset == first.Length) Array.Resize(ref first, Math.Min(BlockSize, first.Length * 2));
                first[offset] = token;
            }
            else if (block < Slots)
            {
                // The first blocks are what the grammar reads first: keep them from this pass.
                var slot = _slots[block];
                if (slot is null || slot.Length < BlockSize) _slots[block] = slot = new Token[BlockSize];
                slot[offset] = token;
                _slotBlock[block] = block;
            }
            count++;
        }
        _slots[0] = first;
        Count = count;
        if (count <= BlockSize) _single = first;
    }

    public int Count { get; private set; }

    /// <summary>The token at <paramref name="index"/>, by reference (the grammar reads a field or two, not the whole token); out of range throws, as a list does.</summary>
    public ref readonly Token this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) ThrowOutOfRange();
            var single = _single;
            if (single is not null) return ref single[index];
            var block = index >> BlockShift;
            var slot = block & (Slots - 1);
            if (_slotBlock[slot] != block) Load(block, slot);
            return ref _slots[slot]![index & BlockMask];
        }
    }

    // Out of line, so the indexer stays small enough to inline.
    private static void ThrowOutOfRange() => throw new ArgumentOutOfRangeException("index");

    /// <summary>How many blocks were tokenised again (after the first pass): for the tests.</summary>
    internal int Reloads { get; private set; }

    private void Load(int block, int slot)
    {
        var tokens = _slots[slot];
        if (tokens is null || tokens.Length < BlockSize) _slots[slot] = tokens = new Token[BlockSize];
        var tokenizer = new QuoteTokenizer(_s, _pieces, _blockPosition[block], _blockPiece[block]);
        for (var i = 0; i < BlockSize && tokenizer.Next(out var token); i++) tokens[i] = token;
        _slotBlock[slot] = block;
        Reloads++;
    }
}
