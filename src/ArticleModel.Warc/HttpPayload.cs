using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace ArticleModel.Warc;

/// <summary>
/// The HTTP message in a response record's block: status line, headers, and the body with chunked transfer encoding and
/// gzip/deflate content encoding undone (both bounded by the record limit).
/// </summary>
internal static class HttpPayload
{
    /// <summary>
    /// A compressed body may inflate to at most this many times its size (plus <see cref="InflationAllowance"/>): web
    /// pages compress 3–15 times, deflate's own limit is 1,032, and a 250 KB body that inflated to 250 MB made one
    /// record cost gigabytes downstream (docs/reliability.md row 49).
    /// </summary>
    public const int MaxInflationRatio = 100;

    /// <summary>What any compressed body may inflate to, whatever its size.</summary>
    public const long InflationAllowance = 8L * 1024 * 1024;
    /// <summary>Fills the record's status, content type, charset and payload from <paramref name="block"/>; sets its problem instead when unreadable.</summary>
    public static void Read(WarcRecord record, byte[] block, int headerLimit, long maxBytes)
    {
        var span = new ReadOnlySpan<byte>(block);
        var headEnd = FindHeadEnd(span.Slice(0, Math.Min(span.Length, headerLimit)), out var bodyStart);
        if (headEnd < 0)
        {
            record.Problem = Malformed(span.Length > headerLimit ? $"the HTTP header is longer than {headerLimit} bytes" : "the HTTP header has no end (blank line)");
            return;
        }
        string? transferEncoding = null, contentEncoding = null;
        var lineStart = 0;
        var first = true;
        while (lineStart < headEnd)
        {
            var nl = span.Slice(lineStart, headEnd - lineStart).IndexOf((byte)'\n');
            var lineEnd = nl < 0 ? headEnd : lineStart + nl;
            var line = Latin1(span.Slice(lineStart, lineEnd - lineStart)).TrimEnd('\r');
            lineStart = lineEnd + 1;
            if (first)
            {
                first = false;
                var parts = line.Split(' ');
                if (parts.Length < 2 || !parts[0].StartsWith("HTTP/", StringComparison.Ordinal)
                    || parts[1].Length != 3 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
                {
                    record.Problem = Malformed($"the block does not start with an HTTP status line ('{Shorten(line)}')");
                    return;
                }
                record.HttpStatus = status;
                continue;
            }
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var name = line.Substring(0, colon).Trim();
            var value = line.Substring(colon + 1).Trim();
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)) record.ContentType = value;
            else if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase)) transferEncoding = value;
            else if (name.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase)) contentEncoding = value;
        }
        record.Charset = WarcHeader.Charset(record.ContentType);
        var body = new ReadOnlyMemory<byte>(block, bodyStart, block.Length - bodyStart);
        if (transferEncoding is not null && transferEncoding.IndexOf("chunked", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            var unchunked = Unchunk(body.Span, out var error);
            if (unchunked is null)
            {
                record.Problem = Malformed("the chunked body is broken: " + error);
                return;
            }
            body = unchunked;
        }
        if (contentEncoding is not null && !IsIdentity(contentEncoding))
        {
            var decoded = Decode(contentEncoding, body, maxBytes, out var error);
            if (decoded is null)
            {
                record.Problem = new ArticleDiagnostic(DiagnosticIds.WarcContentEncodingUnsupported, DiagnosticSeverity.Error, error!, default);
                return;
            }
            body = decoded;
        }
        record.Payload = body;
    }

    // The index of the blank line ending the head (CR LF CR LF, or LF LF), -1 if none; the body's start.
    private static int FindHeadEnd(ReadOnlySpan<byte> span, out int bodyStart)
    {
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] != '\n') continue;
            if (i + 1 < span.Length && span[i + 1] == '\n')
            {
                bodyStart = i + 2;
                return i;
            }
            if (i + 2 < span.Length && span[i + 1] == '\r' && span[i + 2] == '\n')
            {
                bodyStart = i + 3;
                return i;
            }
        }
        // A header with no body at all (a redirect written without the blank line's second CR LF).
        bodyStart = 0;
        return -1;
    }

    private static byte[]? Unchunk(ReadOnlySpan<byte> body, out string? error)
    {
        using var output = new MemoryStream(body.Length);
        var p = 0;
        while (true)
        {
            var nl = body.Slice(p).IndexOf((byte)'\n');
            if (nl < 0)
            {
                error = "a chunk size line has no end";
                return null;
            }
            var sizeLine = Latin1(body.Slice(p, nl)).TrimEnd('\r');
            var semicolon = sizeLine.IndexOf(';');
            if (semicolon >= 0) sizeLine = sizeLine.Substring(0, semicolon);
            if (!long.TryParse(sizeLine.Trim(), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                error = $"'{Shorten(sizeLine)}' is not a chunk size";
                return null;
            }
            p += nl + 1;
            if (size == 0) break;
            if (size > body.Length - p)
            {
                error = $"a chunk of {size} bytes runs past the end of the body";
                return null;
            }
            var chunk = body.Slice(p, (int)size).ToArray();
            output.Write(chunk, 0, chunk.Length);
            p += (int)size;
            if (p < body.Length && body[p] == '\r') p++;
            if (p < body.Length && body[p] == '\n') p++;
        }
        error = null;
        return output.ToArray();
    }

    private static bool IsIdentity(string encoding) => encoding.Length == 0 || encoding.Equals("identity", StringComparison.OrdinalIgnoreCase);

    private static byte[]? Decode(string encoding, ReadOnlyMemory<byte> body, long maxBytes, out string? error)
    {
        var name = encoding.Trim().ToLowerInvariant();
        if (name is not ("gzip" or "x-gzip" or "deflate"))
        {
            error = $"the HTTP body's Content-Encoding '{Shorten(encoding)}' is not one this reader undoes (gzip, deflate, identity)";
            return null;
        }
        var bytes = body.ToArray();
        var offset = 0;
        var limit = Math.Min(maxBytes, InflationAllowance + (long)MaxInflationRatio * bytes.Length);
        // "deflate" is zlib-wrapped by the standard, raw by some servers: skip a zlib header when there is one.
        if (name == "deflate" && bytes.Length >= 2 && (bytes[0] & 0x0F) == 8 && ((bytes[0] << 8) | bytes[1]) % 31 == 0) offset = 2;
        try
        {
            using var input = new MemoryStream(bytes, offset, bytes.Length - offset);
            using Stream inflater = name == "deflate" ? new DeflateStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[16 * 1024];
            int n;
            while ((n = inflater.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + n > limit)
                {
                    error = limit < maxBytes
                        ? $"the HTTP body's {bytes.Length} bytes inflate to more than {limit} bytes ({MaxInflationRatio} times their size plus {InflationAllowance}): a decompression bomb, not a page"
                        : $"the HTTP body inflates to more than {maxBytes} bytes (the record limit)";
                    return null;
                }
                output.Write(buffer, 0, n);
            }
            error = null;
            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            error = $"the HTTP body's {name} content encoding cannot be undone ({e.Message.TrimEnd('.')})";
            return null;
        }
    }

    private static ArticleDiagnostic Malformed(string message) =>
        new(DiagnosticIds.WarcHttpMalformed, DiagnosticSeverity.Error, message, default);

    internal static string Latin1(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++) chars[i] = (char)bytes[i];
        return new string(chars);
    }

    internal static string Shorten(string s) => s.Length <= 60 ? s : s.Substring(0, 60) + "…";
}
