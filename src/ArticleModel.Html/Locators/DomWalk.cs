using System;
using System.Collections.Generic;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace ArticleModel.Html.Locators;

/// <summary>
/// Element traversal for locators: document order, iterative (no recursion, whatever the nesting), children by index
/// (AngleSharp's sibling links search the parent's list). Selectors are matched with AngleSharp's own matcher.
/// </summary>
internal static class DomWalk
{
    /// <summary>
    /// The elements under <paramref name="root"/> (and <paramref name="root"/> itself when <paramref name="includeRoot"/>)
    /// that <paramref name="selector"/> matches, in document order; stops when <paramref name="visit"/> returns false.
    /// With <paramref name="skipMatchedSubtrees"/> the descendants of a matched element are not visited.
    /// </summary>
    internal static void Matches(IElement root, ISelector selector, bool includeRoot, Func<IElement, bool> visit, bool skipMatchedSubtrees = false) =>
        Walk(root, includeRoot, element =>
        {
            bool matched;
            try
            {
                matched = selector.Match(element, includeRoot ? null : root);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                matched = false;
            }
            if (matched && !visit(element)) return WalkStep.Stop;
            return matched && skipMatchedSubtrees ? WalkStep.SkipChildren : WalkStep.Descend;
        });

    /// <summary>
    /// Visits the elements under <paramref name="root"/> (and <paramref name="root"/> itself when
    /// <paramref name="includeRoot"/>) in document order; <paramref name="visit"/> says whether to go into an element's
    /// children, past them, or to stop.
    /// </summary>
    internal static void Walk(IElement root, bool includeRoot, Func<IElement, WalkStep> visit)
    {
        // One frame per open element (its child list and next index), not a stack entry per pending child. ChildNodes,
        // not Children: Children is a filtered view whose Length and indexer each enumerate the child list, which made
        // every step quadratic in an element's child count.
        var open = new List<(INodeList Children, int Next)>();
        if (!includeRoot) open.Add((root.ChildNodes, 0));
        else if (!Enter(root)) return;
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
            if (children[next] is IElement element && !Enter(element)) return;
        }

        // Visits an element; false to stop the walk.
        bool Enter(IElement element)
        {
            var step = visit(element);
            if (step == WalkStep.Descend) open.Add((element.ChildNodes, 0));
            return step != WalkStep.Stop;
        }
    }

    /// <summary>
    /// The page's elements that <paramref name="selector"/> matches, in document order, from the page's element list
    /// (<see cref="ElementIndex"/>, built once per page): every locator's walk of the whole page is a scan of one array
    /// instead of a traversal of the DOM. Stops when <paramref name="visit"/> returns false.
    /// </summary>
    internal static void Matches(HtmlArticleDocument page, ISelector selector, Func<IElement, bool> visit)
    {
        var elements = page.Elements.Elements;
        for (var i = 0; i < elements.Length; i++)
        {
            bool matched;
            try
            {
                matched = selector.Match(elements[i], null);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                matched = false;
            }
            if (matched && !visit(elements[i])) return;
        }
    }
}
