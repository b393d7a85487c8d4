using System.Linq;
using ArticleModel.Schema.Lowering;
using Xunit;

namespace ArticleModel.Schema.Tests;

/// <summary><c>@heading</c>, <c>@frontmatter</c> and <c>@blocks(kind:)</c>: bound, checked and lowered into the plan both back ends transcribe.</summary>
public class MarkdownBindingTests
{
    private static SchemaCompilation Compile(string fields) =>
        SchemaCompiler.Compile("s.article", "article S {\n  headline: text @line(1)\n" + fields + "\n}");

    private static FieldPlan Plan(SchemaCompilation c, string field) =>
        SchemaLowering.Lower(c.Model).Articles.Single().Fields.Single(f => f.Name == field);

    [Theory]
    [InlineData("t: text? @heading(2)", "Heading", 2, 1, null, "@heading(2)")]
    [InlineData("t: text? @heading(6, -1)", "Heading", 6, -1, null, "@heading(6, -1)")]
    [InlineData("t: text[] @heading(1)", "Heading", 1, 1, null, "@heading(1)")]
    [InlineData("t: text? @frontmatter(\"author.name\")", "FrontMatter", 0, 0, "author.name", "@frontmatter(\"author.name\")")]
    [InlineData("t: date? @frontmatter(\"date\", format: \"yyyy-MM-dd\")", "FrontMatter", 0, 0, "date", "@frontmatter(\"date\", format: \"yyyy-MM-dd\")")]
    public void Markdown_locators_are_lowered_with_their_arguments(string field, string strategy, int level, int position, string? key, string display)
    {
        var c = Compile("  " + field);
        Assert.Empty(c.Diagnostics);
        var locator = Plan(c, "t").Locators.Single();
        Assert.Equal(strategy, locator.Strategy.ToString());
        Assert.Equal(InputFormat.Markdown, locator.Format);
        Assert.Equal((level, position, key), (locator.Markdown!.Level, locator.Markdown.Position, locator.Markdown.Key));
        Assert.Equal(display, locator.Display);
    }

    [Fact]
    public void Markdown_locators_are_fallbacks_among_the_others()
    {
        var c = Compile("  t: text @frontmatter(\"title\") @heading(1) @css(\"h1\") @line(2)");
        Assert.Empty(c.Diagnostics);
        var plan = Plan(c, "t");
        Assert.Equal(new[] { LocateStrategy.FrontMatter, LocateStrategy.Heading, LocateStrategy.Css, LocateStrategy.Line }, plan.Locators.Select(l => l.Strategy));
        Assert.Equal("@frontmatter(\"title\") and @heading(1) and @css(\"h1\") and @line(2)", plan.MissingLocator);
    }

    [Fact]
    public void Block_kinds_are_lowered_to_runtime_member_names_in_the_order_written()
    {
        var c = SchemaCompiler.Compile("s.article", "article S {\n  headline: text @line(1)\n  body: paragraph[] @blocks(after: headline, kind: quote | paragraph | list | code)\n  drop @blocks(kind: frontmatter | heading)\n}");
        Assert.Empty(c.Diagnostics);
        var article = SchemaLowering.Lower(c.Model).Articles.Single();
        var body = article.Fields.Single(f => f.Name == "body").Locators.Single();
        Assert.Equal(new[] { "BlockQuote", "Paragraph", "ListItem", "Preformatted" }, body.BlockKinds);
        Assert.Equal("@blocks(after: headline, kind: quote | paragraph | list | code)", body.Display);
        Assert.Equal(new[] { "FrontMatter", "Heading" }, article.Drops.Single().BlockKinds);
    }

    [Theory]
    [InlineData("t: text? @heading(7)", "AM0117", "the heading level of @heading cannot be 7; expected a heading level from 1 to 6")]
    [InlineData("t: text? @heading(0)", "AM0117", "the heading level of @heading cannot be 0")]
    [InlineData("t: text? @heading(2, 0)", "AM0117", "the heading's position of @heading cannot be 0")]
    [InlineData("t: text? @heading(\"2\")", "AM0117", "the heading level of @heading cannot be a string")]
    [InlineData("t: text? @heading()", "AM0115", "a heading level")]
    [InlineData("t: text? @heading(1, 2, 3)", "AM0119", "@heading")]
    [InlineData("t: text? @frontmatter(date)", "AM0117", "the front matter key of @frontmatter cannot be a name ('date')")]
    [InlineData("t: text? @frontmatter(\"a\", \"b\")", "AM0119", "@frontmatter")]
    [InlineData("t: text? @frontmatter(\"a\", levle: 2)", "AM0114", "unknown argument 'levle'")]
    [InlineData("t: quote[] @heading(1)", "AM0122", "quotes only by @quotes")]
    [InlineData("t: paragraph[] @blocks(kind: /re/)", "AM0117", "'kind:' of @blocks cannot be a regex")]
    public void Mistakes_are_reported_at_the_locator(string field, string id, string message)
    {
        var c = Compile("  " + field);
        var d = Assert.Single(c.Diagnostics, x => x.Severity == SchemaSeverity.Error);
        Assert.Equal(id, d.Id);
        Assert.Contains(message, d.Message);
    }

    [Fact]
    public void Markdown_locators_are_not_drop_rules()
    {
        var c = Compile("  drop @heading(2)");
        Assert.Equal("AM0129", Assert.Single(c.Diagnostics).Id);
    }
}
