using System.Xml;
using System.Xml.XPath;
using AngleSharp.Dom;

namespace ArticleModel.Html.XPath;

/// <summary>
/// An <see cref="XPathNavigator"/> over a page's AngleSharp DOM (through its <see cref="HtmlNodeTree"/>), so .NET's own
/// XPath 1.0 engine runs on the page the reader parsed: the document root, elements, their attributes, text, comments
/// and processing instructions. Namespaces are ignored, as XPath-over-HTML engines do: every name has an empty
/// namespace and no prefix, so <c>//div</c> and <c>//svg</c> match; element names are as AngleSharp gives them (lower
/// case for HTML elements). A position is a node index, plus an attribute index when on an attribute.
/// </summary>
internal sealed class HtmlXPathNavigator : XPathNavigator
{
    private readonly HtmlNodeTree _tree;
    private int _node;
    private int _attribute;

    // Shared by every clone of one evaluation's navigator; null = unbounded (the public CreateXPathNavigator).
    private readonly XPathWorkBudget? _budget;

    internal HtmlXPathNavigator(HtmlNodeTree tree, int node = 0, int attribute = -1, XPathWorkBudget? budget = null)
    {
        _tree = tree;
        _node = node;
        _attribute = attribute;
        _budget = budget;
    }

    /// <summary>The node index in the tree.</summary>
    internal int NodeIndex => _node;

    /// <summary>The attribute index on the element, or -1 when not on an attribute.</summary>
    internal int AttributeIndex => _attribute;

    /// <summary>The element (or, on an attribute, its element); null on other nodes.</summary>
    internal IElement? Element => _tree.Node(_node) as IElement;

    /// <summary>The attribute, or null when not on one.</summary>
    internal IAttr? Attribute => _attribute >= 0 && Element is { } e ? e.Attributes[_attribute] : null;

    /// <inheritdoc />
    public override object? UnderlyingObject => _attribute >= 0 ? Attribute : _tree.Node(_node);

    /// <inheritdoc />
    public override XmlNameTable NameTable => _tree.NameTable;

    /// <inheritdoc />
    public override XPathNodeType NodeType
    {
        get
        {
            if (_attribute >= 0) return XPathNodeType.Attribute;
            if (_node == 0) return XPathNodeType.Root;
            return _tree.Node(_node)!.NodeType switch
            {
                AngleSharp.Dom.NodeType.Element => XPathNodeType.Element,
                AngleSharp.Dom.NodeType.Text => XPathNodeType.Text,
                AngleSharp.Dom.NodeType.Comment => XPathNodeType.Comment,
                _ => XPathNodeType.ProcessingInstruction,
            };
        }
    }

    /// <inheritdoc />
    public override string LocalName
    {
        get
        {
            if (_attribute >= 0) return Attribute?.LocalName ?? string.Empty;
            return _tree.Node(_node) switch
            {
                IElement element => element.LocalName,
                IProcessingInstruction instruction => instruction.Target,
                _ => string.Empty,
            };
        }
    }

    /// <inheritdoc />
    public override string Name => LocalName;

    /// <inheritdoc />
    public override string NamespaceURI => string.Empty;

    /// <inheritdoc />
    public override string Prefix => string.Empty;

    /// <inheritdoc />
    public override string BaseURI => string.Empty;

    /// <inheritdoc />
    public override bool IsEmptyElement => _attribute < 0 && _tree.Node(_node) is IElement && _tree.FirstChild(_node) < 0;

    /// <inheritdoc />
    public override string Value
    {
        get
        {
            var value = _attribute >= 0
                ? Attribute?.Value ?? string.Empty
                : _tree.Node(_node) switch
                {
                    null => string.Empty,
                    IDocument document => document.DocumentElement?.TextContent ?? string.Empty,
                    ICharacterData data => data.Data ?? string.Empty,
                    var node => node.TextContent ?? string.Empty,
                };
            // The string value of the root or a large element is much of the page: reading it once per node is quadratic too.
            _budget?.Charge(1 + value.Length / 64);
            return value;
        }
    }

    /// <summary>A copy at this position with no work budget: the evaluation is over, reading its results is not charged.</summary>
    internal HtmlXPathNavigator CloneUnbounded() => new(_tree, _node, _attribute);

    /// <inheritdoc />
    public override XPathNavigator Clone() => new HtmlXPathNavigator(_tree, _node, _attribute, _budget);

    /// <inheritdoc />
    public override bool IsSamePosition(XPathNavigator other) =>
        other is HtmlXPathNavigator o && ReferenceEquals(o._tree, _tree) && o._node == _node && o._attribute == _attribute;

    /// <inheritdoc />
    public override bool MoveTo(XPathNavigator other)
    {
        _budget?.Charge(1);
        if (other is not HtmlXPathNavigator o || !ReferenceEquals(o._tree, _tree)) return false;
        _node = o._node;
        _attribute = o._attribute;
        return true;
    }

    /// <inheritdoc />
    public override XmlNodeOrder ComparePosition(XPathNavigator? other)
    {
        // Document order is the node index; an element's attributes come after it and before its children.
        if (other is not HtmlXPathNavigator o || !ReferenceEquals(o._tree, _tree)) return XmlNodeOrder.Unknown;
        if (_node != o._node) return _node < o._node ? XmlNodeOrder.Before : XmlNodeOrder.After;
        if (_attribute == o._attribute) return XmlNodeOrder.Same;
        return _attribute < o._attribute ? XmlNodeOrder.Before : XmlNodeOrder.After;
    }

    /// <inheritdoc />
    public override void MoveToRoot()
    {
        _budget?.Charge(1);
        _node = 0;
        _attribute = -1;
    }

    /// <inheritdoc />
    public override bool MoveToFirstAttribute()
    {
        _budget?.Charge(1);
        if (_attribute >= 0 || Element is not { } element || element.Attributes.Length == 0) return false;
        _attribute = 0;
        return true;
    }

    /// <inheritdoc />
    public override bool MoveToNextAttribute()
    {
        _budget?.Charge(1);
        if (_attribute < 0 || _attribute + 1 >= Element!.Attributes.Length) return false;
        _attribute++;
        return true;
    }

    /// <inheritdoc />
    public override bool MoveToFirstNamespace(XPathNamespaceScope namespaceScope) => false;

    /// <inheritdoc />
    public override bool MoveToNextNamespace(XPathNamespaceScope namespaceScope) => false;

    /// <inheritdoc />
    public override bool MoveToNext() => _attribute < 0 && MoveToIndex(_tree.Next(_node));

    /// <inheritdoc />
    public override bool MoveToPrevious() => _attribute < 0 && MoveToIndex(_tree.Previous(_node));

    /// <inheritdoc />
    public override bool MoveToFirstChild() => _attribute < 0 && MoveToIndex(_tree.FirstChild(_node));

    /// <inheritdoc />
    public override bool MoveToParent()
    {
        if (_attribute >= 0)
        {
            _attribute = -1;
            return true;
        }
        return MoveToIndex(_tree.Parent(_node));
    }

    /// <inheritdoc />
    public override bool MoveToId(string id) => MoveToIndex(_tree.ElementWithId(id), attribute: -1);

    private bool MoveToIndex(int index, int attribute = -1)
    {
        _budget?.Charge(1);
        if (index < 0) return false;
        _node = index;
        _attribute = attribute;
        return true;
    }
}
