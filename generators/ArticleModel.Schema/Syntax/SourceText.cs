using System;
using System.Collections.Generic;

namespace ArticleModel.Schema.Syntax;

/// <summary>A schema file's text with a line map, to turn offsets into <see cref="TextRange"/>s.</summary>
internal sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string filePath, string text)
    {
        FilePath = filePath ?? string.Empty;
        Text = text ?? string.Empty;
        var starts = new List<int> { 0 };
        for (var i = 0; i < Text.Length; i++)
        {
            var c = Text[i];
            if (c == '\r')
            {
                if (i + 1 < Text.Length && Text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }
        _lineStarts = starts.ToArray();
    }

    public string FilePath { get; }

    public string Text { get; }

    public int Length => Text.Length;

    /// <summary>0-based line and column of an offset (clamped to the text).</summary>
    public void GetLineColumn(int offset, out int line, out int column)
    {
        if (offset < 0) offset = 0;
        if (offset > Text.Length) offset = Text.Length;
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0) index = ~index - 1;
        // An offset between '\r' and '\n' belongs to the line the '\r' ends.
        line = index;
        column = offset - _lineStarts[index];
    }

    /// <summary>The range [start, start+length), clamped to the text.</summary>
    public TextRange Range(int start, int length)
    {
        if (start < 0) start = 0;
        if (start > Text.Length) start = Text.Length;
        if (length < 0) length = 0;
        if (start + length > Text.Length) length = Text.Length - start;
        GetLineColumn(start, out var sl, out var sc);
        GetLineColumn(start + length, out var el, out var ec);
        return new TextRange(start, length, sl, sc, el, ec);
    }

    /// <summary>The range from the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    public TextRange Span(TextRange first, TextRange last) => Range(first.Start, Math.Max(first.End, last.End) - first.Start);
}

/// <summary>Collects diagnostics for one file.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<SchemaDiagnostic> _items = new();
    private readonly SourceText _source;

    public DiagnosticBag(SourceText source) => _source = source;

    public IReadOnlyList<SchemaDiagnostic> Items => _items;

    public int ErrorCount { get; private set; }

    public void Add(SchemaDiagnosticDescriptor descriptor, TextRange range, params object?[] args)
    {
        if (descriptor.Severity == SchemaSeverity.Error) ErrorCount++;
        _items.Add(new SchemaDiagnostic(descriptor.Id, descriptor.Severity, descriptor.Format(args), _source.FilePath, range));
    }

    /// <summary>Adds a diagnostic another bag of the same file collected.</summary>
    public void Add(SchemaDiagnostic diagnostic)
    {
        if (diagnostic.Severity == SchemaSeverity.Error) ErrorCount++;
        _items.Add(diagnostic);
    }
}
