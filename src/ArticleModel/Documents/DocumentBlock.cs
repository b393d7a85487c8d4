using System;
using System.Collections.Generic;

namespace ArticleModel;

/// <summary>
/// One block of a document — a run of its lines that a reader read as one unit (a paragraph, a heading, a list item…),
/// with what the reader knew about it. Immutable.
/// </summary>
public sealed class DocumentBlock
{
    private static readonly IReadOnlyDictionary<string, string> NoAttributes = new Dictionary<string, string>(0);

    /// <summary>Creates a block; readers call this.</summary>
    /// <param name="kind">What the block is.</param>
    /// <param name="firstLine">Index of its first line in <see cref="ArticleDocument.Lines"/>.</param>
    /// <param name="lineCount">How many lines it has (at least one).</param>
    /// <param name="level">The heading level (1–6) for <see cref="BlockKind.Heading"/>, the nesting depth for lists and quotations, else 0.</param>
    /// <param name="elementName">The element it came from (<c>p</c>, <c>h2</c>, <c>li</c>…) for markup formats, else null.</param>
    /// <param name="attributes">The element's attributes (names in lower case), or null for none.</param>
    public DocumentBlock(BlockKind kind, int firstLine, int lineCount, int level = 0, string? elementName = null, IReadOnlyDictionary<string, string>? attributes = null)
    {
        if (firstLine < 0) throw new ArgumentOutOfRangeException(nameof(firstLine));
        if (lineCount < 1) throw new ArgumentOutOfRangeException(nameof(lineCount));
        Kind = kind;
        FirstLine = firstLine;
        LineCount = lineCount;
        Level = level;
        ElementName = elementName;
        Attributes = attributes ?? NoAttributes;
    }

    /// <summary>What the block is.</summary>
    public BlockKind Kind { get; }

    /// <summary>Index of the block's first line in <see cref="ArticleDocument.Lines"/>.</summary>
    public int FirstLine { get; }

    /// <summary>How many lines the block has.</summary>
    public int LineCount { get; }

    /// <summary>Index just past the block's last line.</summary>
    public int EndLine => FirstLine + LineCount;

    /// <summary>The heading level, or nesting depth; 0 when it does not apply.</summary>
    public int Level { get; }

    /// <summary>The element the block came from in a markup format, or null.</summary>
    public string? ElementName { get; }

    /// <summary>The element's attributes; empty when there are none.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; }

    /// <summary>The value of attribute <paramref name="name"/>, or null.</summary>
    public string? GetAttribute(string name) => Attributes.TryGetValue(name, out var value) ? value : null;

    /// <summary>Whether the block's <c>class</c> attribute lists <paramref name="className"/> (case-sensitive, as in HTML).</summary>
    public bool HasClass(string className)
    {
        var classes = GetAttribute("class");
        if (classes is null || className.Length == 0) return false;
        foreach (var part in classes.Split(ClassSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (string.Equals(part, className, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static readonly char[] ClassSeparators = { ' ', '\t', '\n', '\r', '\f' };

    /// <inheritdoc />
    public override string ToString() => ElementName is null ? $"{Kind} lines {FirstLine}..{EndLine - 1}" : $"{Kind} <{ElementName}> lines {FirstLine}..{EndLine - 1}";
}
