using System;
using ArticleModel.CompilerServices;

namespace ArticleModel.Html.Locators;

/// <summary>
/// The lines HTML locators read text from: a parse's view (the document's lines minus those drop rules removed), or the
/// whole document's lines when a locator is used outside a parse. Lines are in text order, so a range of the document
/// text maps to a run of them by binary search.
/// </summary>
internal readonly struct LineSource
{
    private readonly ParseContext? _context;
    private readonly TextLine[]? _lines;

    internal LineSource(ParseContext context)
    {
        _context = context;
        _lines = null;
        Text = context.Document.Text;
        Count = context.LineCount;
    }

    internal LineSource(ArticleDocument document)
    {
        _context = null;
        _lines = document.Lines.ToArray();
        Text = document.Text;
        Count = _lines.Length;
    }

    /// <summary>The document text the lines index into.</summary>
    internal string Text { get; }

    /// <summary>The number of lines.</summary>
    internal int Count { get; }

    /// <summary>The line at <paramref name="index"/>.</summary>
    internal TextLine this[int index] => _context is null ? _lines![index] : _context.Line(index);

    /// <summary>The first line that ends after <paramref name="offset"/> (<see cref="Count"/> when none).</summary>
    internal int FirstEndingAfter(int offset)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (this[mid].End <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The lines overlapping the text range [<paramref name="start"/>, <paramref name="end"/>) as a hit; <see cref="Hit.None"/> when none does.</summary>
    internal Hit HitOf(int start, int end)
    {
        if (end <= start) return Hit.None;
        var first = FirstEndingAfter(start);
        if (first >= Count || this[first].Start >= end) return Hit.None;
        var last = first;
        while (last + 1 < Count && this[last + 1].Start < end) last++;
        return new Hit(first, last);
    }

    internal static int Clamp(int value, int min, int max) => Math.Max(min, Math.Min(max, value));
}
