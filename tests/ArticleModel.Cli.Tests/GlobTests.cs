using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace ArticleModel.Cli.Tests;

/// <summary>Issue 9 item 11: --glob patterns match whole names; alternatives only inside braces.</summary>
public class GlobTests
{
    [Theory]
    // pattern, path relative to the folder, expected
    [InlineData("a,b.txt", "apple.doc", false)]
    [InlineData("a,b.txt", "b.txt", false)]
    [InlineData("a,b.txt", "a,b.txt", true)]
    [InlineData("a,b.txt", "sub/a,b.txt", true)]
    [InlineData("{a,b}.txt", "a.txt", true)]
    [InlineData("{a,b}.txt", "b.txt", true)]
    [InlineData("{a,b}.txt", "ab.txt", false)]
    [InlineData("{a,b}.txt", "apple.txt", false)]
    [InlineData("{a,b}.txt", "x/a.txt", true)]
    [InlineData("*.{txt,md}", "notes.md", true)]
    [InlineData("*.{txt,md}", "notes.md.bak", false)]
    [InlineData("*.{txt,md}", "notes.mdx", false)]
    [InlineData("{x{1,2},y}.txt", "x2.txt", true)]
    [InlineData("{x{1,2},y}.txt", "y.txt", true)]
    [InlineData("{x{1,2},y}.txt", "x.txt", false)]
    [InlineData("*.txt", "a.txt", true)]
    [InlineData("*.txt", "a/b/c.txt", true)]
    [InlineData("*.txt", "a.txt.gz", false)]
    [InlineData("*.txt", "atxt", false)]
    [InlineData("?.txt", "a.txt", true)]
    [InlineData("?.txt", "ab.txt", false)]
    [InlineData("a/*.txt", "a/b.txt", true)]
    [InlineData("a/*.txt", "a/b/c.txt", false)]
    [InlineData("a/*.txt", "x/a/b.txt", false)]
    [InlineData("a/**/*.txt", "a/b/c/d.txt", true)]
    [InlineData("a/**/*.txt", "a/d.txt", true)]
    [InlineData("**/*.txt", "d.txt", true)]
    [InlineData("a.b", "axb", false)]
    [InlineData("a+b(c)[d]^$|.txt", "a+b(c)[d]^$|.txt", true)]
    [InlineData("a|b", "a", false)]
    [InlineData("a|b", "a|b", true)]
    [InlineData("(a)", "a", false)]
    public void A_pattern_matches_whole_names_only(string pattern, string path, bool expected)
    {
        Assert.Equal(expected, Glob.Create(pattern).IsMatch(path));
    }

    [Theory]
    [InlineData("{a,b")]
    [InlineData("a}")]
    [InlineData("{{a}")]
    public void Unbalanced_braces_are_a_usage_error(string pattern)
    {
        var e = Assert.Throws<UsageException>(() => Glob.Create(pattern));
        Assert.Contains("not a valid --glob pattern", e.Message);
    }

    [Fact]
    public void Huge_or_explosive_patterns_are_a_usage_error_not_a_crash()
    {
        // 20,000 alternatives: the linear-time engine refused the automaton with NotSupportedException, which escaped (exit 134).
        var alternatives = "{" + string.Join(",", Enumerable.Range(0, 20_000).Select(i => "a" + i)) + "}.txt";
        Assert.Contains("longer than", Assert.Throws<UsageException>(() => Glob.Create(alternatives)).Message);
        // Within the length limit but an automaton too large to build.
        var explosive = string.Concat(Enumerable.Repeat("{a,b,c,d}*", 100));
        Assert.True(explosive.Length <= Glob.MaxLength);
        var e = Record.Exception(() => Glob.Create(explosive).IsMatch("abcd.txt"));
        Assert.True(e is null or UsageException, e?.ToString());
        Assert.Contains("longer than", Assert.Throws<UsageException>(() => Glob.Create(new string('{', 30_000) + "a" + new string('}', 30_000))).Message);

        var folder = Cli.TempFolder();
        File.WriteAllBytes(Path.Combine(folder, "a1.txt"), File.ReadAllBytes(Cli.SampleFiles()[0]));
        var run = Cli.Run("parse", "--schema", Cli.NewsSchema, "--glob", alternatives, folder);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not a valid --glob pattern", run.Stderr);
        Assert.DoesNotContain("Unhandled", run.Stderr);
    }

    [Fact]
    public void The_tool_with_a_comma_pattern_selects_only_the_file_of_that_name()
    {
        var folder = Cli.TempFolder();
        var article = File.ReadAllBytes(Cli.SampleFiles()[0]);
        foreach (var name in new[] { "apple.doc", "a,b.txt", "b.txt", "a.txt" }) File.WriteAllBytes(Path.Combine(folder, name), article);
        var run = Cli.Run("parse", "--schema", Cli.NewsSchema, "--glob", "a,b.txt", folder);
        Assert.Equal(0, run.ExitCode);
        var paths = run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("path").GetString()).ToArray();
        Assert.Equal(new[] { Path.Combine(folder, "a,b.txt") }, paths);
        Assert.Equal(2, Cli.Run("parse", "--schema", Cli.NewsSchema, "--glob", "{a,b", folder).ExitCode);
    }
}
