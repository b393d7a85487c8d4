using System;
using System.IO;

namespace ArticleModel.Warc.Input;

/// <summary>
/// A window over a stream with absolute positions: bytes already handed out stay for a while (<see cref="History"/>), so
/// the reader can go back to the end of a gzip member that the inflater read past, or to just after a damaged member's
/// start. Memory is fixed: one buffer of <see cref="History"/> + <see cref="Chunk"/> × 2 bytes.
/// </summary>
internal sealed class RawWindow
{
    /// <summary>Bytes kept before the cursor.</summary>
    public const int History = 128 * 1024;

    /// <summary>Bytes read from the source at once, and the most handed to the inflater in one read (so it never reads far past a member's end).</summary>
    public const int Chunk = 16 * 1024;

    private readonly Stream _source;
    private readonly byte[] _buffer = new byte[History + 4 * Chunk];
    private long _start;  // absolute position of _buffer[0]
    private int _filled;  // valid bytes in _buffer
    private bool _ended;

    public RawWindow(Stream source) => _source = source;

    /// <summary>The absolute position of the next byte handed out.</summary>
    public long Cursor { get; private set; }

    /// <summary>Whether the source has no bytes at or after <paramref name="position"/>.</summary>
    public bool EndsAt(long position) => !Ensure(position, 1);

    /// <summary>The byte at <paramref name="position"/> (which <see cref="Ensure"/> made available).</summary>
    public byte this[long position] => _buffer[position - _start];

    /// <summary>
    /// Makes bytes [<paramref name="position"/>, + <paramref name="count"/>) available if the source has them and the
    /// position is not before the kept history; false if the source ends first (or the position is gone).
    /// </summary>
    public bool Ensure(long position, int count)
    {
        if (position < _start) return false;
        while (position + count > _start + _filled)
        {
            if (_ended) return false;
            if (_filled + Chunk > _buffer.Length)
            {
                // Drop what lies before both the history and the asked position.
                var keepFrom = Math.Min(position, Cursor - History);
                var drop = (int)Math.Min(Math.Max(0, keepFrom - _start), _filled);
                if (drop == 0) return false; // cannot make room (count larger than the window)
                Buffer.BlockCopy(_buffer, drop, _buffer, 0, _filled - drop);
                _filled -= drop;
                _start += drop;
            }
            var n = _source.Read(_buffer, _filled, Math.Min(Chunk, _buffer.Length - _filled));
            if (n <= 0)
            {
                _ended = true;
                return false;
            }
            _filled += n;
        }
        return true;
    }

    /// <summary>Hands out up to <paramref name="count"/> bytes (at most <see cref="Chunk"/>) at the cursor; 0 at the end.</summary>
    public int Read(byte[] buffer, int offset, int count)
    {
        if (!Ensure(Cursor, 1)) return 0;
        var n = (int)Math.Min(Math.Min(count, Chunk), _start + _filled - Cursor);
        Buffer.BlockCopy(_buffer, (int)(Cursor - _start), buffer, offset, n);
        Cursor += n;
        return n;
    }

    /// <summary>Moves the cursor to <paramref name="position"/>, which must be within the kept bytes or ahead of them.</summary>
    public bool Seek(long position)
    {
        if (position < _start) return false;
        Cursor = position;
        return true;
    }

    /// <summary>The oldest position still kept.</summary>
    public long Start => _start;
}
