using ArticleModel.Cli.Import.XPath;
using Xunit;

namespace ArticleModel.Cli.Tests.Import;

/// <summary>
/// The XPath → CSS conversion checked against a real XPath engine: on well-formed XHTML pages each expression is run
/// by .NET's XPath 1.0 engine and its conversion by AngleSharp, and both must select the same elements (compared by
/// element path) or attribute values.
/// </summary>
public class XPathToCssTests
{
    internal const string Page = """
        <html><head><title>T</title><meta property="og:title" content="Headline from meta"/><meta name="byl" content="By Ana Ruiz"/></head>
        <body>
        <div id="main" class="page wrap">
          <h1 class="articleHeadline">Headline</h1>
          <div class="story-body  lead"><p>One</p><p class="x">Two</p><div class="storyline"><p>Three</p></div></div>
          <div class="story-bodyx"><p>Not the story</p></div>
          <article id="story" data-kind="news"><header><figure class="sizeMedium img"><img src="a.jpg"/></figure></header>
            <section name="articleBody" itemprop="articleBody"><p>Four</p><p>Five <a rel="author" href="/ana">Ana Ruiz</a></p><aside><p>More Photos here</p></aside></section>
            <time datetime="2024-03-01T10:00:00Z">March 1</time>
          </article>
          <article><p class="byline">By Tom Lee</p><span class="date">2024-03-02</span></article>
          <ul><li>a</li><li class="x">b</li><li>c</li></ul>
          <div class="share"><a href="http://nytimes.com/adx/1">ad</a></div>
        </div>
        <footer><p>Footer</p></footer>
        </body></html>
        """;

    [Theory]
    [InlineData("//h1[@class='articleHeadline']")]
    [InlineData("//h1[@class=\"articleHeadline\"]")]
    [InlineData("//meta[@property=\"og:title\"]/@content")]
    [InlineData("//meta[@name='byl']/@content")]
    [InlineData("//section[@name=\"articleBody\"] | //p[@id=\"article-summary\"] | //header/figure[contains(@class, 'sizeMedium')]")]
    [InlineData("//div[contains(concat(' ',normalize-space(@class),' '),' story-body ')]")]
    [InlineData("//div[@id=\"main\"]")]
    [InlineData("//div[@id = 'main']/div")]
    [InlineData("//*[@itemprop='articleBody']")]
    [InlineData("//article[@id='story']")]
    [InlineData("//article[1]")]
    [InlineData("//article[2]//p")]
    [InlineData("//li[last()]")]
    [InlineData("//li[position()=2]")]
    [InlineData("//ul/*[1]")]
    [InlineData("//ul/*[3]")]
    [InlineData("/html/body/div/h1")]
    [InlineData("//article//time/@datetime")]
    [InlineData("//div[contains(@class, 'story-body')]")]
    [InlineData("//div[starts-with(@class, 'story')]")]
    [InlineData("//a[contains(@href, 'nytimes.com/adx/')]")]
    [InlineData("//p[@class='x' or @class='byline']")]
    [InlineData("//div[contains(@class, 'story') and not(contains(@class, 'lead'))]")]
    [InlineData("//div[@class][not(@id)]")]
    [InlineData("//article[@data-kind != 'opinion']")]
    [InlineData("//div[.//img]")]
    [InlineData("//div[p]")]
    [InlineData("//figure[.//img[@src='a.jpg']] | //div[contains(@class, 'story-body')]")]
    [InlineData("//p[@class='x']/following-sibling::div")]
    [InlineData("//h1/following-sibling::div[@class]")]
    [InlineData("//a[@rel='author']/parent::p")]
    [InlineData("//a[@rel='author']/ancestor::article")]
    [InlineData("//img/parent::figure/parent::header")]
    [InlineData("//aside//p[contains(., 'More Photos')]")]
    [InlineData("(//article)[1]")]
    [InlineData("descendant::p")]
    [InlineData(".//div[@class='share']/a")]
    [InlineData("//div[1]/p[2]")]
    [InlineData("//section/p[1][contains(., 'Four')]")]
    public void Converted_expressions_select_what_XPath_selects(string xpath)
    {
        var css = XPathToCss.Convert(xpath);
        Assert.True(css.Succeeded, xpath + ": " + css.Failure);
        var (expected, actual) = SelectionComparer.Select(Page, xpath, css);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("substring-after(//p[@class='byline'], 'By ')", false, "By ")]
    [InlineData("substring-before(//meta[@name='byl']/@content, ' Ruiz')", true, " Ruiz")]
    public void Substring_functions_become_a_step_around_the_first_node(string xpath, bool before, string literal)
    {
        var css = XPathToCss.Convert(xpath);
        Assert.True(css.Succeeded, css.Failure);
        Assert.True(css.FirstOnly);
        Assert.Equal(new SubstringStep(before, literal), css.Substring);
    }

    [Theory]
    [InlineData("//p/text()", "text()")]
    [InlineData("//a[. = 'Subscribe']", "text")]
    [InlineData("//p[contains(text(), 'x')]", "text")]
    [InlineData("//div[@class='x']//p/..", "parent")]
    [InlineData("//div/p/parent::div", "parent")]
    [InlineData("//p/preceding-sibling::p", "preceding-sibling")]
    [InlineData("//div[@class='x'][1]", "position")]
    [InlineData("//div//p[1]", "")]
    [InlineData("descendant::p[1]", "position")]
    [InlineData("//*[local-name()='svg']", "")]
    [InlineData("(//article)[2]", "filter")]
    [InlineData("//div[", "not XPath")]
    [InlineData("count(//p)", "function")]
    public void Expressions_without_an_exact_CSS_form_say_why(string xpath, string reason)
    {
        var css = XPathToCss.Convert(xpath);
        if (xpath == "//div//p[1]")
        {
            // //p[1] inside a descendant path is still the first p among its siblings: exact, and checked here too.
            Assert.True(css.Succeeded);
            var (expected, actual) = SelectionComparer.Select(Page, xpath, css);
            Assert.Equal(expected, actual);
            return;
        }
        Assert.False(css.Succeeded, xpath + " converted to " + css.Selector);
        Assert.Contains(reason, css.Failure);
    }

    [Fact]
    public void Deeply_nested_expressions_are_refused_not_overflowed()
    {
        var deep = "//p[" + new string('(', 10000) + "1" + new string(')', 10000) + "]";
        Assert.False(XPathToCss.Convert(deep).Succeeded);
        Assert.Contains("nested", XPathToCss.Convert(deep).Failure);
    }
}
