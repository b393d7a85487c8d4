using System.Linq;
using ArticleModel.Schema.Lowering;
using Xunit;

namespace ArticleModel.Schema.Tests;

/// <summary><c>format:</c>/<c>zone:</c> on every locator of a date field, text and HTML alike, with ordered fallbacks.</summary>
public class DateFallbackBindingTests
{
    private static SchemaCompilation Compile(string text) => SchemaCompiler.Compile("s.article", text);

    [Theory]
    [InlineData("@css(\"time\", attr: \"datetime\", format: \"MMMM d, yyyy\", zone: \"UTC\")")]
    [InlineData("@meta(\"article:published_time\", format: \"MMMM d, yyyy\", zone: \"UTC\")")]
    [InlineData("@jsonld(\"datePublished\", format: \"MMMM d, yyyy\", zone: \"UTC\")")]
    [InlineData("@line(2, format: \"MMMM d, yyyy\", zone: \"UTC\")")]
    public void Html_and_text_locators_of_a_date_field_take_format_and_zone(string locator)
    {
        var c = Compile("article S { published: date " + locator + " @line(1) }");
        Assert.Empty(c.Diagnostics);
        var plan = SchemaLowering.Lower(c.Model).Articles.Single().Fields.Single();
        Assert.Equal(2, plan.Locators.Count);
        Assert.Equal("MMMM d, yyyy", plan.Date!.Format);
        Assert.Equal("UTC", plan.Date.Zone);
        Assert.EndsWith(", format: \"MMMM d, yyyy\", zone: \"UTC\")", plan.Locators[0].Display);
    }

    [Theory]
    [InlineData("@css(\"h1\", format: \"yyyy\")")]
    [InlineData("@meta(\"og:title\", zone: \"UTC\")")]
    [InlineData("@jsonld(\"headline\", format: \"yyyy\")")]
    public void Date_arguments_on_an_html_locator_of_a_field_that_is_not_a_date_are_AM0172(string locator)
    {
        var c = Compile("article S { title: text " + locator + " }");
        Assert.Equal("AM0172", Assert.Single(c.Diagnostics).Id);
    }

    [Fact]
    public void A_bad_format_on_an_html_locator_is_AM0170()
    {
        var c = Compile("article S { published: date @meta(\"date\", format: \"HH:mm\") }");
        Assert.Equal("AM0170", Assert.Single(c.Diagnostics).Id);
    }
}
