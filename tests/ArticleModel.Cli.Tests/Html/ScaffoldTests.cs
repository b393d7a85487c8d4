using System.IO;
using System.Linq;
using ArticleModel.Interpreter;
using Xunit;

namespace ArticleModel.Cli.Tests.Html;

/// <summary><c>articlemodel scaffold</c>: what it writes for a page of our own, and that the schema builds.</summary>
public class ScaffoldTests
{
    private static (RunResult Run, string Schema) Scaffold(string page, params string[] extra)
    {
        var folder = Cli.TempFolder();
        var pagePath = HtmlPages.Write(folder, "harbor-bridge.html", page);
        var output = Path.Combine(folder, "out.article");
        var r = Cli.Run(new[] { "scaffold", pagePath, "--output", output }.Concat(extra).ToArray());
        return (r, File.Exists(output) ? File.ReadAllText(output) : "");
    }

    private static string LineWith(string schema, string locator) =>
        Assert.Single(schema.Split('\n'), l => l.TrimStart().StartsWith(locator, System.StringComparison.Ordinal));

    [Fact]
    public void Each_locator_found_is_written_with_the_value_it_gives()
    {
        var (r, schema) = Scaffold(ScaffoldPages.Full, "--url", ScaffoldPages.Url);
        Assert.True(r.ExitCode is 0 or 1, r.Stderr);
        Assert.Contains("article HarborBridge {", schema);
        Assert.Contains("// \"Harbor Bridge Tolls Delayed\"", LineWith(schema, "@jsonld(\"headline\")"));
        Assert.Contains("// \"Harbor Bridge Tolls Delayed\"", LineWith(schema, "@css(\"h1\")"));
        Assert.Contains("// \"Harbor Bridge Tolls Delayed | The Ledger\"", LineWith(schema, "@meta(\"og:title\")"));
        Assert.Contains("// \"Ana Ruiz\"", LineWith(schema, "@jsonld(\"author.name\")"));
        Assert.Contains("// \"Ana Ruiz\"", LineWith(schema, "@meta(\"author\")"));
        Assert.Contains("// \"Ana Ruiz\"", LineWith(schema, "@css(\"[rel='author']\")"));
        Assert.Contains("// \"2025-03-03T10:00:00-05:00\"", LineWith(schema, "@meta(\"article:published_time\")"));
        Assert.Contains("// \"2025-03-03T10:00:00-05:00\"", LineWith(schema, "@css(\"time\", attr: \"datetime\")"));
        Assert.Contains("// \"The council postponed the vote after a packed hearing.\"", LineWith(schema, "@meta(\"og:description\")"));
        // Links resolve against --url.
        Assert.Contains("// \"https://ledger.example/img/bridge.jpg\"", LineWith(schema, "@meta(\"og:image\")"));
        // The body: the element holding the most paragraph text.
        Assert.Contains("// 2 paragraphs: The Port Alden city council", LineWith(schema, "@css(\"div.story-body\")"));
        // Fallbacks in order: JSON-LD before the h1 before og:title.
        Assert.True(schema.IndexOf("@jsonld(\"headline\")") < schema.IndexOf("@css(\"h1\")"));
        Assert.True(schema.IndexOf("@css(\"h1\")") < schema.IndexOf("@meta(\"og:title\")"));
    }

    [Fact]
    public void The_written_schema_builds()
    {
        var (_, schema) = Scaffold(ScaffoldPages.Full, "--url", ScaffoldPages.Url, "--namespace", "Ledger.Models");
        var loaded = InterpretedSchema.Load(schema, "out.article");
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        Assert.Equal("Ledger.Models", loaded.Namespace);
        Assert.Equal(new[] { "HarborBridge" }, loaded.ArticleNames);
        Assert.Equal(new[] { "title", "author", "date", "dek", "leadImage", "body" }, loaded.GetParser().FieldNames);
    }

    [Fact]
    public void The_schema_goes_to_stdout_without_output_and_usage_errors_exit_2()
    {
        var folder = Cli.TempFolder();
        var pagePath = HtmlPages.Write(folder, "9-lives.html", ScaffoldPages.Full);
        var r = Cli.Run("scaffold", pagePath);
        Assert.Contains("article Page9Lives {", r.Stdout);
        Assert.Equal(2, Cli.Run("scaffold", pagePath, "--url", "not a url").ExitCode);
        Assert.Equal(2, Cli.Run("scaffold", pagePath, "--name", "9x").ExitCode);
        Assert.Equal(2, Cli.Run("scaffold", Path.Combine(folder, "missing.html")).ExitCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html><body><div><p>unclosed <b>markup <table><tr><td>cell")]
    [InlineData("\0\u0001binary\u00ff")]
    public void Empty_and_broken_pages_give_a_schema_and_diagnostics_not_exceptions(string page)
    {
        var (r, schema) = Scaffold(page);
        Assert.True(r.ExitCode is 0 or 1, r.Stderr);
        Assert.DoesNotContain("Exception", r.Stderr);
        Assert.False(InterpretedSchema.Load(schema, "out.article").HasErrors, schema);
    }
}
