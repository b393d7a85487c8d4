using System;
using System.Collections.Generic;

namespace ArticleModel.Html.Reading;

/// <summary>What the reader does with each HTML element: skip it, end a line, or make it a block of some kind.</summary>
internal static class HtmlElements
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "head", "script", "style", "noscript", "template", "title", "meta", "link", "base", "iframe", "object", "embed",
        "svg", "math", "canvas", "audio", "video", "select", "textarea", "input", "button", "map", "frameset", "noembed", "noframes",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th", "figcaption", "caption", "div",
        "section", "article", "main", "header", "footer", "nav", "aside", "ul", "ol", "dl", "dt", "dd", "table", "tr",
        "thead", "tbody", "tfoot", "figure", "form", "fieldset", "legend", "address", "hr", "details", "summary", "body",
        "html", "center", "dialog", "menu", "hgroup", "listing", "xmp", "plaintext", "search", "option", "optgroup",
    };

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "basefont", "bgsound", "frame", "image",
    };

    // Elements whose end tag is optional: the next one of their kind closes them, so they never nest deep by repetition.
    private static readonly HashSet<string> SelfClosing = new(StringComparer.Ordinal)
    {
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp", "rtc",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    /// <summary>Elements whose content is not article text (scripts, styles, the head, embedded objects, form controls).</summary>
    internal static bool IsSkipped(string localName) => Skipped.Contains(localName);

    /// <summary>Block-level elements: each starts and ends a block of text.</summary>
    internal static bool IsBlock(string localName) => Blocks.Contains(localName);

    internal static bool IsVoid(string localName) => Void.Contains(localName);

    internal static bool ClosesItself(string localName) => SelfClosing.Contains(localName);

    /// <summary>Elements whose content the tokenizer reads as raw text, not markup.</summary>
    internal static bool IsRawText(string localName) => RawText.Contains(localName);

    /// <summary>Where the end tag <c>&lt;/name</c> (any case) starts at or after <paramref name="from"/>; the text's length when there is none.</summary>
    internal static int IndexOfEndTag(string html, string name, int from)
    {
        var at = from;
        while (at < html.Length)
        {
            var k = html.IndexOf("</", at, System.StringComparison.Ordinal);
            if (k < 0) return html.Length;
            if (string.Compare(html, k + 2, name, 0, name.Length, System.StringComparison.OrdinalIgnoreCase) == 0) return k;
            at = k + 2;
        }
        return html.Length;
    }

    /// <summary>The kind of block an element's own text forms, and its heading level.</summary>
    internal static BlockKind KindOf(string localName, out int headingLevel)
    {
        headingLevel = 0;
        switch (localName)
        {
            case "h1": case "h2": case "h3": case "h4": case "h5": case "h6":
                headingLevel = localName[1] - '0';
                return BlockKind.Heading;
            case "li":
                return BlockKind.ListItem;
            case "blockquote":
                return BlockKind.BlockQuote;
            case "pre": case "listing": case "xmp": case "plaintext":
                return BlockKind.Preformatted;
            case "td": case "th":
                return BlockKind.TableCell;
            case "figcaption": case "caption":
                return BlockKind.Caption;
            case "p": case "div": case "section": case "article": case "main": case "body": case "html": case "center":
            case "address": case "dd": case "dt": case "form": case "fieldset": case "details": case "summary": case "dialog":
            case "figure": case "header": case "footer": case "aside": case "nav": case "search": case "hgroup":
                return BlockKind.Paragraph;
            default:
                return BlockKind.Other;
        }
    }
}
