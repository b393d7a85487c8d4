using ArticleModel.Generators.Tests.Infrastructure;
using System.Collections.Generic;
using System.Linq;
using ArticleModel.Interpreter.Tests.Infrastructure;
using Xunit;

namespace ArticleModel.Interpreter.Tests;

/// <summary>
/// Small schemas for constructs the repository's schemas use little or not at all — every list type of @match,
/// @quotes over a single field or a match list, negative @block with where:, field anchors with through:, drops by
/// line and block, fields with only HTML locators — compared between generator and interpreter like the repository's.
/// </summary>
public class EdgeSchemaTests
{
    private static readonly List<(string Name, byte[] Bytes)> s_inputs = Repo.Inputs().Where((_, i) => i % 3 == 0).ToList();

    [Theory]
    [InlineData("article S { t: text @line(1)\n q: quote[] @quotes(in: t) }")]
    [InlineData("article S { h: text @line(1)\n t: text[] @css(\"p\")\n q: quote[] @quotes(in: t) }")]
    [InlineData("article S { h: text @line(1)\n t: text? @css(\"p\")\n q: quote[] @quotes(in: t) }")]
    [InlineData("article S { t: text[] @match(/^(?<value>.+)$/)\n q: quote[] @quotes(in: t) }")]
    [InlineData("article S { t: paragraph? @block(-2, where: /\\./)\n q: quote[] @quotes(in: t) }")]
    [InlineData("article S { t: text @line(1)\n u: url[] @match(/(?<value>\\S+:\\S*)/)\n d: date[] @match(/^(?<value>\\d.+)$/)\n h: handle[] @match(/@(?<value>\\S*)/)\n i: int[] @match(/^(?<value>-?\\d+)$/) }")]
    [InlineData("article S { t: text @line(1)\n p: paragraph[] @match(/said/)\n x: paragraph @match(/^(?<value>x)?“/) }")]
    [InlineData("article S { drop @block(2)\n drop @line(-1)\n t: text @block(1, after: /Council/, until: /vote/i)\n b: text[] @blocks(from: t, through: /zzz/) }")]
    [InlineData("article S { t: text @line(1)\n d: date @css(\"a\")\n n: int @css(\"b\")\n h: handle? @meta(\"x\") }")]
    [InlineData("record R { a: int; b: date?; c: url?; d: handle }\narticle S { t: text @line(-1)\n r: R? @match(/(?<a>\\d+)?(?<b>2\\d{3}-\\d\\d-\\d\\d)?(?<c>https?:\\S+)?(?<d>@\\w*)?/)\n rs: R[] @match(/(?<a>\\d+) (?<d>\\w+)/m) }")]
    public void Generated_and_interpreted_agree(string schema) => Compare(schema);

    // A list field with no plain-text locator is empty (never null) in both back ends.
    [Fact]
    public void A_list_field_with_only_html_locators() => Compare("article S { t: text @line(1)\n tags: text[] @css(\"a\") }");

    // An optional section whose start anchor is absent is empty in both back ends (it used to fall back to the view's
    // start and return the title and the whole body); a missing end anchor still runs to the end.
    [Theory]
    [InlineData("Acme ships\n\nPORTLAND -- Acme shipped.\n\nMore text.\n\nMedia contact:\nJane", "")]
    [InlineData("Acme ships\n\nPORTLAND -- Acme shipped.\n\nAbout Acme\n\nAcme makes things.\n\nMedia contact:\nJane", "Acme makes things.")]
    [InlineData("Acme ships\n\nPORTLAND -- Acme shipped.\n\nAbout Acme\n\nAcme makes things.\n\nIt is old.", "Acme makes things.|It is old.")]
    public void An_absent_section_is_empty_never_the_whole_document(string article, string expectedAbout)
    {
        const string schemaText = "namespace T;\narticle S { title: text @line(1)\n"
            + " contact: text? @match(/^Media contact:\\n(?<value>.+)$/m)\n"
            + " about: text[] @blocks(after: /^About /, until: contact) }";
        var schema = InterpretedSchema.Load(schemaText, "edge.article");
        Assert.False(schema.HasErrors, string.Join("\n", schema.Diagnostics));
        var (compilation, _) = GeneratorHarness.RunGenerator("edge.article", schemaText);
        var document = PlainTextReader.Read(article);
        foreach (var writer in new[] { Differential.Generated(GeneratorHarness.Load(compilation), "T.S"), Differential.Interpreted(schema.GetParser()) })
        {
            using var json = System.Text.Json.JsonDocument.Parse(writer(document));
            var about = json.RootElement.GetProperty("value").GetProperty("about").EnumerateArray().Select(e => e.GetString());
            Assert.Equal(expectedAbout, string.Join("|", about));
        }
    }

    private static void Compare(string schemaText)
    {
        var text = "namespace T;\n" + schemaText;
        var schema = InterpretedSchema.Load(text, "edge.article");
        Assert.False(schema.HasErrors, string.Join("\n", schema.Diagnostics));
        var (compilation, _) = GeneratorHarness.RunGenerator("edge.article", text);
        var assembly = GeneratorHarness.Load(compilation);
        var failures = Differential.Compare(Differential.Generated(assembly, "T.S"), Differential.Interpreted(schema.GetParser()), s_inputs);
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(3)));
    }
}
