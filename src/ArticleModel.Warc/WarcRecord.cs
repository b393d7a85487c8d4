using System;

namespace ArticleModel.Warc;

/// <summary>
/// A <c>response</c> or <c>resource</c> record of a WARC file, with its payload (for a response, the HTTP body with any
/// chunked transfer and gzip/deflate content encoding undone), or the damage that kept it from being read.
/// </summary>
public sealed class WarcRecord
{
    internal WarcRecord(string? type, string? recordId, string? targetUri, string? date, long offset)
    {
        Type = type;
        RecordId = recordId;
        TargetUri = targetUri;
        Date = date;
        Offset = offset;
    }

    /// <summary><c>WARC-Type</c>: <c>response</c> or <c>resource</c>; null for damage found between records.</summary>
    public string? Type { get; }

    /// <summary><c>WARC-Record-ID</c> without its angle brackets (for example <c>urn:uuid:…</c>); null when unknown.</summary>
    public string? RecordId { get; }

    /// <summary><c>WARC-Target-URI</c> (the page's address) without angle brackets; null when absent.</summary>
    public string? TargetUri { get; }

    /// <summary><c>WARC-Date</c> as written (ISO 8601, UTC); null when absent.</summary>
    public string? Date { get; }

    /// <summary>Where the record starts: the offset of its gzip member in a compressed file, of its first byte in a plain one.</summary>
    public long Offset { get; }

    /// <summary>The HTTP status code of a response; null for a resource or an unreadable response.</summary>
    public int? HttpStatus { get; internal set; }

    /// <summary>The payload's media type: the HTTP <c>Content-Type</c> of a response, the WARC <c>Content-Type</c> of a resource.</summary>
    public string? ContentType { get; internal set; }

    /// <summary>The <c>charset</c> parameter of <see cref="ContentType"/> (the transport encoding an HTML reader should honour), or null.</summary>
    public string? Charset { get; internal set; }

    /// <summary>The payload; empty when <see cref="Problem"/> is set.</summary>
    public ReadOnlyMemory<byte> Payload { get; internal set; }

    /// <summary>Why the record could not be read (damaged, truncated, too large, unreadable HTTP); null for a good record.</summary>
    public ArticleDiagnostic? Problem { get; internal set; }

    /// <summary>
    /// Whether the payload is a web page: its media type is <c>text/html</c> or <c>application/xhtml+xml</c>, or, with
    /// none given, it starts (after white space) with <c>&lt;</c>.
    /// </summary>
    public bool IsHtml
    {
        get
        {
            if (ContentType is { } type)
            {
                var media = type.Split(';')[0].Trim();
                return media.Equals("text/html", StringComparison.OrdinalIgnoreCase)
                    || media.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);
            }
            foreach (var b in Payload.Span)
            {
                if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') continue;
                return b == '<';
            }
            return false;
        }
    }
}
