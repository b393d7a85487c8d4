using System;
using System.IO;

namespace ArticleModel.Warc.Tests;

/// <summary>A head, then a unit repeated for <c>length</c> bytes, then an optional tail; the repeated bytes are made as
/// they are read (never held), so tests can feed gigabytes, and the bytes read are counted.</summary>
internal sealed class RepeatingStream : Stream
{
    private readonly byte[] _head;
    private readonly byte[] _unit;
    private readonly long _length;
    private readonly byte[] _tail;

    public RepeatingStream(byte[] head, byte[] unit, long length, byte[]? tail = null)
    {
        if (unit.Length == 0 && length > 0) throw new ArgumentException("an empty unit cannot fill a length", nameof(unit));
        _head = head;
        _unit = unit;
        _length = length;
        _tail = tail ?? Array.Empty<byte>();
    }

    /// <summary>Bytes handed out so far.</summary>
    public long BytesRead { get; private set; }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var middleEnd = _head.Length + _length;
        var n = (int)Math.Min(count, middleEnd + _tail.Length - BytesRead);
        var p = BytesRead;
        var end = p + n;
        var i = offset;
        for (; p < end && p < _head.Length; p++) buffer[i++] = _head[p];
        while (p < end && p < middleEnd)
        {
            // copy whole runs of the unit from where the position falls in it
            var at = (int)((p - _head.Length) % _unit.Length);
            var run = (int)Math.Min(_unit.Length - at, Math.Min(end, middleEnd) - p);
            _unit.AsSpan(at, run).CopyTo(buffer.AsSpan(i));
            i += run;
            p += run;
        }
        for (; p < end; p++) buffer[i++] = _tail[p - middleEnd];
        BytesRead += n;
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
