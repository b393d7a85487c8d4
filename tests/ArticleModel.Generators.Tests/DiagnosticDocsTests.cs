using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Xunit;

namespace ArticleModel.Generators.Tests;

/// <summary>Every diagnostic ID the generator or the runtime can report has a section in docs/diagnostics.md.</summary>
public class DiagnosticDocsTests
{
    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ArticleModel.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("repository root not found");
    }

    [Fact]
    public void Every_generator_and_runtime_id_is_documented()
    {
        var docs = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "diagnostics.md"));
        var headings = Regex.Matches(docs, @"^#{2,3} (AM\d{4})\b", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToHashSet();

        var generatorIds = Diagnostics.DiagnosticDescriptors.ById.Keys;
        var runtimeIds = typeof(global::ArticleModel.DiagnosticIds)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);
        var ids = generatorIds.Concat(runtimeIds).ToList();
        Assert.True(ids.Count > 50);
        Assert.All(ids, id => Assert.True(headings.Contains(id), $"docs/diagnostics.md has no section for {id}"));
    }

    [Fact]
    public void No_diagnostic_links_to_an_invented_web_address()
    {
        // There is no published documentation site; a link would send users to a page that does not exist.
        var linked = Diagnostics.DiagnosticDescriptors.ById.Values.Where(d => !string.IsNullOrEmpty(d.HelpLinkUri)).Select(d => d.Id + " " + d.HelpLinkUri).ToList();
        Assert.True(linked.Count == 0, "help links to pages that do not exist:\n" + string.Join("\n", linked));
    }
}
