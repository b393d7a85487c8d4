using System;
using System.Linq;
using System.Text.Json;
using ArticleModel.Html;
using ArticleModel.Generators.Tests.Infrastructure;
using ArticleModel.Interpreter.Tests.Infrastructure;
using Xunit;

namespace ArticleModel.Interpreter.Tests;

// What the site schemas of tests/SiteEvaluation rely on, on a page of our own: a selector list that takes a lead figure
// and the body in document order, clean: lists that leave out the title and a lead credit, and dates taken out of a
// byline by a replace transform, read with a quoted-literal format or the free-form parser, and placed in the zone.
// Both back ends write the same bytes.
public class HtmlSiteSchemaTests
{
    private const string Schema = """
        namespace T;
        article Site {
          title     : text        @css("h1") | collapse
          pageTitle : text?       @css("title") | replace(/\s*\|[^|]*$/, "")
          published : date?       @css(".byline", zone: "America/New_York") | replace(/^.*\b((January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\b.*)$/, "$1")
          created   : date?       @css("meta[name='dc.date.created']", attr: "content", format: "yyyy-MM-dd|HH'h'mm", zone: "America/New_York")
          modified  : date?       @meta("article:modified_time")
          printed   : date?       @css(".printed")
          content   : paragraph[] @css("figure.lead, .story", clean: "h1, .credit + .note")
          teaser    : paragraph[] @css(".story", clean: "figure.lead, figure.lead + .credit")
        }
        """;

    private const string Page = """
        <!doctype html><html><head><title>Harbor Bridge Tolls | The Ledger</title>
        <meta name="dc.date.created" content="2017-03-13|19h18">
        <meta property="article:modified_time" content="2016-11-28 16:23:00 -0500">
        </head><body>
        <div class="byline"><span>By</span> <span>Ann Lee and Tomás Reyes</span> <div>December 16, 2016, 4:19 PM</div></div>
        <p class="printed">Mon Aug 03 12:45:00 EDT 2015</p>
        <figure class="lead"><img src="lead.jpg"><figcaption>Photo by Ann Lee</figcaption></figure>
        <div class="story"><h1>Harbor  Bridge Tolls</h1>
        <figure class="lead"><img src="a.jpg"></figure><div class="credit">Image: Port Authority</div><div class="note">(no note)</div>
        <p>The council on Tuesday postponed a vote.</p><p>Tolls stay as they are.</p></div>
        </body></html>
        """;

    private static InterpretedParser Parser()
    {
        var loaded = InterpretedSchema.Load(Schema, "site.article");
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        Assert.Empty(loaded.Diagnostics);
        return loaded.GetParser();
    }

    private static JsonElement Value(ParseResult<ArticleValue> result) =>
        JsonDocument.Parse(Differential.Json(result)).RootElement.GetProperty("value");

    [Fact]
    public void A_selector_list_takes_the_lead_figure_and_the_body_in_document_order()
    {
        var v = Value(Parser().Parse(HtmlReader.Read(Page, "https://ledger.example/story").Document));
        Assert.Equal(new[] { "Photo by Ann Lee", "Image: Port Authority", "The council on Tuesday postponed a vote.", "Tolls stay as they are." },
            v.GetProperty("content").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(new[] { "Harbor Bridge Tolls", "(no note)", "The council on Tuesday postponed a vote.", "Tolls stay as they are." },
            v.GetProperty("teaser").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void The_head_title_is_a_value_though_it_is_not_page_text()
    {
        var result = Parser().Parse(HtmlReader.Read(Page, "https://ledger.example/story").Document);
        Assert.Equal("Harbor Bridge Tolls", Value(result).GetProperty("pageTitle").GetString());
        var span = Assert.Single(result.Spans.All("pageTitle").ToArray());
        Assert.Equal(Page.IndexOf("Harbor Bridge Tolls |", StringComparison.Ordinal), span.Start);
    }

    [Fact]
    public void Dates_come_out_of_bylines_and_site_formats_in_the_sites_zone()
    {
        var v = Value(Parser().Parse(HtmlReader.Read(Page, "https://ledger.example/story").Document));
        // A replace transform runs before the conversion; the zone gives the local time its offset (EST in December).
        Assert.Equal("2016-12-16T16:19:00-05:00", v.GetProperty("published").GetString());
        // A quoted literal in the format; daylight time had begun on March 12, 2017.
        Assert.Equal("2017-03-13T19:18:00-04:00", v.GetProperty("created").GetString());
        // The free-form parser: an offset after a space, and the ctime form with a zone abbreviation.
        Assert.Equal("2016-11-28T16:23:00-05:00", v.GetProperty("modified").GetString());
        Assert.Equal("2015-08-03T12:45:00-04:00", v.GetProperty("printed").GetString());
    }

    public static TheoryData<string> Inputs() => new()
    {
        Page,
        "<div class=byline>By nobody</div><p class=printed>Mon Aug 03 12:45:00 XYZ 2015</p><div class=story><p>Only.</p></div>",
        "",
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Generated_and_interpreted_parsers_write_the_same_bytes(string html) =>
        HtmlLocatorTests.AssertSameBytes(Schema, "T.Site", html, "https://ledger.example/story");
}
