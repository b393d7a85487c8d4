using System;
using System.IO;

namespace ArticleModel.Warc.Tests;

/// <summary>A head, then a unit repeated for <c>length</c> bytes (made as read, never held), counting the bytes read.</summary>
internal sealed class RepeatingStream : Stream
{
    private readonly byte[] _head;
    private readonly byte[] _unit;
    private readonly long _length;

    public RepeatingStream(byte[] head, byte[] unit, long length)
    {
        _head = head;
        _unit = unit;
        _length = length;
    }

    /// <summary>Bytes handed out so far.</summary>
    public long BytesRead { get; private set; }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(count, _head.Length + _length - BytesRead);
        for (var i = 0; i < n; i++)
        {
            var p = BytesRead + i;
            buffer[offset + i] = p < _head.Length ? _head[p] : _unit[(p - _head.Length) % _unit.Length];
        }
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
