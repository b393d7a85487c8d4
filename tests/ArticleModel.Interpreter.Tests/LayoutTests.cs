using System;
using System.Linq;
using System.Text.Json;
using ArticleModel.Html;
using ArticleModel.Generators.Tests.Infrastructure;
using ArticleModel.Interpreter.Tests.Infrastructure;
using Xunit;

namespace ArticleModel.Interpreter.Tests;

// Layout versions on both back ends: chosen by date or tried in order, the result naming the layout.
public class LayoutTests
{
    internal const string Schema = """
        namespace T;
        article Story {
          title  : text        @css("h1.headline")
          author : text?       @css(".byline a")
          body   : paragraph[] @css("div.story-body")

          layout "2023" until "2024-02-29" {
            title : @css("header h1.title")
            body  : @xpath("//div[@id='article-text']")
          }
          layout "2019" until "2021-12-31" {
            title  : @css("h2.hed") | trim(" *")
            author : @xpath("//span[@class='by']/text()")
            body   : @css("#content p")
          }
        }
        """;

    private const string Current = "<h1 class=headline>Tolls Delayed</h1><p class=byline>By <a>Ana Ruiz</a></p><div class=story-body><p>The council voted.</p></div>";
    private const string Of2023 = "<header><h1 class=title>Bridge Opens</h1></header><p class=byline>By <a>Tom Lee</a></p><div id=article-text><p>Cars crossed.</p><p>At noon.</p></div>";
    private const string Of2019 = "<h2 class=hed>* Ferry Returns *</h2><span class=by>Kim Park</span><div id=content><p>Boats sailed.</p></div>";

    private static InterpretedParser Parser()
    {
        var loaded = InterpretedSchema.Load(Schema, "story.article");
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        return loaded.GetParser();
    }

    private static ArticleDocument Page(string html) => HtmlReader.Read(html, "https://ledger.example/story").Document;

    private static JsonElement Value(ParseResult<ArticleValue> result) =>
        JsonDocument.Parse(Differential.Json(result)).RootElement.GetProperty("value");

    [Fact]
    public void Without_a_date_the_first_layout_that_finds_its_fields_wins()
    {
        var parser = Parser();
        var current = parser.Parse(Page(Current));
        Assert.Equal("current", current.Layout);
        Assert.Equal("Tolls Delayed", Value(current).GetProperty("title").GetString());

        var of2023 = parser.Parse(Page(Of2023));
        Assert.Equal("2023", of2023.Layout);
        Assert.True(of2023.Success, string.Join("\n", of2023.Diagnostics));
        Assert.Equal("Bridge Opens", Value(of2023).GetProperty("title").GetString());
        // Fields the layout does not change keep the article's locators.
        Assert.Equal("Tom Lee", Value(of2023).GetProperty("author").GetString());
        Assert.Equal(new[] { "Cars crossed.", "At noon." }, Value(of2023).GetProperty("body").EnumerateArray().Select(e => e.GetString()));

        // Through the untyped interface (what the CLI uses) the layout is kept.
        Assert.Equal("2023", ((IArticleParser)parser).Parse(Page(Of2023)).Layout);

        var of2019 = parser.Parse(Page(Of2019));
        Assert.Equal("2019", of2019.Layout);
        Assert.Equal("Ferry Returns", Value(of2019).GetProperty("title").GetString());
        Assert.Equal("Kim Park", Value(of2019).GetProperty("author").GetString());
    }

    [Fact]
    public void A_page_no_layout_fits_gets_the_current_layouts_result_and_AM3021()
    {
        var result = Parser().Parse(Page("<p>Nothing here.</p>"));
        Assert.Equal("current", result.Layout);
        Assert.False(result.Success);
        var warning = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.NoLayoutMatched);
        Assert.Contains("'current', '2023', '2019'", warning.Message, StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Id == "AM3001");
    }

    [Theory]
    [InlineData("2025-01-10", "current")]
    [InlineData("2024-03-01", "current")]
    [InlineData("2024-02-29", "2023")]
    [InlineData("2022-01-01", "2023")]
    [InlineData("2021-12-31", "2019")]
    [InlineData("2001-05-05", "2019")]
    public void With_a_date_the_layout_in_use_that_day_is_chosen_without_trying(string day, string layout)
    {
        var date = DateTime.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        // The current page's markup under any layout: the date decides, not the markup.
        var result = Parser().Parse(Page(Current), date.AddHours(23));
        Assert.Equal(layout, result.Layout);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticIds.NoLayoutMatched);
    }

    [Fact]
    public void An_article_without_layouts_names_none()
    {
        var loaded = InterpretedSchema.Load("namespace T;\narticle S { title : text @line(1) }", "s.article");
        var result = loaded.GetParser().Parse("Hello");
        Assert.Null(result.Layout);
        Assert.DoesNotContain("\"layout\"", Text(Differential.Json(result)), StringComparison.Ordinal);
        Assert.Contains("\"layout\": \"2023\"", Text(Differential.Json(Parser().Parse(Page(Of2023)))), StringComparison.Ordinal);
    }

    public static TheoryData<string, string?> Pages() => new()
    {
        { Current, null },
        { Of2023, null },
        { Of2019, null },
        { "<p>Nothing here.</p>", null },
        { "", null },
        { Of2019, "2023-06-01" },
        { Of2023, "2020-06-01" },
        { Current, "2030-01-01" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Generated_and_interpreted_parsers_choose_the_same_layout_and_write_the_same_bytes(string html, string? day)
    {
        var (compilation, diagnostics) = GeneratorHarness.RunGenerator("story.article", Schema, HtmlLocatorTests.HtmlReferences);
        Assert.DoesNotContain(diagnostics, d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
        var assembly = GeneratorHarness.Load(compilation);
        var type = assembly.GetType("T.Story")!;
        DateTime? date = day is null ? null : DateTime.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var parse = type.GetMethod("Parse", new[] { typeof(ArticleDocument), typeof(DateTime?) })!;
        var document = Page(html);
        var result = parse.Invoke(null, new object?[] { document, date })!;
        var buffer = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, ResultJson.WriterOptions(indented: true)))
        {
            result.GetType().GetMethod("WriteJson")!.Invoke(result, new object[] { writer });
        }
        var interpreted = Text(Differential.Json(Parser().Parse(document, date)));
        Assert.Equal(interpreted, Text(buffer.ToArray()));
        Assert.Contains("\"layout\"", interpreted, StringComparison.Ordinal);
    }

    private static string Text(byte[] utf8) => System.Text.Encoding.UTF8.GetString(utf8);
}
