using System;

namespace ArticleModel.Quotes;

/// <summary>
/// Builds a quote's text from its quoted pieces: white space runs become one space, pieces are joined by one space,
/// and <c>“A,” she said. “B”</c> reads <c>A. B</c>. The one place that rule lives: the extractor builds texts with it
/// while it reads a paragraph, and a <see cref="Quote"/> that keeps only its spans builds its text with it again from
/// the document (issue 9 item 7), so both give the same characters.
/// </summary>
internal sealed class QuoteTextBuffer
{
    // one very long quote must not keep its storage for the rest of the article (or of the thread)
    private const int MaxKeptCapacity = 64 * 1024;

    private char[] _chars = new char[64];

    /// <summary>The number of characters built so far.</summary>
    public int Length { get; private set; }

    /// <summary>
    /// Appends one quoted piece. <paramref name="sentenceBreak"/>: the attribution between the previous piece and this
    /// one ended a sentence, so a comma ending the text so far becomes a full stop when this piece begins with a capital.
    /// </summary>
    public void AppendPiece(ReadOnlySpan<char> piece, bool sentenceBreak)
    {
        if (Length > 0)
        {
            if (sentenceBreak && _chars[Length - 1] == ',' && piece.Length > 0 && char.IsUpper(piece[0])) _chars[Length - 1] = '.';
            Append(' ');
        }
        var space = false;
        foreach (var c in piece)
        {
            if (WhiteSpace.IsWhite(c)) { space = true; continue; }
            if (space) Append(' ');
            space = false;
            Append(c);
        }
    }

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> give the same characters as pieces (see <see cref="AppendPiece"/>).</summary>
    public static bool SameText(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int i = 0, j = 0;
        while (true)
        {
            var x = Next(a, ref i);
            var y = Next(b, ref j);
            if (x != y) return false;
            if (x < 0) return true;
        }
    }

    // The next character AppendPiece would write for piece at i (a run of white space is one space; trailing white
    // space writes nothing), or -1 at the end.
    private static int Next(ReadOnlySpan<char> piece, ref int i)
    {
        if (i >= piece.Length) return -1;
        if (!WhiteSpace.IsWhite(piece[i])) return piece[i++];
        while (i < piece.Length && WhiteSpace.IsWhite(piece[i])) i++;
        return i < piece.Length ? ' ' : -1;
    }

    /// <summary>The length without the trailing commas and spaces a quote's text never ends with.</summary>
    public int TrimmedLength
    {
        get
        {
            var length = Length;
            while (length > 0 && (_chars[length - 1] == ',' || _chars[length - 1] == ' ')) length--;
            return length;
        }
    }

    /// <summary>The text without its trailing commas and spaces.</summary>
    public ReadOnlySpan<char> Trimmed => _chars.AsSpan(0, TrimmedLength);

    /// <summary>Starts again, dropping storage grown past what is worth keeping.</summary>
    public void Clear()
    {
        Length = 0;
        if (_chars.Length > MaxKeptCapacity) _chars = new char[64];
    }

    private void Append(char c)
    {
        if (Length == _chars.Length) Array.Resize(ref _chars, _chars.Length * 2);
        _chars[Length++] = c;
    }
}
