using System.Collections.Generic;
using AngleSharp.Dom;
using ArticleModel.Html.Reading;

namespace ArticleModel.Html.Content;

/// <summary>
/// The body's elements in document (pre-)order with, per element: its parent's index, its subtree size (so a subtree is
/// the index range [i, i + Size[i])), its rendered text range, the part of that text inside links, and whether it is a
/// leaf block. Built in two linear passes with an explicit stack; elements whose content is not text (scripts, styles,
/// embedded objects, hidden elements) are left out with their subtrees.
/// </summary>
internal sealed class FlatTree
{
    private readonly TextCounts _counts;
    private readonly bool[] _leafBlock;
    private readonly bool[] _blockInside;

    private FlatTree(List<IElement> elements, int[] parent, int[] size, int[] start, int[] text, int[] link, bool[] leafBlock, bool[] blockInside, string documentText, TextCounts counts)
    {
        _blockInside = blockInside;
        Elements = elements;
        Parent = parent;
        Size = size;
        Start = start;
        Text = text;
        Link = link;
        _leafBlock = leafBlock;
        DocumentText = documentText;
        _counts = counts;
    }

    internal int Count => Elements.Count;

    internal List<IElement> Elements { get; }

    /// <summary>The parent's index; -1 for the root.</summary>
    internal int[] Parent { get; }

    /// <summary>The number of elements in the subtree, the element included.</summary>
    internal int[] Size { get; }

    /// <summary>Start of the element's text in the document text (meaningful when <see cref="Text"/> is not 0).</summary>
    internal int[] Start { get; }

    /// <summary>The length of the element's rendered text; 0 when it has none.</summary>
    internal int[] Text { get; }

    /// <summary>The length of its text inside <c>a</c> elements.</summary>
    internal int[] Link { get; }

    internal string DocumentText { get; }

    /// <summary>A block element with no block element holding text inside it: a paragraph, or a div used as one.</summary>
    internal bool IsLeafBlock(int i) => _leafBlock[i];

    /// <summary>Whether a block element holding text is inside the element (its text is not one run).</summary>
    internal bool HasBlockInside(int i) => _blockInside[i];

    /// <summary>Whether the element's text breaks the text around it into blocks: a block with text, or an element holding one.</summary>
    internal bool HoldsBlockText(int i) => _blockInside[i] || (Text[i] > 0 && HtmlElements.IsBlock(Elements[i].LocalName));

    internal double LinkDensity(int i) => Text[i] == 0 ? 0.0 : System.Math.Min(1.0, (double)Link[i] / Text[i]);

    /// <summary>Commas (Latin, full-width, ideographic, Arabic) in the element's text.</summary>
    internal int Commas(int i) => Text[i] == 0 ? 0 : _counts.CommasIn(Start[i], Start[i] + Text[i]);

    /// <summary>
    /// The element's text length with each Chinese, Japanese or Korean character counted as three: such a character
    /// carries about as much as a short word, so length thresholds mean the same amount of prose in every script.
    /// </summary>
    internal int Weighted(int i) => Text[i] == 0 ? 0 : _counts.WeightedIn(Start[i], Start[i] + Text[i]);

    /// <summary>Commas in the document text range [start, end).</summary>
    internal int CommasIn(int start, int end) => _counts.CommasIn(start, end);

    /// <summary>The weighted length (see <see cref="Weighted"/>) of the document text range [start, end).</summary>
    internal int WeightedIn(int start, int end) => _counts.WeightedIn(start, end);

    internal static FlatTree Build(HtmlArticleDocument page, IElement root)
    {
        var elements = new List<IElement>();
        var parents = new List<int>();
        // One frame per open element (its index and next child), not one entry per pending child (see BlockWalker.Walk).
        var open = new List<(int Index, INodeList Children, int Next)>();
        if (Include(root)) Add(root, -1);
        while (open.Count > 0)
        {
            var top = open.Count - 1;
            var (index, children, next) = open[top];
            if (next >= children.Length)
            {
                open.RemoveAt(top);
                continue;
            }
            open[top] = (index, children, next + 1);
            if (children[next] is IElement child && Include(child)) Add(child, index);
        }

        void Add(IElement element, int parentIndex)
        {
            open.Add((elements.Count, element.ChildNodes, 0));
            elements.Add(element);
            parents.Add(parentIndex);
        }

        static bool Include(IElement element) =>
            !HtmlElements.IsSkipped(element.LocalName) && !(element.Attributes.Length > 0 && element.HasAttribute("hidden"));

        var n = elements.Count;
        var parent = parents.ToArray();
        var size = new int[n];
        var start = new int[n];
        var text = new int[n];
        var link = new int[n];
        var leaf = new bool[n];
        var blockInside = new bool[n];
        for (var i = 0; i < n; i++)
        {
            if (page.TryGetTextRange(elements[i], out var s, out var length))
            {
                start[i] = s;
                text[i] = length;
            }
        }
        // Children come after their parent in pre-order, so a reverse pass sees every child before its parent.
        for (var i = n - 1; i >= 0; i--)
        {
            size[i] += 1;
            var name = elements[i].LocalName;
            var isBlock = HtmlElements.IsBlock(name);
            if (name == "a") link[i] = text[i];
            link[i] = System.Math.Min(link[i], text[i]);
            leaf[i] = isBlock && !blockInside[i] && text[i] > 0 && IsParagraphLike(name);
            var p = parent[i];
            if (p < 0) continue;
            size[p] += size[i];
            if (elements[p].LocalName != "a") link[p] += link[i];
            if ((isBlock && text[i] > 0) || blockInside[i]) blockInside[p] = true;
        }

        var documentText = page.Document.Text;
        return new FlatTree(elements, parent, size, start, text, link, leaf, blockInside, documentText, new TextCounts(documentText));
    }

    // Blocks whose own text can be a paragraph of prose (not a heading, list wrapper, table row or form).
    private static bool IsParagraphLike(string name) => name is "p" or "pre" or "td" or "blockquote" or "dd" or "li" or "div" or "section"
        or "article" or "main" or "center" or "font" or "span" or "figure" or "details";
}
