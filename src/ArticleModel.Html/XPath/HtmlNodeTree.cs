using System.Collections.Generic;
using System.Xml;
using AngleSharp.Dom;

namespace ArticleModel.Html.XPath;

/// <summary>
/// A page's nodes as XPath sees them, flattened once in document order: the document (index 0), elements, text,
/// comments and processing instructions (document types are not XPath nodes), with parent, first-child and sibling
/// links as indices. AngleSharp's own sibling links search the parent's child list, which would make walking a wide
/// element quadratic; here every move is one array read, and document order is the index. Built iteratively (no
/// recursion, whatever the nesting) and read-only afterwards, so navigators on many threads can share it.
/// </summary>
internal sealed class HtmlNodeTree
{
    private readonly INode?[] _nodes;
    private readonly int[] _parent;
    private readonly int[] _firstChild;
    private readonly int[] _next;
    private readonly int[] _previous;

    private HtmlNodeTree(List<INode?> nodes, List<int> parent, List<int> firstChild, List<int> next, List<int> previous)
    {
        _nodes = nodes.ToArray();
        _parent = parent.ToArray();
        _firstChild = firstChild.ToArray();
        _next = next.ToArray();
        _previous = previous.ToArray();
    }

    /// <summary>A tree with only its root (no document): what an expression is checked against.</summary>
    internal static HtmlNodeTree Empty { get; } = new(new List<INode?> { null }, new List<int> { -1 }, new List<int> { -1 }, new List<int> { -1 }, new List<int> { -1 });

    /// <summary>The names the navigators report, atomised once per tree.</summary>
    internal XmlNameTable NameTable { get; } = new NameTable();

    /// <summary>The number of nodes (the root included).</summary>
    internal int Count => _nodes.Length;

    /// <summary>The tree of <paramref name="document"/>.</summary>
    internal static HtmlNodeTree Build(IDocument document)
    {
        var nodes = new List<INode?> { document };
        var parent = new List<int> { -1 };
        var firstChild = new List<int> { -1 };
        var next = new List<int> { -1 };
        var previous = new List<int> { -1 };
        // Depth-first in document order with an explicit stack of (node index, next child position).
        var stack = new Stack<(int Index, int Child)>();
        stack.Push((0, 0));
        var lastChild = new List<int> { -1 };
        while (stack.Count > 0)
        {
            var (index, child) = stack.Pop();
            var children = nodes[index]!.ChildNodes;
            while (child < children.Length && !IsXPathNode(children[child])) child++;
            if (child >= children.Length) continue;
            stack.Push((index, child + 1));
            var node = children[child];
            var at = nodes.Count;
            nodes.Add(node);
            parent.Add(index);
            firstChild.Add(-1);
            next.Add(-1);
            lastChild.Add(-1);
            var before = lastChild[index];
            previous.Add(before);
            if (before < 0) firstChild[index] = at;
            else next[before] = at;
            lastChild[index] = at;
            if (node.HasChildNodes) stack.Push((at, 0));
        }
        return new HtmlNodeTree(nodes, parent, firstChild, next, previous);
    }

    private static bool IsXPathNode(INode node) =>
        node.NodeType is NodeType.Element or NodeType.Text or NodeType.Comment or NodeType.ProcessingInstruction;

    /// <summary>The node at <paramref name="index"/>; null only for the root of <see cref="Empty"/>.</summary>
    internal INode? Node(int index) => _nodes[index];

    /// <summary>The parent's index; -1 for the root.</summary>
    internal int Parent(int index) => _parent[index];

    /// <summary>The first child's index; -1 when there is none.</summary>
    internal int FirstChild(int index) => _firstChild[index];

    /// <summary>The next sibling's index; -1 when there is none.</summary>
    internal int Next(int index) => _next[index];

    /// <summary>The previous sibling's index; -1 when there is none.</summary>
    internal int Previous(int index) => _previous[index];

    /// <summary>The index of the first element whose <c>id</c> is <paramref name="id"/>; -1 when there is none.</summary>
    internal int ElementWithId(string id)
    {
        for (var i = 1; i < _nodes.Length; i++)
        {
            if (_nodes[i] is IElement element && element.Id == id) return i;
        }
        return -1;
    }
}
