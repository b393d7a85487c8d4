using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ArticleModel.DocumentationChecks;
using Xunit;

namespace ArticleModel.ConsumerTests;

/// <summary>
/// What README.md and docs/getting-started.md show is what a user gets: their schemas, program and article are built
/// and run against the packed package, and the build errors and output they print are compared with the real ones.
/// </summary>
[Collection(ConsumerCollection.Name)]
public sealed class DocumentationTests
{
    private readonly ConsumerWorkspace _workspace;

    public DocumentationTests(ConsumerWorkspace workspace) => _workspace = workspace;

    private IReadOnlyList<MarkdownBlock> Blocks(string relativePath) =>
        MarkdownBlocks.Read(File.ReadAllText(Path.Combine(_workspace.RepoRoot, relativePath)));

    [Fact]
    public void Getting_started_schema_program_and_article_build_and_print_what_the_doc_shows()
    {
        var blocks = Blocks("docs/getting-started.md");
        var schema = MarkdownBlocks.Single(blocks, "the Dispatch schema", b => b.Text.StartsWith("namespace WireReader;", StringComparison.Ordinal));
        var program = MarkdownBlocks.Single(blocks, "Program.cs", b => b.Language == "csharp" && b.Text.Contains("ParseResult<Dispatch>", StringComparison.Ordinal));
        var article = MarkdownBlocks.Single(blocks, "the story", b => b.Language == "" && b.Text.Contains("\nJoin the Discussion!\n", StringComparison.Ordinal));
        var output = MarkdownBlocks.Single(blocks, "the program's output", b => b.Language == "" && b.Text.Contains("the headline is on line", StringComparison.Ordinal));

        File.WriteAllText(_workspace.PathOf("Docs/Dispatch.article"), schema.Text);
        File.WriteAllText(_workspace.PathOf("Docs/Program.cs"), program.Text);
        File.WriteAllText(_workspace.PathOf("Docs/story.txt"), article.Text);
        _workspace.Build("Docs/ConsumerDocs.csproj").AssertSuccess("building the getting-started app (warnings are errors)");
        var run = _workspace.RunApp(_workspace.PathOf("Docs/bin/Debug/net10.0/ConsumerDocs.dll"), $"\"{_workspace.PathOf("Docs/story.txt")}\"");
        run.AssertSuccess("running the getting-started app");

        AssertShownLinesAppearInOrder(output, run.Output);
    }

    [Fact]
    public void Build_errors_shown_in_the_docs_are_the_ones_the_build_prints()
    {
        var guide = Blocks("docs/getting-started.md");
        var readme = Blocks("README.md");
        var dispatch = MarkdownBlocks.Single(guide, "the Dispatch schema", b => b.Text.StartsWith("namespace WireReader;", StringComparison.Ordinal));
        var news = MarkdownBlocks.Single(readme, "the NewsStory schema", b => b.Text.StartsWith("namespace ArticleModel.Sample;", StringComparison.Ordinal));
        var dispatchError = MarkdownBlocks.Single(guide, "the build error", b => b.Text.StartsWith("Dispatch.article(", StringComparison.Ordinal));
        var newsError = MarkdownBlocks.Single(readme, "the build error", b => b.Text.StartsWith("NewsStory.article(", StringComparison.Ordinal));

        // The mistakes the docs describe: the record's name misspelt where a field uses it.
        File.WriteAllText(_workspace.PathOf("DocsBroken/Dispatch.article"), MisspellFieldType(dispatch.Text, "Author?", "Autor?"));
        File.WriteAllText(_workspace.PathOf("DocsBroken/NewsStory.article"), MisspellFieldType(news.Text, "Byline?", "Bylne?"));
        File.WriteAllText(_workspace.PathOf("DocsBroken/Program.cs"), "System.Console.WriteLine();\n");
        var build = _workspace.Build("DocsBroken/ConsumerDocsBroken.csproj");

        Assert.NotEqual(0, build.ExitCode);
        foreach (var shown in new[] { dispatchError.Text.Trim(), newsError.Text.Trim() })
        {
            var m = Regex.Match(shown, @"^(?<file>[\w.]+)\((?<line>\d+),(?<col>\d+)\): (?<rest>error AM\d{4}: .*)$");
            Assert.True(m.Success, "the docs show an error line in an unexpected form: " + shown);
            var printed = new Regex(@"(^|[\\/])" + Regex.Escape(m.Groups["file"].Value) + @"\(" + m.Groups["line"].Value + "," + m.Groups["col"].Value
                + @"(,\d+,\d+)?\): " + Regex.Escape(m.Groups["rest"].Value) + @"( \[|\r?$)", RegexOptions.Multiline);
            Assert.True(printed.IsMatch(build.Output), $"the docs show\n  {shown}\nbut the build printed:\n{build.Output}");
        }
    }

    [Fact]
    public void Install_commands_ask_for_a_prerelease_only_when_the_version_is_one()
    {
        var version = File.ReadAllText(Path.Combine(_workspace.RepoRoot, "Directory.Build.props"));
        var isPrerelease = Regex.Match(version, @"<Version>[^<]*-[^<]*</Version>").Success;
        foreach (var doc in new[] { "README.md", "docs/getting-started.md" })
        {
            var text = File.ReadAllText(Path.Combine(_workspace.RepoRoot, doc));
            Assert.True(isPrerelease || !text.Contains("--prerelease", StringComparison.Ordinal),
                $"{doc} tells users to add --prerelease, but the package version is a stable one");
        }
    }

    /// <summary>Replaces the first field type <paramref name="type"/> (after a field's ':') with <paramref name="misspelt"/>.</summary>
    private static string MisspellFieldType(string schema, string type, string misspelt)
    {
        var m = Regex.Match(schema, @":[ \t]*" + Regex.Escape(type));
        Assert.True(m.Success, $"the schema in the docs has no field of type {type}");
        var at = m.Index + m.Length - type.Length;
        return schema[..at] + misspelt + schema[(at + type.Length)..];
    }

    /// <summary>Each line the doc shows (a line of "..." stands for lines left out) is printed, in the same order.</summary>
    private static void AssertShownLinesAppearInOrder(MarkdownBlock shown, string actualOutput)
    {
        var actual = actualOutput.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd()).ToList();
        var next = 0;
        foreach (var line in shown.Text.TrimEnd('\n').Split('\n').Select(l => l.TrimEnd()))
        {
            if (line.Trim() == "...") continue;
            var found = actual.FindIndex(next, l => l == line);
            Assert.True(found >= 0, $"the doc (line {shown.Line}) shows\n  {line}\nbut the program printed (from line {next + 1}):\n{string.Join("\n", actual.Skip(next))}");
            next = found + 1;
        }
    }
}
