using System;
using System.Collections.Generic;
using System.Text;

namespace ArticleModel;

/// <summary>
/// Reads plain text into an <see cref="ArticleDocument"/>: lines split on LF, CRLF or CR, trimmed, grouped into blocks
/// at blank lines. Never throws on content.
/// </summary>
public static class PlainTextReader
{
    /// <summary>The format name documents from this reader carry.</summary>
    public const string FormatName = "text";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads UTF-8 bytes (with or without a byte-order mark). Invalid sequences become U+FFFD with a warning.</summary>
    public static ArticleDocument Read(ReadOnlySpan<byte> utf8)
    {
        var diagnostics = new List<ArticleDiagnostic>();
        if (utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF) utf8 = utf8.Slice(3);
        string text;
        try
        {
            text = StrictUtf8.GetString(utf8.ToArray());
        }
        catch (DecoderFallbackException e)
        {
            text = Encoding.UTF8.GetString(utf8.ToArray());
            var at = e.Index;
            diagnostics.Add(new ArticleDiagnostic(DiagnosticIds.InvalidUtf8, DiagnosticSeverity.Warning,
                $"the input is not valid UTF-8 (first bad byte at offset {at}); invalid bytes were replaced with U+FFFD", default));
        }
        return Read(text, diagnostics);
    }

    /// <summary>Reads already-decoded text. A leading U+FEFF is skipped (offsets still refer to <paramref name="text"/>).</summary>
    public static ArticleDocument Read(string text) => Read(text ?? string.Empty, new List<ArticleDiagnostic>());

    private static ArticleDocument Read(string text, List<ArticleDiagnostic> diagnostics)
    {
        var lines = new List<TextLine>();
        var block = 0;
        var pendingBreak = false;
        var lineNumber = 0;
        var pos = 0;
        var sawControl = false;
        while (pos <= text.Length)
        {
            lineNumber++;
            var rest = text.AsSpan(pos);
            var eol = rest.IndexOfAny('\r', '\n');
            var lineLength = eol < 0 ? rest.Length : eol;
            var lineSpan = rest.Slice(0, lineLength);
            int s = 0, e = lineLength;
            while (s < e && IsSpace(lineSpan[s], ref sawControl)) s++;
            while (e > s && IsSpace(lineSpan[e - 1], ref sawControl)) e--;
            if (e > s)
            {
                if (pendingBreak && lines.Count > 0) block++;
                pendingBreak = false;
                lines.Add(new TextLine(pos + s, e - s, lineNumber, s + 1, block));
            }
            else
            {
                pendingBreak = true;
            }
            if (eol < 0) break;
            pos += eol + 1;
            if (rest[eol] == '\r' && eol + 1 < rest.Length && rest[eol + 1] == '\n') pos++;
        }
        if (lines.Count == 0)
        {
            diagnostics.Add(new ArticleDiagnostic(DiagnosticIds.EmptyInput, DiagnosticSeverity.Warning,
                "the input is empty or holds only white space", default));
        }
        return new ArticleDocument(text, lines.ToArray(), lines.Count, lines.Count == 0 ? 0 : block + 1, FormatName, diagnostics);
    }

    private static bool IsSpace(char c, ref bool sawControl)
    {
        if (c == ' ' || c == '\t') return true;
        if (c < ' ' || c == '\u007F') { sawControl = true; return true; }
        return c == '\uFEFF' || char.IsWhiteSpace(c);
    }
}
