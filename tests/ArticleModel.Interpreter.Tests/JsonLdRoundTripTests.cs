using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Reflection;
using System.Text.Json;
using ArticleModel.Generators.Tests.Infrastructure;
using ArticleModel.Html;
using ArticleModel.Interpreter.Tests.Infrastructure;
using Xunit;

namespace ArticleModel.Interpreter.Tests;

/// <summary>
/// schema.org JSON-LD both ways: a plain-text article parsed with a schema whose fields have both text and
/// <c>@jsonld</c> locators is written as JSON-LD (<c>WriteJsonLd</c>), put in a page's
/// <c>&lt;script type="application/ld+json"&gt;</c>, and the page parsed with the same schema gives equal values.
/// </summary>
public class JsonLdRoundTripTests
{
    private const string SchemaPath = "tests/ArticleModel.Interpreter.Tests/Schemas/RoundTrip.article";

    private static InterpretedParser Parser()
    {
        var path = Repo.File(SchemaPath);
        var schema = InterpretedSchema.Load(File.ReadAllText(path), path);
        Assert.False(schema.HasErrors, string.Join("\n", schema.Diagnostics));
        return schema.GetParser("Story");
    }

    private static string Page(string jsonLd) =>
        "<!doctype html><html><head><title>Story</title><script type=\"application/ld+json\">" + jsonLd +
        "</script></head><body><p>Page text the JSON-LD locators win over.</p></body></html>";

    [Fact]
    public void Json_ld_written_from_plain_text_reads_back_from_a_page_to_equal_values()
    {
        var parser = Parser();
        var fromText = parser.Parse(File.ReadAllText(Repo.File("tests/ArticleModel.Interpreter.Tests/Schemas/round-trip-story.txt")));
        Assert.True(fromText.Success, string.Join("\n", fromText.Diagnostics));
        var jsonLd = fromText.Value.ToJsonLd();

        var fromPage = parser.Parse(HtmlReader.Read(Page(jsonLd), "https://ledger.example/2025/03/harbor-bridge-tolls").Document);

        Assert.True(fromPage.Success, string.Join("\n", fromPage.Diagnostics));
        // Every field came from the JSON-LD, not from the page's text (which holds none of these values).
        foreach (var field in parser.FieldNames)
        {
            var value = fromText.Value[field];
            Assert.True(value is not null && !(value is System.Collections.ICollection { Count: 0 }), $"the text article gives no '{field}', so the round trip would not test it");
        }
        Assert.Equal(fromText.Value.ToJson(indented: true), fromPage.Value.ToJson(indented: true));
        // The values themselves, not only their JSON: dates keep their time and offset, paragraphs their text.
        Assert.Equal(fromText.Value["published"], fromPage.Value["published"]);
        Assert.Equal(((ValueList<Paragraph>)fromText.Value["body"]!).Select(p => p.Text), ((ValueList<Paragraph>)fromPage.Value["body"]!).Select(p => p.Text));
    }

    [Fact]
    public void Absent_values_are_left_out_and_the_rest_still_reads_back()
    {
        var parser = Parser();
        var fromText = parser.Parse("Council Meets Again\n\nNobody said much.\n");
        var jsonLd = fromText.Value!.ToJsonLd(indented: true);
        using var doc = JsonDocument.Parse(jsonLd);
        Assert.Equal(new[] { "@context", "@type", "headline", "articleBody" }, doc.RootElement.EnumerateObject().Select(p => p.Name));

        var fromPage = parser.Parse(HtmlReader.Read(Page(jsonLd), "https://ledger.example/x").Document);
        Assert.Equal(fromText.Value!.ToJson(), fromPage.Value!.ToJson());
    }

    [Fact]
    public void The_written_json_ld_has_schema_org_news_article_shape()
    {
        var fromText = Parser().Parse(File.ReadAllText(Repo.File("tests/ArticleModel.Interpreter.Tests/Schemas/round-trip-story.txt")));
        using var doc = JsonDocument.Parse(fromText.Value!.ToJsonLd());
        var root = doc.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", root.GetProperty("@type").GetString());
        Assert.Equal("2025-03-04T21:30:00-05:00", root.GetProperty("datePublished").GetString());
        Assert.Equal("2025-03-05", root.GetProperty("dateModified").GetString());
        Assert.Equal(587, root.GetProperty("wordCount").GetInt32());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("image").ValueKind);
        Assert.Equal(new[] { "transit", "city hall" }, root.GetProperty("keywords").EnumerateArray().Select(e => e.GetString()));
        var author = root.GetProperty("author");
        Assert.Equal("Person", author.GetProperty("@type").GetString());
        Assert.Equal("Tomás Reyes", author.GetProperty("name").GetString());
        Assert.Equal("https://x.com/tomasreyes", author.GetProperty("sameAs").GetString());
        Assert.Equal("Organization", root.GetProperty("publisher").GetProperty("@type").GetString());
        Assert.Contains("\n\n", root.GetProperty("articleBody").GetString());
        AssertWellFormed(root, "$");
    }

    // No nulls or empty strings anywhere, every nested object typed: what schema.org consumers expect.
    private static void AssertWellFormed(JsonElement value, string path)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                if (path != "$") Assert.True(value.TryGetProperty("@type", out _), path + " has no @type");
                foreach (var p in value.EnumerateObject()) AssertWellFormed(p.Value, path + "." + p.Name);
                break;
            case JsonValueKind.Array:
                Assert.True(value.GetArrayLength() > 0, path + " is an empty array");
                foreach (var item in value.EnumerateArray()) AssertWellFormed(item, path + "[]");
                break;
            case JsonValueKind.String:
                Assert.False(string.IsNullOrEmpty(value.GetString()), path + " is empty");
                break;
            case JsonValueKind.Number:
                break;
            default:
                Assert.Fail(path + " is " + value.ValueKind);
                break;
        }
    }

    [Fact]
    public void The_generated_model_writes_the_same_json_ld_and_reads_it_back_alike()
    {
        var path = Repo.File(SchemaPath);
        var (compilation, diagnostics) = GeneratorHarness.RunGenerator(path, File.ReadAllText(path), HtmlLocatorTests.HtmlReferences);
        Assert.DoesNotContain(diagnostics, d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
        var type = GeneratorHarness.Load(compilation).GetType("RoundTrip.Story", throwOnError: true)!;
        var parse = type.GetMethod("Parse", new[] { typeof(ArticleDocument) })!;
        IJsonLdWritable Generated(ArticleDocument document)
        {
            var result = parse.Invoke(null, new object[] { document })!;
            return (IJsonLdWritable)result.GetType().GetProperty("Value")!.GetValue(result)!;
        }

        var text = File.ReadAllText(Repo.File("tests/ArticleModel.Interpreter.Tests/Schemas/round-trip-story.txt"));
        var generated = ResultJson.ToJsonLdString(Generated(PlainTextReader.Read(text)), indented: true);
        var interpreted = Parser().Parse(text).Value!.ToJsonLd(indented: true);
        Assert.Equal(interpreted, generated);

        // The page read back by the generated parser: its values' JSON-LD is what it was written from.
        var fromPage = Generated(HtmlReader.Read(Page(generated), "https://ledger.example/x").Document);
        Assert.Equal(generated, ResultJson.ToJsonLdString(fromPage, indented: true));
    }
}
