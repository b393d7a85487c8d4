using System;
using System.Linq;
using Xunit;

namespace ArticleModel.Html.Tests;

public class CssLocatorTests
{
    private const string Page = "<html><head><base href=\"https://cdn.example/a/\"></head><body>" +
        "<h1 class=\"headline\">Council  <em>Delays</em> Vote</h1>" +
        "<time datetime=\"2025-03-03T10:00:00-05:00\">March 3</time>" +
        "<img class=lead src=\"img/lead.jpg\">" +
        "<article><div class=\"body\"><p>First paragraph.</p><div class=share>Share this</div>" +
        "<p>Second <span class=ad>AD</span> paragraph.</p><figure><figcaption>Caption</figcaption></figure></div></article>" +
        "<ul class=tags><li>one</li><li>two</li></ul></body></html>";

    private static HtmlArticleDocument Read(string page = Page) => HtmlReader.Read(page, "https://ledger.example/2025/story");

    [Fact]
    public void Find_takes_the_first_selector_that_gives_text_with_its_span_into_the_page()
    {
        var page = Read();
        var value = new CssLocator(new[] { "h2.missing", "h1.headline" }).Find(page);

        Assert.True(value.Found);
        Assert.Equal(HtmlValueSource.ElementText, value.Source);
        Assert.Equal("Council Delays Vote", value.Text);
        Assert.Equal("h1", value.Element!.LocalName);
        // The span starts at "Council" and ends after "Vote" in the page's markup.
        var input = page.Document.Input;
        Assert.Equal(input.IndexOf("Council", StringComparison.Ordinal), value.Span.Start);
        Assert.Equal(input.IndexOf("Vote</h1>", StringComparison.Ordinal) + 4, value.Span.Start + value.Span.Length);
    }

    [Fact]
    public void Nothing_found_is_the_default_value()
    {
        var value = new CssLocator(new[] { "h2", ".nope" }).Find(Read());
        Assert.False(value.Found);
        Assert.Equal("", value.Text);
        Assert.Null(value.Element);
    }

    [Fact]
    public void An_attribute_value_has_the_span_of_the_value_inside_the_tag()
    {
        var page = Read();
        var value = new CssLocator(new[] { "time" }, attribute: "datetime").Find(page);

        Assert.Equal("2025-03-03T10:00:00-05:00", value.Text);
        Assert.Equal(HtmlValueSource.Attribute, value.Source);
        Assert.Equal(page.Document.Input.IndexOf("2025-03-03T10", StringComparison.Ordinal), value.Span.Start);
        Assert.Equal(value.Text.Length, value.Span.Length);
    }

    [Fact]
    public void Links_resolve_against_the_base_href()
    {
        var value = new CssLocator(new[] { "img.lead" }, attribute: "src", resolveUrls: true).Find(Read());
        Assert.Equal("https://cdn.example/a/img/lead.jpg", value.Text);
    }

    [Fact]
    public void Links_resolve_against_the_page_url_without_a_base()
    {
        var page = HtmlReader.Read("<a class=x href=\"../other\">x</a>", "https://ledger.example/2025/story");
        Assert.Equal("https://ledger.example/other", new CssLocator(new[] { "a.x" }, attribute: "href", resolveUrls: true).Find(page).Text);
        Assert.Equal("../other", new CssLocator(new[] { "a.x" }, attribute: "href").Find(page).Text);
    }

    [Fact]
    public void Clean_leaves_out_matched_descendants_without_changing_the_page()
    {
        var page = Read();
        var locator = new CssLocator(new[] { "div.body" }, clean: ".share, .ad, figcaption");

        Assert.Equal("First paragraph. Second paragraph.", locator.Find(page).Text);
        // The shared document is untouched: the same element without clean still has everything.
        Assert.Equal("First paragraph. Share this Second AD paragraph. Caption", new CssLocator(new[] { "div.body" }).Find(page).Text);
    }

    [Fact]
    public void Blocks_of_a_container_are_its_paragraphs_in_order_minus_cleaned_ones()
    {
        var page = Read();
        var paragraphs = new CssLocator(new[] { "article .body" }, clean: ".share, figcaption").FindBlocks(page);

        Assert.Equal(new[] { "First paragraph.", "Second AD paragraph." }, paragraphs.Select(p => p.Text));
        var input = page.Document.Input;
        Assert.Equal(input.IndexOf("First paragraph.", StringComparison.Ordinal), paragraphs[0].Span.Start);
        Assert.Equal("First paragraph.".Length, paragraphs[0].Span.Length);
    }

    [Fact]
    public void Blocks_of_paragraph_selectors_are_each_paragraph_and_nested_matches_are_not_taken_twice()
    {
        var page = Read();
        Assert.Equal(new[] { "First paragraph.", "Second AD paragraph." },
            new CssLocator(new[] { ".body p" }).FindBlocks(page).Select(p => p.Text));
        // div.body and its p both match: the p's text is inside the div's, so it comes once.
        Assert.Equal(4, new CssLocator(new[] { "div.body, div.body p" }).FindBlocks(page).Count);
    }

    [Fact]
    public void FindAll_takes_every_match_in_document_order_and_the_first_selector_with_any()
    {
        var page = Read();
        Assert.Equal(new[] { "one", "two" }, new CssLocator(new[] { ".none", "ul.tags li" }).FindAll(page).Select(v => v.Text));
    }

    [Fact]
    public void An_invalid_selector_is_an_argument_exception_for_users()
    {
        var e = Assert.Throws<ArgumentException>(() => new CssLocator(new[] { "h1[" }));
        Assert.Contains("h1[", e.Message);
        Assert.Throws<ArgumentException>(() => new CssLocator(Array.Empty<string>()));
        Assert.Throws<ArgumentException>(() => new CssLocator(new[] { "h1" }, clean: "::::"));
    }

    [Fact]
    public void Elements_that_produce_no_text_are_skipped_for_the_next_match()
    {
        var page = HtmlReader.Read("<h1></h1><h1 hidden>hidden</h1><h1>  </h1><h1>Real</h1>");
        Assert.Equal("Real", new CssLocator(new[] { "h1" }).Find(page).Text);
    }

    [Fact]
    public void The_head_title_is_found_with_its_text_and_span()
    {
        var page = Read("<html><head><title> Council Delays  Vote | The Ledger </title></head><body><p>Body.</p></body></html>");
        var value = new CssLocator(new[] { "title" }).Find(page);

        Assert.True(value.Found);
        Assert.Equal("Council Delays Vote | The Ledger", value.Text);
        var input = page.Document.Input;
        Assert.Equal(input.IndexOf("Council", StringComparison.Ordinal), value.Span.Start);
        Assert.Equal(input.IndexOf(" </title>", StringComparison.Ordinal), value.Span.Start + value.Span.Length);
        // The head is not document text: the title stays out of the paragraphs.
        Assert.Equal(new[] { "Body." }, new CssLocator(new[] { "html" }).FindBlocks(page).Select(v => v.Text));
    }
}
