using System;
using System.Collections.Generic;
using AngleSharp.Dom;
using ArticleModel.Html;

namespace ArticleModel.Sites;

/// <summary>
/// Which body blocks of a site schema lie inside a figure's caption or credit, read from the page's markup: a block is
/// matched to the elements by its span (both are spans of the page's input).
/// </summary>
internal static class FigureParts
{
    /// <summary>The figure part of each block; null when the document is not an HTML page.</summary>
    /// <param name="document">The parsed document.</param>
    /// <param name="blocks">The spans of the body's blocks, one each.</param>
    public static FigurePart[]? Of(ArticleDocument document, IReadOnlyList<SourceSpan> blocks)
    {
        var page = HtmlArticleDocument.Of(document);
        if (page is null) return null;
        var named = new List<(SourceSpan Span, FigurePart Part)>();
        foreach (var element in page.Html.All)
        {
            var part = PartOf(element);
            if (part == FigurePart.None) continue;
            var span = page.GetSpan(element);
            if (span.Length > 0) named.Add((span, part));
        }
        var parts = new FigurePart[blocks.Count];
        for (var i = 0; i < parts.Length; i++) parts[i] = Innermost(blocks[i], named);
        return parts;
    }

    // The part the innermost named element around the block's first character gives: a figure holds its caption, and
    // a "credit-caption" wrapper its caption and its credit. Of two with the same text, the credit.
    private static FigurePart Innermost(SourceSpan block, List<(SourceSpan Span, FigurePart Part)> named)
    {
        var best = FigurePart.None;
        var bestLength = int.MaxValue;
        foreach (var (span, part) in named)
        {
            if (block.Start < span.Start || block.Start >= span.Start + span.Length) continue;
            if (span.Length < bestLength || span.Length == bestLength && part == FigurePart.Other)
            {
                best = part;
                bestLength = span.Length;
            }
        }
        return best;
    }

    // What an element is by its name and class names: a credit line first ("caption__credit", "image-copyright"), then
    // a caption (figcaption, "caption"), then the rest of a figure (its buttons and labels).
    private static FigurePart PartOf(IElement element)
    {
        var classes = element.ClassName;
        if (Names(classes, "credit") || Names(classes, "copyright")) return FigurePart.Other;
        if (element.LocalName == "figcaption" || Names(classes, "caption")) return FigurePart.Caption;
        return element.LocalName == "figure" ? FigurePart.Other : FigurePart.None;
    }

    private static bool Names(string? classes, string word) => classes is not null && classes.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0;
}
