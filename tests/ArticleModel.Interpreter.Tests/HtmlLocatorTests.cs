using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using ArticleModel.Html;
using ArticleModel.Generators.Tests.Infrastructure;
using ArticleModel.Interpreter.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArticleModel.Interpreter.Tests;

// HTML locators on both back ends: the interpreter's values, and the generated parser writing the same bytes on every
// HTML fixture (the differential test for HTML).
public class HtmlLocatorTests
{
    private const string Schema = """
        namespace T;
        article Story {
          title     : text        @meta("og:title", "twitter:title") @css("h1.headline") @line(1)
          dek       : text?       @css("p.dek")
          author    : text?       @jsonld("author.name") @css(".byline a")
          authors   : text[]      @jsonld("author.name")
          published : text?       @css("time", attr: "datetime")
          image     : url?        @meta("og:image") @css("figure img", attr: "src")
          tags      : text[]      @meta("article:tag")
          body      : paragraph[] @css("article .body", clean: ".share, figcaption") @blocks(after: title)
          quotes    : quote[]     @quotes(in: body)
        }
        """;

    private const string Page = """
        <!doctype html><html><head><base href="https://cdn.example/">
        <meta property="og:title" content="Council Delays Vote on Tolls">
        <meta property="og:image" content="/img/lead.jpg">
        <meta property="article:tag" content="Transit"><meta property="article:tag" content="City Hall">
        <script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Tomás Reyes"},"Ann Lee"]}</script>
        </head><body><h1 class="headline">Council Delays Vote</h1><p class="dek">A packed hearing</p>
        <time datetime="2025-03-03T10:00:00-05:00">March 3</time>
        <article><div class="body"><p>The council on Tuesday postponed a vote.</p><div class="share">Share</div>
        <p>"We heard people tonight," said Miriam Castellanos, the council president.</p>
        <figure><img src="a.jpg"><figcaption>The hearing</figcaption></figure></div></article></body></html>
        """;

    private static InterpretedParser Parser(string schema = Schema)
    {
        var loaded = InterpretedSchema.Load(schema, "story.article");
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        return loaded.GetParser();
    }

    private static JsonElement Value(ParseResult<ArticleValue> result) =>
        JsonDocument.Parse(Differential.Json(result)).RootElement.GetProperty("value");

    [Fact]
    public void Html_locators_fill_every_field_from_the_page()
    {
        var result = Parser().Parse(HtmlReader.Read(Page, "https://ledger.example/2025/story").Document);
        var v = Value(result);

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal("Council Delays Vote on Tolls", v.GetProperty("title").GetString());
        Assert.Equal("A packed hearing", v.GetProperty("dek").GetString());
        Assert.Equal("Tomás Reyes", v.GetProperty("author").GetString());
        Assert.Equal(new[] { "Tomás Reyes", "Ann Lee" }, v.GetProperty("authors").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("2025-03-03T10:00:00-05:00", v.GetProperty("published").GetString());
        Assert.Equal("https://cdn.example/img/lead.jpg", v.GetProperty("image").GetString());
        Assert.Equal(new[] { "Transit", "City Hall" }, v.GetProperty("tags").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(new[] { "The council on Tuesday postponed a vote.", "\"We heard people tonight,\" said Miriam Castellanos, the council president." },
            v.GetProperty("body").EnumerateArray().Select(e => e.GetString()));
        var quote = Assert.Single(v.GetProperty("quotes").EnumerateArray());
        Assert.Equal("Miriam Castellanos", quote.GetProperty("speaker").GetString());
    }

    [Fact]
    public void Paragraph_and_quote_spans_point_into_the_page()
    {
        var page = HtmlReader.Read(Page);
        var result = Parser().Parse(page.Document);
        var bodySpans = result.Spans.All("body").ToArray();
        Assert.Equal(page.Document.Input.IndexOf("The council on Tuesday", StringComparison.Ordinal), bodySpans[0].Start);
        var quoteSpan = result.Spans.All("quotes").ToArray().Single();
        Assert.Equal(page.Document.Input.IndexOf("We heard people tonight", StringComparison.Ordinal), quoteSpan.Start);
    }

    [Fact]
    public void On_plain_text_html_locators_are_skipped_and_text_locators_run()
    {
        var result = Parser().Parse("Council Delays Vote\n\nThe council postponed a vote.\n\nIt met on Tuesday.");
        var v = Value(result);
        Assert.Equal("Council Delays Vote", v.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, v.GetProperty("dek").ValueKind);
        Assert.Equal(new[] { "The council postponed a vote.", "It met on Tuesday." }, v.GetProperty("body").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void A_page_without_the_html_values_falls_back_to_the_text_locator()
    {
        var result = Parser().Parse(HtmlReader.Read("<p>Plain first line</p><p>Second.</p>").Document);
        var v = Value(result);
        Assert.Equal("Plain first line", v.GetProperty("title").GetString());
        Assert.Equal(new[] { "Second." }, v.GetProperty("body").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void A_required_field_with_only_html_locators_names_them_when_missing()
    {
        var parser = Parser("namespace T;\narticle S { title : text @meta(\"og:title\") @css(\"h1\") }");
        var html = parser.Parse(HtmlReader.Read("<p>x</p>").Document);
        var d = Assert.Single(html.Diagnostics);
        Assert.Equal("AM3001", d.Id);
        Assert.Contains("@meta(\"og:title\") and @css(\"h1\") found nothing", d.Message);
        var text = parser.Parse("x");
        // On plain text the HTML locators are skipped (shared decision 1): they found nothing there either.
        Assert.Contains("@meta(\"og:title\") and @css(\"h1\") found nothing", Assert.Single(text.Diagnostics).Message);
    }

    [Fact]
    public void Broken_JsonLd_and_an_empty_page_end_with_diagnostics_not_exceptions()
    {
        var broken = Parser().Parse(HtmlReader.Read("<script type=\"application/ld+json\">{\"@type\":</script><h1 class=headline>T</h1>").Document);
        Assert.Contains(broken.Diagnostics, d => d.Id == DiagnosticIds.HtmlJsonLdMalformed);
        var empty = Parser().Parse(HtmlReader.Read(Array.Empty<byte>()).Document);
        Assert.False(empty.Success);
        Assert.Contains(empty.Diagnostics, d => d.Id == "AM2003");
    }

    [Fact]
    public void A_windows_1252_page_without_a_charset_reads_with_a_diagnostic()
    {
        var bytes = Encoding.Latin1.GetBytes("<h1 class=headline>Caf\u00e9 reopens</h1><div class=body><p>Na\u00efve.</p></div>");
        var result = Parser("namespace T;\narticle S { title : text @css(\"h1\") }").Parse(HtmlReader.Read(bytes).Document);
        Assert.Equal("Café reopens", Value(result).GetProperty("title").GetString());
        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticIds.HtmlEncodingGuessed);
    }

    /// <summary>ArticleModel.Html and AngleSharp, so the generator emits the HTML locators (without them: AM1010).</summary>
    internal static readonly MetadataReference[] HtmlReferences =
    {
        MetadataReference.CreateFromFile(typeof(HtmlReader).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(AngleSharp.Dom.IElement).Assembly.Location),
    };

    public static TheoryData<string> HtmlFixtures() => new()
    {
        Page,
        "<p>Plain first line</p><p>Second.</p>",
        "<script type=\"application/ld+json\">{\"@type\":</script><h1 class=headline>T</h1><time datetime=\"not a date\">x</time>",
        "",
        "<html><body><div><p>unclosed <b>bold <i>both</div><h1 class=headline>Late</h1><article><div class=body>Only text</div></article>",
    };

    [Theory]
    [MemberData(nameof(HtmlFixtures))]
    public void Generated_and_interpreted_parsers_write_the_same_bytes_on_html(string html) =>
        AssertSameBytes(Schema, "T.Story", html, "https://ledger.example/2025/story");

    /// <summary>The generated parser of <paramref name="schema"/> (built without warnings) and the interpreted one write the same bytes on a page.</summary>
    internal static void AssertSameBytes(string schema, string typeName, string html, string url)
    {
        var (compilation, diagnostics) = GeneratorHarness.RunGenerator("story.article", schema, HtmlReferences);
        Assert.DoesNotContain(diagnostics, d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
        var generated = Differential.Generated(GeneratorHarness.Load(compilation), typeName);
        var loaded = InterpretedSchema.Load(schema, "story.article");
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        var interpreted = Differential.Interpreted(loaded.GetParser());
        var document = HtmlReader.Read(html, url).Document;
        var expected = interpreted(document);
        var actual = generated(document);
        Assert.True(expected.AsSpan().SequenceEqual(actual), Differential.FirstDifference(expected, actual));
    }
}
