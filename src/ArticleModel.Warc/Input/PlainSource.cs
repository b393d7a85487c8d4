using System.IO;

namespace ArticleModel.Warc.Input;

/// <summary>An uncompressed WARC file, read as it is.</summary>
internal sealed class PlainSource : DecodedSource
{
    private readonly Stream _stream;
    private long _next;

    public PlainSource(Stream stream) => _stream = stream;

    public override long Offset => _offset;

    private long _offset;

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = _stream.Read(buffer, offset, count);
        if (n < 0) n = 0;
        _offset = _next;
        _next += n;
        return n;
    }
}
