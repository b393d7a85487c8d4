using System;
using System.Collections.Generic;
using System.IO;
using ArticleModel.Markdown.Reading;
using Markdig;
using Markdig.Syntax;

namespace ArticleModel.Markdown;

/// <summary>
/// Reads Markdown (CommonMark, with YAML front matter) into a <see cref="MarkdownArticleDocument"/>: one document block
/// per heading (with its level), paragraph, list-item paragraph, block-quote paragraph (with its depth), code block and
/// front matter, whose text is the rendered plain text and whose spans point into the original file (LF, CRLF or CR).
/// Never throws on content.
/// </summary>
/// <remarks>
/// <para>
/// <b>Text.</b> A block's text is what a reader sees: emphasis marks, code-span backticks, link URLs and raw HTML are
/// left out, entities and backslash escapes are decoded, a soft line break reads as a space and a hard one (two
/// spaces or <c>\</c> at the end of a line) ends the line. Images, HTML blocks and thematic breaks give no text. Code
/// blocks keep their lines. Front matter (between <c>---</c> lines at the very start) is a
/// <see cref="BlockKind.FrontMatter"/> block of its YAML lines, and its keys are read into
/// <see cref="MarkdownArticleDocument.FrontMatter"/>.
/// </para>
/// <para>
/// <b>Limits.</b> Markdig parses in time about linear in the input; a file nesting blocks or inlines deeper than
/// <see cref="MaxNestingDepth"/> (<c>&gt;&gt;&gt;…</c>, thousands of <c>[</c>), or indenting a line more than 256 columns
/// (which only nesting past the limit does), is read as plain text instead, one
/// paragraph per run of lines, with an AM3016 warning; so is a file with thousands of link reference definitions (in a
/// row, or each in a paragraph of its own), or of thousands of unclosed links or inline HTML, which Markdig reads in time growing with
/// their square. A front matter line that is not <c>key: value</c>, a list item
/// or a continuation is skipped with one AM3017 warning for the file.
/// </para>
/// <para>Bytes are decoded as <see cref="PlainTextReader"/> decodes them (UTF-8, or UTF-16/UTF-32 with a byte-order
/// mark), with its diagnostics. All members are thread-safe.</para>
/// </remarks>
public static class MarkdownReader
{
    /// <summary>The format name documents from this reader carry.</summary>
    public const string FormatName = "markdown";

    /// <summary>The deepest nesting of blocks and inlines read as Markdown (Markdig's default limit).</summary>
    public const int MaxNestingDepth = 128;

    // Thread-safe once built.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder
    {
        MaximumNestingDepth = MaxNestingDepth,
    }.UseYamlFrontMatter().UsePreciseSourceLocation().Build();

    /// <summary>Reads already-decoded Markdown; <see langword="null"/> reads as empty.</summary>
    public static MarkdownArticleDocument Read(string markdown) => ReadDecoded(markdown ?? string.Empty, Array.Empty<ArticleDiagnostic>());

    /// <summary>Reads UTF-8 bytes (or UTF-16/UTF-32 with their byte-order mark); invalid sequences become U+FFFD with an AM2001 warning.</summary>
    public static MarkdownArticleDocument Read(ReadOnlySpan<byte> bytes) => FromPlain(PlainTextReader.Read(bytes));

    /// <summary>Reads bytes like <see cref="Read(ReadOnlySpan{byte})"/>.</summary>
    public static MarkdownArticleDocument Read(byte[] bytes)
    {
        if (bytes is null) throw new ArgumentNullException(nameof(bytes));
        return Read(new ReadOnlySpan<byte>(bytes));
    }

    /// <summary>
    /// Reads a stream to its end like <see cref="Read(ReadOnlySpan{byte})"/>. The stream is not disposed; an I/O error
    /// gives an empty document with an AM2004 error instead of an exception.
    /// </summary>
    public static MarkdownArticleDocument Read(Stream stream)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        return FromPlain(PlainTextReader.Read(stream));
    }

    // The plain-text reader decodes; its diagnostics (invalid bytes, control characters, I/O errors) point into the
    // same text, which is this reader's input. Its empty-input warning is the builder's to give.
    private static MarkdownArticleDocument FromPlain(ArticleDocument plain)
    {
        var diagnostics = new List<ArticleDiagnostic>(plain.Diagnostics.Count);
        foreach (var d in plain.Diagnostics)
        {
            if (d.Id != DiagnosticIds.EmptyInput) diagnostics.Add(d);
        }
        return ReadDecoded(plain.Text, diagnostics);
    }

    private static readonly string NestingTooDeep =
        $"the Markdown nests blocks or inlines deeper than {MaxNestingDepth} levels (or indents a line more than {NestingPrescan.MaxIndent} columns)";

    private const string TooManyReferenceDefinitions =
        "the Markdown has thousands of link reference definitions ('[label]: url' lines) in a row or in paragraphs of their own, which Markdig reads in time growing with their square";

    private const string TooManyUnclosedInlines =
        "the Markdown has paragraphs of thousands of unclosed links or inline HTML ('[a](', '<?', '<!x'), which Markdig reads in time growing with their square";

    private static MarkdownArticleDocument ReadDecoded(string markdown, IReadOnlyList<ArticleDiagnostic> diagnostics)
    {
        MarkdownDocument? tree = null;
        string? plainReason = null;
        if (NestingPrescan.Exceeds(markdown)) plainReason = NestingTooDeep;
        else if (ReferenceDefinitionPrescan.Exceeds(markdown)) plainReason = TooManyReferenceDefinitions;
        else if (InlineScanPrescan.Exceeds(markdown)) plainReason = TooManyUnclosedInlines;
        else
        {
            try
            {
                tree = Markdig.Markdown.Parse(markdown, Pipeline);
            }
            catch (ArgumentException)
            {
                // Markdig's nesting limit; read below as plain text.
                plainReason = NestingTooDeep;
            }
        }

        var builder = new ArticleDocumentBuilder(markdown, FormatName);
        foreach (var d in diagnostics) builder.AddDiagnostic(d);
        var frontMatter = FrontMatterData.Empty;
        if (tree is null)
        {
            builder.AddDiagnostic(new ArticleDiagnostic(DiagnosticIds.MarkdownNestingTooDeep, DiagnosticSeverity.Warning,
                $"{plainReason}; it was read as plain text (one paragraph per run of lines, no headings or front matter)",
                default));
            PlainLines.Write(markdown, builder);
        }
        else
        {
            var writer = new MarkdownBlockWriter(markdown, builder);
            writer.Write(tree);
            if (writer.FrontMatterLines is { } lines)
            {
                var reader = FrontMatterReader.Read(markdown, lines);
                frontMatter = reader.Data;
                if (reader.UnreadableCount > 0)
                {
                    var (line, column) = PlainLines.LineAndColumn(markdown, reader.FirstUnreadable);
                    builder.AddDiagnostic(new ArticleDiagnostic(DiagnosticIds.MarkdownFrontMatterUnreadable, DiagnosticSeverity.Warning,
                        $"{reader.UnreadableCount} line{(reader.UnreadableCount == 1 ? "" : "s")} of the front matter could not be read as 'key: value', a '- item' or a continuation and {(reader.UnreadableCount == 1 ? "was" : "were")} skipped",
                        new SourceSpan(reader.FirstUnreadable, 0, line, column)));
                }
            }
        }
        return new MarkdownArticleDocument(builder.Build(), frontMatter);
    }
}
