using System.Linq;
using Xunit;

namespace ArticleModel.Schema.Tests;

/// <summary>Binding of ordered fallbacks, value transforms and parts of a block (issue 8 items 5–7).</summary>
public class FallbackBindingTests
{
    private static SchemaCompilation Compile(string text) => SchemaCompiler.Compile("s.article", text);

    [Fact]
    public void Several_locators_bind_in_order_with_no_diagnostic()
    {
        var c = Compile("article S { title: text @match(/^T: (?<value>.+)$/) @line(1) @block(2) | trim(\" \") | titlecase }");
        Assert.Empty(c.Diagnostics);
        var field = c.Model.Articles.Single().Fields.Single();
        Assert.Equal(new[] { LocatorKind.Match, LocatorKind.Line, LocatorKind.Block }, field.Locators.Select(l => l.Kind));
        Assert.Equal(new[] { TransformKind.Trim, TransformKind.Titlecase }, field.Transforms.Select(t => t.Kind));
    }

    [Theory]
    [InlineData("@match(/x/, part: afer)", "AM0117", "(did you mean 'after'?)")]
    [InlineData("@match(/x/, part: /after/)", "AM0117", "'after' (the rest of the block after the match)")]
    [InlineData("@line(1, strip: \"By \")", "AM0117", "one /regex/ whose match at the start of the found text is removed")]
    [InlineData("@match(/x/, strip: /y/)", "AM0114", "unknown argument 'strip'")]
    [InlineData("@line(1, part: after)", "AM0114", "unknown argument 'part'")]
    [InlineData("@line(1) | trimprefix(\"x\")", "AM0150", "(did you mean 'trimPrefix'?)")]
    [InlineData("@line(1) | replace(/(a)(b)/, \"$3\")", "AM0153", "expected '$0' or '$1' or '$2'")]
    [InlineData("@line(1) | replace(/(/, \"\")", "AM0134", "")]
    public void Mistakes_are_reported(string locators, string id, string text)
    {
        var c = Compile("article S { t: text? " + locators + "\n h: text @line(1) }");
        var d = Assert.Single(c.Diagnostics, x => x.Severity == SchemaSeverity.Error);
        Assert.Equal(id, d.Id);
        Assert.Contains(text, d.Message);
        // The field with the mistake keeps its declared type (no follow-on C# error); the other one still binds (one mistake, one error).
        Assert.Equal(new[] { "t", "h" }, c.Model.Articles.Single().Fields.Select(f => f.Name));
    }

    [Fact]
    public void Replacement_substitutions_that_exist_are_accepted()
    {
        var c = Compile("article S { t: text @line(1) | replace(/^(?<last>\\w+), (\\w+)$/, \"$2 ${last} $$ $0 $& ${1}\") }");
        Assert.Empty(c.Diagnostics);
    }

    [Fact]
    public void Record_members_take_transforms_and_keep_them_in_the_model()
    {
        var c = Compile("record C { name: text | trimSuffix(\",\"); email: text? | lowercase }\narticle S { c: C? @match(/(?<name>\\w+)/) }");
        Assert.Empty(c.Diagnostics);
        var record = c.Model.Records.Single();
        Assert.Equal(TransformKind.TrimSuffix, record.Fields[0].Transforms.Single().Kind);
        Assert.Equal(",", record.Fields[0].Transforms.Single().Text);
        Assert.Equal(TransformKind.Lowercase, record.Fields[1].Transforms.Single().Kind);
    }
}
