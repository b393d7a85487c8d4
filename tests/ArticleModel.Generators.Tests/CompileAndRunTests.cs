using System.IO;
using System.Linq;
using System.Text.Json;
using ArticleModel.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArticleModel.Generators.Tests;

/// <summary>Generates, compiles in memory, loads and runs parsers on sample articles.</summary>
public class CompileAndRunTests
{
    private static System.Reflection.Assembly Build(string schemaFile, params string[] sources)
    {
        var path = GeneratorHarness.TestFile("Schemas", schemaFile);
        var (output, _, diagnostics) = GeneratorHarness.Run(path, File.ReadAllText(path), sources);
        // This project references neither ArticleModel.Html nor ArticleModel.Markdown, as a text-only consumer would:
        // the sample's HTML and Markdown locators are left out with one AM1010 and one AM1011, and text parses as before.
        Assert.Empty(diagnostics.Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning && d.Id is not ("AM1010" or "AM1011")));
        return GeneratorHarness.Load(output);
    }

    [Fact]
    public void A_text_only_project_gets_one_warning_per_missing_format_package()
    {
        var path = GeneratorHarness.TestFile("Schemas", "NewsStory.article");
        var (_, _, diagnostics) = GeneratorHarness.Run(path, File.ReadAllText(path));
        var formats = diagnostics.Where(d => d.Id is "AM1010" or "AM1011").OrderBy(d => d.Id).ToList();
        Assert.Equal(new[] { "AM1010", "AM1011" }, formats.Select(d => d.Id));
        // Each at the first locator of its format: @css("h1") and @heading(1) on the headline (line 9 of the sample; 0-based below).
        Assert.Equal(new[] { (8, 37), (8, 25) }, formats.Select(d => (d.Location.GetLineSpan().StartLinePosition.Line, d.Location.GetLineSpan().StartLinePosition.Character)));
        Assert.Contains("ArticleModel.Markdown", formats[1].GetMessage());
    }

    private static JsonElement Parse(System.Reflection.Assembly assembly, string type, string text) =>
        JsonDocument.Parse(GeneratorHarness.ParseToJson(assembly, type, text)).RootElement;

    [Fact]
    public void NewsStory_parses_every_sample_article_of_the_layout()
    {
        var assembly = Build("NewsStory.article");
        var files = Directory.GetFiles(GeneratorHarness.TestFile("Articles"), "*.txt");
        Assert.True(files.Length >= 5);
        foreach (var file in files)
        {
            var text = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(file));
            var result = Parse(assembly, "ArticleModel.Sample.NewsStory", text);
            var value = result.GetProperty("value");
            var headline = value.GetProperty("headline").GetString()!;
            Assert.False(string.IsNullOrWhiteSpace(headline), file);
            Assert.Equal(headline.Trim(), headline);
            foreach (var p in value.GetProperty("body").EnumerateArray())
            {
                var s = p.GetString()!;
                Assert.DoesNotContain('\r', s);
                Assert.DoesNotContain('\uFEFF', s);
                Assert.Equal(s.Trim(), s);
                Assert.DoesNotContain("Join the Discussion", s, System.StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("on Twitter @", s);
            }
            Assert.DoesNotContain(result.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("severity").GetString() == "error");
        }
    }

    [Fact]
    public void Empty_input_reports_the_missing_headline_and_does_not_throw()
    {
        var assembly = Build("NewsStory.article");
        var result = Parse(assembly, "ArticleModel.Sample.NewsStory", "");
        var ids = result.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToArray();
        Assert.Contains("AM2003", ids);
        Assert.Contains("AM3001", ids);
    }

    [Fact]
    public void Kitchen_schema_fills_every_type()
    {
        var assembly = Build("Kitchen.article");
        var text = File.ReadAllText(GeneratorHarness.TestFile("Schemas", "kitchen-release.txt"));
        var result = Parse(assembly, "Fixtures.Kitchen.Release", text);
        var v = result.GetProperty("value");
        Assert.Equal("Harbor Authority Opens New Ferry Terminal", v.GetProperty("title").GetString());
        Assert.Equal("Ends.", v.GetProperty("kicker").GetString());
        Assert.Equal("2025-04-02", v.GetProperty("dateline").GetString());
        Assert.Equal(42, v.GetProperty("issue").GetInt32());
        Assert.Equal("https://example.org/news/terminal", v.GetProperty("link").GetString());
        var contact = v.GetProperty("contact");
        Assert.Equal("Ana Lima", contact.GetProperty("name").GetString());
        Assert.Equal("ana@example.org", contact.GetProperty("email").GetString());
        Assert.Equal("analima", contact.GetProperty("handle").GetString());
        Assert.Equal("The new terminal on Pier 9 opens to passengers on Monday. It replaces a 1960s building.", v.GetProperty("lead").GetString());
        Assert.Equal(new[] { "ferries", "harbor" }, v.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToArray());
        Assert.Equal(new[] { 12 }, v.GetProperty("numbers").EnumerateArray().Select(n => n.GetInt32()).ToArray());
        var facts = v.GetProperty("facts").EnumerateArray().Select(f => f.GetString()).ToArray();
        Assert.Equal("Facts:", facts[0]);
        Assert.DoesNotContain("ADVERTISEMENT", facts);
        Assert.DoesNotContain("Ends.", facts);
        // The out-of-range figure is reported, not thrown.
        var diagnostics = result.GetProperty("diagnostics").EnumerateArray().ToArray();
        Assert.Contains(diagnostics, d => d.GetProperty("id").GetString() == "AM3002" && d.GetProperty("severity").GetString() == "warning");
        // Spans point at the source.
        var titleSpan = result.GetProperty("spans").GetProperty("title")[0];
        Assert.Equal(0, titleSpan[0].GetInt32());
        Assert.Equal(1, titleSpan[2].GetInt32());
        var contactName = result.GetProperty("spans").GetProperty("contact.name")[0];
        Assert.Equal("Ana Lima", text.Substring(contactName[0].GetInt32(), contactName[1].GetInt32()));
    }

    [Fact]
    public void Generated_models_are_partial_and_users_can_extend_them()
    {
        var assembly = Build("NewsStory.article",
            "namespace ArticleModel.Sample { public sealed partial record NewsStory { public int WordCount => Headline.Split(' ').Length; } }");
        var type = assembly.GetType("ArticleModel.Sample.NewsStory")!;
        Assert.NotNull(type.GetProperty("WordCount"));
    }
}
