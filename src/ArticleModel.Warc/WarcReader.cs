using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using ArticleModel.Warc.Input;

namespace ArticleModel.Warc;

/// <summary>
/// Reads a WARC file (WARC/1.0 or 1.1; plain, or gzip with one or more records per member) as a stream, one record at a
/// time: the <c>response</c> and <c>resource</c> records, each with its payload or the problem that kept it from being
/// read. Records of other types are skipped and counted (<see cref="Counts"/>). Memory is bounded whatever the file's
/// size: one record block of at most <see cref="WarcReaderOptions.MaxRecordBytes"/> (larger ones are skipped unread) and
/// fixed buffers. Damage (a corrupt or truncated gzip member, a header that is not one, a wrong <c>Content-Length</c>) is
/// reported as a record with a <see cref="WarcRecord.Problem"/> and reading goes on at the next member or
/// <c>WARC/1.x</c> header. No input makes it throw, except the stream's own I/O errors.
/// </summary>
public sealed class WarcReader
{
    private const string ResponseType = "response";
    private const string ResourceType = "resource";

    private readonly RecordInput _input;
    private readonly WarcReaderOptions _options;

    // Set when a resynchronisation already read the next record's first line.
    private bool _headerLinePending;
    private long _pendingOffset;

    // Bytes read in a row without a record header; past MaxSkippedBytes the stream is given up (AM3038), reported once.
    private long _skipped;
    private bool _gaveUp;
    private bool _gaveUpReported;

    /// <summary>Reads <paramref name="stream"/> (not disposed here); whether it is gzip is told from its first bytes.</summary>
    public WarcReader(Stream stream, WarcReaderOptions? options = null)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        _options = options ?? new WarcReaderOptions();
        var head = new byte[3];
        var got = 0;
        while (got < head.Length)
        {
            var n = stream.Read(head, got, head.Length - got);
            if (n <= 0) break;
            got += n;
        }
        Array.Resize(ref head, got);
        var whole = new PrefixedStream(head, stream);
        DecodedSource source = GzipSource.LooksLikeGzip(head) ? new GzipSource(whole, _options.MaxSkippedBytes) : new PlainSource(whole);
        _input = new RecordInput(source, _options.MaxSkippedBytes);
    }

    /// <summary>Records met so far, by type, and damage.</summary>
    public WarcCounts Counts { get; } = new();

    /// <summary>Every response and resource record (and damage) to the end of the stream.</summary>
    public IEnumerable<WarcRecord> ReadAll()
    {
        while (TryRead(out var record)) yield return record;
    }

    /// <summary>The next response or resource record, or the next damage; false at the end of the stream.</summary>
    public bool TryRead([NotNullWhen(true)] out WarcRecord? record)
    {
        while (true)
        {
            if (_gaveUp)
            {
                record = null;
                if (_gaveUpReported) return false;
                _gaveUpReported = true;
                record = Damaged(new WarcHeader(), _input.Offset, DiagnosticIds.WarcReadingAbandoned,
                    $"no WARC record header in {Format(_options.MaxSkippedBytes)} bytes in a row (before offset {Format(_input.Offset)}); reading stopped: this is not a WARC file, or it never ends");
                return true;
            }
            long offset;
            if (_headerLinePending)
            {
                _headerLinePending = false;
                offset = _pendingOffset;
            }
            else
            {
                var stop = SkipBlankLines(out offset, out var first);
                if (_gaveUp) continue;
                if (stop == InputStop.End)
                {
                    record = null;
                    if (_trailingBytes is not (var tailAt, var tailLength)) return false;
                    _trailingBytes = null;
                    record = Damaged(new WarcHeader(), tailAt, DiagnosticIds.WarcHeaderMalformed,
                        $"the file ends in {Format(tailLength)} bytes at offset {Format(tailAt)} with no line end and no WARC record header ('WARC/1.0' or 'WARC/1.1'): a cut or garbage tail, dropped");
                    return true;
                }
                if (stop == InputStop.Damage)
                {
                    record = TakeDamage(new WarcHeader(), offset);
                    return true;
                }
                if (!first)
                {
                    record = Damaged(new WarcHeader(), offset, DiagnosticIds.WarcHeaderMalformed,
                        $"no WARC record header ('WARC/1.0' or 'WARC/1.1') at offset {Format(offset)} where a record should start");
                    // The line may have ended in a header glued to the garbage (then it is the next record's start).
                    if (!_headerLinePending) Resynchronise();
                    return true;
                }
            }

            var header = new WarcHeader();
            var headerStop = ReadHeaderFields(header, out var headerTooLong);
            // Counted as soon as its type is known, whatever happens to it next: the counts and the records agree.
            var type = header.Type ?? "";
            var wanted = type.Equals(ResponseType, StringComparison.OrdinalIgnoreCase) || type.Equals(ResourceType, StringComparison.OrdinalIgnoreCase);
            Counts.Add(type.Length == 0 ? "(none)" : type.ToLowerInvariant(), !wanted);
            if (headerStop == InputStop.End)
            {
                record = Damaged(header, offset, DiagnosticIds.WarcTruncated, $"the file ends inside the header of the record at offset {Format(offset)}");
                return true;
            }
            if (headerStop == InputStop.Damage)
            {
                record = TakeDamage(header, offset);
                return true;
            }
            if (headerTooLong)
            {
                record = Damaged(header, offset, DiagnosticIds.WarcHeaderMalformed,
                    $"the header of the record at offset {Format(offset)} is longer than {_options.MaxHeaderBytes} bytes; skipped to the next record");
                Resynchronise();
                return true;
            }
            if (header.ContentLength is null || !long.TryParse(header.ContentLength, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                record = Damaged(header, offset, DiagnosticIds.WarcHeaderMalformed, header.ContentLength is null
                    ? $"the record at offset {Format(offset)} has no Content-Length; skipped to the next record"
                    : $"the record at offset {Format(offset)} has Content-Length '{HttpPayload.Shorten(header.ContentLength)}', not a number of bytes; skipped to the next record");
                Resynchronise();
                return true;
            }

            if (!wanted || length > MaxBlock)
            {
                var skipStop = _input.Skip(length);
                if (skipStop != InputStop.None)
                {
                    record = skipStop == InputStop.Damage ? TakeDamage(header, offset) : Truncated(header, offset);
                    return true;
                }
                if (!ReadBlockEnd(header, offset, length, out record)) return true;
                if (!wanted) continue;
                record = Damaged(header, offset, DiagnosticIds.WarcRecordTooLarge,
                    $"the record is {Format(length)} bytes, more than the limit of {Format(MaxBlock)} bytes; skipped without reading it");
                return true;
            }

            var block = new byte[length];
            var readStop = _input.Read(block, (int)length, out _);
            if (readStop != InputStop.None)
            {
                record = readStop == InputStop.Damage ? TakeDamage(header, offset) : Truncated(header, offset);
                return true;
            }
            if (!ReadBlockEnd(header, offset, length, out record)) return true;

            record = new WarcRecord(header.Type, header.RecordId, header.TargetUri, header.Date, offset);
            if (type.Equals(ResponseType, StringComparison.OrdinalIgnoreCase) && IsHttp(header.ContentType))
            {
                HttpPayload.Read(record, block, _options.MaxHeaderBytes, _options.MaxRecordBytes);
            }
            else
            {
                record.ContentType = header.ContentType;
                record.Charset = WarcHeader.Charset(header.ContentType);
                record.Payload = block;
            }
            return true;
        }
    }

    // A response's block is an HTTP message unless its Content-Type says otherwise (some writers leave it out).
    private static bool IsHttp(string? contentType) =>
        contentType is null || contentType.StartsWith("application/http", StringComparison.OrdinalIgnoreCase);

    // Blank lines between records are skipped; true in `first` when the line found starts a WARC header.
    private InputStop SkipBlankLines(out long offset, out bool first)
    {
        while (true)
        {
            first = false;
            var breaks = _input.SkipLineBreaks();
            offset = _input.Offset;
            if (Skipped(breaks)) return InputStop.End;
            var stop = _input.Fill();
            offset = _input.Offset;
            if (stop != InputStop.None) return stop;
            var before = _input.Position;
            stop = _input.ReadLine(_options.MaxHeaderBytes, out var line, out var tooLong);
            if (stop != InputStop.None)
            {
                // A last line without a line end holds no record; said once, so that bytes are never dropped unreported.
                if (stop == InputStop.End && (tooLong || !IsBlank(line))) _trailingBytes = (offset, _input.Position - before);
                return stop;
            }
            first = !tooLong && IsVersionLine(line);
            if (first)
            {
                _skipped = 0;
                return InputStop.None;
            }
            if (!tooLong && TakeGluedHeader(line, offset)) return InputStop.None;
            if (Skipped(_input.Position - before)) return InputStop.End;
            if (!tooLong && line.Length == 0) continue;
            return InputStop.None;
        }
    }

    // A line that ends in exactly "WARC/1.0" or "WARC/1.1" after other bytes: a record header glued to garbage with no
    // line break between (a file cut mid-line and another appended, `cat cut.warc next.warc`). Taken as the next
    // record's first line, so that record is not lost with the garbage.
    private bool TakeGluedHeader(ReadOnlySpan<byte> line, long lineOffset)
    {
        const int VersionLength = 8;
        if (line.Length <= VersionLength) return false;
        var at = line.Length - VersionLength;
        var tail = line.Slice(at);
        if (!IsVersionLine(tail) || (tail[7] != '0' && tail[7] != '1')) return false;
        _skipped = 0;
        _headerLinePending = true;
        // In a plain file the header's own offset; in a gzip file offsets are the member's.
        _pendingOffset = _input.AtPlainOffsets ? lineOffset + at : lineOffset;
        return true;
    }

    private static bool IsVersionLine(ReadOnlySpan<byte> line) =>
        line.Length >= 7 && line[0] == 'W' && line[1] == 'A' && line[2] == 'R' && line[3] == 'C' && line[4] == '/' && line[5] == '1' && line[6] == '.';

    private InputStop ReadHeaderFields(WarcHeader header, out bool tooLong)
    {
        tooLong = false;
        var total = 0;
        while (true)
        {
            var stop = _input.ReadLine(_options.MaxHeaderBytes, out var line, out var lineTooLong);
            if (stop != InputStop.None) return stop;
            if (!lineTooLong && line.Length == 0) return InputStop.None;
            total += lineTooLong ? _options.MaxHeaderBytes : line.Length + 2;
            if (lineTooLong || total > _options.MaxHeaderBytes)
            {
                tooLong = true;
                return InputStop.None;
            }
            header.Add(HttpPayload.Latin1(line));
        }
    }

    // The two CR LF after a block. False (with the problem record) when they are not there: the length was wrong.
    private bool ReadBlockEnd(WarcHeader header, long offset, long length, [NotNullWhen(false)] out WarcRecord? problem)
    {
        problem = null;
        foreach (var expected in "\r\n\r\n")
        {
            var b = _input.Peek();
            if (b < 0)
            {
                if (_input.Damage is not null) { problem = TakeDamage(header, offset); return false; }
                return true; // the file ends right after the block: the record is whole
            }
            if (b != expected)
            {
                problem = Damaged(header, offset, DiagnosticIds.WarcBlockLengthWrong,
                    $"the record at offset {Format(offset)} does not end where its Content-Length ({Format(length)}) says; dropped, and skipped to the next record");
                Resynchronise();
                return false;
            }
            _input.Advance();
        }
        return true;
    }

    // Reads lines until one starts a WARC header (kept as the next record's first line) or the end.
    private void Resynchronise()
    {
        while (true)
        {
            if (Skipped(_input.SkipLineBreaks())) return;
            var stop = _input.Fill();
            var offset = _input.Offset;
            if (stop == InputStop.Damage)
            {
                if (GaveUpInSource()) return;
                _input.Resume();
                Counts.Damaged++;
                continue;
            }
            if (stop == InputStop.End) return;
            var before = _input.Position;
            stop = _input.ReadLine(_options.MaxHeaderBytes, out var line, out var tooLong);
            if (stop == InputStop.Damage)
            {
                if (GaveUpInSource()) return;
                _input.Resume();
                Counts.Damaged++;
                continue;
            }
            if (stop == InputStop.End) return;
            if (!tooLong && IsVersionLine(line))
            {
                _skipped = 0;
                _headerLinePending = true;
                _pendingOffset = offset;
                return;
            }
            if (!tooLong && TakeGluedHeader(line, offset)) return;
            if (Skipped(_input.Position - before)) return;
        }
    }

    // The gzip source gave the stream up while skipping (AM3038): reported once, by TryRead.
    private bool GaveUpInSource()
    {
        if (_input.Damage?.Id != DiagnosticIds.WarcReadingAbandoned) return false;
        _input.Resume();
        _gaveUp = true;
        return true;
    }

    // Counts bytes read outside any record; true (and the stream given up) past the limit.
    // Bytes at the very end that form no line (no line end) and so no record: reported as damage when the end is reached.
    private (long Offset, long Length)? _trailingBytes;

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r')) return false;
        return true;
    }

    private bool Skipped(long bytes)
    {
        _skipped += bytes;
        if (_skipped <= _options.MaxSkippedBytes) return false;
        _gaveUp = true;
        return true;
    }

    private WarcRecord TakeDamage(WarcHeader header, long offset)
    {
        var damage = _input.Damage!;
        // Damage between records is placed at its member; damage inside a record at the record.
        if (header.Type is null && header.RecordId is null) offset = _input.DamageOffset;
        _input.Resume();
        var record = new WarcRecord(header.Type, header.RecordId, header.TargetUri, header.Date, offset) { Problem = damage };
        Counts.Damaged++;
        return record;
    }

    private WarcRecord Truncated(WarcHeader header, long offset) =>
        Damaged(header, offset, DiagnosticIds.WarcTruncated, $"the file ends inside the record at offset {Format(offset)}");

    private WarcRecord Damaged(WarcHeader header, long offset, string id, string message)
    {
        Counts.Damaged++;
        return new WarcRecord(header.Type, header.RecordId, header.TargetUri, header.Date, offset)
        {
            Problem = new ArticleDiagnostic(id, id == DiagnosticIds.WarcRecordTooLarge ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error, message, default),
        };
    }

    // The limit, within what one array can hold.
    private long MaxBlock => Math.Min(_options.MaxRecordBytes, 0x7FFFFFC7);

    private static string Format(long n) => n.ToString(CultureInfo.InvariantCulture);
}
