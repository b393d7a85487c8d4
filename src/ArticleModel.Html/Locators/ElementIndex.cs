using System.Collections.Generic;
using AngleSharp.Dom;

namespace ArticleModel.Html.Locators;

/// <summary>
/// A page's elements in document order, the document element first: built once per page with one iterative walk, so
/// that the many selector locators of a schema (WebArticle's fallbacks try dozens) each scan an array rather than walk
/// the DOM again.
/// </summary>
internal sealed class ElementIndex
{
    private ElementIndex(IElement[] elements) => Elements = elements;

    /// <summary>Every element, in document order.</summary>
    internal IElement[] Elements { get; }

    internal static ElementIndex Build(IElement? root)
    {
        var elements = new List<IElement>();
        if (root is not null)
        {
            // One frame per open element (its child list and next index), not a stack entry per pending child.
            var open = new List<(INodeList Children, int Next)>();
            elements.Add(root);
            open.Add((root.ChildNodes, 0));
            while (open.Count > 0)
            {
                var top = open.Count - 1;
                var (children, next) = open[top];
                if (next >= children.Length)
                {
                    open.RemoveAt(top);
                    continue;
                }
                open[top] = (children, next + 1);
                if (children[next] is not IElement child) continue;
                elements.Add(child);
                open.Add((child.ChildNodes, 0));
            }
        }
        return new ElementIndex(elements.ToArray());
    }
}
