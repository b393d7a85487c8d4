using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;

namespace ArticleModel.Warc.Input;

/// <summary>
/// A gzip WARC file: concatenated members (one per record, as Common Crawl and wget write them), inflated one member at
/// a time so each member's bounds are known. A member that fails to inflate, or whose end is not followed by its trailer
/// and another member, is reported (<see cref="DecodedSource.Damage"/>) and reading goes on at the next member header.
/// </summary>
/// <remarks>
/// <see cref="DeflateStream"/> reads ahead of the end of a member's compressed data and does not say how far; the member's
/// end is found instead as the first place after the inflated data where its 8-byte trailer (whose last four bytes are the
/// inflated size) is followed by the next member's header or by the end of the file. The window keeps the bytes the
/// inflater read past it, and it is never handed more than <see cref="RawWindow.Chunk"/> bytes at once.
/// </remarks>
internal sealed class GzipSource : DecodedSource
{
    private const int HeaderLength = 10;
    private const byte FlagHeaderCrc = 2, FlagExtra = 4, FlagName = 8, FlagComment = 16, FlagReserved = 0xE0;

    /// <summary>Longest file name or comment field read in a member header.</summary>
    private const int MaxHeaderString = 4096;

    /// <summary>The start of a member read in <see cref="SmallRead"/>-byte pieces: about a WARC header and an HTTP header.</summary>
    private const int HeadLength = 4096;

    private const int SmallRead = 256;

    private readonly RawWindow _raw;
    private readonly long _maxSkipped;
    private DeflateStream? _inflater;
    private long _memberStart;
    private long _dataStart;
    private long _inflated;
    private long _lastOffset;
    private bool _lastAtStart;
    private bool _ended;

    /// <summary>Reads <paramref name="stream"/>; past <paramref name="maxSkipped"/> bytes in a row with no member (or only empty ones) it stops (AM3038).</summary>
    public GzipSource(Stream stream, long maxSkipped)
    {
        _raw = new RawWindow(stream);
        _maxSkipped = maxSkipped;
    }

    public override long Offset => _lastOffset;

    public override bool AtMemberStart => _lastAtStart;

    /// <summary>Whether <paramref name="head"/> starts like a gzip member (magic bytes and deflate method).</summary>
    public static bool LooksLikeGzip(ReadOnlySpan<byte> head) => head.Length >= 3 && head[0] == 0x1F && head[1] == 0x8B && head[2] == 8;

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (count == 0) return 0;
        var entered = _raw.Cursor;
        while (true)
        {
            if (_inflater is null)
            {
                if (_ended || Damage is not null || _raw.EndsAt(_raw.Cursor)) return 0;
                if (!StartMember()) return 0;
            }
            int n;
            try
            {
                // A call that meets corrupt data gives nothing of what it inflated: small reads at a member's start keep
                // as much of the record's header as there is before the damage.
                n = _inflater!.Read(buffer, offset, _inflated < HeadLength ? Math.Min(count, SmallRead) : count);
            }
            catch (InvalidDataException)
            {
                CloseMember();
                Damaged($"the gzip member at offset {Format(_memberStart)} cannot be inflated (its compressed data is corrupt)");
                return 0;
            }
            if (n > 0)
            {
                _lastAtStart = _inflated == 0;
                _lastOffset = _memberStart;
                _inflated += n;
                // A decompression bomb (a member inflating a thousand times its size into one huge record): damage, so
                // memory and time stay in proportion to the file. The compressed size counted is what the inflater was
                // handed, never less than it used.
                if (_inflated > HttpPayload.InflationAllowance + (long)HttpPayload.MaxInflationRatio * (_raw.Cursor - _dataStart))
                {
                    CloseMember();
                    Damaged($"the gzip member at offset {Format(_memberStart)} inflates to more than {HttpPayload.MaxInflationRatio} times its size (a decompression bomb)");
                    return 0;
                }
                return n;
            }
            var delivered = _raw.Cursor;
            CloseMember();
            if (FindTrailer(delivered, out var next, out var nextMemberSeen))
            {
                _raw.Seek(next);
                // Members that inflate to nothing, one after another, for ever: a source to give up, not to follow.
                if (next - entered > _maxSkipped)
                {
                    GiveUp(next, "bytes of gzip members holding no data");
                    return 0;
                }
                continue;
            }
            // A member header after this member's trailer-like bytes: not a cut file but bytes between members.
            if (_raw.EndsAt(delivered) && !nextMemberSeen) Truncated();
            else Damaged($"the gzip member at offset {Format(_memberStart)} does not end with its trailer and another member");
            return 0;
        }
    }

    // Reads the member header at the cursor and opens an inflater after it; false (with Damage set) for a bad header.
    private bool StartMember()
    {
        var start = _raw.Cursor;
        _memberStart = start;
        var failure = ReadHeader(start, out var dataStart);
        if (failure is not null)
        {
            if (failure.Length == 0) Truncated();
            else Damaged($"no gzip member at offset {Format(start)} ({failure})");
            return false;
        }
        _dataStart = dataStart;
        _inflated = 0;
        _raw.Seek(dataStart);
        _inflater = new DeflateStream(new RawWindowStream(_raw), CompressionMode.Decompress, leaveOpen: true);
        return true;
    }

    // Null when the header is good; "" when the file ends inside it; otherwise what is wrong.
    private string? ReadHeader(long start, out long dataStart)
    {
        dataStart = 0;
        if (!_raw.Ensure(start, HeaderLength)) return "";
        if (_raw[start] != 0x1F || _raw[start + 1] != 0x8B) return "no gzip magic bytes";
        if (_raw[start + 2] != 8) return "compression method is not deflate";
        var flags = _raw[start + 3];
        if ((flags & FlagReserved) != 0) return "reserved header flags are set";
        var p = start + HeaderLength;
        if ((flags & FlagExtra) != 0)
        {
            if (!_raw.Ensure(p, 2)) return "";
            var length = _raw[p] | (_raw[p + 1] << 8);
            p += 2 + length;
        }
        if ((flags & FlagName) != 0 && !SkipString(ref p, out var nameEnded)) return nameEnded ? "" : "file name field too long";
        if ((flags & FlagComment) != 0 && !SkipString(ref p, out var commentEnded)) return commentEnded ? "" : "comment field too long";
        if ((flags & FlagHeaderCrc) != 0) p += 2;
        if (!_raw.Ensure(p, 1)) return "";
        dataStart = p;
        return null;
    }

    private bool SkipString(ref long p, out bool fileEnded)
    {
        fileEnded = false;
        for (var i = 0; i < MaxHeaderString; i++, p++)
        {
            if (!_raw.Ensure(p, 1))
            {
                fileEnded = true;
                return false;
            }
            if (_raw[p] == 0)
            {
                p++;
                return true;
            }
        }
        return false;
    }

    // The trailer (CRC32, size mod 2^32) ends the deflate data, which ends within the last chunk the inflater was handed.
    private bool FindTrailer(long delivered, out long next, out bool nextMemberSeen)
    {
        nextMemberSeen = false;
        var size = unchecked((uint)_inflated);
        var from = Math.Max(Math.Max(_dataStart, _raw.Start), delivered - RawWindow.Chunk - 8);
        var firstEnd = long.MaxValue;
        for (var p = from; p <= delivered; p++)
        {
            if (!_raw.Ensure(p, 8)) break;
            // Past the first trailer-like bytes, a member header means the search has left this member: a later match
            // is another member's trailer (members of one size are common), and taking it skipped that member unseen.
            if (p >= firstEnd && _raw.Ensure(p, 3) && LooksLikeMember(p))
            {
                nextMemberSeen = true;
                break;
            }
            if ((uint)(_raw[p + 4] | (_raw[p + 5] << 8) | (_raw[p + 6] << 16) | (_raw[p + 7] << 24)) != size) continue;
            var end = p + 8;
            if (firstEnd == long.MaxValue) firstEnd = end;
            if (_raw.EndsAt(end) || (_raw.Ensure(end, 3) && LooksLikeMember(end)))
            {
                next = end;
                return true;
            }
        }
        next = 0;
        return false;
    }

    private bool LooksLikeMember(long p) => _raw[p] == 0x1F && _raw[p + 1] == 0x8B && _raw[p + 2] == 8;

    private void Damaged(string message)
    {
        DamageOffset = _memberStart;
        Damage = new ArticleDiagnostic(DiagnosticIds.WarcCompressedDataDamaged, DiagnosticSeverity.Error,
            message + "; skipped to the next member", default);
        // The next member header after this member's start (the damaged member may have been cut short by the next one).
        var p = Math.Max(_memberStart + 1, _raw.Start);
        _raw.Seek(p);
        while (_raw.Ensure(p, 4) && !(LooksLikeMember(p) && (_raw[p + 3] & FlagReserved) == 0))
        {
            _raw.Seek(++p);
            // Bytes with no member header in them, without end: give the stream up (AM3038) instead of scanning for ever.
            if (p - _memberStart > _maxSkipped)
            {
                GiveUp(p, "bytes with no gzip member header");
                return;
            }
        }
        if (!_raw.Ensure(p, 4))
        {
            _ended = true;
            return;
        }
        _raw.Seek(p);
    }

    private void GiveUp(long at, string what)
    {
        DamageOffset = _memberStart;
        Damage = new ArticleDiagnostic(DiagnosticIds.WarcReadingAbandoned, DiagnosticSeverity.Error,
            $"{Format(at - _memberStart)} {what} after offset {Format(_memberStart)}, more than the limit of {Format(_maxSkipped)}; reading stopped: this is not a WARC file, or it never ends", default);
        _ended = true;
    }

    private void Truncated()
    {
        DamageOffset = _memberStart;
        Damage = new ArticleDiagnostic(DiagnosticIds.WarcTruncated, DiagnosticSeverity.Error,
            $"the file ends inside the gzip member at offset {Format(_memberStart)}", default);
        _ended = true;
    }

    private void CloseMember()
    {
        _inflater?.Dispose();
        _inflater = null;
    }

    private static string Format(long offset) => offset.ToString(CultureInfo.InvariantCulture);
}
