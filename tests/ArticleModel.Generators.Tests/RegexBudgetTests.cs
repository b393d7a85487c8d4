using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ArticleModel.Generators.Tests.Infrastructure;
using Xunit;

namespace ArticleModel.Generators.Tests;

/// <summary>
/// Issue 9 item 5: one time budget per parse, the same on any machine. Patterns without backtracking constructs run on
/// the non-backtracking engine (linear, no timeout, deterministic); the others share one budget per parse.
/// </summary>
public class RegexBudgetTests
{
    private static System.Reflection.Assembly Build(string schema)
    {
        var r = StrictBuild.Run(new[] { ("/s/Budget.article", schema) }, strict: false);
        Assert.True(!r.CompilerErrors.Any(), r.Describe());
        return GeneratorHarness.Load(r.Output);
    }

    private static (JsonElement Root, TimeSpan Elapsed) Parse(System.Reflection.Assembly assembly, string type, string text)
    {
        var watch = Stopwatch.StartNew();
        var json = GeneratorHarness.ParseToJson(assembly, type, text);
        return (JsonDocument.Parse(json).RootElement, watch.Elapsed);
    }

    private static string[] DiagnosticIds(JsonElement root) =>
        root.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()!).ToArray();

    [Fact]
    public void Nested_quantifier_over_40_blocks_runs_linear_with_a_deterministic_result()
    {
        // /^(a+)+$/ has no backtracking construct, so it runs on the non-backtracking engine. On the backtracking
        // engine each of these blocks took the whole 2 s timeout (80 s in all) and gave AM3003 or not depending on load.
        var assembly = Build("namespace Budget;\narticle Evil { title : text @line(1)\n runs : text[] @match(/^(a+)+$/) }\n");
        var block = new string('a', 40) + "!";
        var text = "Title\n\n" + string.Join("\n\n", Enumerable.Repeat(block, 40)) + "\n\naaaa\n";
        var (first, elapsed) = Parse(assembly, "Budget.Evil", text);
        Assert.DoesNotContain("AM3003", DiagnosticIds(first));
        Assert.DoesNotContain("AM3005", DiagnosticIds(first));
        Assert.Equal(new[] { "aaaa" }, first.GetProperty("value").GetProperty("runs").EnumerateArray().Select(e => e.GetString()).ToArray());
        Assert.True(elapsed < TimeSpan.FromSeconds(30), elapsed.ToString());
        var (second, _) = Parse(assembly, "Budget.Evil", text);
        Assert.Equal(first.GetRawText(), second.GetRawText());
    }

    [Fact]
    public void Backtracking_patterns_share_one_budget_per_parse()
    {
        // A backreference needs backtracking (AM0142); each block can take the whole per-match timeout. The budget
        // stops the parse after about ParseBudget + MatchTimeout instead of 40 timeouts.
        var assembly = Build("namespace Budget;\narticle Evil { title : text @line(1)\n runs : text[] @match(/^(a+)+\\1$/)\n other : text? @match(/^(b+)+\\1$/) }\n");
        var block = new string('a', 34) + "!";
        var text = "Title\n\n" + string.Join("\n\n", Enumerable.Repeat(block, 40)) + "\n";
        var (root, elapsed) = Parse(assembly, "Budget.Evil", text);
        var ids = DiagnosticIds(root);
        Assert.Single(ids, id => id == "AM3005");
        Assert.True(ids.Count(id => id == "AM3003") <= 3, string.Join(",", ids));
        // Generous for a loaded CI machine; without the budget this parse took 40 × the timeout.
        Assert.True(elapsed < TimeSpan.FromSeconds(20), elapsed.ToString());
    }

    [Fact]
    public void The_sample_byline_pattern_stays_linear_on_crafted_blocks()
    {
        var path = GeneratorHarness.TestFile("Schemas", "NewsStory.article");
        var compiled = ArticleModel.Schema.SchemaCompiler.Compile(path, File.ReadAllText(path));
        Assert.All(compiled.Model!.Articles.SelectMany(a => a.Fields).SelectMany(f => f.Locators).Where(l => l.Pattern is not null),
            l => Assert.False(l.Pattern!.NeedsBacktracking, l.Display));

        var assembly = Build(File.ReadAllText(path));
        // Lazy groups separated by many ' of ' and a failing tail: quadratic-to-cubic work for a backtracking engine
        // (about 64 s per MB before), linear for the non-backtracking one.
        var crafted = new StringBuilder("Jane Doe is ");
        for (var i = 0; i < 4000; i++) crafted.Append("editor of ");
        crafted.Append("News, follow her on X @jane!");
        var text = "Headline\n\n" + string.Join("\n\n", Enumerable.Repeat(crafted.ToString(), 10)) + "\n";
        var (root, elapsed) = Parse(assembly, "ArticleModel.Sample.NewsStory", text);
        Assert.DoesNotContain("AM3003", DiagnosticIds(root));
        Assert.DoesNotContain("AM3005", DiagnosticIds(root));
        Assert.True(elapsed < TimeSpan.FromSeconds(30), elapsed.ToString());
    }

    [Theory]
    [InlineData(@"^(a+)+$", false)]
    [InlineData(@"^By (?<name>.+)$", false)]
    [InlineData(@"[\p{L}\p{N}]$", false)]
    [InlineData(@"[(?=x)]", false)]
    [InlineData(@"\(?=x\)", false)]
    [InlineData(@"(?#(?=x)x", false)]
    [InlineData(@"[a-z-[aeiou]](?<v>x)", false)]
    [InlineData(@"(?i:abc)(?<name>d)", false)]
    [InlineData(@"\\1", false)]
    [InlineData(@"(x)\1", true)]
    [InlineData(@"(?<n>x)\k<n>", true)]
    [InlineData(@"(?=x)x", true)]
    [InlineData(@"(?!x)y", true)]
    [InlineData(@"(?<=x)y", true)]
    [InlineData(@"(?<!x)y", true)]
    [InlineData(@"(?>a+)b", true)]
    [InlineData(@"(?(x)x|y)", true)]
    [InlineData(@"(?<o>a)(?<c-o>b)", true)]
    [InlineData(@"\Gx", true)]
    public void The_engine_decision_agrees_with_dotnet(string pattern, bool needsBacktracking)
    {
        var spec = new ArticleModel.Schema.RegexSpec(pattern, ArticleModel.Schema.RegexFlags.None, null, ArticleModel.Schema.EquatableArray<string>.Empty);
        Assert.Equal(needsBacktracking, spec.NeedsBacktracking);
        // .NET's own verdict: the non-backtracking engine accepts exactly the patterns the analysis lets through.
        var accepted = true;
        try
        {
            _ = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            accepted = false;
        }
        Assert.Equal(!needsBacktracking, accepted);
    }
}
