using System;
using System.Collections.Generic;
using System.Linq;
using ArticleModel.Generators.Emit;
using ArticleModel.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArticleModel.Generators.Tests;

/// <summary>Issue 9 items 1–3: no schema makes the generator throw, inject code, or emit code that does not compile.</summary>
public class HardeningTests
{
    private static List<string> Ids(StrictBuild.Result r, string id) =>
        r.GeneratorDiagnostics.Where(d => d.Id == id).Select(d => d.Location.GetLineSpan().Path + d.Location.GetLineSpan().StartLinePosition).ToList();

    // ---- item 1: never CS8785 ---------------------------------------------------------------------------------

    [Fact]
    public void Same_type_in_two_schemas_reports_AM1004_at_each_and_still_generates_everything_else()
    {
        var r = StrictBuild.Run(new[]
        {
            ("/s/a.article", "namespace News;\narticle Story { title : text @line(1) }\narticle Brief { title : text @line(1) }\n"),
            ("/s/b.article", "namespace News;\narticle Story { headline : text @line(1) }\narticle Column { title : text @line(1) }\n"),
        }, strict: false);
        Assert.Equal(2, Ids(r, "AM1004").Count);
        Assert.Contains(r.GeneratorDiagnostics, d => d.Id == "AM1004" && d.Location.GetLineSpan().Path == "/s/a.article");
        Assert.Contains(r.GeneratorDiagnostics, d => d.Id == "AM1004" && d.Location.GetLineSpan().Path == "/s/b.article");
        Assert.Empty(r.CompilerErrors);
        Assert.NotNull(r.Output.GetTypeByMetadataName("News.Story"));
        Assert.NotNull(r.Output.GetTypeByMetadataName("News.Brief"));
        Assert.NotNull(r.Output.GetTypeByMetadataName("News.Column"));
        // The first schema (by path) wins.
        Assert.NotEmpty(r.Output.GetTypeByMetadataName("News.Story")!.GetMembers("Title"));
    }

    [Fact]
    public void Names_differing_only_in_case_get_AM1005_and_distinct_hint_names()
    {
        var r = StrictBuild.Run(new[]
        {
            ("/s/a.article", "namespace News;\narticle Story { title : text @line(1) }\n"),
            ("/s/b.article", "namespace News;\narticle STORY { title : text @line(1) }\narticle story { title : text @line(1) }\n"),
            ("/s/c.article", "namespace NEWS;\narticle Story { title : text @line(1) }\n"),
        }, strict: false);
        Assert.Equal(4, Ids(r, "AM1005").Count);
        Assert.Empty(r.CompilerErrors);
        Assert.Equal(4, r.Sources.Count);
        Assert.Equal(4, r.Sources.Keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var name in new[] { "News.Story", "News.STORY", "News.story", "NEWS.Story" }) Assert.NotNull(r.Output.GetTypeByMetadataName(name));
    }

    [Fact]
    public void Same_name_twice_in_one_file_and_case_variants_in_one_file_do_not_throw()
    {
        var r = StrictBuild.Run(new[] { ("/s/a.article", "article Story { title : text @line(1) }\narticle STORY { title : text @line(1) }\narticle Story { x : text @line(1) }\n") }, strict: false);
        Assert.Contains(r.GeneratorDiagnostics, d => d.Id == "AM0101");
        Assert.Equal(2, Ids(r, "AM1005").Count);
        Assert.Empty(r.CompilerErrors);
    }

    [Fact]
    public void A_type_named_like_another_schemas_namespace_is_reported_not_generated()
    {
        var r = StrictBuild.Run(new[]
        {
            ("/s/a.article", "namespace News;\narticle Sport { title : text @line(1) }\n"),
            ("/s/b.article", "namespace News.Sport;\narticle Match { title : text @line(1) }\n"),
        }, strict: false);
        Assert.Single(Ids(r, "AM1004"));
        Assert.Empty(r.CompilerErrors);
        Assert.NotNull(r.Output.GetTypeByMetadataName("News.Sport.Match"));
    }

    [Fact]
    public void An_article_whose_record_is_left_out_is_left_out_with_it()
    {
        // Found by the 100,000-case property run: record 'Story' in the global namespace against 'namespace Story;'
        // elsewhere left 'Null' referring to a type that was not generated (CS0118); and a record against another
        // schema's article of the same name would call a FromMatch that does not exist.
        var r = StrictBuild.Run(new[]
        {
            ("/s/a.article", "record Story { a : text }\narticle Null { l : Story @match(/^(?<a>\\w+)$/) }\narticle Kept { t : text @line(1) }\n"),
            ("/s/b.article", "namespace Story;\nrecord T0 { b : text? }\narticle Uses { t : T0? @match(/(?<b>x)/) }\n"),
            ("/s/c.article", "namespace N;\narticle R { t : text @line(1) }\n"),
            ("/s/d.article", "namespace N;\nrecord R { a : text }\narticle D { r : R @match(/^(?<a>\\w+)$/) }\n"),
        }, strict: false);
        Assert.True(!r.CompilerErrors.Any(), r.Describe());
        Assert.Equal(3, Ids(r, "AM1004").Count); // Story (a namespace elsewhere), and R in c and in d
        Assert.NotNull(r.Output.GetTypeByMetadataName("Kept"));
        Assert.NotNull(r.Output.GetTypeByMetadataName("Story.Uses"));
        Assert.NotNull(r.Output.GetTypeByMetadataName("N.R"));
        Assert.Null(r.Output.GetTypeByMetadataName("Null"));
        Assert.Null(r.Output.GetTypeByMetadataName("N.D"));
    }

    [Fact]
    public void A_schema_type_cannot_take_the_generators_own_hint_name()
    {
        // 'ArticleModel' is a reserved namespace (AM0141), so try the hint name through the global namespace instead.
        var r = StrictBuild.Run(new[] { ("/s/a.article", "namespace Other.ArticleModel;\narticle IsExternalInit { title : text @line(1) }\n") }, strict: false);
        Assert.Empty(r.CompilerErrors);
        Assert.Equal(r.Sources.Count, r.Sources.Keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Longest_allowed_names_give_short_hint_names_and_compile()
    {
        var ns = string.Join(".", Enumerable.Range(0, 2).Select(i => new string((char)('a' + i), 127)));
        var type = "T" + new string('x', 127);
        var field = "f" + new string('y', 127);
        var r = StrictBuild.Run(("/s/long.article", $"namespace {ns};\narticle {type} {{ {field} : text @line(1) }}\n"));
        Assert.True(!r.Errors.Any(), r.Describe());
        Assert.All(r.Sources.Keys, h => Assert.True(h.Length <= 120, h));
    }

    [Fact]
    public void Names_megabytes_long_give_AM0140_quickly()
    {
        var huge = "A" + new string('b', 2_000_000);
        var schema = $"namespace {huge};\narticle {huge} {{ {huge} : {huge}x @line(1) }}\nrecord {huge}x {{ a : text }}\n";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var r = StrictBuild.Run(new[] { ("/s/huge.article", schema) }, strict: false);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), watch.Elapsed.ToString());
        Assert.Contains(r.GeneratorDiagnostics, d => d.Id == "AM0140");
        Assert.Empty(r.CompilerErrors);
        Assert.True(r.GeneratorDiagnostics.Sum(d => (long)d.GetMessage().Length) < 4L * schema.Length);
    }

    // ---- item 2: nothing breaks out of a comment or a string -----------------------------------------------------

    /// <summary>Every character class C# treats specially in comments, strings or XML docs.</summary>
    public static IEnumerable<object[]> SpecialTexts() => new[]
    {
        "\u2028", "\u2029", "\u0085", "\r", "\n", "\r\n", "\n\r", "*/", "/*", "-->", "<!--", "]]>", "<", ">", "&", "&amp;",
        "\"", "\\", "\\u000A", "'", "\0", "\u0001", "\u001F", "\u007F", "\t", "\v", "\f", "\uD800", "\uDC00", "\uDBFF\uDFFF",
        "\U0001F600", "\u202E", "\u2066", "\u200B", "\uFEFF", "\uFFFE", "\uFFFF", "#pragma warning disable", "#endif", "</summary>",
        "<see cref=\"X\"/>", "{", "}", "@\"", "\"\"\"", "$\"{", "??=", "\u00E9", "\u0301",
    }.Select(s => new object[] { s, string.Join(" ", s.Select(c => ((int)c).ToString("X4"))) });
    // The code units as a second argument keep each case's test ID distinct: xUnit serialises a lone surrogate
    // (U+D800, U+DC00) to the same text, so without it one of them was silently skipped as a duplicate.

    private const string Payload = "public static class Injected { }";

    [Theory]
    [MemberData(nameof(SpecialTexts))]
    public void Special_text_in_docs_patterns_and_paths_stays_text(string special, string codeUnits)
    {
        Assert.Equal(special.Length, codeUnits.Split(' ').Length);
        // The special text, then an attempt to write code after it, in every place schema text reaches the output:
        // doc comments (record, article, field, member), a pattern (echoed into comments and <remarks>), a where:
        // pattern, a drop pattern, and the schema's file name.
        var attack = special + Payload + special;
        var pattern = EscapeForRegexLiteral(System.Text.RegularExpressions.Regex.Escape(attack));
        var schema =
            "namespace Attack;\n" +
            DocLines(attack) +
            "record Who { name : text }\n" +
            DocLines(attack) +
            "article Story {\n" +
            DocLines(attack) +
            "  title : text @line(1, where: /" + pattern + "|x/)\n" +
            "  who : Who? @match(/^(?<name>" + pattern + ")$/)\n" +
            "  drop @blocks(from: /" + pattern + "/)\n" +
            "}\n";
        var compiled = ArticleModel.Schema.SchemaCompiler.Compile("/s/a.article", schema);
        Assert.DoesNotContain(compiled.Diagnostics, d => d.Severity == ArticleModel.Schema.SchemaSeverity.Error);

        var path = "/s/" + special.Replace("/", "_").Replace("\0", "_") + "Attack.article";
        var r = StrictBuild.Run((path, schema));
        Assert.True(!r.CompilerDiagnostics.Any(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning), r.Describe());
        Assert.Null(r.Output.GetTypeByMetadataName("Injected"));
        Assert.Null(r.Output.GetTypeByMetadataName("Attack.Injected"));
        Assert.NotNull(r.Output.GetTypeByMetadataName("Attack.Story"));
        // Generated files are printable ASCII plus CR/LF/tab: no line terminator C# knows can hide in them.
        foreach (var source in r.Sources.Values)
            Assert.All(source, c => Assert.True(c == '\n' || c == '\r' || (c >= ' ' && c <= '~'), $"U+{(int)c:X4} in generated code"));
        // The patterns in the generated code are still the patterns the schema wrote: the parser finds the attack text.
        var assembly = GeneratorHarness.Load(r.Output);
        var json = GeneratorHarness.ParseToJson(assembly, "Attack.Story", "x\n\n" + attack.Replace("\r", " ").Replace("\n", " ").Replace("\u0085", " ").Replace("\u2028", " ").Replace("\u2029", " "));
        Assert.Contains("\"title\"", json);
    }

    private static string DocLines(string text) => "/// " + text.Replace("\r", "\u2028").Replace("\n", "\u2029") + "\n";

    private static string EscapeForRegexLiteral(string pattern) => pattern.Replace("/", "\\/").Replace("\r", "\\r").Replace("\n", "\\n");

    [Theory]
    [MemberData(nameof(SpecialTexts))]
    public void CSharpLiterals_round_trip_through_the_compiler(string special, string codeUnits)
    {
        Assert.Equal(special.Length, codeUnits.Split(' ').Length);
        var value = "a" + special + "b" + Payload;
        var literal = CSharpLiterals.String(value);
        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class C { const string S = " + literal + "; }");
        Assert.Empty(tree.GetDiagnostics());
        var token = tree.GetRoot().DescendantTokens().Single(t => t.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.StringLiteralToken));
        Assert.Equal(value, token.ValueText);
        var comment = "// " + CSharpLiterals.CommentText(value);
        var commentTree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(comment + "\nclass C { }");
        Assert.Single(commentTree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>());
    }

    [Fact]
    public void A_U2028_in_a_doc_comment_injected_a_class_before()
    {
        // The original report: text after U+2028 in a '///' doc became compiled C#.
        var r = StrictBuild.Run(("/s/a.article", "namespace Attack;\n/// Story\u2028public class Injected { }\narticle Story { title : text @line(1) }\n"));
        Assert.True(!r.Errors.Any(), r.Describe());
        Assert.Null(r.Output.GetTypeByMetadataName("Attack.Injected"));
    }

    // ---- item 3: check clean => compiles --------------------------------------------------------------------------

    public static IEnumerable<object[]> ReservedNameSchemas() => new[]
    {
        new object[] { "article FieldNames { title : text @line(1) }", "AM0141" },
        new object[] { "article Story { printMembers : text @line(1) }", "AM0111" },
        new object[] { "article Story { b : R? @match(/(?<fromMatch>x)/) }\nrecord R { fromMatch : text }", "AM0111" },
        new object[] { "article var { title : text @line(1) }", "AM0141" },
        new object[] { "article dynamic { title : text @line(1) }", "AM0141" },
        new object[] { "article nameof { title : text @line(1) }", "AM0141" },
        new object[] { "article Story { b : value? @match(/(?<a>x)/) }\nrecord value { a : text }", "AM0141" },
        new object[] { "article Parse { title : text @line(1) }", "AM0141" },
        new object[] { "article s_regex0 { title : text @match(/x/) }", "AM0141" },
        new object[] { "namespace nameof;\narticle Story { title : text @line(1) }", "AM0141" },
        new object[] { "namespace News.var;\narticle Story { title : text @line(1) }", "AM0141" },
        new object[] { "namespace _.News;\narticle Story { title : text @match(/x/, after: /y/) }", "AM0141" },
        new object[] { "article Story { b : _? @match(/(?<a>x)/, after: /y/) }\nrecord _ { a : text }", "AM0141" },
        new object[] { "article TryParse { title : text @line(1) }", "AM0141" },
        new object[] { "article WriteJson { title : text @line(1) }", "AM0141" },
        new object[] { "article EqualityContract { title : text @line(1) }", "AM0141" },
        new object[] { "article ToString { title : text @line(1) }", "AM0141" },
        new object[] { "article Story { b : Equals? @match(/(?<a>x)/) }\nrecord Equals { a : text }", "AM0141" },
        new object[] { "article Story { b : FromMatch? @match(/(?<a>x)/) }\nrecord FromMatch { a : text }", "AM0141" },
        new object[] { "article Story { equality_contract : text @line(1) }", "AM0111" },
        new object[] { "article Story { deconstruct : text @line(1) }", "AM0111" },
        new object[] { "article Story { get_hash_code : text @line(1) }", "AM0111" },
        new object[] { "article Story { story : text @line(1) }", "AM0110" },
        new object[] { "article System { title : text @line(1) }", "AM0141" },
        new object[] { "namespace ArticleModel;\narticle ParseResult { title : text @line(1) }", "AM0141" },
        new object[] { "namespace System.Runtime.CompilerServices;\narticle IsExternalInit { title : text @line(1) }", "AM0141" },
    };

    [Theory]
    [MemberData(nameof(ReservedNameSchemas))]
    public void Reserved_names_are_schema_errors_and_the_output_still_compiles(string schema, string id)
    {
        var compiled = ArticleModel.Schema.SchemaCompiler.Compile("/s/a.article", schema);
        Assert.Contains(compiled.Diagnostics, d => d.Id == id);
        var r = StrictBuild.Run(new[] { ("/s/a.article", schema) }, strict: false);
        Assert.True(!r.CompilerErrors.Any(), r.Describe());
    }

    [Theory]
    [InlineData("namespace N;\narticle Story { var : text @line(1)\n dynamic : text @line(2)\n nameof : text @line(3)\n value : text @line(4) }")]
    [InlineData("namespace N;\narticle Story { context : text @line(1)\n document : text @line(2)\n result : text @line(3)\n match : text @line(4)\n text : text @line(5)\n global : text @line(6) }")]
    [InlineData("namespace N;\narticle Story { b : Rec? @match(/(?<context>a)(?<match>b)(?<field>c)(?<record_spans>d)(?<value>e)/) }\nrecord Rec { context : text\n match : text\n field : text\n record_spans : text\n value : text }")]
    [InlineData("namespace Story;\narticle Story { title : text @line(1) }")]
    [InlineData("namespace N.Story;\narticle Story { title : text @line(1) }")]
    [InlineData("namespace ArticleModel.Sample.System;\narticle Extraction { title : text @line(1) }\nrecord ArticleModel { a : text? }\narticle Uri { m : ArticleModel? @match(/(?<a>x)/) }")]
    public void Names_that_look_dangerous_but_are_allowed_compile_clean(string schema)
    {
        var r = StrictBuild.Run(("/s/a.article", schema));
        Assert.DoesNotContain(r.GeneratorDiagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.True(!r.CompilerDiagnostics.Any(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning), r.Describe());
    }
}
