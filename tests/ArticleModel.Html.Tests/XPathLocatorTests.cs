using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.XPath;
using Xunit;

namespace ArticleModel.Html.Tests;

public class XPathLocatorTests
{
    private const string Page = "<html><head><base href=\"https://cdn.example/a/\"><title> The  Ledger </title>" +
        "<meta property=\"og:title\" content=\"Council Delays Vote: Live\"></head><body>" +
        "<h1 class=\"headline big\">Council  <em>Delays</em> Vote</h1>" +
        "<!-- generated 2025-03-03 -->" +
        "<p class=\"byline\">By <a href=\"/staff/ana\">Ana Ruiz</a> | Staff</p>" +
        "<time datetime=\"2025-03-03T10:00:00-05:00\">March 3</time>" +
        "<img class=lead src=\"img/lead.jpg\">" +
        "<article><div class=\"body\"><p>First paragraph.</p><div class=share>Share this</div>" +
        "<p>Second <span class=ad>AD</span> paragraph.</p><figure><figcaption>Caption</figcaption></figure></div></article>" +
        "<ul class=tags><li>one</li><li>two</li><li>one</li></ul><svg><circle r=1></circle></svg></body></html>";

    private static HtmlArticleDocument Read(string page = Page) => HtmlReader.Read(page, "https://ledger.example/2025/story");

    private static XPathLocator X(params string[] expressions) => new(expressions);

    [Fact]
    public void An_element_gives_its_text_as_css_does_with_its_span_into_the_page()
    {
        var page = Read();
        var value = X("//h2", "//h1[contains(@class, 'headline')]").Find(page);
        var css = new CssLocator(new[] { "h1.headline" }).Find(page);

        Assert.Equal(HtmlValueSource.ElementText, value.Source);
        Assert.Equal("Council Delays Vote", value.Text);
        Assert.Equal(css.Span, value.Span);
        Assert.Same(css.Element, value.Element);
    }

    [Fact]
    public void An_attribute_gives_its_value_with_its_span_inside_the_tag()
    {
        var page = Read();
        var value = X("//meta[@property='og:title']/@content").Find(page);

        Assert.Equal("Council Delays Vote: Live", value.Text);
        Assert.Equal(HtmlValueSource.Attribute, value.Source);
        Assert.Equal(page.Document.Input.IndexOf("Council Delays Vote: Live", StringComparison.Ordinal), value.Span.Start);
        Assert.Equal(value.Text.Length, value.Span.Length);
    }

    [Fact]
    public void String_functions_give_their_string_without_a_place_in_the_page()
    {
        var page = Read();
        var value = X("substring-before(//meta[@property='og:title']/@content, ':')").Find(page);
        Assert.Equal("Council Delays Vote", value.Text);
        Assert.Equal(HtmlValueSource.XPathResult, value.Source);
        Assert.True(value.Span.IsEmpty);

        Assert.Equal("3", X("count(//li)").Find(page).Text);
        Assert.Equal("true", X("boolean(//time)").Find(page).Text);
        Assert.Equal("The Ledger", X("string(//title)").Find(page).Text);
    }

    [Fact]
    public void An_empty_string_result_falls_through_to_the_next_expression()
    {
        var value = X("substring-after(//h1, 'nothing like this')", "//time/@datetime").Find(Read());
        Assert.Equal("2025-03-03T10:00:00-05:00", value.Text);
    }

    [Fact]
    public void A_text_node_gives_its_own_text_located_in_the_page()
    {
        var page = Read();
        var value = X("//p[@class='byline']/text()[2]").Find(page);

        Assert.Equal("| Staff", value.Text);
        Assert.Equal(HtmlValueSource.ElementText, value.Source);
        Assert.Equal(page.Document.Input.IndexOf("| Staff", StringComparison.Ordinal), value.Span.Start);
        // The same text twice in one parent: the k-th text node is the k-th occurrence.
        var twice = Read("<p>ab<b>x</b>ab</p>");
        var second = X("//p/text()[2]").Find(twice);
        Assert.Equal(twice.Document.Input.LastIndexOf("ab", StringComparison.Ordinal), second.Span.Start);
    }

    [Fact]
    public void A_comment_gives_its_text()
    {
        Assert.Equal("generated 2025-03-03", X("//comment()").Find(Read()).Text);
    }

    [Fact]
    public void The_head_title_and_the_root_give_text()
    {
        var page = Read();
        Assert.Equal("The Ledger", X("//title").Find(page).Text);
        // The root stands for the document element: the page's text (the head is not page text).
        Assert.Equal(X("//html").Find(page).Text, X("/").Find(page).Text);
        Assert.StartsWith("Council Delays Vote", X("/").Find(page).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_leaves_out_what_its_css_selectors_match_and_blocks_give_paragraphs()
    {
        var page = Read();
        var locator = new XPathLocator(new[] { "//div[@class='body']" }, clean: ".share, .ad, figcaption");
        Assert.Equal("First paragraph. Second paragraph.", locator.Find(page).Text);
        Assert.Equal(new[] { "First paragraph.", "Second paragraph." }, locator.FindBlocks(page).Select(v => v.Text));
    }

    [Fact]
    public void FindAll_gives_every_node_in_document_order_even_on_reverse_axes()
    {
        var page = Read();
        Assert.Equal(new[] { "one", "two", "one" }, X("//ul/li").FindAll(page).Select(v => v.Text));
        // ancestor:: is a reverse axis: values still come in document order.
        Assert.Equal(new[] { "html", "body", "article", "div" }, X("//p[1]/ancestor::*").FindAll(page).Select(v => v.Element!.LocalName).Take(4).Where(n => n != "p").Take(4));
        Assert.Equal(new[] { "h1", "time" }, X("//time | //h1").FindAll(page).Select(v => v.Element!.LocalName));
    }

    [Fact]
    public void Links_resolve_against_the_base_href()
    {
        var locator = new XPathLocator(new[] { "//img[@class='lead']/@src" }, resolveUrls: true);
        Assert.Equal("https://cdn.example/a/img/lead.jpg", locator.Find(Read()).Text);
    }

    [Fact]
    public void Names_are_lower_case_html_names_without_namespaces()
    {
        var page = Read();
        Assert.Equal("1", X("count(//svg/circle)").Find(page).Text);
        Assert.False(X("//H1").Find(page).Found);
        Assert.Equal("h1", X("name(//h1)").Find(page).Text);
    }

    [Theory]
    [InlineData("//h1[", "Expression must evaluate to a node-set")]
    [InlineData("foo(//h1)", "'foo()' is not an XPath 1.0 function")]
    [InlineData("//x:div", "the prefix 'x:' names a namespace")]
    [InlineData("$title", "the variable '$title' has no value")]
    [InlineData("", "the expression is empty")]
    public void An_expression_that_cannot_be_used_is_an_argument_error(string expression, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => X(expression));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_is_refused_before_the_engine_parses_it()
    {
        var deep = new string('(', 100) + "1" + new string(')', 100);
        Assert.Contains("nest more than", Assert.Throws<ArgumentException>(() => X(deep)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_navigator_sees_every_element_attribute_text_and_comment()
    {
        var page = Read();
        var navigator = page.CreateXPathNavigator();
        Assert.Equal(XPathNodeType.Root, navigator.NodeType);
        Assert.Equal(page.Html.QuerySelectorAll("*").Length, (int)(double)navigator.Evaluate("count(//*)"));
        Assert.Equal(page.Html.QuerySelectorAll("*").Sum(e => e.Attributes.Length), (int)(double)navigator.Evaluate("count(//@*)"));
        Assert.Equal(1d, navigator.Evaluate("count(//comment())"));
        var h1 = navigator.SelectSingleNode("//h1")!;
        Assert.Same(page.Html.QuerySelector("h1"), h1.UnderlyingObject);
        Assert.Equal("Council  Delays Vote", h1.Value);
        Assert.True(h1.MoveToFirstAttribute());
        Assert.Equal(("class", "headline big"), (h1.Name, h1.Value));
        Assert.False(h1.MoveToNextAttribute());
        Assert.True(h1.MoveToParent());
        Assert.Equal("h1", h1.LocalName);
        // Siblings and document order.
        Assert.Equal("p", navigator.SelectSingleNode("//h1/following-sibling::*[1]")!.LocalName);
        Assert.Equal("h1", navigator.SelectSingleNode("//time/preceding-sibling::*[last()]")!.LocalName);
        Assert.Equal("two", navigator.SelectSingleNode("//li[2]")!.Value);
        Assert.Equal("headline big", navigator.Evaluate("string(id('x') | //h1/@class)"));
    }

    [Fact]
    public void A_wide_page_is_walked_in_linear_time_of_its_children()
    {
        // AngleSharp's sibling links search the parent's child list; the navigator's are array reads. 50,000 siblings
        // would take minutes quadratically.
        var wide = "<div>" + string.Concat(Enumerable.Repeat("<span>x</span>", 50_000)) + "</div>";
        var page = Read(wide);
        Assert.Equal("50000", X("count(//div/span)").Find(page).Text);
        Assert.Equal("x", X("//span[last()]").Find(page).Text);
    }

    [Fact]
    public void A_deep_page_is_walked_without_recursion()
    {
        var deep = string.Concat(Enumerable.Repeat("<div>", 500)) + "<p>bottom</p>";
        var page = Read(deep);
        Assert.Equal("bottom", X("//p").Find(page).Text);
        Assert.Equal("bottom", X("//div[not(div)]").Find(page).Text);
    }

    // Equivalent @css and @xpath pairs select the same nodes and give the same values, text and spans, on every fixture.
    public static TheoryData<string, string, string?> Pairs() => new()
    {
        { "h1", "//h1", null },
        { "p", "//p", null },
        { "article p", "//article//p", null },
        { "article > header > h1", "//article/header/h1", null },
        { ".byline", "//*[contains(concat(' ', normalize-space(@class), ' '), ' byline ')]", null },
        { "#comments", "//*[@id='comments']", null },
        { "ul > li", "//ul/li", null },
        { "li:first-child", "//*[1][self::li]", null },
        { "h1, h2, h3", "//h1 | //h2 | //h3", null },
        { "a", "//a", "href" },
        { "meta[property='og:title']", "//meta[@property='og:title']", "content" },
        { "time", "//time", "datetime" },
        { "title", "//title", null },
        { "div:has(> p)", "//div[p]", null },
        { "p:not(.byline)", "//p[not(contains(concat(' ', normalize-space(@class), ' '), ' byline '))]", null },
    };

    public static IEnumerable<object[]> PairsOnFixtures()
    {
        var pages = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "WebArticles"), "*.html").OrderBy(p => p, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(pages);
        foreach (var pair in Pairs())
        {
            foreach (var page in pages) yield return new[] { pair[0], pair[1], pair[2], Path.GetFileName(page) };
        }
    }

    [Theory]
    [MemberData(nameof(PairsOnFixtures))]
    public void Xpath_and_the_equivalent_css_give_the_same_values_on_fixture_pages(string css, string xpath, string? attribute, string fixture)
    {
        var page = HtmlReader.Read(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "WebArticles", fixture)), "https://ledger.example/story");
        var path = attribute is null ? xpath : "(" + xpath + ")/@" + attribute;
        var cssLocator = new CssLocator(new[] { css }, attribute);
        var xpathLocator = X(path);

        Assert.Equal(Describe(cssLocator.FindAll(page)), Describe(xpathLocator.FindAll(page)));
        Assert.Equal(Describe(new[] { cssLocator.Find(page) }), Describe(new[] { xpathLocator.Find(page) }));
        if (attribute is null) Assert.Equal(Describe(cssLocator.FindBlocks(page)), Describe(xpathLocator.FindBlocks(page)));
    }

    [Fact]
    public void Every_pair_selects_something_on_some_fixture()
    {
        var pages = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "WebArticles"), "*.html")
            .Select(f => HtmlReader.Read(File.ReadAllBytes(f), "https://ledger.example/story")).ToList();
        foreach (var pair in Pairs())
        {
            var path = pair[2] is string attribute ? "(" + (string)pair[1] + ")/@" + attribute : (string)pair[1];
            Assert.True(pages.Any(p => X(path).FindAll(p).Count > 0), path + " selects nothing on any fixture");
        }
    }

    private static string[] Describe(IEnumerable<HtmlValue> values) =>
        values.Select(v => $"{v.Source} {v.Span.Start}+{v.Span.Length} {v.Text}").ToArray();
}
