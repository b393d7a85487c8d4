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
            var stack = new Stack<IElement>(64);
            stack.Push(root);
            while (stack.Count > 0)
            {
                var element = stack.Pop();
                elements.Add(element);
                DomWalk.Push(stack, element);
            }
        }
        return new ElementIndex(elements.ToArray());
    }
}
