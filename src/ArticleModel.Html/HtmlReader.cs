using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ArticleModel.Html.Decoding;
using ArticleModel.Html.Reading;

namespace ArticleModel.Html;

/// <summary>
/// Reads web pages into <see cref="HtmlArticleDocument"/>s: bytes are decoded the way browsers do, the page is parsed
/// with AngleSharp, and its rendered text becomes an <see cref="ArticleDocument"/> of blocks (paragraphs, headings,
/// list items, quotations, preformatted text, table cells, captions) with element names, attributes and spans into the
/// page. Never throws on content: what it notices becomes a diagnostic on the document. All members are thread-safe.
/// </summary>
/// <remarks>
/// <para><b>Decoding</b> (WHATWG order): a byte-order mark; else the transport charset (<c>contentTypeCharset</c>, the
/// HTTP header's); else a <c>&lt;meta charset&gt;</c> or <c>http-equiv="Content-Type"</c> in the first 1024 bytes;
/// else a guess — UTF-8 when the bytes are valid UTF-8, otherwise windows-1252 — with an AM2020 diagnostic (none for
/// pure ASCII, which every candidate decodes alike). An unknown declared label gives AM2021 and is skipped; bytes
/// invalid in the chosen encoding become U+FFFD with AM2001 (UTF-8) or AM2022.</para>
/// <para><b>Bounds</b>: pages over <see cref="MaxInputBytes"/> are cut there (AM2023); start tags nested deeper than
/// 512 levels are ignored (AM2024), as browsers do, which keeps parsing linear; nothing recurses over the DOM.</para>
/// </remarks>
public static class HtmlReader
{
    /// <summary>The format name documents from this reader carry.</summary>
    public const string FormatName = "html";

    /// <summary>The largest page read whole, in bytes (256 MiB); longer input is cut with an AM2023 warning.</summary>
    public const int MaxInputBytes = 256 * 1024 * 1024;

    /// <summary>Reads a page from its bytes.</summary>
    /// <param name="bytes">The page as received.</param>
    /// <param name="url">The page's address, for resolving relative links; null when unknown.</param>
    /// <param name="contentTypeCharset">The charset the transport declared (an HTTP <c>Content-Type</c>'s <c>charset</c>, or the whole header value); null when none.</param>
    public static HtmlArticleDocument Read(byte[] bytes, string? url = null, string? contentTypeCharset = null)
    {
        if (bytes is null) throw new ArgumentNullException(nameof(bytes));
        return Read(new ReadOnlySpan<byte>(bytes), url, contentTypeCharset);
    }

    /// <inheritdoc cref="Read(byte[], string?, string?)"/>
    public static HtmlArticleDocument Read(ReadOnlySpan<byte> bytes, string? url = null, string? contentTypeCharset = null)
    {
        var diagnostics = new List<ArticleDiagnostic>();
        if (bytes.Length > MaxInputBytes)
        {
            diagnostics.Add(new ArticleDiagnostic(DiagnosticIds.HtmlInputTruncated, DiagnosticSeverity.Warning,
                $"the page has {bytes.Length} bytes, more than the reader's limit of {MaxInputBytes}; only the first {MaxInputBytes} were read", default));
            bytes = bytes.Slice(0, MaxInputBytes);
        }
        var encoding = ChooseEncoding(bytes, contentTypeCharset, diagnostics, out var source, out var bomLength);
        var text = HtmlEncodings.Decode(encoding, bytes.Slice(bomLength), out var invalid);
        if (invalid > 0)
        {
            var first = text.IndexOf('\uFFFD');
            var utf8 = encoding.CodePage == Encoding.UTF8.CodePage;
            diagnostics.Add(new ArticleDiagnostic(utf8 ? DiagnosticIds.InvalidUtf8 : DiagnosticIds.HtmlInvalidBytes, DiagnosticSeverity.Warning,
                $"the page is not valid {encoding.WebName}: {invalid} invalid byte sequence{(invalid == 1 ? " was" : "s were")} replaced with U+FFFD",
                first < 0 ? default : SpanAt(text, first, 1)));
        }
        return ReadDecoded(text, url, encoding.WebName, source, diagnostics);
    }

    /// <summary>
    /// Reads a page from a stream to its end (at most <see cref="MaxInputBytes"/> bytes), decoding like
    /// <see cref="Read(byte[], string?, string?)"/>. The stream is not disposed. An I/O error gives an empty document
    /// with an AM2004 error instead of an exception.
    /// </summary>
    public static HtmlArticleDocument Read(Stream stream, string? url = null, string? contentTypeCharset = null)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        byte[] bytes;
        int length;
        try
        {
            bytes = ReadAll(stream, out length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
        {
            var diagnostics = new List<ArticleDiagnostic>
            {
                new(DiagnosticIds.UnreadableInput, DiagnosticSeverity.Error, $"the page could not be read: {e.Message}", default),
            };
            return ReadDecoded(string.Empty, url, "utf-8", HtmlEncodingSource.Guessed, diagnostics);
        }
        return Read(new ReadOnlySpan<byte>(bytes, 0, length), url, contentTypeCharset);
    }

    /// <summary>Reads an already-decoded page; <see langword="null"/> reads as empty. A leading U+FEFF is white space.</summary>
    /// <param name="html">The page's markup.</param>
    /// <param name="url">The page's address, for resolving relative links; null when unknown.</param>
    public static HtmlArticleDocument Read(string html, string? url = null) =>
        ReadDecoded(html ?? string.Empty, url, "utf-16", HtmlEncodingSource.Decoded, new List<ArticleDiagnostic>());

    // One parser per thread: building one sets up a browsing context and its element factories, which cost as much as
    // parsing a small page. A parser keeps no state between documents, but is not documented as thread-safe.
    [ThreadStatic]
    private static HtmlParser? _parser;

    private static HtmlParser Parser => _parser ??= new HtmlParser(new HtmlParserOptions
    {
        IsKeepingSourceReferences = true,
        // Line and column tracking keeps a stack entry per line; only offsets are used.
        DisableElementPositionTracking = true,
    });

    private static Encoding ChooseEncoding(ReadOnlySpan<byte> bytes, string? transport, List<ArticleDiagnostic> diagnostics, out HtmlEncodingSource source, out int bomLength)
    {
        bomLength = HtmlEncodingSniffer.ByteOrderMark(bytes, out var bom);
        if (bom is not null)
        {
            source = HtmlEncodingSource.ByteOrderMark;
            return bom;
        }
        if (!string.IsNullOrWhiteSpace(transport))
        {
            var label = transport!.IndexOf('=') >= 0 || transport.IndexOf(';') >= 0 ? HtmlEncodingSniffer.CharsetFromContentType(transport) : transport;
            var declared = HtmlEncodings.FromLabel(label, fromMeta: false);
            if (declared is not null)
            {
                source = HtmlEncodingSource.Transport;
                return declared;
            }
            if (label is not null) diagnostics.Add(Unknown(label, "transport charset"));
        }
        var meta = HtmlEncodingSniffer.Prescan(bytes);
        if (meta is not null)
        {
            var declared = HtmlEncodings.FromLabel(meta, fromMeta: true);
            if (declared is not null)
            {
                // Text in a legacy encoding (Shift_JIS, windows-1252, …) with non-ASCII characters is almost never valid
                // UTF-8 by chance, while saved and re-encoded pages often keep a stale meta charset: the bytes win over
                // the meta element (not over a byte-order mark or the transport, which describe these very bytes).
                if (declared.CodePage != HtmlEncodings.Utf8.CodePage && HtmlEncodings.IsValidUtf8(bytes, out var multiByte) && multiByte)
                {
                    diagnostics.Add(new ArticleDiagnostic(DiagnosticIds.HtmlMetaCharsetContradicted, DiagnosticSeverity.Warning,
                        $"the page's meta charset '{(meta.Length > 40 ? meta.Substring(0, 40) + "…" : meta)}' disagrees with its bytes, which are valid UTF-8 with multi-byte characters; it was decoded as utf-8", default));
                    source = HtmlEncodingSource.MetaContradictedByUtf8;
                    return HtmlEncodings.Utf8;
                }
                source = HtmlEncodingSource.Meta;
                return declared;
            }
            diagnostics.Add(Unknown(meta, "meta charset"));
        }
        source = HtmlEncodingSource.Guessed;
        if (HtmlEncodings.IsValidUtf8(bytes, out var nonAscii))
        {
            if (nonAscii)
            {
                diagnostics.Add(new ArticleDiagnostic(DiagnosticIds.HtmlEncodingGuessed, DiagnosticSeverity.Warning,
                    "the page declares no encoding (no byte-order mark, transport charset or meta charset); it was decoded as utf-8 because its bytes are valid UTF-8", default));
                return HtmlEncodings.Utf8;
            }
            return HtmlEncodings.Windows1252; // pure ASCII: every candidate reads it alike
        }
        diagnostics.Add(new ArticleDiagnostic(DiagnosticIds.HtmlEncodingGuessed, DiagnosticSeverity.Warning,
            "the page declares no encoding (no byte-order mark, transport charset or meta charset); it was decoded as windows-1252, the web's default", default));
        return HtmlEncodings.Windows1252;
    }

    private static ArticleDiagnostic Unknown(string label, string where) =>
        new(DiagnosticIds.HtmlUnknownEncoding, DiagnosticSeverity.Warning,
            $"the page's {where} '{(label.Length > 40 ? label.Substring(0, 40) + "…" : label)}' names no known encoding; it was ignored", default);

    private static HtmlArticleDocument ReadDecoded(string html, string? url, string encodingName, HtmlEncodingSource encodingSource, List<ArticleDiagnostic> diagnostics)
    {
        var limited = NestingLimiter.Limit(html, out var blanked, out var firstBlanked);
        if (blanked > 0)
        {
            diagnostics.Add(new ArticleDiagnostic(DiagnosticIds.HtmlNestingTooDeep, DiagnosticSeverity.Warning,
                $"the page nests elements deeper than {NestingLimiter.MaxDepth} levels; {blanked} deeper start tag{(blanked == 1 ? " was" : "s were")} ignored",
                SpanAt(html, firstBlanked, 0)));
        }
        var page = Parser.ParseDocument(limited);
        var builder = new ArticleDocumentBuilder(html, FormatName);
        foreach (var diagnostic in diagnostics) builder.AddDiagnostic(diagnostic);
        var walker = new BlockWalker(builder, limited);
        if (page.DocumentElement is { } root) walker.Walk(root);
        var document = builder.Build();
        Uri? pageUrl = null;
        if (!string.IsNullOrWhiteSpace(url)) Uri.TryCreate(url!.Trim(), UriKind.Absolute, out pageUrl);
        return new HtmlArticleDocument(document, page, walker.Ranges, pageUrl, encodingName, encodingSource);
    }

    private static SourceSpan SpanAt(string text, int offset, int length)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceSpan(offset, length, line, offset - lineStart + 1);
    }

    private static byte[] ReadAll(Stream stream, out int length)
    {
        var buffer = new byte[stream.CanSeek ? (int)Math.Min(Math.Max(stream.Length - stream.Position, 0) + 1, MaxInputBytes + 1L) : 64 * 1024];
        length = 0;
        while (length <= MaxInputBytes)
        {
            if (length == buffer.Length)
            {
                var larger = new byte[(int)Math.Min((long)buffer.Length * 2, MaxInputBytes + 1L)];
                Buffer.BlockCopy(buffer, 0, larger, 0, length);
                buffer = larger;
            }
            var read = stream.Read(buffer, length, buffer.Length - length);
            if (read <= 0) break;
            length += read;
        }
        return buffer;
    }
}
