using System.Linq;
using ArticleModel.Schema.Lowering;
using Xunit;

namespace ArticleModel.Schema.Tests;

/// <summary><c>@quotes(minWords:, marks:, organisations:)</c>: bound, checked and lowered into the plan both back ends transcribe.</summary>
public class QuoteOptionsBindingTests
{
    private static SchemaCompilation Compile(string quotes) =>
        SchemaCompiler.Compile("s.article", "article S {\n  headline: text @line(1)\n  body: paragraph[] @blocks(after: headline)\n  quotes: quote[] " + quotes + "\n}");

    private static FieldPlan QuotesPlan(SchemaCompilation c) =>
        SchemaLowering.Lower(c.Model).Articles.Single().Fields.Single(f => f.Name == "quotes");

    [Theory]
    [InlineData("@quotes(in: body, minWords: 3)", 3, QuoteMarkKinds.All, true, "@quotes(in: body, minWords: 3)")]
    [InlineData("@quotes(in: body, marks: curly)", 1, QuoteMarkKinds.Curly, true, "@quotes(in: body, marks: curly)")]
    [InlineData("@quotes(in: body, marks: straightDouble | curlyDouble)", 1, QuoteMarkKinds.Double, true, "@quotes(in: body, marks: double)")]
    [InlineData("@quotes(in: body, marks: double | curlySingle)", 1, QuoteMarkKinds.Double | QuoteMarkKinds.CurlySingle, true, "@quotes(in: body, marks: double | curlySingle)")]
    [InlineData("@quotes(in: body, organisations: false)", 1, QuoteMarkKinds.All, false, "@quotes(in: body, organisations: false)")]
    [InlineData("@quotes(organisations: false, marks: single, minWords: 100, in: body)", 100, QuoteMarkKinds.Single, false, "@quotes(in: body, minWords: 100, marks: single, organisations: false)")]
    public void Options_are_lowered_into_the_plan_and_shown_in_one_spelling(string locator, int minWords, QuoteMarkKinds marks, bool organisations, string display)
    {
        var c = Compile(locator);
        Assert.Empty(c.Diagnostics);
        var plan = QuotesPlan(c);
        Assert.Equal(new QuoteOptionsSpec(minWords, marks, organisations), plan.QuoteOptions);
        Assert.Equal(display, plan.Locators.Single().Display);
    }

    [Theory]
    [InlineData("@quotes(in: body)")]
    [InlineData("@quotes(in: body, minWords: 1, marks: all, organisations: true)")]
    [InlineData("@quotes(in: body, marks: curly | straight)")]
    public void The_defaults_written_out_are_no_options(string locator)
    {
        // The back ends then call the extractor exactly as for @quotes(in: body): same plan, same generated code.
        var c = Compile(locator);
        Assert.Empty(c.Diagnostics);
        Assert.Null(QuotesPlan(c).QuoteOptions);
        Assert.Equal(QuotesPlan(Compile("@quotes(in: body)")), QuotesPlan(c) with { Declaration = QuotesPlan(Compile("@quotes(in: body)")).Declaration });
    }

    [Fact]
    public void A_mark_listed_twice_is_a_warning_and_the_options_are_kept()
    {
        var c = Compile("@quotes(in: body, marks: curly | curlyDouble)");
        var warning = Assert.Single(c.Diagnostics);
        Assert.Equal("AM0202", warning.Id);
        Assert.Equal(SchemaSeverity.Warning, warning.Severity);
        Assert.Equal(QuoteMarkKinds.Curly, QuotesPlan(c).QuoteOptions!.Marks);
    }

    [Theory]
    [InlineData("@quotes(in: body, marks: curvy)", "AM0201", "(did you mean 'curly'?)")]
    [InlineData("@quotes(in: body, marks: Double)", "AM0201", "(did you mean 'double'?)")]
    [InlineData("@quotes(in: body, marks: straigthSingle)", "AM0201", "(did you mean 'straightSingle'?)")]
    [InlineData("@quotes(in: body, minWord: 2)", "AM0114", "(did you mean 'minWords'?)")]
    [InlineData("@quotes(in: body, organizations: false)", "AM0114", "(did you mean 'organisations'?)")]
    [InlineData("@quotes(in: body, mark: curly)", "AM0114", "(did you mean 'marks'?)")]
    [InlineData("@quotes(in: body, organisations: flse)", "AM0117", "(did you mean 'false'?)")]
    public void A_misspelt_name_gets_the_closest_name_suggested(string locator, string id, string suggestion)
    {
        var c = Compile(locator);
        var error = Assert.Single(c.Diagnostics);
        Assert.Equal(id, error.Id);
        Assert.EndsWith(suggestion, error.Message);
        // The field is kept with its type and no locator: no quotes, and nothing else reported.
        Assert.Empty(QuotesPlan(c).Locators);
    }

    [Theory]
    [InlineData("@quotes(in: body, minWords: 0)", "AM0200", 4, 47)]
    [InlineData("@quotes(in: body, minWords: 101)", "AM0200", 4, 47)]
    [InlineData("@quotes(in: body, minWords: 99999999999)", "AM0004", 4, 47)]
    [InlineData("@quotes(in: body, marks: all | nothing)", "AM0201", 4, 50)]
    [InlineData("@quotes(in: body, marks: curly, marks: straight)", "AM0116", 4, 51)]
    [InlineData("@quotes(in: body, organisations: 1)", "AM0117", 4, 52)]
    public void Each_error_is_reported_once_at_its_token(string locator, string id, int line, int column)
    {
        var c = Compile(locator);
        var error = Assert.Single(c.Diagnostics);
        Assert.Equal(id, error.Id);
        Assert.Equal((line, column), (error.Range.StartLine + 1, error.Range.StartColumn + 1));
    }

    [Theory]
    [InlineData("@line(2, minWords: 2)")]
    [InlineData("@blocks(after: headline, marks: curly)")]
    [InlineData("@match(/x/, organisations: false)")]
    public void Only_quotes_takes_the_options(string locator)
    {
        var c = SchemaCompiler.Compile("s.article", "article S {\n  headline: text @line(1)\n  other: text[] " + locator + "\n}");
        Assert.Equal("AM0114", Assert.Single(c.Diagnostics).Id);
    }

    [Fact]
    public void A_type_named_like_the_generated_quote_options_field_is_reserved()
    {
        // The generated parser declares 's_quotes{i}' for a @quotes field's options; a type of that name could not be a member's type.
        var c = SchemaCompiler.Compile("s.article", "article s_quotes2 {\n  headline: text @line(1)\n}");
        Assert.Equal("AM0141", Assert.Single(c.Diagnostics).Id);
    }
}
