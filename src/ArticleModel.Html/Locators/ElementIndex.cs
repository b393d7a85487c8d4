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
            DomWalk.Walk(root, includeRoot: true, element =>
            {
                elements.Add(element);
                return WalkStep.Descend;
            });
        }
        return new ElementIndex(elements.ToArray());
    }
}
