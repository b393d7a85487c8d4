using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace ArticleModel.Cli.Tests.Html;

/// <summary>
/// AM3025 (formerly AM2061) and <c>parse --schema SITE.article --fallback webarticle</c>: the site schema wins field by field; WebArticle
/// fills the fields it found nothing for and adds the fields it does not declare.
/// </summary>
public class AM3025Tests
{
    private const string Page = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry Timetable Changes | Merrow Gazette</title>
        <meta property="article:published_time" content="2024-03-01T07:00:00Z"><meta property="og:site_name" content="Merrow Gazette"></head>
        <body><article><h1>Ferry Timetable Changes for Spring</h1><p class="kicker">Transport</p><p class="byline">By Ines Varga and Tom Lee</p>
        <p>Morning sailings to the islands will leave half an hour earlier from the first of April, the ferry company said on Friday, to give commuters time to make the mainland trains.</p>
        <p>The last evening sailing moves later in the summer months, and a new Sunday service will run from May, the company said, after a survey of island residents and visitors.</p>
        </article></body></html>
        """;

    // 'title' and 'kicker' are found; 'published' is not (no such element); 'siteName' is text[] here, unlike WebArticle's text?.
    private const string Site = """
        namespace Site;
        article Story {
          title     : text @css("h1") | uppercase
          kicker    : text? @css(".kicker")
          published : date @css(".pub-date")
          siteName  : text[] @css(".no-such-class")
        }
        """;

    private static (RunResult Run, JsonElement Value) Parse(params string[] extra)
    {
        var folder = Cli.TempFolder();
        var schema = Path.Combine(folder, "site.article");
        File.WriteAllText(schema, Site);
        var run = Cli.Run(new[] { "parse", "--schema", schema }.Concat(extra).Append(HtmlPages.Write(folder, "ferry.html", Page)).ToArray());
        return (run, run.ExitCode == 0 ? JsonDocument.Parse(run.Stdout).RootElement.Clone() : default);
    }

    [Fact]
    public void The_site_schema_wins_WebArticle_fills_what_it_found_nothing_for_and_adds_what_it_does_not_declare()
    {
        var (run, value) = Parse("--fallback", "webarticle");

        Assert.Equal(0, run.ExitCode);
        var names = value.EnumerateObject().Select(p => p.Name).ToArray();
        // The site's fields in its order, then WebArticle's others.
        Assert.Equal(new[] { "title", "kicker", "published", "siteName" }, names.Take(4));
        Assert.Contains("authors", names);
        Assert.Equal("FERRY TIMETABLE CHANGES FOR SPRING", value.GetProperty("title").GetString()); // the site's value
        Assert.Equal("Transport", value.GetProperty("kicker").GetString());
        Assert.Equal("2024-03-01T07:00:00+00:00", value.GetProperty("published").GetString());  // from WebArticle
        Assert.Empty(value.GetProperty("siteName").EnumerateArray());                          // another type: not taken
        Assert.Equal(new[] { "Ines Varga", "Tom Lee" }, value.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(2, value.GetProperty("body").GetArrayLength());
        // The required 'published' was filled, so no AM3001; AM3025 says which fields came from WebArticle.
        Assert.DoesNotContain("AM3001", run.Stderr);
        Assert.Contains("info AM3025: the schema's article 'Story' found nothing for 'published'; taken from the built-in WebArticle", run.Stderr);
    }

    [Fact]
    public void Without_fallback_the_site_schema_alone_is_used()
    {
        var (run, _) = Parse();

        // The required 'published' is missing: an error, exit 1, and only the schema's fields.
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error AM3001: required field 'published' was not found", run.Stderr);
        Assert.DoesNotContain("AM3025", run.Stderr);
        Assert.Equal(new[] { "title", "kicker", "published", "siteName" }, JsonDocument.Parse(run.Stdout).RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Fallback_needs_a_schema_and_does_not_go_with_out_jsonld()
    {
        var folder = Cli.TempFolder();
        var page = HtmlPages.Write(folder, "ferry.html", Page);
        Assert.Equal(2, Cli.Run("parse", "--fallback", "webarticle", page).ExitCode);
        var schema = Path.Combine(folder, "site.article");
        File.WriteAllText(schema, Site);
        Assert.Equal(2, Cli.Run("parse", "--schema", schema, "--fallback", "webarticle", "--out", "jsonld", page).ExitCode);
        Assert.Equal(2, Cli.Run("parse", "--schema", schema, "--fallback", "readability", page).ExitCode);
    }
}
