using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ArticleModel.DocumentationChecks;
using Xunit;

namespace ArticleModel.Sample.Tests;

/// <summary>
/// The README's abridged outputs of <c>dotnet run --project src/ArticleModel.Sample</c> (JSON, and with <c>--jsonld</c>
/// schema.org JSON-LD) are what the sample prints.
/// </summary>
public class ReadmeOutputTests
{
    [Fact]
    public void Every_value_the_readme_shows_is_in_the_sample_output() =>
        AssertShownValuesArePrinted("the sample's JSON output", b => !b.Text.Contains("\"@context\"", StringComparison.Ordinal));

    [Fact]
    public void Every_value_the_readme_shows_is_in_the_sample_json_ld_output() =>
        AssertShownValuesArePrinted("the sample's JSON-LD output", b => b.Text.Contains("\"@context\"", StringComparison.Ordinal), "--jsonld");

    private static void AssertShownValuesArePrinted(string what, Func<MarkdownBlock, bool> which, params string[] args)
    {
        var readme = File.ReadAllText(Path.Combine(RepoRoot(), "README.md"));
        var shown = MarkdownBlocks.Single(MarkdownBlocks.Read(readme), what,
            b => b.Language == "json" && b.Text.Contains("\"headline\"", StringComparison.Ordinal) && which(b));

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, StandardOutputEncoding = Encoding.UTF8 };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ArticleModel.Sample.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000));

        // Every string value shown in full ("..." marks what the README abridges) and every "name": value pair on one
        // line must be printed; the abridged text itself is not compared.
        var printed = Flatten(JsonDocument.Parse(stdout).RootElement);
        var values = Regex.Matches(shown.Text, "\"(?<name>[^\"]+)\":\\s*(?<value>\"(?:[^\"\\\\]|\\\\.)*\"|\\{|\\[|[^,}\\]\\s]+)");
        Assert.NotEmpty(values);
        foreach (Match m in values)
        {
            var value = m.Groups["value"].Value;
            if (value is "{" or "[" || value.Contains("...", StringComparison.Ordinal)) continue;
            var pair = $"\"{m.Groups["name"].Value}\": {value}";
            Assert.True(printed.Contains(pair), $"the README shows {pair}, which the sample does not print");
        }
    }

    private static System.Collections.Generic.HashSet<string> Flatten(JsonElement element)
    {
        var pairs = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in e.EnumerateObject())
                {
                    if (p.Value.ValueKind is not JsonValueKind.Object and not JsonValueKind.Array)
                        pairs.Add($"\"{p.Name}\": {JsonSerializer.Serialize(p.Value, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })}");
                    Walk(p.Value);
                }
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray()) Walk(item);
            }
        }
        Walk(element);
        return pairs;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ArticleModel.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("repository root not found");
    }
}
