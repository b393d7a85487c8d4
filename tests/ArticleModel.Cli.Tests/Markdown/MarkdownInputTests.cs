using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace ArticleModel.Cli.Tests.Markdown;

/// <summary><c>parse</c> on Markdown: --format markdown, detection by extension and by front matter, folders, stdin, JSON Lines.</summary>
public class MarkdownInputTests
{
    private static string ThreeFormats(string file) => Cli.RepoFile("src/ArticleModel.Sample/ThreeFormats/" + file);

    private static string ValueOf(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement.GetProperty("value"));

    private static string Value(string stdout) => JsonSerializer.Serialize(JsonDocument.Parse(stdout).RootElement);

    [Fact]
    public void The_story_in_every_format_gives_the_same_value()
    {
        var text = Cli.Run("parse", "--schema", Cli.NewsSchema, ThreeFormats("night-ferry.txt"));
        var markdown = Cli.Run("parse", "--schema", Cli.NewsSchema, ThreeFormats("night-ferry.md"));
        var html = Cli.Run("parse", "--schema", Cli.NewsSchema, ThreeFormats("night-ferry.html"));
        Assert.Equal(0, markdown.ExitCode);
        Assert.Equal("", markdown.Stderr);
        Assert.Equal(Value(text.Stdout), Value(markdown.Stdout));
        Assert.Equal(Value(text.Stdout), Value(html.Stdout));
        Assert.Contains("\"dek\":\"Islanders who work late shifts", Value(markdown.Stdout));
    }

    [Fact]
    public void Format_markdown_reads_any_file_as_markdown_and_text_reads_it_as_text()
    {
        var folder = Cli.TempFolder();
        var path = Path.Combine(folder, "story.dat");
        File.Copy(ThreeFormats("night-ferry.md"), path);
        var markdown = Cli.Run("parse", "--schema", Cli.NewsSchema, "--format", "markdown", path);
        Assert.Equal(Value(Cli.Run("parse", "--schema", Cli.NewsSchema, ThreeFormats("night-ferry.txt")).Stdout), Value(markdown.Stdout));
        var text = Cli.Run("parse", "--schema", Cli.NewsSchema, "--format", "text", ThreeFormats("night-ferry.md"));
        Assert.Equal("---", JsonDocument.Parse(text.Stdout).RootElement.GetProperty("headline").GetString());
    }

    [Fact]
    public void Auto_detects_front_matter_on_other_names_and_stdin_but_not_plain_markdown()
    {
        var md = File.ReadAllBytes(ThreeFormats("night-ferry.md"));
        var expected = Value(Cli.Run("parse", "--schema", Cli.NewsSchema, ThreeFormats("night-ferry.txt")).Stdout);
        var stdin = Cli.RunWithInput(md, "parse", "--schema", Cli.NewsSchema, "-");
        Assert.Equal(expected, Value(stdin.Stdout));
        // Without front matter, auto cannot tell Markdown from text safely: read as text (headline "# Night Ferry…").
        var noFrontMatter = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(md).Split("---\n", 3)[2].TrimStart('\n'));
        var asText = Cli.RunWithInput(noFrontMatter, "parse", "--schema", Cli.NewsSchema, "-");
        Assert.StartsWith("# Night Ferry", JsonDocument.Parse(asText.Stdout).RootElement.GetProperty("headline").GetString());
        var asMarkdown = Cli.RunWithInput(noFrontMatter, "parse", "--schema", Cli.NewsSchema, "--format", "markdown", "-");
        Assert.Equal("Night Ferry to Gull Island Returns After Two-Year Pause", JsonDocument.Parse(asMarkdown.Stdout).RootElement.GetProperty("headline").GetString());
    }

    [Fact]
    public void A_folder_gives_markdown_under_format_markdown_or_a_glob_but_not_by_default()
    {
        var folder = Cli.TempFolder();
        File.Copy(ThreeFormats("night-ferry.md"), Path.Combine(folder, "a.md"));
        File.Copy(ThreeFormats("night-ferry.md"), Path.Combine(folder, "b.markdown"));
        File.Copy(ThreeFormats("night-ferry.txt"), Path.Combine(folder, "c.txt"));
        string[] Names(RunResult r) => r.StdoutLines.Select(l => Path.GetFileName(JsonDocument.Parse(l).RootElement.GetProperty("path").GetString()!)).OrderBy(n => n).ToArray();
        // auto: a folder's .md files are often notes, so its default glob leaves them out.
        Assert.Equal(new[] { "c.txt" }, Names(Cli.Run("parse", "--schema", Cli.NewsSchema, folder)));
        Assert.Equal(new[] { "a.md", "b.markdown" }, Names(Cli.Run("parse", "--schema", Cli.NewsSchema, "--format", "markdown", folder)));
        // A glob that takes them reads each by its extension: the same story three times.
        var globbed = Cli.Run("parse", "--schema", Cli.NewsSchema, "--glob", "*.{md,markdown,txt}", folder);
        Assert.Equal(new[] { "a.md", "b.markdown", "c.txt" }, Names(globbed));
        Assert.Single(globbed.StdoutLines.Select(ValueOf).Distinct());
    }

    [Fact]
    public void Json_lines_records_may_say_format_markdown()
    {
        var md = File.ReadAllText(ThreeFormats("night-ferry.md"));
        var body = md.Split("---\n", 3)[2];
        var lines = string.Join("\n",
            JsonSerializer.Serialize(new { id = 1, text = body, format = "markdown" }),
            JsonSerializer.Serialize(new { id = 2, text = md }),                       // auto: front matter
            JsonSerializer.Serialize(new { id = 3, text = body }),                     // auto: text
            JsonSerializer.Serialize(new { id = 4, html = "<h1>T</h1>", format = "markdown" }));
        var r = Cli.RunWithInput(Encoding.UTF8.GetBytes(lines), "parse", "--schema", Cli.NewsSchema, "--jsonl");
        var records = r.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(new[] { 1, 2, 3, 4 }, records.Select(v => v.GetProperty("id").GetInt32()));
        string Headline(int i) => records[i].GetProperty("value").GetProperty("headline").GetString()!;
        Assert.Equal("Night Ferry to Gull Island Returns After Two-Year Pause", Headline(0));
        Assert.Equal("Night Ferry to Gull Island Returns After Two-Year Pause", Headline(1));
        Assert.StartsWith("# Night Ferry", Headline(2));
        Assert.Contains("<stdin>:4(1,1): error AM2040: the record has \"html\" but \"format\":\"markdown\"", r.Stderr);
        var unknown = Cli.RunWithInput(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { id = 1, text = "x", format = "md" })), "parse", "--schema", Cli.NewsSchema, "--jsonl");
        Assert.Contains("is not one of text, html, markdown, auto", unknown.Stderr);
    }

    [Fact]
    public void Reader_warnings_reach_stderr_with_their_place()
    {
        var folder = Cli.TempFolder();
        var path = Path.Combine(folder, "deep.md");
        File.WriteAllText(path, "# Title\n\n" + new string('>', 500) + " deep\n");
        var r = Cli.Run("parse", "--schema", Cli.NewsSchema, path);
        Assert.Contains("warning AM3016", r.Stderr);
        var fm = Path.Combine(folder, "fm.md");
        File.WriteAllText(fm, "---\ntitle: T\n{bad}\n---\n# T\n\nBody.\n");
        Assert.Contains("deep.md", r.Stderr);
        var r2 = Cli.Run("parse", "--schema", Cli.NewsSchema, fm);
        Assert.Contains("fm.md(3,1): warning AM3017", r2.Stderr);
    }
}
