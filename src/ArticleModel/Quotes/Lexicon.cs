using System;

namespace ArticleModel.Quotes;

/// <summary>
/// A fixed, case-insensitive set of words that can be probed with a span (no allocation). Typographic apostrophes
/// compare equal to straight ones. Built once, read-only afterwards, so safe to share between threads.
/// </summary>
internal sealed class Lexicon
{
    private const int MaxWord = 40;
    private readonly string?[] _slots;
    private readonly int _mask;

    // A quick rejection before hashing: most probes are words the set lacks, and the grammar asks several sets about
    // every token. Bit n of _lengths: some word has n characters; bit c of _first (c < 128): some word starts with the
    // folded ASCII character c. A word starting outside ASCII is always hashed.
    private readonly ulong _lengths;
    private readonly ulong _firstLow;
    private readonly ulong _firstHigh;

    public Lexicon(params string[] words)
    {
        var size = 16;
        while (size < words.Length * 3) size <<= 1;
        _slots = new string?[size];
        _mask = size - 1;
        foreach (var w in words)
        {
            if (string.IsNullOrEmpty(w) || w.Length > MaxWord) continue;
            var chars = new char[w.Length];
            for (var i = 0; i < w.Length; i++) chars[i] = Fold(w[i]);
            var key = new string(chars);
            var slot = Hash(key.AsSpan()) & _mask;
            while (_slots[slot] is { } existing)
            {
                if (existing == key) break;
                slot = (slot + 1) & _mask;
            }
            _slots[slot] = key;
            _lengths |= 1UL << key.Length;
            var first = key[0];
            if (first < 64) _firstLow |= 1UL << first;
            else if (first < 128) _firstHigh |= 1UL << (first - 64);
        }
    }

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxWord || (_lengths & (1UL << word.Length)) == 0) return false;
        var first = Fold(word[0]);
        if (first < 64 ? (_firstLow & (1UL << first)) == 0 : first < 128 && (_firstHigh & (1UL << (first - 64))) == 0) return false;
        var slot = Hash(word) & _mask;
        while (_slots[slot] is { } key)
        {
            if (key.Length == word.Length && EqualsFolded(key, word)) return true;
            slot = (slot + 1) & _mask;
        }
        return false;
    }

    public bool Contains(string text, int start, int length) => Contains(text.AsSpan(start, length));

    private static bool EqualsFolded(string key, ReadOnlySpan<char> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (key[i] != Fold(word[i])) return false;
        }
        return true;
    }

    private static int Hash(ReadOnlySpan<char> s)
    {
        unchecked
        {
            var h = (int)2166136261;
            foreach (var c in s) h = (h ^ Fold(c)) * 16777619;
            return h & 0x7FFFFFFF;
        }
    }

    internal static char Fold(char c)
    {
        if (c == '\u2019' || c == '\u2018') return '\'';
        if (c < 128) return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        return char.ToLowerInvariant(c);
    }
}
