using System;
using ArticleModel.Html;
using ArticleModel.Markdown;

namespace ArticleModel.Cli;

/// <summary>
/// One input read in its format: the <see cref="ArticleDocument"/> every parser takes and, for a web page, the
/// <see cref="HtmlArticleDocument"/> it came from (the DOM HTML locators run on).
/// </summary>
internal sealed class InputDocument
{
    private InputDocument(ArticleDocument document, HtmlArticleDocument? page)
    {
        Document = document;
        Page = page;
    }

    /// <summary>The document (text, lines, blocks, spans into the input).</summary>
    public ArticleDocument Document { get; }

    /// <summary>The page, when the input was read as HTML.</summary>
    public HtmlArticleDocument? Page { get; }

    /// <summary>
    /// Reads <paramref name="length"/> bytes of <paramref name="buffer"/> as <paramref name="format"/> (Auto: by the
    /// extension of <paramref name="path"/>, then by content). <paramref name="url"/> is the page address (HTML only).
    /// </summary>
    public static InputDocument Read(byte[] buffer, int length, InputFormat format, string? path, string? url)
    {
        var bytes = new ReadOnlySpan<byte>(buffer, 0, length);
        var resolved = FormatDetector.Resolve(format, path, bytes);
        if (resolved == InputFormat.Html)
        {
            var page = HtmlReader.Read(bytes, url);
            return new InputDocument(page.Document, page);
        }
        if (resolved == InputFormat.Markdown) return new InputDocument(MarkdownReader.Read(bytes).Document, null);
        // Through a MemoryStream over the same array: the reader decodes from it without another copy.
        return new InputDocument(PlainTextReader.Read(new System.IO.MemoryStream(buffer, 0, length, writable: false, publiclyVisible: true)), null);
    }

    /// <summary>Reads a web page's bytes, honouring <paramref name="charset"/> from its HTTP <c>Content-Type</c> (a WARC response's).</summary>
    public static InputDocument ReadPage(ReadOnlySpan<byte> bytes, string? url, string? charset)
    {
        var page = HtmlReader.Read(bytes, url, charset);
        return new InputDocument(page.Document, page);
    }

    /// <summary>Reads already-decoded text (a JSON Lines record's <c>text</c> or <c>html</c>) as <paramref name="format"/> (Auto: by content).</summary>
    public static InputDocument Read(string text, InputFormat format, string? url)
    {
        var resolved = FormatDetector.Resolve(format, text);
        if (resolved == InputFormat.Html)
        {
            var page = HtmlReader.Read(text, url);
            return new InputDocument(page.Document, page);
        }
        if (resolved == InputFormat.Markdown) return new InputDocument(MarkdownReader.Read(text).Document, null);
        return new InputDocument(PlainTextReader.Read(text), null);
    }

    /// <summary>A document another reader already made (an unreadable file read as an empty document with its error).</summary>
    public static InputDocument Of(ArticleDocument document) => new(document, null);

    /// <summary>Parses this input with <paramref name="parser"/>.</summary>
    public ParseResult<IJsonWritable> Parse(IArticleParser parser)
    {
        var result = parser.Parse(Document);
        if (Page is not null || !ReferenceEquals(parser, WebArticle.Parser)) return result;
        // No --schema, and the input is not a page: say why everything is empty rather than print an empty article silently.
        var diagnostics = new System.Collections.Generic.List<ArticleDiagnostic>(result.Diagnostics)
        {
            new(CliDiagnosticIds.TextInputWithoutSchema, DiagnosticSeverity.Warning,
                $"no --schema was given and the input was read as {(Document.Format == "markdown" ? "Markdown" : "plain text")}; the built-in WebArticle schema reads web pages (give --schema FILE.article for {(Document.Format == "markdown" ? "Markdown" : "text")}, or --format html for a page)",
                default),
        };
        return new ParseResult<IJsonWritable>(result.Value, result.Spans, diagnostics, result.Layout);
    }
}
