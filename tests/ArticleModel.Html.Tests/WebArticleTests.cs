using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ArticleModel.Interpreter;
using Xunit;

namespace ArticleModel.Html.Tests;

/// <summary>The built-in <see cref="WebArticle"/> on small invented pages, and the same schema interpreted.</summary>
public class WebArticleTests
{
    public static TheoryData<string> Fixtures => new()
    {
        "story-with-boilerplate.html", "split-body.html", "jsonld-body.html", "rel-author.html", "home-page.html", "search-page.html",
        "visible-date.html", "byline-date-block.html", "url-date.html", "several-authors.html",
    };

    private static readonly Lazy<InterpretedParser> s_interpreted = new(() =>
    {
        var schema = InterpretedSchema.LoadFile(Path.Combine(AppContext.BaseDirectory, "WebArticles", "WebArticle.article"));
        Assert.False(schema.HasErrors, string.Join("\n", schema.Diagnostics));
        return schema.GetParser("WebArticle");
    });

    [Fact]
    public void A_page_with_no_metadata_gets_its_fields_from_the_page_itself()
    {
        var a = WebArticle.Parse(ContentLocatorTests.Fixture("story-with-boilerplate.html")).Value!;

        Assert.Equal("Lighthouse Keepers Return to Cape Merrow After Forty Years", a.Title);
        Assert.Equal("Ana Ruiz and Tom Lee", a.Byline);
        Assert.Equal("2024-03-05T08:30:00+01:00", Json(a, "published"));
        Assert.Equal("en", a.Language);
        Assert.Equal(4, a.Body.Count);
        var quote = Assert.Single(a.Quotes);
        Assert.Equal("Maren Holt", quote.Speaker);
    }

    [Fact]
    public void Meta_elements_give_author_date_and_canonical_url()
    {
        var a = WebArticle.Parse(ContentLocatorTests.Fixture("split-body.html")).Value!;

        Assert.Equal("Priya Nandakumar", a.Byline);
        Assert.Equal(new[] { "Priya Nandakumar" }, a.Authors.ToArray());
        Assert.Equal("2023-10-12T14:00:00+00:00", Json(a, "published"));
        Assert.Equal("https://valley.example/2023/10/orchard-survey", a.CanonicalUrl?.AbsoluteUri);
        Assert.Equal("en-GB", a.Language);
    }

    [Fact]
    public void Json_ld_gives_several_authors_dates_image_site_name_and_the_article_body()
    {
        var r = WebArticle.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "WebArticles", "jsonld-body.html")), "https://alpine.example/news/railway");
        var a = r.Value!;

        Assert.Equal("Mountain Railway Reopens After Winter Repairs", a.Title);
        Assert.Equal(new[] { "Lena Brandt", "Jonas Weber" }, a.Authors.ToArray());
        Assert.Equal("2022-05-01T09:15:00+02:00", Json(a, "published"));
        Assert.Equal("2022-05-02T10:00:00+02:00", Json(a, "modified"));
        Assert.Equal("https://alpine.example/images/railway.jpg", a.LeadImage?.AbsoluteUri);
        Assert.Equal("Alpine Courier", a.SiteName);
        Assert.Equal(3, a.Body.Count);
        // The body is not page text, so it has no quotes (they are found in the document) — and no exception.
        Assert.Empty(a.Quotes);
    }

    [Fact]
    public void Regression_quotes_in_a_list_field_of_json_ld_values_do_not_throw()
    {
        // Before the fix, @quotes(in: body) over a body of JSON-LD values (no lines in the page) indexed the view with
        // an empty hit and threw IndexOutOfRangeException.
        var schema = InterpretedSchema.Load("namespace T; article A { body : paragraph[] @jsonld(\"articleBody\") quotes : quote[] @quotes(in: body) }");
        var result = schema.GetParser("A").Parse(ContentLocatorTests.Fixture("jsonld-body.html").Document);

        Assert.Contains("The rack railway up the Gruenhorn", ResultJson.ToJsonString(result.Value!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p class=\"byline\">By Ana Ruiz and Tom Lee</p>", "Ana Ruiz and Tom Lee")]
    [InlineData("<p>By <a rel=\"author\" href=\"/a\">Oskar Lind</a> and <a rel=\"author\" href=\"/b\">Mia Chen</a> · 18 July 2021</p>", "Oskar Lind and Mia Chen")]
    [InlineData("<div class=\"article-byline\">Written by Ines Varga | Updated March 4, 2024</div>", "Ines Varga")]
    [InlineData("<span class=\"author\">Tomás Reyes</span>", "Tomás Reyes")]
    [InlineData("<p>BY KARIN ROTH</p>", "KARIN ROTH")]
    public void Bylines_lose_by_and_what_follows_the_names(string byline, string expected)
    {
        var html = "<html><body><article><h1>Headline</h1>" + byline + "<p>" + string.Join(" ", Enumerable.Repeat("A sentence of the story, with a comma, ends.", 20)) + "</p></article></body></html>";

        Assert.Equal(expected, WebArticle.Parse(html, null).Value!.Byline);
    }

    [Fact]
    public void Rel_author_links_give_one_author_each()
    {
        var a = WebArticle.Parse(ContentLocatorTests.Fixture("rel-author.html")).Value!;

        Assert.Equal(new[] { "Oskar Lind", "Mia Chen" }, a.Authors.ToArray());
        Assert.Equal("2021-07-18", Json(a, "published"));
    }

    [Theory]
    [InlineData("visible-date.html", "2024-03-03T17:10:00-05:00")]
    [InlineData("byline-date-block.html", "2023-03-14T09:45:00")]
    [InlineData("url-date.html", "2022-11-08")]
    public void A_date_only_in_the_page_text_or_its_address_is_read(string name, string expected)
    {
        Assert.Equal(expected, Json(WebArticle.Parse(ContentLocatorTests.Fixture(name)).Value!, "published"));
    }

    [Theory]
    [InlineData("<p>On March 3, 2020, the council voted to close the old bridge to cars for good.</p>")]
    [InlineData("<link rel=\"canonical\" href=\"https://town.example/news/2022/11/library-repair-cafe/\">")]
    [InlineData("<link rel=\"canonical\" href=\"https://town.example/2022/13/40/slug\">")]
    public void A_date_inside_a_sentence_or_a_partial_date_in_the_address_is_not_the_publication_date(string html)
    {
        var page = "<html><head></head><body><article><h1>Headline</h1>" + html + "<p>" + string.Join(" ", Enumerable.Repeat("A sentence of the story, with a comma, ends.", 20)) + "</p></article></body></html>";

        Assert.Null(WebArticle.Parse(page, null).Value!.Published);
    }

    [Fact]
    public void Todays_date_in_the_site_header_is_not_the_publication_date()
    {
        var page = "<html><body><header><div class=\"masthead-date\">Wednesday, December 2, 2026</div><nav><a href=\"/\">Home</a></nav></header>"
            + "<article><h1>Headline</h1><p class=\"post-date\">March 3, 2024</p><p>" + string.Join(" ", Enumerable.Repeat("A sentence of the story, with a comma, ends.", 20)) + "</p></article></body></html>";

        Assert.Equal("2024-03-03", Json(WebArticle.Parse(page, null).Value!, "published"));
    }

    [Theory]
    [InlineData("<p class=\"date\">2024年3月5日 10:30</p>", "2024-03-05T10:30:00")]
    [InlineData("<span class=\"date\">2024년 3월 5일</span>", "2024-03-05")]
    public void A_chinese_japanese_or_korean_date_in_the_page_is_read(string html, string expected)
    {
        var page = "<html><body><article><h1>見出し</h1>" + html + "<p>" + string.Concat(Enumerable.Repeat("市議会は火曜日、古い橋を車両通行止めにすることを決めた。", 12)) + "</p></article></body></html>";

        Assert.Equal(expected, Json(WebArticle.Parse(page, null).Value!, "published"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("<")]
    [InlineData("\0\0<div>\uFFFF</div>")]
    [InlineData("<html><body><table><td><p>broken</div></span></p><p>")]
    public void Empty_and_malformed_pages_end_with_AM3020_and_no_exception(string html)
    {
        var r = WebArticle.Parse(html, null);

        Assert.Empty(r.Value!.Body);
        Assert.Contains(r.Diagnostics, d => d.Id == DiagnosticIds.HtmlNoArticleContent);
    }

    [Fact]
    public void A_huge_page_is_parsed_without_throwing()
    {
        // 1.6 MB: 20,000 paragraphs of link-free prose in one container.
        var html = new StringBuilder("<html><body><div class=\"story\">");
        for (var i = 0; i < 20_000; i++) html.Append("<p>Paragraph ").Append(i).Append(" of a very long story, with a comma, ends here once more.</p>");
        html.Append("</div></body></html>");

        var r = WebArticle.Parse(html.ToString(), null);

        Assert.Equal(20_000, r.Value!.Body.Count);
    }

    [Fact]
    public void One_visible_byline_naming_several_people_gives_one_author_each()
    {
        var a = WebArticle.Parse(ContentLocatorTests.Fixture("several-authors.html")).Value!;

        Assert.Equal(new[] { "Ana Ruiz", "Tom Lee", "Kim Park" }, a.Authors.ToArray());
        Assert.Equal("Ana Ruiz, Tom Lee and Kim Park", a.Byline);
    }

    [Theory]
    [InlineData("<p class=\"byline\">By Ines Varga and Staff Writer</p>", new[] { "Ines Varga" })]
    [InlineData("<p>By Oskar Lind & Mia Chen · 18 July 2021</p>", new[] { "Oskar Lind", "Mia Chen" })]
    [InlineData("<div class=\"article-byline\">Written by Tomás Reyes | Updated March 4, 2024</div>", new[] { "Tomás Reyes" })]
    public void Visible_bylines_lose_by_roles_and_what_follows_the_names(string byline, string[] expected)
    {
        var html = "<html><body><article><h1>Headline</h1>" + byline + "<p>" + string.Join(" ", Enumerable.Repeat("A sentence of the story, with a comma, ends.", 20)) + "</p></article></body></html>";

        Assert.Equal(expected, WebArticle.Parse(html, null).Value!.Authors.ToArray());
    }

    [Theory]
    [InlineData("home-page.html")]
    [InlineData("search-page.html")]
    public void A_home_or_search_page_ends_with_AM3020_and_no_body(string name)
    {
        var r = WebArticle.Parse(ContentLocatorTests.Fixture(name));

        Assert.Empty(r.Value!.Body);
        var d = Assert.Single(r.Diagnostics, d => d.Id == DiagnosticIds.HtmlNoArticleContent);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Contains("list of links", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void The_generated_parser_and_the_interpreted_schema_agree_byte_for_byte(string name)
    {
        var page = ContentLocatorTests.Fixture(name);
        var generated = WebArticle.Parse(page);
        var interpreted = s_interpreted.Value.Parse(page.Document);

        Assert.Equal(Write(interpreted.Value, interpreted.Spans, interpreted.Diagnostics), Write(generated.Value, generated.Spans, generated.Diagnostics));
    }

    [Fact]
    public void Plain_text_gives_an_empty_article_without_throwing()
    {
        var r = WebArticle.Parse("Just a line of text.");

        Assert.Empty(r.Value!.Body);
        Assert.Null(r.Value.Title);
    }

    private static string Write(IJsonWritable? value, FieldSpans spans, System.Collections.Generic.IReadOnlyList<ArticleDiagnostic> diagnostics)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, ResultJson.WriterOptions(indented: true)))
            ResultJson.Write(writer, value, spans, diagnostics, new ResultJsonOptions { IncludeQuoteSpans = true });
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string? Json(WebArticle a, string field)
    {
        using var json = JsonDocument.Parse(ResultJson.ToJsonString(a));
        return json.RootElement.GetProperty(field).GetString();
    }
}
