using System.Linq;
using Xunit;

namespace ArticleModel.Html.Tests;

/// <summary>
/// Issue 9 (attack round 9, docs/reliability.md row 42): an <c>@xpath</c> evaluation is bounded in navigator moves in
/// proportion to the page, so a quadratic expression gives nothing (on every machine alike) instead of running for hours,
/// and ordinary expressions over the same page are untouched.
/// </summary>
public class XPathWorkBudgetTests
{
    private const int Paragraphs = 5_000;

    private static readonly HtmlArticleDocument Page = HtmlReader.Read(
        "<html><body><article><div class=\"body\">" +
        string.Concat(Enumerable.Range(0, Paragraphs).Select(i => $"<p class=\"c\">Word {i}</p>")) +
        "</div></article></body></html>", "https://example.com/a");

    [Theory]
    [InlineData("//*[count(//*) > 1]")]
    [InlineData("//p[count(preceding::p) >= 0]")]
    [InlineData("//p[string-length(/) > 0]")]
    public void A_quadratic_expression_gives_nothing_instead_of_running_for_hours(string expression)
    {
        // Unbounded, each of these takes 25 million moves or more here (5,000 elements, each walking the page).
        Assert.Empty(new XPathLocator(new[] { expression }).FindAll(Page));
    }

    [Theory]
    [InlineData("//p")]
    [InlineData("//p[@class='c']")]
    [InlineData("//article//div//p[contains(concat(' ', normalize-space(@class), ' '), ' c ')]")]
    [InlineData("//div[@class='body']/p[position() > 0]")]
    [InlineData("//p[last()]/preceding-sibling::p | //p[last()]")]
    public void Expressions_that_walk_the_page_a_few_times_are_untouched(string expression)
    {
        Assert.Equal(Paragraphs, new XPathLocator(new[] { expression }).FindAll(Page).Count);
    }

    [Fact]
    public void The_same_expression_is_cut_at_the_same_point_every_time()
    {
        var locator = new XPathLocator(new[] { "//*[count(//*) > 1]", "//p[1]" });
        var first = locator.FindAll(Page).Select(v => v.Text).ToArray();
        Assert.Equal(new[] { "Word 0" }, first);
        Assert.Equal(first, locator.FindAll(Page).Select(v => v.Text).ToArray());
    }
}
