using System.Linq;
using ArticleModel.Schema.Binding;
using Xunit;

namespace ArticleModel.Schema.Tests;

public class BinderTests
{
    [Theory]
    [InlineData("published_at", "PublishedAt")]
    [InlineData("speakerRole", "SpeakerRole")]
    [InlineData("headline", "Headline")]
    [InlineData("a_b_c", "ABC")]
    [InlineData("_leading", "Leading")]
    [InlineData("trailing_", "Trailing")]
    [InlineData("x__y", "XY")]
    [InlineData("word-count", "WordCount")]
    [InlineData("item_2", "Item2")]
    [InlineData("URL", "URL")]
    [InlineData("_1", "1")]
    public void PascalCase(string name, string expected) => Assert.Equal(expected, SchemaCompiler.ToPropertyName(name));

    [Fact]
    public void Evaluation_order_is_topological_with_declaration_order_ties()
    {
        Assert.Equal(new[] { 0, 1, 2 }, Binder.EvaluationOrder(new[] { new int[0], new int[0], new int[0] }));
        Assert.Equal(new[] { 1, 0, 2 }, Binder.EvaluationOrder(new[] { new[] { 1 }, new int[0], new int[0] }));
        // 0 needs 3, 1 needs 0, 2 free, 3 free → 2 then 3 ready: order 2? no: ready {2,3}, smallest first.
        Assert.Equal(new[] { 2, 3, 0, 1 }, Binder.EvaluationOrder(new[] { new[] { 3 }, new[] { 0 }, new int[0], new int[0] }));
        Assert.Equal(new[] { 3, 2, 1, 0 }, Binder.EvaluationOrder(new[] { new[] { 1 }, new[] { 2 }, new[] { 3 }, new int[0] }));
        Assert.Equal(new[] { 0, 2, 1 }, Binder.EvaluationOrder(new[] { new int[0], new[] { 0, 2, 2 }, new int[0] }));
    }

    [Fact]
    public void Evaluation_order_follows_anchors_and_quote_sources()
    {
        const string schema = """
            article A {
              quotes : quote[]     @quotes(in: body)
              body   : paragraph[] @blocks(after: dek | title, until: footer)
              footer : text?       @match(/^Footer/)
              dek    : text?       @line(2)
              title  : text        @line(1)
            }
            """;
        var result = SchemaCompiler.Compile("a.article", schema);
        Assert.Empty(result.Diagnostics);
        var article = result.Model.Articles.Single();
        var names = article.EvaluationOrder.Select(i => article.Fields[i].Name);
        Assert.Equal(new[] { "footer", "dek", "title", "body", "quotes" }, names);
    }

    [Fact]
    public void Fields_in_a_cycle_are_kept_without_locators_with_one_error_per_cycle()
    {
        const string schema = """
            article Story {
              title : text   @line(1)
              a     : text[] @blocks(after: b)
              b     : text[] @blocks(after: c)
              c     : text[] @blocks(after: a)
              d     : text[] @blocks(after: a)
              x     : text?  @block(1, after: y)
              y     : text?  @block(1, after: x)
            }
            """;
        var result = SchemaCompiler.Compile("a.article", schema);
        var cycles = result.Diagnostics.Where(d => d.Id == "AM0133").Select(d => d.Message).ToList();
        Assert.Equal(2, cycles.Count);
        Assert.StartsWith("cycle: a → b → c → a;", cycles[0]);
        Assert.StartsWith("cycle: x → y → x;", cycles[1]);
        Assert.Equal(2, result.Diagnostics.Count);
        // d depends on the cycle but is kept: its anchor on a is never found (one mistake, one error).
        // Issue 8 item 9: the cycle's fields keep their declared types (so code using them compiles) but no locators.
        var fields = result.Model.Articles.Single().Fields;
        Assert.Equal(new[] { "title", "a", "b", "c", "d", "x", "y" }, fields.Select(f => f.Name));
        Assert.All(fields.Where(f => f.Name is "a" or "b" or "c" or "x" or "y"), f => Assert.Empty(f.Locators));
        Assert.Single(fields.Single(f => f.Name == "d").Locators);
        Assert.Equal(new[] { 0, 1, 2, 3, 4, 5, 6 }, result.Model.Articles.Single().EvaluationOrder);
    }

    [Fact]
    public void Error_recovery_reports_five_independent_errors_and_keeps_the_good_fields()
    {
        const string schema = """
            namespace Demo;
            article A {
              title  : text        @line(1)
              dek    : Txt?        @line(2)
              body   : paragraph[] @blocks(after: dek | title, until: /^End$/ q: 1)
              author : text?       @match(/^By (?<value>.+$/)
              lead   : text?       @block(1, after: body)
              tags   : text[]?     @blocks(after: lead)
              notes  : text[]      @blocks(after: lead)
              extra  : text        @lines(3)
            }
            """;
        var result = SchemaCompiler.Compile("a.article", schema);
        Assert.Equal(new[] { "AM0102", "AM0005", "AM0134", "AM0104", "AM0112" }, result.Diagnostics.Select(d => d.Id));
        Assert.Equal(new[] { 3, 4, 5, 7, 9 }, result.Diagnostics.Select(d => d.Range.StartLine));
        // body has a syntax error and dek/tags a bad type: they are left out. author (bad regex) and extra (unknown
        // locator) have good types and are kept without locators, so code using them compiles; lead and notes, which
        // depend on body, are kept (their anchor on body is never found): one mistake, one error.
        var fields = result.Model.Articles.Single().Fields;
        Assert.Equal(new[] { "title", "author", "lead", "notes", "extra" }, fields.Select(f => f.Name));
        Assert.Empty(fields.Single(f => f.Name == "author").Locators);
        Assert.Empty(fields.Single(f => f.Name == "extra").Locators);
    }

    [Fact]
    public void Partial_model_keeps_declarations_without_errors()
    {
        const string schema = """
            article Good { title : text @line(1) }
            article Bad { title : text @line(1) ; x : nope @line(2) }
            article Good { title : text @line(1) }
            record R { a : text }
            article Uses { r : R @match(/(?<a>x)/) }
            """;
        var result = SchemaCompiler.Compile("a.article", schema);
        Assert.Equal(new[] { "AM0102", "AM0101" }, result.Diagnostics.Select(d => d.Id));
        Assert.Equal(new[] { "Good", "Bad", "Uses" }, result.Model.Articles.Select(a => a.Name));
        Assert.Equal(new[] { "title" }, result.Model.Articles[1].Fields.Select(f => f.Name));
        Assert.Equal("R", result.Model.Records.Single().Name);
    }

    [Fact]
    public void Html_only_field_binds_its_html_locator()
    {
        var result = SchemaCompiler.Compile("a.article", "article A { t : text @line(1) p : date? @meta(\"x\") }");
        Assert.Empty(result.Diagnostics);
        var p = result.Model.Articles.Single().Fields[1];
        Assert.Equal("p", p.Name);
        Assert.Equal(LocatorKind.Meta, Assert.Single(p.Locators).Kind);
    }

    [Fact]
    public void Regions_and_where_and_flags_bind()
    {
        const string schema = """
            article A {
              title : text  @line(1)
              x     : text? @block(-2, from: title | /^X/i, through: /^Y$/m, where: /z/)
            }
            """;
        var result = SchemaCompiler.Compile("a.article", schema);
        Assert.Empty(result.Diagnostics);
        var x = result.Model.Articles.Single().Fields[1].Locators.Single();
        Assert.Equal(-2, x.Index);
        Assert.True(x.Region.StartInclusive);
        Assert.True(x.Region.EndInclusive);
        Assert.Equal("title", x.Region.Start!.Alternatives[0].Field);
        Assert.Equal(RegexFlags.IgnoreCase, x.Region.Start.Alternatives[1].Pattern!.Flags);
        Assert.Equal(RegexFlags.Multiline, x.Region.End!.Alternatives[0].Pattern!.Flags);
        Assert.Equal("z", x.Where!.Pattern);
        Assert.Equal("@block(-2, from: title | /^X/i, through: /^Y$/m, where: /z/)", x.Display);
    }

    [Fact]
    public void Record_docs_and_member_property_names()
    {
        const string schema = """
            article A { p : Person @match(/(?<full_name>\w+) (?<age>\d+)/) }
            /// A person.
            record Person {
              /// Their name.
              full_name : text
              age : int?
            }
            """;
        var result = SchemaCompiler.Compile("a.article", schema);
        Assert.Empty(result.Diagnostics);
        var record = result.Model.Records.Single();
        Assert.Equal("A person.", record.Doc);
        Assert.Equal("Their name.", record.Fields[0].Doc);
        Assert.Equal("FullName", record.Fields[0].PropertyName);
        Assert.Equal(new[] { "full_name", "age" }, result.Model.Articles[0].Fields[0].Locators[0].Pattern!.GroupNames);
    }

    [Fact]
    public void Multi_line_doc_comments_join_with_newline()
    {
        var result = SchemaCompiler.Compile("a.article", "/// One.\n///   Two.\n///\narticle A { t : text @line(1) }");
        Assert.Equal("One.\n  Two.\n", result.Model.Articles[0].Doc);
    }

    [Fact]
    public void Diagnostics_are_in_file_order_and_carry_the_path()
    {
        var result = SchemaCompiler.Compile("dir/x.article", "record R { a : text }\narticle A { t : Q @line(1) }\n");
        Assert.Equal(new[] { "AM0137", "AM0102" }, result.Diagnostics.Select(d => d.Id));
        Assert.All(result.Diagnostics, d => Assert.Equal("dir/x.article", d.FilePath));
        Assert.Equal("dir/x.article(2,17): error AM0102: unknown type 'Q'; expected text, paragraph, int, date, url, handle, quote or a record declared in this file", result.Diagnostics[1].ToString());
    }
}
