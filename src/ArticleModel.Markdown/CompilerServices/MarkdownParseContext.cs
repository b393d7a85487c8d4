using System;
using System.Collections.Generic;
using System.ComponentModel;
using ArticleModel.CompilerServices;

namespace ArticleModel.Markdown.CompilerServices;

/// <summary>
/// The Markdown side of one parse: runs <c>@heading</c> and <c>@frontmatter</c> locators on the file a
/// <see cref="ParseContext"/>'s document was read from. Generated parsers and the interpreter make exactly these
/// calls, so both agree.
/// </summary>
/// <remarks>
/// <para>For generated code and the interpreter only: not meant to be called from user code, and it may change between
/// versions without notice.</para>
/// <para>Headings are read from the parse view, so a heading a drop rule removed is not found; a heading's value is
/// its block, with a hit anchors and <c>@quotes(in:)</c> can use. Front matter values are metadata, like an HTML
/// page's meta elements: they have a span in the file but no hit.</para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class MarkdownParseContext
{
    private readonly ParseContext _context;

    private MarkdownParseContext(ParseContext context, MarkdownArticleDocument file)
    {
        _context = context;
        File = file;
    }

    /// <summary>The Markdown side of <paramref name="context"/>'s parse; null when its document was not read from Markdown (then Markdown locators do not apply). Call after the drop rules.</summary>
    public static MarkdownParseContext? For(ParseContext context)
    {
        if (context is null) throw new ArgumentNullException(nameof(context));
        var file = MarkdownArticleDocument.Of(context.Document);
        return file is null ? null : new MarkdownParseContext(context, file);
    }

    /// <summary>The Markdown file.</summary>
    public MarkdownArticleDocument File { get; }

    /// <summary><c>@heading(level, n)</c>: the n-th heading of <paramref name="level"/> in the view (1-based; negative counts from the end).</summary>
    public FoundText FindHeading(int level, int n, string field)
    {
        if (n == 0) return default;
        var headings = Headings(level);
        var index = n > 0 ? n - 1 : headings.Count + n;
        return index >= 0 && index < headings.Count ? _context.FromHit(headings[index]) : default;
    }

    /// <summary><c>@heading(level)</c> on a list field: every heading of <paramref name="level"/> in the view, in order.</summary>
    public FoundText[] FindHeadings(int level, string field) => _context.FromHits(Headings(level).ToArray());

    /// <summary><c>@frontmatter("path")</c>: the first value of the front matter key <paramref name="path"/>.</summary>
    public FoundText FindFrontMatter(string path, string field)
    {
        foreach (var value in File.FrontMatter.GetValues(path))
        {
            var found = Found(value);
            if (found.Found) return found;
        }
        return default;
    }

    /// <summary><c>@frontmatter("path")</c> on a list field: every value of the key (a list's items), in order.</summary>
    public FoundText[] FindFrontMatterAll(string path, string field)
    {
        var values = File.FrontMatter.GetValues(path);
        if (values.Count == 0) return Array.Empty<FoundText>();
        var found = new List<FoundText>(values.Count);
        foreach (var value in values)
        {
            var x = Found(value);
            if (x.Found) found.Add(x);
        }
        return found.ToArray();
    }

    private FoundText Found(FrontMatterValue value) =>
        FoundText.FromPage(TextNormalizer.Normalize(value.Text.AsSpan()), Hit.None, File.GetSpan(value));

    // The heading blocks of one level among the view's lines (a heading is one block; its lines are consecutive).
    private List<Hit> Headings(int level)
    {
        var hits = new List<Hit>();
        var blocks = _context.Document.Blocks;
        var count = _context.LineCount;
        for (var i = 0; i < count;)
        {
            var block = _context.Line(i).Block;
            var end = i + 1;
            while (end < count && _context.Line(end).Block == block) end++;
            if ((uint)block < (uint)blocks.Count && blocks[block] is { Kind: BlockKind.Heading } b && b.Level == level) hits.Add(new Hit(i, end - 1));
            i = end;
        }
        return hits;
    }
}
