using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleModel.DocumentationChecks;

/// <summary>A fenced code block of a Markdown file: its info string (language) and its text.</summary>
internal sealed record MarkdownBlock(string Language, string Text, int Line);

/// <summary>Reads the fenced code blocks of a Markdown document, so tests can check what the docs show.</summary>
internal static class MarkdownBlocks
{
    public static IReadOnlyList<MarkdownBlock> Read(string markdown)
    {
        var blocks = new List<MarkdownBlock>();
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("```", StringComparison.Ordinal)) continue;
            var language = lines[i][3..].Trim();
            var start = i + 1;
            var end = start;
            while (end < lines.Length && !lines[end].StartsWith("```", StringComparison.Ordinal)) end++;
            blocks.Add(new MarkdownBlock(language, string.Join("\n", lines[start..Math.Min(end, lines.Length)]) + "\n", start + 1));
            i = end;
        }
        return blocks;
    }

    /// <summary>The one block that <paramref name="predicate"/> picks; fails loudly when the docs changed shape.</summary>
    public static MarkdownBlock Single(IReadOnlyList<MarkdownBlock> blocks, string what, Func<MarkdownBlock, bool> predicate)
    {
        var found = blocks.Where(predicate).ToList();
        if (found.Count != 1)
            throw new InvalidOperationException($"expected one code block with {what} in the document, found {found.Count}");
        return found[0];
    }
}
