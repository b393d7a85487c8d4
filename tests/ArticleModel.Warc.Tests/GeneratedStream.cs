using System;
using System.IO;

namespace ArticleModel.Warc.Tests;

/// <summary>A head, then <c>length</c> bytes of 'x' made as they are read (never held), then a tail.</summary>
internal sealed class GeneratedStream : Stream
{
    private readonly byte[] _head;
    private readonly long _length;
    private readonly byte[] _tail;
    private long _position;

    public GeneratedStream(byte[] head, long length, byte[] tail)
    {
        _head = head;
        _length = length;
        _tail = tail;
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var total = _head.Length + _length + _tail.Length;
        var n = (int)Math.Min(count, total - _position);
        var p = _position;
        var end = p + n;
        var middleEnd = _head.Length + _length;
        var i = offset;
        for (; p < end && p < _head.Length; p++) buffer[i++] = _head[p];
        if (p < end && p < middleEnd)
        {
            var run = (int)(Math.Min(end, middleEnd) - p);
            buffer.AsSpan(i, run).Fill((byte)'x');
            i += run;
            p += run;
        }
        for (; p < end; p++) buffer[i++] = _tail[p - middleEnd];
        _position += n;
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _position; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
