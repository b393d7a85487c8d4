using System.Linq;
using System.Text.Json;
using Xunit;

namespace ArticleModel.Html.Tests;

/// <summary>WebArticle's title and publication-date rules on invented pages (issue 15, round 6).</summary>
public class WebArticleTitleAndDateTests
{
    private static readonly string Story = "<p>" + string.Join(" ", Enumerable.Repeat("A sentence of the story, with a comma, ends.", 20)) + "</p>";

    [Theory]
    // A blog: the masthead h1 links to the site's root, the post's heading is an h3 the <title> holds.
    [InlineData("<title>Harbour Notes: Ferry Timetable Changes Again</title>",
        "<h1><a href=\"http://harbour.example/\">Harbour Notes</a></h1><div class=\"post\"><h3>Ferry Timetable Changes Again</h3>")]
    // The same with a relative root link and the site name after the headline.
    [InlineData("<title>Ferry Timetable Changes Again | Harbour Notes</title>",
        "<h1><a href=\"/\">Harbour Notes</a></h1><div class=\"post\"><h2>Ferry Timetable Changes Again</h2>")]
    // A masthead h1 that is the og:site_name, with no link, and the headline as an h2.
    [InlineData("<title>Harbour Notes - Ferry Timetable Changes Again</title><meta property=\"og:site_name\" content=\"Harbour Notes\">",
        "<h1>Harbour Notes</h1><div class=\"post\"><h2>Ferry Timetable Changes Again</h2>")]
    // Two h2s the <title> holds: the site name it ends with, then the headline (at least a third of the <title>).
    [InlineData("<title>Ferry Timetable Changes Again « Harbour Notes</title>",
        "<h2>Harbour Notes</h2><div class=\"post\"><h2>Ferry Timetable Changes Again</h2>")]
    // No heading in the <title>: the only h1 links home, so the <title> is the title.
    [InlineData("<title>Ferry Timetable Changes Again</title>",
        "<h1><a href=\"https://harbour.example\">Harbour Notes</a></h1><div class=\"post\"><h2>Latest</h2>")]
    public void The_headline_is_the_heading_the_title_holds_not_the_masthead(string head, string body)
    {
        var page = "<html><head>" + head + "</head><body>" + body + Story + "</div></body></html>";

        Assert.Equal("Ferry Timetable Changes Again", WebArticle.Parse(page, null).Value!.Title);
    }

    [Fact]
    public void An_h1_that_is_the_headline_and_links_to_the_post_is_kept()
    {
        var page = "<html><head><title>Ferry Timetable Changes Again | Harbour Notes</title></head><body>"
            + "<h1><a href=\"http://harbour.example/2024/03/ferry\">Ferry Timetable Changes Again</a></h1>" + Story + "</body></html>";

        Assert.Equal("Ferry Timetable Changes Again", WebArticle.Parse(page, null).Value!.Title);
    }

    [Theory]
    // A day-only publication meta, then a time element of that day with its time and zone: the time element's value.
    [InlineData("<meta name=\"date\" content=\"2016-12-15\">", "<time datetime=\"2016-12-15T15:33:00-05:00\">December 15, 2016</time>", "2016-12-15T15:33:00-05:00")]
    [InlineData("<meta name=\"date\" value=\"2016-12-15\">", "<time datetime=\"2016-12-15T15:33:00-05:00\">December 15, 2016</time>", "2016-12-15T15:33:00-05:00")]
    // Another day: the locators' order stands (the meta).
    [InlineData("<meta name=\"date\" content=\"2016-12-14\">", "<time datetime=\"2016-12-15T15:33:00-05:00\">December 15, 2016</time>", "2016-12-14")]
    // A time element's value without a zone, its text with one: the value in that zone.
    [InlineData("", "<time datetime=\"2022-10-17 16:01:26\">10/17/2022 04:01 PM EDT</time>", "2022-10-17T16:01:26-04:00")]
    // A malformed offset of three digits ("-500").
    [InlineData("<meta property=\"article:published_time\" content=\"2018-10-29T10:15-500\">", "", "2018-10-29T10:15:00-05:00")]
    public void Of_two_values_of_the_same_day_the_more_precise_is_taken(string head, string body, string expected)
    {
        var page = "<html><head>" + head + "</head><body><article><h1>Headline of the story</h1>" + body + Story + "</article></body></html>";

        Assert.Equal(expected, Json(WebArticle.Parse(page, null).Value!, "published"));
    }

    [Theory]
    [InlineData("<meta property=\"og:article:published_time\" content=\"2019-05-07T11:59:43+00:00\">")]
    [InlineData("<meta name=\"og:article:published_time\" value=\"2019-05-07T11:59:43+00:00\">")]
    public void An_og_prefixed_publication_time_is_read_before_the_day_in_the_address(string meta)
    {
        var page = "<html><head>" + meta + "<link rel=\"canonical\" href=\"https://paper.example/2019/05/07/story\"></head><body><article><h1>Headline of the story</h1>" + Story + "</article></body></html>";

        Assert.Equal("2019-05-07T11:59:43+00:00", Json(WebArticle.Parse(page, null).Value!, "published"));
    }

    [Theory]
    // A byline's timestamp div with a datetime attribute, its text the day only.
    [InlineData("<div class=\"byline__timestamp\" datetime=\"2016-10-13 17:00:00 -0400\">Oct 13, 2016</div>", "2016-10-13T17:00:00-04:00")]
    // A time element with no datetime but a data-published attribute.
    [InlineData("<time data-published=\"2016-12-09 09:13:00Z\">Dec 9, 2016</time>", "2016-12-09T09:13:00+00:00")]
    public void A_datetime_on_another_element_or_a_data_published_attribute_gives_the_time_the_text_leaves_out(string byline, string expected)
    {
        var page = "<html><head><link rel=\"canonical\" href=\"https://paper.example/2016/10/13/story\"></head><body><article><h1>Headline of the story</h1>"
            + byline + Story + "</article></body></html>";

        Assert.Equal(expected, Json(WebArticle.Parse(page, null).Value!, "published"));
    }

    private static string? Json(WebArticle a, string field)
    {
        using var json = JsonDocument.Parse(ResultJson.ToJsonString(a));
        return json.RootElement.GetProperty(field).GetString();
    }
}
