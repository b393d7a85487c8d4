using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace ArticleModel.Interpreter.Tests;

/// <summary>The interpreter's JSON-LD API: <c>HasJsonLd</c>, <c>WriteJsonLd</c> without a block, and values of a failed parse.</summary>
public class JsonLdApiTests
{
    [Fact]
    public void Without_a_jsonld_block_HasJsonLd_is_false_and_WriteJsonLd_says_what_is_missing()
    {
        var parser = InterpretedSchema.Load("article S { headline : text @line(1) }").GetParser();
        Assert.False(parser.HasJsonLd);
        var value = parser.Parse("A headline").Value!;
        Assert.False(value.HasJsonLd);
        var e = Assert.Throws<InvalidOperationException>(() => value.WriteJsonLd(new Utf8JsonWriter(new MemoryStream())));
        Assert.Contains("jsonld block", e.Message);
        Assert.Throws<ArgumentNullException>(() => value.WriteJsonLd(null!));
    }

    [Fact]
    public void A_required_value_that_was_not_found_is_left_out_not_written_as_its_stand_in()
    {
        var parser = InterpretedSchema.Load("""
            article S {
              headline : text @match(/^Title: (?<value>.+)$/)
              words    : int  @match(/^Words: (?<value>\d+)$/)
              when     : date @match(/^On (?<value>.+)$/)
              link     : url  @match(/^Link: (?<value>\S+)$/)
              jsonld NewsArticle { headline: headline; wordCount: words; datePublished: when; url: link }
            }
            """).GetParser();
        Assert.True(parser.HasJsonLd);
        var result = parser.Parse("Nothing here\n\nOn 2025-03-03\n");
        Assert.False(result.Success);
        using var doc = JsonDocument.Parse(result.Value!.ToJsonLd());
        // No "" headline, no 0 words, no about:blank: only what was found.
        Assert.Equal(new[] { "@context", "@type", "datePublished" }, doc.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2025-03-03", doc.RootElement.GetProperty("datePublished").GetString());
    }
}
