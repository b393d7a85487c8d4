using System.Collections.Generic;
using System.Linq;
using System.Xml;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ArticleModel.Cli.Import.XPath;

namespace ArticleModel.Cli.Tests.Import;

/// <summary>
/// Runs an XPath expression with .NET's XPath 1.0 engine over a well-formed XHTML page (read as XML) and its CSS
/// conversion with AngleSharp over the same page (read as HTML), and gives what each selected as element paths
/// (<c>/html[1]/body[1]/div[2]</c>) or attribute values, so a test can compare them.
/// </summary>
internal static class SelectionComparer
{
    public static (List<string> XPath, List<string> Css) Select(string xhtml, string xpath, CssConversion css)
    {
        var xml = new XmlDocument();
        xml.LoadXml(xhtml);
        var nodes = xml.SelectNodes(xpath)!.Cast<XmlNode>().ToList();
        var expected = nodes.Select(n => n is XmlAttribute a ? Path(a.OwnerElement!) + "/@" + a.Name + "=" + a.Value : Path((XmlElement)n)).ToList();

        var html = new HtmlParser().ParseDocument(xhtml);
        var elements = html.QuerySelectorAll(css.Selector!).ToList();
        var actual = css.Attribute is null
            ? elements.Select(Path).ToList()
            : elements.Where(e => e.HasAttribute(css.Attribute)).Select(e => Path(e) + "/@" + css.Attribute + "=" + e.GetAttribute(css.Attribute)).ToList();
        if (css.FirstOnly)
        {
            expected = expected.Take(1).ToList();
            actual = actual.Take(1).ToList();
        }
        return (expected, actual);
    }

    private static string Path(XmlElement e)
    {
        var parts = new List<string>();
        for (XmlNode? n = e; n is XmlElement el; n = n.ParentNode)
        {
            var index = 1;
            for (var s = el.PreviousSibling; s is not null; s = s.PreviousSibling)
            {
                if (s is XmlElement sib && sib.Name == el.Name) index++;
            }
            parts.Add(el.Name + "[" + index + "]");
        }
        parts.Reverse();
        return "/" + string.Join("/", parts);
    }

    private static string Path(IElement e)
    {
        var parts = new List<string>();
        for (var el = e; el is not null; el = el.ParentElement)
        {
            var index = 1;
            for (var s = el.PreviousElementSibling; s is not null; s = s.PreviousElementSibling)
            {
                if (s.LocalName == el.LocalName) index++;
            }
            parts.Add(el.LocalName + "[" + index + "]");
        }
        parts.Reverse();
        return "/" + string.Join("/", parts);
    }
}
