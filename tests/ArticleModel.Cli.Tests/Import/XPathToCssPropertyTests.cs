using System.Collections.Generic;
using System.Linq;
using System.Text;
using ArticleModel.Cli.Import.XPath;
using CsCheck;
using Xunit;

namespace ArticleModel.Cli.Tests.Import;

/// <summary>
/// A property over generated pages and generated XPath expressions of the shapes the converter claims: every one
/// converts, and AngleSharp's CSS selects exactly the elements .NET's XPath engine selects.
/// </summary>
public class XPathToCssPropertyTests
{
    private static readonly string[] Tags = { "div", "p", "span", "section" };
    private static readonly string[] Words = { "a", "b", "ab", "a-b" };

    // A random element tree, well-formed XHTML that the HTML parser reads into the same tree (no p around blocks).
    private static Gen<string> Element(int depth) =>
        Gen.Select(Gen.OneOf<string>(Tags), Gen.OneOf<string>(Words).Array[0, 3], Gen.OneOf("", "x", "y").Array[0, 1], Gen.Int[0, depth == 0 ? 0 : 3])
            .SelectMany(t => (t.Item4 == 0 ? Gen.Const(System.Array.Empty<string>()) : Element(depth - 1).Array[t.Item4]).Select(children =>
            {
                var (tag, classes, ids, _) = t;
                var tagName = tag == "p" && children.Length > 0 ? "div" : tag;
                var sb = new StringBuilder("<").Append(tagName);
                if (classes.Length > 0) sb.Append(" class=\"").Append(string.Join(" ", classes)).Append('"');
                if (ids.Length > 0 && ids[0].Length > 0) sb.Append(" data-k=\"").Append(ids[0]).Append('"');
                sb.Append('>').Append(string.Concat(children)).Append("t</").Append(tagName).Append('>');
                return sb.ToString();
            }));

    private static readonly Gen<string> Page = Element(3).Array[1, 3].Select(e => "<html><head><title>T</title></head><body>" + string.Concat(e) + "</body></html>");

    private static readonly Gen<string> Predicate = Gen.OneOf<string>(
        Gen.OneOf<string>(Words).Select(w => $"[contains(concat(' ',normalize-space(@class),' '),' {w} ')]"),
        Gen.OneOf<string>(Words).Select(w => $"[contains(@class,'{w}')]"),
        Gen.OneOf<string>(Words).Select(w => $"[@class='{w}']"),
        Gen.OneOf("x", "y").Select(w => $"[@data-k='{w}']"),
        Gen.OneOf("[@data-k]", "[not(@class)]", "[@data-k != 'x']"),
        Gen.OneOf<string>(Words).Select(w => $"[starts-with(@class,'{w}')]"));

    private static readonly Gen<string> Position = Gen.OneOf("", "", "[1]", "[2]", "[last()]");

    private static readonly Gen<string> Step = Gen.Select(Gen.OneOf<string>(Tags.Append("*").ToArray()), Position, Predicate.Array[0, 2], Gen.OneOf("/", "//"))
        .Select(t => t.Item4 + t.Item1 + t.Item2 + string.Concat(t.Item3));

    private static readonly Gen<string> Path = Step.Array[1, 3].Select(steps => "/" + string.Concat(steps).TrimStart('/').Insert(0, "/"));

    private static readonly Gen<string> Expression = Path.Array[1, 2].Select(paths => string.Join(" | ", paths));

    [Fact]
    public void Generated_expressions_select_the_same_elements_in_both_engines()
    {
        Gen.Select(Page, Expression).Sample((page, xpath) =>
        {
            var css = XPathToCss.Convert(xpath);
            Assert.True(css.Succeeded, xpath + ": " + css.Failure);
            var (expected, actual) = SelectionComparer.Select(page, xpath, css);
            Assert.True(expected.SequenceEqual(actual), $"{xpath} -> {css.Selector}\nXPath: {string.Join(", ", expected)}\nCSS:   {string.Join(", ", actual)}\n{page}");
        }, iter: 400);
    }
}
