using System.Threading;
using System.Xml.XPath;
using ArticleModel.Html.XPath;

namespace ArticleModel.Html;

// XPath over the page: the reader's AngleSharp DOM seen through an XPathNavigator, flattened once on first use.
public sealed partial class HtmlArticleDocument
{
    private HtmlNodeTree? _nodeTree;

    /// <summary>
    /// An <see cref="XPathNavigator"/> at the root of the page, for .NET's XPath 1.0 engine
    /// (<c>page.CreateXPathNavigator().Evaluate("string(//meta[@property='og:title']/@content)")</c>): elements, attributes,
    /// text, comments; names as AngleSharp has them (lower case for HTML), namespaces ignored, so <c>//div</c> matches
    /// without a prefix. <see cref="XPathNavigator.UnderlyingObject"/> is the AngleSharp node (or attribute). Each call
    /// gives a new navigator over one shared, read-only view of the page.
    /// </summary>
    public XPathNavigator CreateXPathNavigator() => new HtmlXPathNavigator(NodeTree);

    /// <summary>The page's nodes in document order, built once on first use.</summary>
    internal HtmlNodeTree NodeTree => LazyInitializer.EnsureInitialized(ref _nodeTree, () => HtmlNodeTree.Build(Html))!;
}
