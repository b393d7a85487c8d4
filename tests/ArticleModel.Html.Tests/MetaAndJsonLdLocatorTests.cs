using System;
using System.Linq;
using Xunit;

namespace ArticleModel.Html.Tests;

public class MetaAndJsonLdLocatorTests
{
    [Fact]
    public void Meta_matches_name_property_and_itemprop_and_tries_names_in_order()
    {
        var page = HtmlReader.Read("<head><meta property=\"og:title\" content=\"  \">" +
            "<meta name=\"twitter:title\" content=\"Twitter  title\"><meta itemprop=datePublished content=2025-03-03>" +
            "<meta property=og:image content=\"/img/a.jpg\"></head>", "https://ledger.example/x/y");

        var title = new MetaLocator(new[] { "og:title", "twitter:title" }).Find(page);
        Assert.Equal("Twitter title", title.Text); // og:title is empty: the next name is tried
        Assert.Equal(HtmlValueSource.Meta, title.Source);
        Assert.Equal(page.Document.Input.IndexOf("Twitter  title", StringComparison.Ordinal), title.Span.Start);
        Assert.Equal("2025-03-03", new MetaLocator(new[] { "DATEPUBLISHED" }).Find(page).Text);
        Assert.Equal("https://ledger.example/img/a.jpg", new MetaLocator(new[] { "og:image" }, resolveUrls: true).Find(page).Text);
        Assert.False(new MetaLocator(new[] { "description" }).Find(page).Found);
    }

    [Fact]
    public void A_meta_element_without_content_gives_its_value_attribute_to_meta_and_to_attr_content()
    {
        // Saved pages write <meta name="og:title" value="…">: one rule, content else value, for @meta and attr: "content".
        var page = HtmlReader.Read("<head><meta name=\"og:title\" value=\"Ferry  timetable\"><meta property=\"og:type\" content=\"article\" value=\"other\"></head>");
        var title = new MetaLocator(new[] { "og:title" }).Find(page);
        Assert.Equal("Ferry timetable", title.Text);
        Assert.Equal(page.Document.Input.IndexOf("Ferry  timetable", StringComparison.Ordinal), title.Span.Start);
        Assert.Equal("Ferry timetable", new CssLocator(new[] { "meta[name='og:title']" }, attribute: "content").Find(page).Text);
        Assert.Equal("article", new MetaLocator(new[] { "og:type" }).Find(page).Text); // content wins over value
    }

    private const string Graph = """
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","@id":"https://x.example/#site","name":"Site"},
          {"@type":["NewsArticle"],"headline":"Graph headline","author":[{"@id":"#p1"},{"@type":"Person","name":"Bo Chen"}],
           "image":{"@type":"ImageObject","url":"https://x.example/i.jpg","name":"caption"},"datePublished":"2025-03-03T10:00:00Z"},
          {"@type":"Person","@id":"#p1","name":"Ann Lee"}]}</script>
        """;

    [Fact]
    public void JsonLd_reads_graph_containers_arrays_references_and_image_objects()
    {
        var page = HtmlReader.Read(Graph);
        Assert.Equal("Graph headline", new JsonLdLocator("headline").Find(page).Text);
        Assert.Equal(new[] { "Ann Lee", "Bo Chen" }, new JsonLdLocator("author.name").FindAll(page).Select(v => v.Text));
        Assert.Equal(new[] { "Ann Lee", "Bo Chen" }, new JsonLdLocator("author").FindAll(page).Select(v => v.Text));
        Assert.Equal("https://x.example/i.jpg", new JsonLdLocator("image").Find(page).Text);
        Assert.Equal("https://x.example/i.jpg", new JsonLdLocator("image.url").Find(page).Text);
        Assert.Equal(HtmlValueSource.JsonLd, new JsonLdLocator("headline").Find(page).Source);
        Assert.Empty(page.JsonLdDiagnostics);
    }

    [Fact]
    public void JsonLd_authors_as_strings_images_as_arrays_and_top_level_arrays()
    {
        var page = HtmlReader.Read("""
            <script type="application/ld+json">[{"@type":"Organization","name":"Org"},
              {"@type":"http://schema.org/BlogPosting","headline":"Post &amp; more","author":"Ann Lee","image":["a.jpg","b.jpg"]}]</script>
            """, "https://x.example/p/");
        Assert.Equal("Post & more", new JsonLdLocator("headline").Find(page).Text);
        Assert.Equal("Ann Lee", new JsonLdLocator("author.name").Find(page).Text);
        Assert.Equal(new[] { "https://x.example/p/a.jpg", "https://x.example/p/b.jpg" },
            new JsonLdLocator("image", resolveUrls: true).FindAll(page).Select(v => v.Text));
    }

    [Fact]
    public void JsonLd_only_reads_article_types_and_nested_articles()
    {
        var page = HtmlReader.Read("""
            <script type="application/ld+json">{"@type":"WebPage","headline":"Page","mainEntity":{"@type":"ReportageNewsArticle","headline":"Nested"}}</script>
            """);
        Assert.Equal("Nested", new JsonLdLocator("headline").Find(page).Text);
    }

    [Fact]
    public void Broken_JsonLd_is_skipped_with_a_warning_and_the_next_script_still_counts()
    {
        var page = HtmlReader.Read("<p>x</p><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":</script>" +
            "<script type=\"application/ld+json\"><!-- {\"@type\":\"Article\",\"headline\":\"Second\",} --></script>");
        Assert.Equal("Second", new JsonLdLocator("headline").Find(page).Text);
        var d = Assert.Single(page.JsonLdDiagnostics);
        Assert.Equal(DiagnosticIds.HtmlJsonLdMalformed, d.Id);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal(page.Document.Input.IndexOf("{\"@type\":\"NewsArticle\"", StringComparison.Ordinal), d.Span.Start);
    }

    [Fact]
    public void Too_deep_JsonLd_is_skipped_with_a_warning()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 200)) + string.Concat(Enumerable.Repeat("]", 200));
        var page = HtmlReader.Read("<script type=\"application/ld+json\">" + deep + "</script>");
        Assert.False(new JsonLdLocator("headline").Find(page).Found);
        Assert.Equal(DiagnosticIds.HtmlJsonLdTooLarge, Assert.Single(page.JsonLdDiagnostics).Id);
    }

    [Fact]
    public void JsonLd_list_values_split_a_string_at_blank_lines_and_a_single_value_keeps_it_whole()
    {
        // As JSON-LD writers join an article body's paragraphs: "\n\n", "\r\n\r\n", a blank line holding spaces.
        var page = HtmlReader.Read("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"," +
            "\"articleBody\":\"First  paragraph.\\nStill first.\\n\\nSecond.\\r\\n\\r\\nThird.\\n \\t\\n\\nFourth.\\n\\n\","
            + "\"keywords\":[\"a\\n\\nb\",\"c\"]}</script>", "https://x.example/");

        Assert.Equal(new[] { "First paragraph. Still first.", "Second.", "Third.", "Fourth." },
            new JsonLdLocator("articleBody").FindAll(page).Select(v => v.Text));
        Assert.Equal("First paragraph. Still first. Second. Third. Fourth.", new JsonLdLocator("articleBody").Find(page).Text);
        Assert.Equal(new[] { "a", "b", "c" }, new JsonLdLocator("keywords").FindAll(page).Select(v => v.Text));
    }

    [Fact]
    public void A_malformed_path_is_an_argument_exception_for_users()
    {
        Assert.Throws<ArgumentException>(() => new JsonLdLocator("author..name"));
        Assert.Throws<ArgumentException>(() => new JsonLdLocator("author[0]"));
        Assert.Throws<ArgumentException>(() => new JsonLdLocator(" "));
    }

    [Fact]
    public void The_page_of_a_document_is_found_only_for_documents_the_html_reader_built()
    {
        var page = HtmlReader.Read("<p>x</p>");
        Assert.Same(page, HtmlArticleDocument.Of(page.Document));
        Assert.Null(HtmlArticleDocument.Of(PlainTextReader.Read("x")));
    }
}
