using System;
using System.IO;

namespace ArticleModel.Warc.Input;

/// <summary>The read-only stream an inflater reads a member's compressed bytes from: the window at its cursor.</summary>
internal sealed class RawWindowStream : Stream
{
    private readonly RawWindow _window;

    public RawWindowStream(RawWindow window) => _window = window;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _window.Cursor; set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => _window.Read(buffer, offset, count);
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
