using System.Linq;
using System.Text.Json;
using Xunit;

namespace ArticleModel.Cli.Tests.Html;

/// <summary><c>parse</c> without <c>--schema</c>: pages are read with the built-in WebArticle schema.</summary>
public class WebArticleCliTests
{
    private const string Story = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry Timetable Changes | Merrow Gazette</title>
        <meta property="article:published_time" content="2024-03-01T07:00:00Z"></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>Ferry Timetable Changes for Spring</h1><p class="byline">By Ines Varga</p>
        <p>Morning sailings to the islands will leave half an hour earlier from the first of April, the ferry company said on Friday, to give commuters time to make the mainland trains.</p>
        <p>The last evening sailing moves later in the summer months, and a new Sunday service will run from May, the company said, after a survey of island residents and visitors.</p>
        </article><footer>© Merrow Gazette</footer></body></html>
        """;

    private const string FrontPage = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Merrow Gazette</title></head><body><main>
        <div><h2><a href="/a">Ferry timetable changes for spring</a></h2><p>Morning sailings leave earlier.</p></div>
        <div><h2><a href="/b">Harbour wall repairs finish early</a></h2><p>Dry weather helped the work.</p></div>
        <div><h2><a href="/c">Seal pups counted on the north spit</a></h2><p>More pups than ever before.</p></div>
        <div><h2><a href="/d">Choir to sing at the county festival</a></h2><p>Thirty pupils will travel.</p></div>
        </main></body></html>
        """;

    [Fact]
    public void A_page_without_a_schema_is_parsed_with_WebArticle()
    {
        var folder = Cli.TempFolder();
        var run = Cli.Run("parse", HtmlPages.Write(folder, "ferry.html", Story));

        Assert.Equal(0, run.ExitCode);
        var value = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal("Ferry Timetable Changes for Spring", value.GetProperty("title").GetString());
        Assert.Equal("Ines Varga", value.GetProperty("byline").GetString());
        Assert.Equal("2024-03-01T07:00:00+00:00", value.GetProperty("published").GetString());
        var body = value.GetProperty("body").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Equal(2, body.Count);
        Assert.StartsWith("Morning sailings", body[0]);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void A_front_page_without_a_schema_gives_no_body_and_says_it_is_not_an_article()
    {
        var folder = Cli.TempFolder();
        var run = Cli.Run("parse", HtmlPages.Write(folder, "front.html", FrontPage));

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(JsonDocument.Parse(run.Stdout).RootElement.GetProperty("body").EnumerateArray());
        // Each teaser is too short to score as a container of prose, so the reason given is the text's length.
        Assert.Contains("warning AM3020: field 'body': no article content on this page", run.Stderr);
    }

    [Fact]
    public void Article_without_schema_is_a_usage_error()
    {
        var folder = Cli.TempFolder();
        var run = Cli.Run("parse", "--article", "Story", HtmlPages.Write(folder, "ferry.html", Story));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--article needs --schema", run.Stderr);
    }

    [Fact]
    public void Out_jsonld_without_schema_is_AM2055()
    {
        var folder = Cli.TempFolder();
        var run = Cli.Run("parse", "--out", "jsonld", HtmlPages.Write(folder, "ferry.html", Story));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("AM2055: --out jsonld needs a mapping to schema.org, but the built-in WebArticle schema", run.Stderr);
    }
}
