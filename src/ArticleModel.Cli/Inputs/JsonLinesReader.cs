using System;
using System.IO;

namespace ArticleModel.Cli;

/// <summary>
/// Reads a JSON Lines stream record by record as bytes, with a cap per line so that one huge line cannot exhaust
/// memory. A line ends at LF, CRLF or a lone CR (none can occur raw inside a JSON value); a UTF-8 byte-order mark at the
/// start of the stream is skipped.
/// </summary>
internal sealed class JsonLinesReader
{
    /// <summary>
    /// How far past its cap a line is followed, looking for its end and its id, before the stream is given up: a line
    /// that long is no record but an endless source (<c>/dev/zero</c>), which would otherwise be read for ever.
    /// </summary>
    public const long MaxSkip = 1L << 30;

    private readonly Stream _stream;
    private readonly long _maxLine;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private readonly MemoryStream _line = new();
    private int _pos;
    private int _len;
    private bool _eof;
    private bool _afterCr;
    private bool _atStart = true;
    private long _lineNumber;
    private bool _abandoned;

    public JsonLinesReader(Stream stream, long maxLine)
    {
        _stream = stream;
        // A line is kept in one array: a cap above the largest array means the largest array.
        _maxLine = Math.Min(maxLine, Array.MaxLength - 1L);
    }

    /// <summary>The next line, or false at the end of the stream.</summary>
    public bool TryRead(out JsonLinesRecord record)
    {
        _line.SetLength(0);
        if (_abandoned)
        {
            record = default;
            return false;
        }
        long length = 0;
        TopLevelIdScanner? oversized = null;
        var any = false;
        while (true)
        {
            if (_pos == _len && !Fill())
            {
                if (!any)
                {
                    record = default;
                    return false;
                }
                break;
            }
            if (_afterCr)
            {
                _afterCr = false;
                if (_buffer[_pos] == (byte)'\n')
                {
                    _pos++; // the LF of a CRLF
                    continue;
                }
            }
            any = true;
            var span = _buffer.AsSpan(_pos, _len - _pos);
            var end = span.IndexOfAny((byte)'\n', (byte)'\r');
            var take = end < 0 ? span : span.Slice(0, end);
            length += take.Length;
            if (oversized is null && length > _maxLine)
            {
                // Over the cap: stop keeping bytes, but look for the record's id in what was kept and what follows.
                oversized = new TopLevelIdScanner();
                oversized.Feed(_line.GetBuffer().AsSpan(0, (int)_line.Length));
                _line.SetLength(0);
            }
            if (oversized is null) _line.Write(take);
            else oversized.Feed(take);
            _pos += take.Length;
            if (oversized is not null && end < 0 && length - _maxLine > MaxSkip)
            {
                _abandoned = true;
                break;
            }
            if (end >= 0)
            {
                _afterCr = span[end] == (byte)'\r';
                _pos++;
                break;
            }
        }
        _lineNumber++;
        var first = _atStart;
        _atStart = false;
        if (oversized is not null)
        {
            record = new JsonLinesRecord(_lineNumber, null, length, oversized.Result(), _abandoned);
            return true;
        }
        var bytes = _line.GetBuffer().AsSpan(0, (int)_line.Length);
        if (first && bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bytes = bytes.Slice(3);
        record = new JsonLinesRecord(_lineNumber, bytes.ToArray(), length, null);
        return true;
    }

    private bool Fill()
    {
        if (_eof) return false;
        _pos = 0;
        _len = _stream.Read(_buffer, 0, _buffer.Length);
        if (_len == 0) _eof = true;
        return _len > 0;
    }
}
