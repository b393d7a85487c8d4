using System.Linq;
using System.Text;
using Xunit;

namespace ArticleModel.Html.Tests;

/// <summary>
/// How <c>@content</c> scores containers (issue 15, body F1 round 4), on small invented pages written inline: text
/// not in <c>&lt;p&gt;</c>, comment threads longer than the article, an article body inside a wrapper with a
/// boilerplate name.
/// </summary>
public class ContentScoringTests
{
    private static HtmlArticleDocument Read(string html) => HtmlReader.Read(Encoding.UTF8.GetBytes(html), "https://tarn.example/post");

    private static string Body(string html) => string.Join("\n", new ContentLocator().FindBlocks(Read(html)).Select(b => b.Text));

    // Invented sentences, each run different so none is dropped as a repeat.
    private static string Run(int i) =>
        $"On day {i} of the survey the walkers counted the lapwings, the curlews and the redshanks along the shore of the tarn, then wrote the numbers up at the hut by lamplight.";

    // The same without commas: a block's commas count once whatever its lines, so its lines must weigh by themselves.
    private static string PlainRun(int i) =>
        $"On day {i} of the survey the walkers counted the lapwings and the curlews and the redshanks along the shore of the tarn and wrote the numbers up at the hut.";

    private static string Sidebar =>
        "<div class=\"column\"><div class=\"widget-content\"><p>This blog is written by two hill walkers, who record birds, weather and paths, in the north.</p>" +
        "<p>We publish the counts, the maps and, now and then, a story or two from the fells, for anyone who walks there.</p></div></div>";

    [Fact]
    public void A_post_written_as_br_separated_lines_in_one_div_outweighs_a_short_sidebar_in_paragraphs()
    {
        var post = string.Join("<br><br>", Enumerable.Range(1, 10).Select(PlainRun));
        var body = Body($"<html><body>{Sidebar}<div class=\"column\"><div class=\"post-body\"><div>{post}</div></div></div></body></html>");

        Assert.Contains("On day 1 of the survey", body);
        Assert.Contains("On day 10 of the survey", body);
        Assert.DoesNotContain("This blog is written by", body);
    }

    [Fact]
    public void Text_runs_between_the_inner_blocks_of_a_div_are_scored_as_its_paragraphs()
    {
        // The post's text sits loose in its div, beside a short centred credit in a div of its own.
        var first = string.Join("<br><br>", Enumerable.Range(1, 4).Select(Run));
        var second = string.Join("<br><br>", Enumerable.Range(5, 4).Select(Run));
        var body = Body($"<html><body>{Sidebar}<div class=\"column\"><div class=\"post-body\">{first}<div style=\"text-align:center\">Photo: the tarn</div>{second}</div></div></body></html>");

        Assert.Contains("On day 1 of the survey", body);
        Assert.Contains("On day 8 of the survey", body);
        Assert.DoesNotContain("This blog is written by", body);
    }

    [Fact]
    public void A_comment_thread_with_more_prose_than_the_article_is_not_the_article()
    {
        var article = string.Concat(Enumerable.Range(1, 4).Select(i => "<p>" + Run(i) + "</p>"));
        var comments = string.Concat(Enumerable.Range(1, 20).Select(i =>
            $"<li><div class=\"comment-author\">Reader {i}</div><p>Reader {i} writes: we walked there in year {1990 + i}, and the curlews, the lapwings and the geese were far more numerous then, which says something about the drainage of the fields since.</p></li>"));
        var body = Body($"<html><body><div class=\"entry\"><h1>Counting birds</h1>{article}</div><ol class=\"commentlist\">{comments}</ol></body></html>");

        Assert.Contains("On day 1 of the survey", body);
        Assert.Contains("On day 4 of the survey", body);
        Assert.DoesNotContain("Reader 1 writes", body);
    }

    [Fact]
    public void An_article_body_marked_with_itemprop_is_the_article_inside_a_wrapper_with_a_boilerplate_name()
    {
        var article = string.Concat(Enumerable.Range(1, 5).Select(i => "<p>" + Run(i) + "</p>"));
        var links = string.Concat(Enumerable.Range(1, 60).Select(i => $"<li><a href=\"/walk/{i}\">Walk number {i} in the northern fells</a></li>"));
        var body = Body("<html><body>" +
            $"<div class=\"share_wrapper\"><div class=\"tools\">Print | Email</div><div itemprop=\"articleBody\">{article}</div></div>" +
            "<div class=\"textArea\"><p>Get the walkers' guide, with maps, tide tables and hut bookings, in one download.</p><p>Read now, for free, for thirty days.</p></div>" +
            $"<ul class=\"site-index\">{links}</ul></body></html>");

        Assert.Contains("On day 1 of the survey", body);
        Assert.Contains("On day 5 of the survey", body);
        Assert.DoesNotContain("walkers' guide", body);
    }

    [Fact]
    public void A_short_box_named_as_content_does_not_outweigh_an_unnamed_article_several_times_longer()
    {
        var article = string.Concat(Enumerable.Range(1, 6).Select(i => "<p>" + Run(i) + "</p>"));
        var body = Body("<html><body><table>" +
            "<tr><td class=\"txt_content_small\"><p>Notice: the hut is closed, for repairs, in March.</p></td></tr>" +
            $"<tr><td>{article}</td></tr></table></body></html>");

        Assert.Contains("On day 1 of the survey", body);
        Assert.Contains("On day 6 of the survey", body);
        Assert.DoesNotContain("the hut is closed", body);
    }

    [Fact]
    public void A_sidebar_holding_most_of_the_page_is_not_the_article()
    {
        // A short blog post beside a sidebar with a long "about me" paragraph and an archive: the sidebar holds more
        // than half the page's text, yet its name says it is not the article.
        var about = "I walked the northern fells for thirty years, counted birds for the county trust, wrote two guides to the paths, and now, retired, " +
            "I keep this diary of the counts, the weather, the huts and the people I meet, for anyone who walks there, whatever the season.";
        var archive = string.Concat(Enumerable.Range(1, 30).Select(i => $"<li>Month {i} of the diary, with {i + 3} posts</li>"));
        var body = Body("<html><body>" +
            $"<div id=\"main\"><div class=\"post-body\"><p>{Run(1)}</p><p>{Run(2)}</p></div></div>" +
            $"<div class=\"sidebar section\" id=\"sidebar\"><div class=\"widget Profile\"><div class=\"widget-content\"><p>{about}</p><p>{about.Replace("thirty", "forty")}</p></div></div>" +
            $"<div class=\"widget Archive\"><ul>{archive}</ul></div></div></body></html>");

        Assert.Contains("On day 1 of the survey", body);
        Assert.Contains("On day 2 of the survey", body);
        Assert.DoesNotContain("I walked the northern fells", body);
    }

    [Fact]
    public void A_short_post_whose_long_line_sits_between_inner_blocks_is_an_article()
    {
        // Under 500 characters, its one long paragraph a text run beside two divs: that run is a paragraph of prose.
        var body = Body("<html><body><div class=\"post-body\"><div>Name: Tide Table</div>" +
            "Description: a small table of the tides at the mouth of the estuary, with the times of high and low water, for walkers who cross the sands." +
            "<br><br><div>Author: the hut warden</div>Each week this diary shows one new tool for walkers.</div></body></html>");

        Assert.Contains("Description: a small table of the tides", body);
    }

    [Fact]
    public void A_comments_heading_after_the_article_ends_it_when_the_thread_is_not_wrapped()
    {
        // An old blog engine writes the thread flat in the post's container: a heading, then paragraphs and "Posted by" lines.
        var article = string.Concat(Enumerable.Range(1, 4).Select(i => "<p>" + Run(i) + "</p>"));
        var thread = string.Concat(Enumerable.Range(1, 3).Select(i =>
            $"<p>Reader {i} writes: we walked there in year {1990 + i}, and the curlews were far more numerous then.</p><p class=\"posted\">Posted by: walker {i} | March {i}, 2007</p>"));
        var body = Body($"<html><body><div class=\"content\"><h2>Counting birds</h2>{article}<h2><a id=\"comments\"></a>Comments</h2>{thread}</div></body></html>");

        Assert.Contains("On day 1 of the survey", body);
        Assert.Contains("On day 4 of the survey", body);
        Assert.DoesNotContain("Reader 1 writes", body);
        Assert.DoesNotContain("Posted by: walker", body);
    }

    [Fact]
    public void A_section_of_the_article_headed_comment_is_kept()
    {
        var body = Body($"<html><body><div class=\"content\"><p>{Run(1)}</p><p>{Run(2)}</p><h3>Comment</h3><p>{Run(3)}</p><h3>Briefing</h3><p>{Run(4)}</p></div></body></html>");

        Assert.Contains("On day 3 of the survey", body);
        Assert.Contains("On day 4 of the survey", body);
    }

    [Fact]
    public void A_layout_wrapper_whose_names_mention_a_sidebar_beside_the_article_body_is_not_left_out()
    {
        var article = string.Concat(Enumerable.Range(1, 5).Select(i => "<p>" + Run(i) + "</p>"));
        var body = Body("<html><body><div class=\"has-sidebar\"><div class=\"l-sidebar-fixed l-article-body-segment\">" +
            $"<div>{article}</div><div class=\"l-col__sidebar\">{Sidebar}</div></div></div></body></html>");

        Assert.Contains("On day 1 of the survey", body);
        Assert.Contains("On day 5 of the survey", body);
        Assert.DoesNotContain("This blog is written by", body);
    }
}
