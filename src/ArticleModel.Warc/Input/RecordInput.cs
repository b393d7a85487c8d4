using System;

namespace ArticleModel.Warc.Input;

/// <summary>What a read of <see cref="RecordInput"/> met: what was asked for, the end of the file, or damage.</summary>
internal enum InputStop
{
    None,
    End,
    Damage,
}

/// <summary>
/// Buffered reading of decoded WARC bytes for the record reader: lines of a header (capped), a block into an array of its
/// size, or a block skipped unread. The buffer is refilled only when empty, so it always holds bytes of one gzip member.
/// </summary>
internal sealed class RecordInput
{
    private readonly DecodedSource _source;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private readonly bool _plain;
    private int _pos;
    private int _len;
    private long _bufferOffset;
    private bool _bufferAtMemberStart;
    private byte[] _line = new byte[256];
    private long _filled;
    private readonly long _maxLineRead;

    /// <summary>Reads <paramref name="source"/>; a line longer than <paramref name="maxLineRead"/> bytes is returned in pieces of that size.</summary>
    public RecordInput(DecodedSource source, long maxLineRead)
    {
        _source = source;
        _maxLineRead = maxLineRead;
        _plain = source is PlainSource;
    }

    /// <summary>The damage the last <see cref="InputStop.Damage"/> stop met.</summary>
    public ArticleDiagnostic? Damage => _source.Damage;

    /// <summary>Where the damage is (the damaged gzip member).</summary>
    public long DamageOffset => _source.DamageOffset;

    /// <summary>Goes on after damage.</summary>
    public void Resume() => _source.Resume();

    /// <summary>The offset of the next byte: its own offset in a plain file; its gzip member's in a gzip file.</summary>
    public long Offset => _plain ? _bufferOffset + _pos : _bufferOffset;

    /// <summary>Decoded bytes taken so far (the reader's own count, whatever the file's offsets).</summary>
    public long Position => _filled - (_len - _pos);

    /// <summary>Whether offsets are the bytes' own (a plain file), not their gzip member's.</summary>
    public bool AtPlainOffsets => _plain;

    /// <summary>Whether the next byte starts a gzip member.</summary>
    public bool AtMemberStart => !_plain && _pos == 0 && _bufferAtMemberStart;

    /// <summary>Makes at least one byte available; the stop when there is none.</summary>
    public InputStop Fill()
    {
        if (_pos < _len) return InputStop.None;
        var n = _source.Read(_buffer, 0, _buffer.Length);
        if (n <= 0)
        {
            _pos = _len = 0;
            return _source.Damage is null ? InputStop.End : InputStop.Damage;
        }
        _filled += n;
        _bufferOffset = _source.Offset;
        _bufferAtMemberStart = _source.AtMemberStart;
        _pos = 0;
        _len = n;
        return InputStop.None;
    }

    /// <summary>
    /// Reads one line (without its CR LF or LF). A line longer than <paramref name="max"/> bytes is read to its end but
    /// not kept (<paramref name="tooLong"/>); one that goes on past the reader's line limit ends there, and its rest is
    /// read as the next line (an endless source is never followed to an end it does not have). The stop that came before
    /// a line end: a last line without one comes with it, in <paramref name="line"/> (empty when too long), to be reported.
    /// </summary>
    public InputStop ReadLine(int max, out ReadOnlySpan<byte> line, out bool tooLong)
    {
        var length = 0;
        long read = 0;
        tooLong = false;
        line = default;
        while (true)
        {
            var stop = Fill();
            if (stop != InputStop.None)
            {
                // the bytes of a last line without a line end, for a caller that reports them
                line = new ReadOnlySpan<byte>(_line, 0, length);
                return stop;
            }
            var span = new ReadOnlySpan<byte>(_buffer, _pos, _len - _pos);
            var nl = span.IndexOf((byte)'\n');
            var take = nl >= 0 ? nl : span.Length;
            if (!tooLong)
            {
                if (length + take > max)
                {
                    tooLong = true;
                }
                else
                {
                    if (length + take > _line.Length) Array.Resize(ref _line, Math.Max(_line.Length * 2, length + take));
                    span.Slice(0, take).CopyTo(new Span<byte>(_line, length, take));
                    length += take;
                }
            }
            _pos += nl >= 0 ? nl + 1 : take;
            read += take;
            if (nl >= 0) break;
            if (tooLong && read > _maxLineRead) break;
        }
        if (!tooLong && length > 0 && _line[length - 1] == '\r') length--;
        line = new ReadOnlySpan<byte>(_line, 0, length);
        return InputStop.None;
    }

    /// <summary>
    /// Takes a run of line breaks (LF, CR LF) at once, the bytes taken: blank lines between records cost a byte compare
    /// each, not a line read each (a gzip member of 250 million blank lines took minutes line by line).
    /// </summary>
    public long SkipLineBreaks()
    {
        long skipped = 0;
        while (Fill() == InputStop.None)
        {
            var start = _pos;
            while (_pos < _len)
            {
                var b = _buffer[_pos];
                if (b == '\n') _pos++;
                else if (b == '\r' && _pos + 1 < _len && _buffer[_pos + 1] == '\n') _pos += 2;
                else break;
            }
            skipped += _pos - start;
            if (_pos < _len) break;
        }
        return skipped;
    }

    /// <summary>Reads exactly <paramref name="count"/> bytes into <paramref name="into"/>; fewer at a stop (<paramref name="read"/>).</summary>
    public InputStop Read(byte[] into, int count, out int read)
    {
        read = 0;
        while (read < count)
        {
            var stop = Fill();
            if (stop != InputStop.None) return stop;
            var n = Math.Min(count - read, _len - _pos);
            Buffer.BlockCopy(_buffer, _pos, into, read, n);
            _pos += n;
            read += n;
        }
        return InputStop.None;
    }

    /// <summary>Skips <paramref name="count"/> bytes without keeping them.</summary>
    public InputStop Skip(long count)
    {
        while (count > 0)
        {
            var stop = Fill();
            if (stop != InputStop.None) return stop;
            var n = (int)Math.Min(count, _len - _pos);
            _pos += n;
            count -= n;
        }
        return InputStop.None;
    }

    /// <summary>The next byte without taking it; -1 at a stop.</summary>
    public int Peek() => Fill() == InputStop.None ? _buffer[_pos] : -1;

    /// <summary>Takes the byte <see cref="Peek"/> showed.</summary>
    public void Advance() => _pos++;
}
