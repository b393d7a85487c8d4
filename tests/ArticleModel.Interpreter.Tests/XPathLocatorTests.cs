using System;
using System.Linq;
using System.Text.Json;
using ArticleModel.Html;
using ArticleModel.Generators.Tests.Infrastructure;
using ArticleModel.Interpreter.Tests.Infrastructure;
using Xunit;

namespace ArticleModel.Interpreter.Tests;

// @xpath on both back ends: the interpreter's values, and the generated parser writing the same bytes on HTML pages.
public class XPathLocatorTests
{
    private const string Schema = """
        namespace T;
        article Story {
          title     : text        @xpath("//h2[@class='none']", "//h1[contains(concat(' ', normalize-space(@class), ' '), ' headline ')]") @line(1)
          kicker    : text?       @xpath("substring-before(//meta[@property='og:title']/@content, ':')")
          author    : text?       @xpath("//p[@class='byline']/a/text()")
          published : date?       @xpath("//time/@datetime")
          shown     : date?       @xpath("//time", format: "MMMM d, yyyy", zone: "America/New_York")
          image     : url?        @xpath("//figure//img/@src")
          tags      : text[]      @xpath("//ul[@class='tags']/li")
          count     : int?        @xpath("count(//article//p)")
          body      : paragraph[] @xpath("//article/div[@class='body']", clean: ".share, figcaption") @blocks(after: title)
          quotes    : quote[]     @quotes(in: body)
        }
        """;

    internal const string Page = """
        <!doctype html><html><head><base href="https://cdn.example/">
        <meta property="og:title" content="Tolls: Council Delays Vote">
        </head><body><h1 class="big headline">Council Delays Vote</h1>
        <p class="byline">By <a href="/ana">Ana Ruiz</a></p>
        <time datetime="2025-03-03T10:00:00-05:00">March 3, 2025</time>
        <ul class="tags"><li>Transit</li><li>City Hall</li></ul>
        <article><div class="body"><p>The council on Tuesday postponed a vote.</p><div class="share">Share</div>
        <p>"We heard people tonight," said Miriam Castellanos, the council president.</p>
        <figure><img src="/img/a.jpg"><figcaption>The hearing</figcaption></figure></div></article></body></html>
        """;

    private static InterpretedParser Parser()
    {
        var loaded = InterpretedSchema.Load(Schema, "story.article");
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        return loaded.GetParser();
    }

    [Fact]
    public void Xpath_locators_fill_every_field_from_the_page()
    {
        var result = Parser().Parse(HtmlReader.Read(Page, "https://ledger.example/2025/story").Document);
        var v = JsonDocument.Parse(Differential.Json(result)).RootElement.GetProperty("value");

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal("Council Delays Vote", v.GetProperty("title").GetString());
        Assert.Equal("Tolls", v.GetProperty("kicker").GetString());
        Assert.Equal("Ana Ruiz", v.GetProperty("author").GetString());
        Assert.StartsWith("2025-03-03T10:00:00", v.GetProperty("published").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("2025-03-03", v.GetProperty("shown").GetString(), StringComparison.Ordinal);
        Assert.Equal("https://cdn.example/img/a.jpg", v.GetProperty("image").GetString());
        Assert.Equal(new[] { "Transit", "City Hall" }, v.GetProperty("tags").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(2, v.GetProperty("count").GetInt32());
        Assert.Equal(new[] { "The council on Tuesday postponed a vote.", "\"We heard people tonight,\" said Miriam Castellanos, the council president." },
            v.GetProperty("body").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Miriam Castellanos", Assert.Single(v.GetProperty("quotes").EnumerateArray()).GetProperty("speaker").GetString());
    }

    [Fact]
    public void On_plain_text_xpath_finds_nothing_and_text_locators_run()
    {
        var result = Parser().Parse("Council Delays Vote\n\nThe council postponed a vote.");
        var v = JsonDocument.Parse(Differential.Json(result)).RootElement.GetProperty("value");
        Assert.Equal("Council Delays Vote", v.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, v.GetProperty("author").ValueKind);
    }

    public static TheoryData<string> Pages() => new()
    {
        Page,
        "<p>Plain first line</p><p>Second.</p>",
        "",
        "<html><body><div><p>unclosed <b>bold <i>both</div><h1 class=headline>Late</h1><article><div class=body>Only text</div></article>",
        "<h1 class=headline>T</h1><time datetime=\"not a date\">Smarch 40</time><p class=byline><a>  </a></p>",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Generated_and_interpreted_parsers_write_the_same_bytes(string html)
    {
        var (compilation, diagnostics) = GeneratorHarness.RunGenerator("story.article", Schema, HtmlLocatorTests.HtmlReferences);
        Assert.DoesNotContain(diagnostics, d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
        var generated = Differential.Generated(GeneratorHarness.Load(compilation), "T.Story");
        var interpreted = Differential.Interpreted(Parser());
        var document = HtmlReader.Read(html, "https://ledger.example/2025/story").Document;
        var expected = interpreted(document);
        var actual = generated(document);
        Assert.True(expected.AsSpan().SequenceEqual(actual), Differential.FirstDifference(expected, actual));
    }
}
