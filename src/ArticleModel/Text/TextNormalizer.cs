using System;
using System.Buffers;
using System.Runtime.CompilerServices;
using ArticleModel.CompilerServices;

namespace ArticleModel;

/// <summary>
/// White-space normalisation of text values: every run of white space becomes one space and the value is trimmed.
/// </summary>
/// <remarks>
/// White space here is the reader's definition (see <see cref="PlainTextReader"/>): space, tab, line breaks, every
/// character <see cref="char.IsWhiteSpace(char)"/> accepts (NBSP, U+2028, U+2029, the U+2000 spaces, ...), U+FEFF and
/// the control characters U+0000–U+001F and U+007F. The methods are thread-safe and allocate only their result.
/// </remarks>
public static class TextNormalizer
{
    private const int StackLimit = 256;

    /// <summary>
    /// Returns <paramref name="text"/> with every run of white space replaced by one space and no white space at
    /// either end. <see cref="string.Empty"/> for empty or all-white input.
    /// </summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return string.Empty;
        if (WhiteSpace.IsNormalized(text)) return text.ToString();
        char[]? rented = null;
        var buffer = text.Length <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var state = new JoinState();
        var written = state.Write(text, buffer, 0);
        var result = written == 0 ? string.Empty : buffer.Slice(0, written).ToString();
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    /// <summary>
    /// The normalised text of the lines <paramref name="firstLine"/> to <paramref name="lastLine"/> (inclusive
    /// indexes into <see cref="ArticleDocument.Lines"/>), joined by single spaces, in one allocation.
    /// <see cref="string.Empty"/> when <paramref name="lastLine"/> is before <paramref name="firstLine"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A line index is outside the document's lines.</exception>
    public static string Join(ArticleDocument document, int firstLine, int lastLine)
    {
        if (document is null) throw new ArgumentNullException(nameof(document));
        if (lastLine < firstLine) return string.Empty;
        if ((uint)firstLine >= (uint)document.LineCount) throw new ArgumentOutOfRangeException(nameof(firstLine));
        if ((uint)lastLine >= (uint)document.LineCount) throw new ArgumentOutOfRangeException(nameof(lastLine));

        return Join(document.Text, new LineView(document.LineTable), firstLine, lastLine);
    }

    /// <summary>
    /// <see cref="Join(ArticleDocument, int, int)"/> over any line table into <paramref name="text"/> (the parse view
    /// after drops, say); indexes unchecked. One allocation however many lines: a block of a million short lines must
    /// not cost a string per line.
    /// </summary>
    internal static string Join(string text, LineView lines, int firstLine, int lastLine)
    {
        if (lastLine < firstLine) return string.Empty;
        if (firstLine == lastLine) return Normalize(text.AsSpan(lines.Start(firstLine), lines.Length(firstLine)));

        var measure = new JoinState();
        var length = 0;
        for (var i = firstLine; i <= lastLine; i++)
        {
            length += measure.Measure(text.AsSpan(lines.Start(i), lines.Length(i)));
        }
        if (length == 0) return string.Empty;

#if NET8_0_OR_GREATER
        return string.Create(length, (text, lines, firstLine, lastLine), static (destination, state) =>
        {
            var text = state.text;
            var lines = state.lines;
            var write = new JoinState();
            var at = 0;
            for (var i = state.firstLine; i <= state.lastLine; i++)
            {
                at = write.Write(text.AsSpan(lines.Start(i), lines.Length(i)), destination, at);
            }
        });
#else
        char[]? rented = null;
        var buffer = length <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = ArrayPool<char>.Shared.Rent(length));
        var write = new JoinState();
        var at = 0;
        for (var i = firstLine; i <= lastLine; i++)
        {
            at = write.Write(text.AsSpan(lines.Start(i), lines.Length(i)), buffer, at);
        }
        var result = buffer.Slice(0, at).ToString();
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return result;
#endif
    }

    /// <summary>
    /// Writes what <see cref="Join(string, LineView, int, int)"/> returns into <paramref name="destination"/> and returns
    /// its length. <paramref name="destination"/> must hold the lines' characters plus one per line after the first.
    /// </summary>
    internal static int JoinInto(string text, LineView lines, int firstLine, int lastLine, Span<char> destination)
    {
        var write = new JoinState();
        var at = 0;
        for (var i = firstLine; i <= lastLine; i++)
        {
            at = write.Write(text.AsSpan(lines.Start(i), lines.Length(i)), destination, at);
        }
        return at;
    }

    /// <summary>
    /// The normalising state machine over one or more segments, each of which is preceded by an implied white space.
    /// Measure and Write make the same decisions, so a measured length is exactly what Write produces.
    /// </summary>
    internal struct JoinState
    {
        private bool _wroteAny;
        private bool _pending;

        public int Measure(ReadOnlySpan<char> segment)
        {
            _pending = true;
            if (segment.IsEmpty) return 0;
            if (WhiteSpace.IsNormalized(segment))
            {
                var n = segment.Length + (_wroteAny ? 1 : 0);
                _wroteAny = true;
                _pending = false;
                return n;
            }
            var count = 0;
            foreach (var c in segment)
            {
                if (WhiteSpace.IsWhite(c))
                {
                    _pending = true;
                }
                else
                {
                    if (_pending && _wroteAny) count++;
                    count++;
                    _wroteAny = true;
                    _pending = false;
                }
            }
            return count;
        }

        public int Write(ReadOnlySpan<char> segment, Span<char> destination, int at)
        {
            _pending = true;
            return Continue(segment, destination, at);
        }

        /// <summary>Writes a piece that continues the previous segment (no white space implied before it): a long line in pieces.</summary>
        public int Continue(ReadOnlySpan<char> segment, Span<char> destination, int at)
        {
            if (segment.IsEmpty) return at;
            if (WhiteSpace.IsNormalized(segment))
            {
                if (_pending && _wroteAny) destination[at++] = ' ';
                segment.CopyTo(destination.Slice(at));
                _wroteAny = true;
                _pending = false;
                return at + segment.Length;
            }
            foreach (var c in segment)
            {
                if (WhiteSpace.IsWhite(c))
                {
                    _pending = true;
                }
                else
                {
                    if (_pending && _wroteAny) destination[at++] = ' ';
                    destination[at++] = c;
                    _wroteAny = true;
                    _pending = false;
                }
            }
            return at;
        }
    }
}

/// <summary>
/// The one definition of white space the reader, the normaliser and the converters share.
/// </summary>
internal static class WhiteSpace
{
    /// <summary>
    /// Every white-space character other than the plain space: the C0 controls, DEL, NEL, NBSP and the Unicode space,
    /// line and paragraph separators, and U+FEFF. Together with ' ' this is exactly the set <see cref="IsWhite"/> accepts.
    /// </summary>
    internal const string NonSpaceWhite =
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        "\u007F\u0085\u00A0\u1680" +
        "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A" +
        "\u2028\u2029\u202F\u205F\u3000\uFEFF";

#if NET8_0_OR_GREATER
    internal static readonly SearchValues<char> NonSpaceWhiteValues = SearchValues.Create(NonSpaceWhite);
#endif

    /// <summary>
    /// True for white space: U+0000–U+0020, U+007F, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F,
    /// U+205F, U+3000 and U+FEFF — that is, <see cref="char.IsWhiteSpace(char)"/> plus the controls and U+FEFF, fixed
    /// so it does not depend on the runtime's Unicode version.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsWhite(char c) => c <= ' ' || (c >= '\u007F' && IsWhiteAbove7E(c));

    private static bool IsWhiteAbove7E(char c)
    {
        if (c < '\u1680') return c == '\u007F' || c == '\u0085' || c == '\u00A0';
        if (c < '\u2000') return c == '\u1680';
        if (c <= '\u200A') return true;
        return c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
    }

    /// <summary>True when <paramref name="text"/> is already normalised: no edge space, no white space other than single spaces.</summary>
    internal static bool IsNormalized(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return true;
        if (text[0] == ' ' || text[text.Length - 1] == ' ') return false;
#if NET8_0_OR_GREATER
        return text.IndexOfAny(NonSpaceWhiteValues) < 0 && text.IndexOf("  ") < 0;
#else
        var previousSpace = false;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                if (previousSpace) return false;
                previousSpace = true;
            }
            else
            {
                if (IsWhite(c)) return false;
                previousSpace = false;
            }
        }
        return true;
#endif
    }

    /// <summary>Trims white space (this definition) from both ends.</summary>
    internal static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text)
    {
        var start = 0;
        while (start < text.Length && IsWhite(text[start])) start++;
        var end = text.Length;
        while (end > start && IsWhite(text[end - 1])) end--;
        return text.Slice(start, end - start);
    }
}
