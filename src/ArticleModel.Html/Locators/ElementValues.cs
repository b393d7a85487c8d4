using System;
using System.Collections.Generic;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace ArticleModel.Html.Locators;

/// <summary>
/// What an element a locator selected gives (<c>@css</c> and <c>@xpath</c> alike): its rendered text as the document
/// has it, minus what a <c>clean:</c> selector matches, or an attribute's value; for a list of paragraphs, its blocks.
/// URLs are resolved against the page when asked. Immutable; shared by every parse.
/// </summary>
internal sealed class ElementValues
{
    private readonly ISelector? _clean;

    internal ElementValues(string? attribute, ISelector? clean, bool resolveUrls)
    {
        Attribute = attribute;
        _clean = clean;
        ResolveUrls = resolveUrls;
    }

    /// <summary>The attribute whose value is taken instead of the text; null for the text.</summary>
    internal string? Attribute { get; }

    /// <summary>Whether values are resolved as links against the page's base URL.</summary>
    internal bool ResolveUrls { get; }

    /// <summary>The element's value: <see cref="Attribute"/>'s value when set, else its text; the default value when empty.</summary>
    internal HtmlValue ValueOf(HtmlArticleDocument page, LineSource lines, IElement element)
    {
        if (Attribute is not null) return AttributeValue(page, element, Attribute);
        if (!page.TryGetTextRange(element, out var start, out var length)) return HeadTitle(page, element);
        return TextRanges.TryGetText(lines, start, start + length, Exclusions(page, element), out var piece)
            ? TextValue(page, element, piece)
            : default;
    }

    /// <summary>The value of the element's attribute <paramref name="name"/>, white space normalised; the default value when missing or empty.</summary>
    internal HtmlValue AttributeValue(HtmlArticleDocument page, IElement element, string name)
    {
        // A meta element's "content" is read by the same rule as @meta's (its value attribute when it has no content).
        if (string.Equals(name, "content", StringComparison.OrdinalIgnoreCase) && string.Equals(element.LocalName, "meta", StringComparison.Ordinal))
            name = MetaLocator.ContentAttributeOf(element) ?? name;
        var raw = element.GetAttribute(name);
        if (raw is null) return default;
        var text = TextNormalizer.Normalize(raw.AsSpan());
        if (text.Length == 0) return default;
        if (ResolveUrls) text = page.ResolveUrl(text)?.AbsoluteUri ?? text;
        return new HtmlValue(text, page.AttributeSpan(element, name), element, HtmlValueSource.Attribute, -1, -1);
    }

    /// <summary>
    /// Adds the element's blocks to <paramref name="values"/> (one per paragraph it holds); an element inside one taken
    /// before (its text starts before <paramref name="takenEnd"/>) adds nothing.
    /// </summary>
    internal void AddBlocks(HtmlArticleDocument page, LineSource lines, IElement element, ref int takenEnd, List<TextRanges.Piece> pieces, List<HtmlValue> values)
    {
        if (Attribute is not null)
        {
            var value = ValueOf(page, lines, element);
            if (value.Found) values.Add(value);
            return;
        }
        if (!page.TryGetTextRange(element, out var start, out var length))
        {
            var title = HeadTitle(page, element);
            if (title.Found) values.Add(title);
            return;
        }
        if (start < takenEnd) return;
        takenEnd = start + length;
        pieces.Clear();
        TextRanges.CollectBlocks(lines, start, start + length, Exclusions(page, element), pieces);
        foreach (var piece in pieces) values.Add(TextValue(page, element, piece));
    }

    // The <title> element: its text is the page's name, not page text (the head is not read into the document), so it
    // has no text range; its value is its text, white space normalised, and its span the text between its tags.
    private static HtmlValue HeadTitle(HtmlArticleDocument page, IElement element)
    {
        if (!string.Equals(element.LocalName, "title", StringComparison.Ordinal) || element.NamespaceUri != NamespaceNames.HtmlUri) return default;
        var text = TextNormalizer.Normalize(element.TextContent.AsSpan());
        if (text.Length == 0) return default;
        var input = page.Document.Input;
        var tag = HtmlArticleDocument.StartTagOf(element);
        var open = tag < 0 ? -1 : input.IndexOf('>', tag);
        var close = open < 0 ? -1 : input.IndexOf("</title", open, StringComparison.OrdinalIgnoreCase);
        if (close < 0) return new HtmlValue(text, page.InputSpan(tag < 0 ? 0 : tag, tag < 0 ? 0 : tag), element, HtmlValueSource.ElementText, -1, -1);
        var start = open + 1;
        var end = close;
        while (start < end && IsHtmlSpace(input[start])) start++;
        while (end > start && IsHtmlSpace(input[end - 1])) end--;
        return new HtmlValue(text, page.InputSpan(start, end), element, HtmlValueSource.ElementText, -1, -1);
    }

    private static bool IsHtmlSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    /// <summary>A piece of the document's text as the element's value.</summary>
    internal HtmlValue TextValue(HtmlArticleDocument page, IElement element, TextRanges.Piece piece)
    {
        var text = piece.Text;
        if (ResolveUrls) text = page.ResolveUrl(text)?.AbsoluteUri ?? text;
        return new HtmlValue(text, page.Document.GetSpan(piece.Start, piece.End - piece.Start), element, HtmlValueSource.ElementText, piece.Start, piece.End);
    }

    // The text ranges of the element's descendants the clean selector matches, sorted and merged.
    private List<(int Start, int End)>? Exclusions(HtmlArticleDocument page, IElement element)
    {
        if (_clean is null) return null;
        List<(int Start, int End)>? ranges = null;
        DomWalk.Matches(element, _clean, includeRoot: false, match =>
        {
            if (page.TryGetTextRange(match, out var start, out var length))
            {
                ranges ??= new List<(int Start, int End)>();
                if (ranges.Count > 0 && start < ranges[ranges.Count - 1].End)
                {
                    var last = ranges[ranges.Count - 1];
                    ranges[ranges.Count - 1] = (last.Start, Math.Max(last.End, start + length));
                }
                else ranges.Add((start, start + length));
            }
            return true;
        }, skipMatchedSubtrees: true);
        return ranges;
    }
}
