using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace ArticleModel.Cli.Tests.Html;

/// <summary><c>parse</c> on web pages: --format html|text|auto, detection by extension and content, folders, stdin.</summary>
public class HtmlInputTests
{
    private static string Compact(string indentedJson) => JsonSerializer.Serialize(JsonDocument.Parse(indentedJson).RootElement);

    private static (string Folder, string Schema) Setup()
    {
        var folder = Cli.TempFolder();
        return (folder, HtmlPages.Write(folder, "story.article", HtmlPages.Schema));
    }

    [Fact]
    public void One_article_as_text_and_as_a_page_gives_equal_values_with_one_schema()
    {
        var (folder, schema) = Setup();
        var text = Cli.Run("parse", "--schema", schema, HtmlPages.Write(folder, "story.txt", HtmlPages.Text));
        var page = Cli.Run("parse", "--schema", schema, HtmlPages.Write(folder, "story.html", HtmlPages.Page));
        Assert.Equal(0, text.ExitCode);
        Assert.Equal(0, page.ExitCode);
        Assert.Equal(HtmlPages.Value, Compact(text.Stdout));
        Assert.Equal(HtmlPages.Value, Compact(page.Stdout));
        Assert.Equal("", page.Stderr);
    }

    [Fact]
    public void Format_decides_over_the_extension()
    {
        var (folder, schema) = Setup();
        var asText = Cli.Run("parse", "--schema", schema, "--format", "text", HtmlPages.Write(folder, "story.html", HtmlPages.Page));
        Assert.Equal("<!DOCTYPE html>", JsonDocument.Parse(asText.Stdout).RootElement.GetProperty("headline").GetString());
        var asHtml = Cli.Run("parse", "--schema", schema, "--format", "html", HtmlPages.Write(folder, "story.dat", HtmlPages.Page));
        Assert.Equal(HtmlPages.Value, Compact(asHtml.Stdout));
    }

    [Fact]
    public void Auto_sniffs_files_without_a_known_extension_and_stdin()
    {
        var (folder, schema) = Setup();
        var file = Cli.Run("parse", "--schema", schema, HtmlPages.Write(folder, "story", HtmlPages.Page));
        Assert.Equal(HtmlPages.Value, Compact(file.Stdout));
        var stdin = Cli.RunWithInput(Encoding.UTF8.GetBytes(HtmlPages.Page), "parse", "--schema", schema, "-");
        Assert.Equal(HtmlPages.Value, Compact(stdin.Stdout));
        var textStdin = Cli.RunWithInput(Encoding.UTF8.GetBytes(HtmlPages.Text), "parse", "--schema", schema, "-");
        Assert.Equal(HtmlPages.Value, Compact(textStdin.Stdout));
    }

    [Fact]
    public void A_folder_gives_pages_and_texts_under_auto_and_only_its_format_otherwise()
    {
        var (folder, schema) = Setup();
        var inputs = Directory.CreateDirectory(Path.Combine(folder, "in")).FullName;
        HtmlPages.Write(inputs, "a.html", HtmlPages.Page);
        HtmlPages.Write(inputs, "b.htm", HtmlPages.Page);
        HtmlPages.Write(inputs, "c.txt", HtmlPages.Text);
        HtmlPages.Write(inputs, "d.xhtml", HtmlPages.Page);
        HtmlPages.Write(inputs, "e.md", "# not parsed\n");

        string[] Paths(RunResult r) => r.StdoutLines.Select(l => Path.GetFileName(JsonDocument.Parse(l).RootElement.GetProperty("path").GetString()!)).ToArray();

        var auto = Cli.Run("parse", "--schema", schema, inputs);
        Assert.Equal(0, auto.ExitCode);
        Assert.Equal(new[] { "a.html", "b.htm", "c.txt", "d.xhtml" }, Paths(auto));
        foreach (var line in auto.StdoutLines)
            Assert.Equal(HtmlPages.Value, JsonSerializer.Serialize(JsonDocument.Parse(line).RootElement.GetProperty("value")));
        Assert.Equal(new[] { "a.html", "b.htm", "d.xhtml" }, Paths(Cli.Run("parse", "--schema", schema, "--format", "html", inputs)));
        Assert.Equal(new[] { "c.txt" }, Paths(Cli.Run("parse", "--schema", schema, "--format", "text", inputs)));
    }

    [Fact]
    public void A_windows_1252_page_without_a_charset_is_decoded_with_a_warning()
    {
        var (folder, schema) = Setup();
        var bytes = Encoding.Latin1.GetBytes("<html><body><h1>Caf\u00e9 Owners Protest</h1><p>They met at the caf\u00e9.</p></body></html>");
        var r = Cli.Run("parse", "--schema", schema, HtmlPages.Write(folder, "cp1252.html", bytes));
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("Caf\u00e9 Owners Protest", JsonDocument.Parse(r.Stdout).RootElement.GetProperty("headline").GetString());
        Assert.Contains("warning AM2020", r.Stderr);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html><body><div><p>unclosed <b>markup <table><tr><td>cell")]
    [InlineData("<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script></head><body></body></html>")]
    public void Broken_and_empty_pages_end_with_diagnostics_not_exceptions(string page)
    {
        var (folder, schema) = Setup();
        var r = Cli.Run("parse", "--schema", schema, "--format", "html", HtmlPages.Write(folder, "bad.html", page));
        Assert.True(r.ExitCode is 0 or 1, r.Stderr);
        JsonDocument.Parse(r.Stdout); // always a JSON value
        Assert.DoesNotContain("Exception", r.Stderr);
    }

    [Fact]
    public void Json_lines_records_carry_html_a_format_and_a_url()
    {
        var (_, schema) = Setup();
        var lines = string.Join("\n",
            JsonSerializer.Serialize(new { id = 1, html = HtmlPages.Page, url = "https://ledger.example/2025/tolls" }),
            JsonSerializer.Serialize(new { id = 2, text = HtmlPages.Page, format = "html" }),
            JsonSerializer.Serialize(new { id = 3, text = HtmlPages.Text }),
            JsonSerializer.Serialize(new { id = 4, text = HtmlPages.Page }),          // --format auto: sniffed
            JsonSerializer.Serialize(new { id = 5, text = HtmlPages.Page, format = "text" }));
        var r = Cli.RunWithInput(Encoding.UTF8.GetBytes(lines), "parse", "--schema", schema, "--jsonl");
        Assert.Equal(0, r.ExitCode);
        var values = r.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(new[] { 1, 2, 3, 4, 5 }, values.Select(v => v.GetProperty("id").GetInt32()));
        for (var i = 0; i < 4; i++) Assert.Equal(HtmlPages.Value, JsonSerializer.Serialize(values[i].GetProperty("value")));
        Assert.Equal("<!DOCTYPE html>", values[4].GetProperty("value").GetProperty("headline").GetString());

        var asText = Cli.RunWithInput(Encoding.UTF8.GetBytes(lines), "parse", "--schema", schema, "--jsonl", "--format", "text");
        var textValues = asText.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("value")).ToArray();
        Assert.Equal(HtmlPages.Value, JsonSerializer.Serialize(textValues[0])); // "html" is HTML whatever --format says
        Assert.Equal("<!DOCTYPE html>", textValues[3].GetProperty("headline").GetString());
    }

    [Fact]
    public void The_page_url_reaches_the_reader()
    {
        var page = InputDocument.Read(HtmlPages.Page, InputFormat.Html, "https://ledger.example/2025/tolls").Page!;
        Assert.Equal("https://ledger.example/img/lead.jpg", page.ResolveUrl("/img/lead.jpg")!.AbsoluteUri);
        var bytes = Encoding.UTF8.GetBytes(HtmlPages.Page);
        var file = InputDocument.Read(bytes, bytes.Length, InputFormat.Auto, "story.html", "https://ledger.example/a/b").Page!;
        Assert.Equal("https://ledger.example/a/c.jpg", file.ResolveUrl("c.jpg")!.AbsoluteUri);
        Assert.Null(InputDocument.Read(bytes, bytes.Length, InputFormat.Auto, "story.txt", "https://ledger.example/a/b").Page);
    }
}
