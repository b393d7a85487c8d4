using System;
using System.Runtime.CompilerServices;

namespace ArticleModel.Markdown;

/// <summary>
/// A Markdown file as read by <see cref="MarkdownReader"/>: the <see cref="ArticleDocument"/> every text locator works
/// on (blocks with their kind and heading level, spans into the file) and what the Markdown locators need besides —
/// the front matter's keys and values.
/// </summary>
/// <remarks>
/// Offsets: <see cref="ArticleDocument.Text"/> is the rendered text (blocks separated by a blank line);
/// <see cref="ArticleDocument.Input"/> is the Markdown file, and every span points into it. Immutable.
/// </remarks>
public sealed class MarkdownArticleDocument
{
    // Every document this reader built, to its Markdown side: a parser gets an ArticleDocument and finds it here, so
    // the core runtime needs no reference to Markdig. Weak keys: an entry lives as long as its document.
    private static readonly ConditionalWeakTable<ArticleDocument, MarkdownArticleDocument> Files = new();

    internal MarkdownArticleDocument(ArticleDocument document, FrontMatterData frontMatter)
    {
        Document = document;
        FrontMatter = frontMatter;
        Files.Add(document, this);
    }

    /// <summary>The article document: lines, blocks (with kinds and heading levels), text and source map.</summary>
    public ArticleDocument Document { get; }

    /// <summary>The YAML front matter's keys and values; empty when the file has none.</summary>
    public FrontMatterData FrontMatter { get; }

    /// <summary>
    /// The Markdown file <paramref name="document"/> was read from, when <see cref="MarkdownReader"/> read it; null for
    /// a document from any other reader. Markdown locators apply only to documents for which this is not null.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static MarkdownArticleDocument? Of(ArticleDocument document)
    {
        if (document is null) throw new ArgumentNullException(nameof(document));
        return Files.TryGetValue(document, out var file) ? file : null;
    }

    /// <summary>The span of a front matter value in the file.</summary>
    public SourceSpan GetSpan(FrontMatterValue value)
    {
        var (line, column) = Document.SourceMap is { } map ? map.LineAndColumn(value.SourceStart) : (1, value.SourceStart + 1);
        return new SourceSpan(value.SourceStart, value.SourceLength, line, column);
    }
}
