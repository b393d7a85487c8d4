using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace ArticleModel.Html.Tests;

/// <summary>The <c>@content</c> locator on small invented pages (WebArticles/*.html) and on hostile ones.</summary>
public class ContentLocatorTests
{
    internal static HtmlArticleDocument Fixture(string name) =>
        HtmlReader.Read(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "WebArticles", name)), "https://merrow.example/story");

    [Fact]
    public void Takes_the_article_paragraphs_and_leaves_out_nav_comments_related_links_share_bar_caption_cookie_notice_and_footer()
    {
        var page = Fixture("story-with-boilerplate.html");
        var blocks = new ContentLocator().FindBlocks(page).Select(b => b.Text).ToList();

        Assert.Equal(4, blocks.Count);
        Assert.StartsWith("For the first time in four decades", blocks[0]);
        Assert.StartsWith("Applications open next week", blocks[3]);
        var all = string.Join("\n", blocks);
        foreach (var boilerplate in new[] { "cookies", "Home", "Related stories", "Harbour wall repairs", "Share on social", "restored lamp room", "lovely idea", "All rights reserved", "Lighthouse Keepers Return" })
            Assert.DoesNotContain(boilerplate, all);
        Assert.Null(new ContentLocator().Explain(page));
    }

    [Fact]
    public void Takes_every_container_of_a_body_split_by_an_advert_and_a_newsletter_box_in_document_order()
    {
        var blocks = new ContentLocator().FindBlocks(Fixture("split-body.html")).Select(b => b.Text).ToList();

        Assert.Equal(4, blocks.Count);
        Assert.StartsWith("Volunteers walking the old orchards", blocks[0]);
        Assert.StartsWith("Among the finds", blocks[2]);
        Assert.StartsWith("The society plans", blocks[3]);
        Assert.DoesNotContain(blocks, b => b.Contains("Advertisement") || b.Contains("newsletter"));
    }

    [Fact]
    public void Falls_back_to_the_json_ld_article_body_when_the_page_text_holds_no_article()
    {
        var blocks = new ContentLocator().FindBlocks(Fixture("jsonld-body.html"));

        Assert.Equal(3, blocks.Count);
        Assert.All(blocks, b => Assert.Equal(HtmlValueSource.JsonLd, b.Source));
        Assert.StartsWith("The rack railway up the Gruenhorn", blocks[0].Text);
        Assert.StartsWith("\"We are relieved", blocks[2].Text);
    }

    [Theory]
    [InlineData("home-page.html")]
    [InlineData("search-page.html")]
    public void A_list_of_linked_headlines_is_not_an_article(string name)
    {
        var page = Fixture(name);
        var locator = new ContentLocator();

        Assert.Empty(locator.FindBlocks(page));
        Assert.False(locator.Find(page).Found);
        Assert.Contains("list of links", locator.Explain(page));
    }

    [Fact]
    public void One_value_joins_the_paragraphs_and_spans_them_in_the_page()
    {
        var page = Fixture("split-body.html");
        var value = new ContentLocator().Find(page);

        Assert.StartsWith("Volunteers walking", value.Text);
        Assert.EndsWith("on the edge of the town.", value.Text);
        Assert.StartsWith("Volunteers walking", page.Document.Input.Substring(value.Span.Start, 18));
    }

    [Fact]
    public void Clean_leaves_out_what_its_selector_matches()
    {
        var blocks = new ContentLocator(clean: "p:first-child").FindBlocks(Fixture("split-body.html")).Select(b => b.Text).ToList();

        Assert.Equal(2, blocks.Count);
        Assert.StartsWith("The survey, run by", blocks[0]);
    }

    [Fact]
    public void A_clean_selector_that_does_not_parse_is_an_argument_error()
    {
        Assert.Throws<ArgumentException>(() => new ContentLocator(clean: "p[["));
    }

    [Fact]
    public void A_short_page_is_not_an_article_and_says_how_short()
    {
        var page = HtmlReader.Read("<html><body><p>Opening hours: nine to five, Monday to Friday.</p></body></html>");

        Assert.Empty(new ContentLocator().FindBlocks(page));
        Assert.Contains("characters of text", new ContentLocator().Explain(page));
    }

    [Fact]
    public void A_short_post_that_the_pages_description_repeats_is_an_article()
    {
        // A one-line post under a picture: 98 characters, short of every length rule, but the page's description is the
        // post's text, so the page says this is what it is about.
        const string Post = "Drop by the harbour workshop on Saturday to see how the old rope nets are mended by hand.";
        var body = "<body><h1>Nets Mended by Hand</h1><div class=\"post\"><p><img src=\"nets.jpg\"></p><p>" + Post + "</p></div>"
            + "<div class=\"about\"><p>Harbour Notes is written by two friends.</p></div></body></html>";
        var described = HtmlReader.Read("<html><head><meta name=\"description\" content=\"" + Post + "\"></head>" + body);
        var undescribed = HtmlReader.Read("<html><head><meta name=\"description\" content=\"Harbour Notes: a blog about boats, nets and the sea.\"></head>" + body);

        Assert.Equal(new[] { Post }, new ContentLocator().FindBlocks(described).Select(b => b.Text));
        Assert.Null(new ContentLocator().Explain(described));
        // Without it the short text stays no article (nor does a description that is only the site's tagline make it one).
        Assert.Empty(new ContentLocator().FindBlocks(undescribed));
        Assert.Contains("characters of text", new ContentLocator().Explain(undescribed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("<")]
    [InlineData("<html><body></body></html>")]
    [InlineData("<p><p><p><table><td><p>broken</div></span></p>")]
    [InlineData("\0\0\0<div>\uFFFF</div>")]
    public void Empty_and_malformed_pages_give_nothing_and_an_explanation(string html)
    {
        var page = HtmlReader.Read(html);
        var locator = new ContentLocator();

        Assert.Empty(locator.FindBlocks(page));
        Assert.NotNull(locator.Explain(page));
    }

    [Fact]
    public void A_second_copy_of_the_article_with_the_same_class_is_left_out()
    {
        // A print copy of the story in a container with the article's tag and class: gathered as a split body, and
        // its paragraphs, repeated word for word, are dropped.
        var story = "<p>The council voted on Tuesday to reopen the ferry pier, closed since the storm of 2019, after engineers found the piles sound.</p>"
            + "<p>Repairs to the deck will cost about 40,000 pounds, paid from the harbour fund, and take six weeks, the harbour master said.</p>"
            + "<p>Ferries to the island will call again from June, three times a day, with an extra boat on market days.</p>";
        var page = HtmlReader.Read("<html><body><div class=\"story\">" + story + "</div><nav><a href=\"/\">Home</a></nav>"
            + "<div class=\"story\">" + story + "</div></body></html>");

        var blocks = new ContentLocator().FindBlocks(page).Select(b => b.Text).ToList();

        Assert.Equal(3, blocks.Count);
        Assert.StartsWith("The council voted", blocks[0]);
        Assert.StartsWith("Ferries to the island", blocks[2]);
    }

    [Fact]
    public void A_page_nested_deeper_than_the_reader_limit_and_a_very_wide_page_are_read_without_throwing()
    {
        var deep = new StringBuilder("<html><body>");
        for (var i = 0; i < 20_000; i++) deep.Append("<div class=\"content\">");
        deep.Append("<p>").Append(string.Join(" ", Enumerable.Repeat("Deep text, with commas, goes on.", 40))).Append("</p></body></html>");
        var deepBlocks = new ContentLocator().FindBlocks(HtmlReader.Read(deep.ToString()));
        Assert.NotNull(deepBlocks);

        var wide = new StringBuilder("<html><body><div class=\"story\">");
        for (var i = 0; i < 20_000; i++) wide.Append("<p>Paragraph ").Append(i).Append(" of the story, with a comma, ends here.</p>");
        wide.Append("</div></body></html>");
        var wideBlocks = new ContentLocator().FindBlocks(HtmlReader.Read(wide.ToString()));
        Assert.Equal(20_000, wideBlocks.Count);
    }
}
