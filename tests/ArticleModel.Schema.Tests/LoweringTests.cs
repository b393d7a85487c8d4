using System.IO;
using System.Linq;
using ArticleModel.Schema.Lowering;
using Xunit;

namespace ArticleModel.Schema.Tests;

/// <summary>The lowered plan: structurally equal for equal schemas (the generator caches on it), and holding each decision.</summary>
public class LoweringTests
{
    [Fact]
    public void Lowering_the_same_schema_twice_gives_equal_plans()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.CorpusDirectory, "valid"), "*.article"))
        {
            var text = File.ReadAllText(file);
            var a = SchemaLowering.Lower(SchemaCompiler.Compile(file, text).Model);
            var b = SchemaLowering.Lower(SchemaCompiler.Compile(file, text).Model);
            Assert.Equal(a, b);
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }
    }

    [Fact]
    public void The_plan_holds_each_decision()
    {
        const string schema = """
            record Byline { name: text; handle: handle? }
            article S {
              drop @block(1, after: /Advertisement/)
              title: text @line(1)
              dek: text? @block(1, after: title, until: /^By /)
              count: int @match(/(?<value>\d+) words/)
              body: paragraph[] @blocks(after: dek | title)
              tags: text[] @css("a")
              name: text @css("h1")
              byline: Byline? @match(/By (?<name>\w+)/)
              quotes: quote[] @quotes(in: body)
            }
            """;
        var plan = SchemaLowering.Lower(SchemaCompiler.Compile("s.article", schema).Model).Articles.Single();
        FieldPlan F(string name) => plan.Fields.Single(f => f.Name == name);

        var drop = plan.Drops.Single();
        Assert.Equal(LocateStrategy.Block, drop.Strategy);
        Assert.Equal(BoundFallback.ViewEnd, drop.Region.Start!.Fallback); // absent marker: nothing to drop

        Assert.Equal(LocateStrategy.Line, F("title").Locators.Single().Strategy);
        Assert.Equal(MissingValue.EmptyText, F("title").Missing);
        Assert.Equal("@line(1)", F("title").MissingLocator);

        var dek = F("dek").Locators.Single();
        Assert.Null(F("dek").MissingLocator);
        Assert.Equal(BoundEdge.AfterLastLine, dek.Region.Start!.Edge);
        Assert.Equal(BoundFallback.ViewEnd, dek.Region.Start.Fallback); // absent start anchor: an empty region
        Assert.Equal(BoundEdge.FirstLine, dek.Region.End!.Edge);
        Assert.Equal(BoundFallback.ViewEnd, dek.Region.End.Fallback);
        Assert.Equal(F("title").Index, dek.Region.Start.Alternatives.Single().Field);

        Assert.Equal(ValueConversion.Int, F("count").Conversion);
        Assert.Equal("value", F("count").Locators.Single().ValueGroup);
        Assert.True(F("count").ConversionRequired);
        Assert.Equal(JsonWriterKind.Int, F("count").Json);

        Assert.Equal(new int?[] { F("dek").Index, F("title").Index }, F("body").Locators.Single().Region.Start!.Alternatives.Select(a => a.Field));
        Assert.Equal(JsonWriterKind.Paragraphs, F("body").Json);

        // HTML locators are ordered locators of their own format (skipped on non-HTML input); @css on a text[] takes blocks.
        var tags = F("tags").Locators.Single();
        Assert.Equal((LocateStrategy.Css, InputFormat.Html), (tags.Strategy, tags.Format));
        Assert.True(tags.Html!.Blocks);
        Assert.Equal(new[] { "a" }, tags.Html.Values);
        Assert.Equal(MissingValue.EmptyList, F("tags").Missing);
        Assert.Null(F("tags").MissingLocator);
        Assert.Equal(LocateStrategy.Css, F("name").Locators.Single().Strategy);
        Assert.Equal("@css(\"h1\")", F("name").MissingLocator);

        Assert.Equal(ValueConversion.Record, F("byline").Conversion);
        Assert.Null(F("byline").Locators.Single().ValueGroup);
        Assert.True(F("byline").RecordMemberSpans);

        Assert.Equal(new QuoteSourcePlan(QuoteSourceKind.Blocks, F("body").Index), F("quotes").QuoteSource);
        Assert.Equal(JsonWriterKind.Objects, F("quotes").Json);
    }

    [Fact]
    public void Fallback_locators_and_transforms_are_kept_in_declaration_order()
    {
        const string schema = """
            article S {
              title: text @match(/^Headline: (?<value>.+)$/) @line(1) @block(2, where: /\w$/) | trim(" -") | replace(/\s*\|.*$/, "") | titlecase
              body: paragraph[] @blocks(after: title, strip: /^[A-Z]+, \w+ -- /) @match(/\w/)
              lead: text? @match(/^[A-Z]+ -- /, part: after)
            }
            """;
        var compilation = SchemaCompiler.Compile("s.article", schema);
        Assert.DoesNotContain(compilation.Diagnostics, d => d.Severity == SchemaSeverity.Error);
        var plan = SchemaLowering.Lower(compilation.Model).Articles.Single();
        FieldPlan F(string name) => plan.Fields.Single(f => f.Name == name);

        var title = F("title");
        Assert.Equal(new[] { LocateStrategy.Match, LocateStrategy.Line, LocateStrategy.Block }, title.Locators.Select(l => l.Strategy));
        Assert.Equal("value", title.Locators[0].ValueGroup);
        Assert.NotNull(title.Locators[2].WhereRegex);
        Assert.Equal(@"@match(/^Headline: (?<value>.+)$/) and @line(1) and @block(2, where: /\w$/)", title.MissingLocator);
        Assert.Equal(new[] { TransformKind.Trim, TransformKind.Replace, TransformKind.Titlecase }, title.Transforms.Select(t => t.Kind));
        Assert.Equal(" -", title.Transforms[0].Text);
        Assert.Equal(@"\s*\|[^\n\r]*$", plan.Regexes[title.Transforms[1].Regex!.Value].Pattern);

        var body = F("body");
        Assert.Equal(new[] { LocateStrategy.Blocks, LocateStrategy.MatchList }, body.Locators.Select(l => l.Strategy));
        Assert.Equal(@"^[A-Z]+, \w+ -- ", plan.Regexes[body.Locators[0].StripRegex!.Value].Pattern);

        Assert.Equal(BlockPart.After, F("lead").Locators.Single().Part);
        Assert.Null(F("lead").Locators.Single().ValueGroup);
    }
}
