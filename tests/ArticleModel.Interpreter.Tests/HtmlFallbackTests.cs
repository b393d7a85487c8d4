using System;
using System.Linq;
using System.Text.Json;
using ArticleModel.Html;
using ArticleModel.Generators.Tests.Infrastructure;
using ArticleModel.Interpreter.Tests.Infrastructure;
using Xunit;

namespace ArticleModel.Interpreter.Tests;

// HTML locators in the ordered fallbacks (shared decisions 1 and 2): tried in declaration order with the text locators,
// skipped on non-HTML input, and their values go through the field's transforms; both back ends write the same bytes.
public class HtmlFallbackTests
{
    private const string Schema = """
        namespace T;
        article Merged {
          title  : text        @meta("og:title") @css("h1.headline") @line(1) | replace(/\s*\|[^|]*$/, "") | trim(" -")
          kicker : text?       @line(1) @css("p.dek")
          tags   : text[]      @meta("article:tag") | uppercase
          dek    : text?       @css("p.empty") @css("p.dek") | trim(" -")
          body   : paragraph[] @css("div.body") @blocks(after: title) | trim(".")
        }
        """;

    private const string Page = """
        <!doctype html><html><head>
        <meta property="og:title" content="Council Delays Vote | The Ledger">
        <meta property="article:tag" content="Transit"><meta property="article:tag" content="City Hall">
        </head><body><h1 class="headline">Headline</h1><p class="empty"> - </p><p class="dek">A packed hearing</p>
        <div class="body"><p>First paragraph.</p><p>Second paragraph.</p></div></body></html>
        """;

    private static InterpretedParser Parser()
    {
        var loaded = InterpretedSchema.Load(Schema, "merged.article");
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        return loaded.GetParser();
    }

    private static JsonElement Value(ParseResult<ArticleValue> result) =>
        JsonDocument.Parse(Differential.Json(result)).RootElement.GetProperty("value");

    [Fact]
    public void Html_values_go_through_the_transforms_and_the_locators_run_in_declaration_order()
    {
        var v = Value(Parser().Parse(HtmlReader.Read(Page, "https://ledger.example/story").Document));
        // @meta wins, and its value is transformed like any other.
        Assert.Equal("Council Delays Vote", v.GetProperty("title").GetString());
        // The text locator is declared first, so it wins on HTML too (it sees the page's text blocks).
        Assert.Equal("Headline", v.GetProperty("kicker").GetString());
        Assert.Equal(new[] { "TRANSIT", "CITY HALL" }, v.GetProperty("tags").EnumerateArray().Select(e => e.GetString()));
        // " - " is empty after trim(" -"), so it counts as not found and the next @css is tried.
        Assert.Equal("A packed hearing", v.GetProperty("dek").GetString());
        Assert.Equal(new[] { "First paragraph", "Second paragraph" }, v.GetProperty("body").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void On_plain_text_the_html_locators_are_skipped()
    {
        var v = Value(Parser().Parse("Plain title | Site\n\nA paragraph.\n\nAnother one.\n"));
        Assert.Equal("Plain title", v.GetProperty("title").GetString());
        Assert.Equal("Plain title | Site", v.GetProperty("kicker").GetString());
        Assert.Empty(v.GetProperty("tags").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, v.GetProperty("dek").ValueKind);
        Assert.Equal(new[] { "A paragraph", "Another one" }, v.GetProperty("body").EnumerateArray().Select(e => e.GetString()));
    }

    public static TheoryData<string> Inputs() => new() { Page, "<p>Only a line | Site</p><p>Body.</p>", "" };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Generated_and_interpreted_parsers_write_the_same_bytes(string html)
    {
        var (compilation, diagnostics) = GeneratorHarness.RunGenerator("merged.article", Schema, HtmlLocatorTests.HtmlReferences);
        Assert.DoesNotContain(diagnostics, d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
        var generated = Differential.Generated(GeneratorHarness.Load(compilation), "T.Merged");
        var interpreted = Differential.Interpreted(Parser());
        foreach (var document in new[] { HtmlReader.Read(html, "https://ledger.example/story").Document, PlainTextReader.Read(html) })
        {
            var expected = interpreted(document);
            var actual = generated(document);
            Assert.True(expected.AsSpan().SequenceEqual(actual), Differential.FirstDifference(expected, actual));
        }
    }
}
