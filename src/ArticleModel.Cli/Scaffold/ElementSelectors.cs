using System;
using System.Linq;
using System.Text;
using AngleSharp.Dom;
using ArticleModel.Html;

namespace ArticleModel.Cli.Scaffold;

/// <summary>
/// Builds a short CSS selector whose first match on the page is a given element: <c>tag#id</c>, <c>tag.class…</c>, or
/// either under its parent's selector; null when none of those picks the element out.
/// </summary>
internal static class ElementSelectors
{
    public static string? For(HtmlArticleDocument page, IElement element)
    {
        foreach (var candidate in Own(element))
        {
            if (FirstMatchIs(page, candidate, element)) return candidate;
        }
        if (element.ParentElement is { } parent && parent.LocalName is not ("body" or "html"))
        {
            foreach (var up in Own(parent))
            {
                foreach (var own in Own(element))
                {
                    var combined = up + " > " + own;
                    if (FirstMatchIs(page, combined, element)) return combined;
                }
            }
        }
        return null;
    }

    /// <summary>The element's own selectors, most general first: <c>tag</c> (last for div, span and the like), <c>tag[itemprop]</c>, <c>tag.a.b</c>, <c>tag#id</c> (an id without digits: generated ids change).</summary>
    private static string[] Own(IElement element)
    {
        var tag = element.LocalName;
        // A bare div or span says nothing about the site's layout: it comes last for those.
        var generic = tag is "div" or "span" or "section" or "p" or "ul" or "li" or "td";
        var list = new System.Collections.Generic.List<string>(4);
        if (!generic) list.Add(tag);
        if (element.GetAttribute("itemprop") is { } itemprop && IsIdentifier(itemprop)) list.Add(tag + "[itemprop='" + itemprop + "']");
        var classes = element.ClassList.Where(IsIdentifier).Take(3).ToArray();
        if (classes.Length > 0) list.Add(tag + "." + string.Join(".", classes));
        if (element.Id is { } id && IsIdentifier(id) && !id.Any(char.IsAsciiDigit)) list.Add(tag + "#" + id);
        if (generic) list.Add(tag);
        return list.ToArray();
    }

    private static bool FirstMatchIs(HtmlArticleDocument page, string selector, IElement element)
    {
        try
        {
            return ReferenceEquals(page.Html.QuerySelector(selector), element);
        }
        catch (Exception e) when (e is DomException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>A CSS identifier we can write without escapes: a letter, '_' or '-' first, then letters, digits, '_' or '-'.</summary>
    private static bool IsIdentifier(string value)
    {
        if (value.Length == 0 || value.Length > 64) return false;
        if (!(char.IsAsciiLetter(value[0]) || value[0] is '_' or '-')) return false;
        if (value[0] == '-' && (value.Length == 1 || char.IsAsciiDigit(value[1]))) return false;
        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-')) return false;
        }
        return true;
    }
}
