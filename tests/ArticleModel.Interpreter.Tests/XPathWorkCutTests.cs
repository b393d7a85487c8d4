using System.Linq;
using ArticleModel.Html;
using Xunit;

namespace ArticleModel.Interpreter.Tests;

/// <summary>
/// Issue 9 (attack round 10, docs/reliability.md row 45): an <c>@xpath</c> expression its work budget cuts gives nothing,
/// and the parse says so (AM2026, naming the field and the expression) instead of looking like "not on this page".
/// Both back ends report it alike (they share <c>HtmlParseContext</c>).
/// </summary>
public class XPathWorkCutTests
{
    private const string Schema = """
        namespace T;
        article Story {
          title : text   @xpath("//*[count(//*) > 1]", "//h1")
          tags  : text[] @xpath("//p[count(preceding::p) >= 0]")
          lead  : text?  @xpath("//p[1]")
        }
        """;

    // 3,000 paragraphs: each quadratic expression needs millions of moves more than the page's allowance.
    private static readonly string BigPage = "<html><body><h1>Harbour Plan Approved</h1><article>" +
        string.Concat(Enumerable.Range(0, 3_000).Select(i => $"<p>Line {i} of the report.</p>")) + "</article></body></html>";

    private static ParseResult<ArticleValue> Parse(string html)
    {
        var loaded = InterpretedSchema.Load(Schema, "story.article");
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        return loaded.GetParser().Parse(HtmlReader.Read(html, "https://harbour.example/plan").Document);
    }

    [Fact]
    public void A_cut_expression_is_reported_once_per_locator_with_its_field_and_expression()
    {
        var result = Parse(BigPage);
        var cuts = result.Diagnostics.Where(d => d.Id == DiagnosticIds.HtmlXPathWorkExceeded).ToList();

        Assert.Equal(2, cuts.Count);
        Assert.All(cuts, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        var title = Assert.Single(cuts, d => d.Field == "title");
        Assert.Contains("//*[count(//*) > 1]", title.Message, System.StringComparison.Ordinal);
        Assert.Contains("next expression", title.Message, System.StringComparison.Ordinal);
        var tags = Assert.Single(cuts, d => d.Field == "tags");
        Assert.Contains("//p[count(preceding::p) >= 0]", tags.Message, System.StringComparison.Ordinal);
        Assert.Contains("found nothing", tags.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_page_within_the_allowance_reports_nothing()
    {
        var result = Parse("<html><body><h1>Short</h1><article><p>One.</p><p>Two.</p></article></body></html>");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticIds.HtmlXPathWorkExceeded);
    }

    [Fact]
    public void Generated_and_interpreted_parsers_report_the_cut_alike() =>
        HtmlLocatorTests.AssertSameBytes(Schema, "T.Story", BigPage, "https://harbour.example/plan");
}
