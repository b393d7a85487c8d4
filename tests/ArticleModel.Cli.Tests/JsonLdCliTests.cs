using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace ArticleModel.Cli.Tests;

/// <summary><c>articlemodel parse --out jsonld</c>: schema.org JSON-LD from the interpreter, byte for byte what the generated model writes.</summary>
public class JsonLdCliTests
{
    [Fact]
    public void Out_jsonld_of_one_file_is_byte_identical_to_the_generated_WriteJsonLd()
    {
        foreach (var file in Cli.SampleFiles())
        {
            var sample = Cli.RunSample("--jsonld", file);
            var cli = Cli.Run("parse", "--schema", Cli.NewsSchema, "--out", "jsonld", file);
            Assert.Equal(sample.ExitCode, cli.ExitCode);
            Assert.True(sample.StdoutBytes.SequenceEqual(cli.StdoutBytes), $"stdout differs for {file}:\n{sample.Stdout}\n---\n{cli.Stdout}");
            Assert.Equal(sample.Stderr, cli.Stderr);
            using var doc = JsonDocument.Parse(cli.StdoutBytes);
            Assert.Equal("https://schema.org", doc.RootElement.GetProperty("@context").GetString());
            Assert.Equal("NewsArticle", doc.RootElement.GetProperty("@type").GetString());
        }
    }

    [Fact]
    public void The_default_output_stays_the_schemas_json()
    {
        var article = Cli.SampleFiles()[0];
        var plain = Cli.Run("parse", "--schema", Cli.NewsSchema, article);
        var json = Cli.Run("parse", "--schema", Cli.NewsSchema, "--out", "json", article);
        Assert.Equal(0, plain.ExitCode);
        Assert.Equal(plain.StdoutBytes, json.StdoutBytes);
        Assert.DoesNotContain("@context", plain.Stdout);
        Assert.Contains("\"headline\"", plain.Stdout);
    }

    [Fact]
    public void A_folder_with_out_jsonld_writes_each_value_as_json_ld_in_json_lines()
    {
        var run = Cli.Run("parse", "--schema", Cli.NewsSchema, "--out", "jsonld", "--threads", "2", Cli.SampleArticles);
        var lines = run.StdoutLines;
        Assert.Equal(Cli.SampleFiles().Length, lines.Length);
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            var path = doc.RootElement.GetProperty("path").GetString()!;
            var value = doc.RootElement.GetProperty("value");
            Assert.Equal("NewsArticle", value.GetProperty("@type").GetString());
            // The same object as the single-file output, compacted.
            var single = Cli.Run("parse", "--schema", Cli.NewsSchema, "--out", "jsonld", path);
            using var singleDoc = JsonDocument.Parse(single.StdoutBytes);
            Assert.Equal(JsonSerializer.Serialize(singleDoc.RootElement), JsonSerializer.Serialize(value));
            Assert.Equal(JsonValueKind.Array, doc.RootElement.GetProperty("diagnostics").ValueKind);
        }
    }

    [Fact]
    public void Json_lines_records_with_out_jsonld_give_json_ld_values_and_bad_records_null()
    {
        var text = File.ReadAllText(Cli.SampleFiles()[0]);
        var input = new StringBuilder();
        input.Append(JsonSerializer.Serialize(new { id = 1, text })).Append('\n');
        input.Append("{\"id\": 2, \"text\": 5}\n");
        input.Append(JsonSerializer.Serialize(new { id = 3, text = "Just a headline" })).Append('\n');
        var run = Cli.RunWithInput(Encoding.UTF8.GetBytes(input.ToString()), "parse", "--schema", Cli.NewsSchema, "--out", "jsonld", "--jsonl", "-");
        var lines = run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal(1, lines[0].GetProperty("id").GetInt32());
        Assert.Equal("NewsArticle", lines[0].GetProperty("value").GetProperty("@type").GetString());
        Assert.True(lines[0].GetProperty("value").TryGetProperty("articleBody", out _));
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("value").ValueKind);
        Assert.Equal("Just a headline", lines[2].GetProperty("value").GetProperty("headline").GetString());
        Assert.False(lines[2].GetProperty("value").TryGetProperty("author", out _));
        Assert.Equal(1, run.ExitCode); // the bad record
    }

    [Fact]
    public void Out_jsonld_with_a_schema_without_a_jsonld_block_is_a_usage_error()
    {
        var schema = Cli.RepoFile("tests/ArticleModel.Generators.Tests/Schemas/Kitchen.article");
        var run = Cli.Run("parse", "--schema", schema, "--out", "jsonld", Cli.RepoFile("tests/ArticleModel.Generators.Tests/Schemas/kitchen-release.txt"));
        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.StdoutBytes);
        Assert.Contains("AM2055", run.Stderr);
        Assert.Contains("has no jsonld block", run.Stderr);
        // The same schema parses as JSON.
        Assert.Equal(0, Cli.Run("parse", "--schema", schema, Cli.RepoFile("tests/ArticleModel.Generators.Tests/Schemas/kitchen-release.txt")).ExitCode);
    }

    [Fact]
    public void Out_takes_json_or_jsonld_only_and_not_with_quote_spans()
    {
        var article = Cli.SampleFiles()[0];
        Assert.Equal(2, Cli.Run("parse", "--schema", Cli.NewsSchema, "--out", "xml", article).ExitCode);
        var spans = Cli.Run("parse", "--schema", Cli.NewsSchema, "--out", "jsonld", "--quote-spans", article);
        Assert.Equal(2, spans.ExitCode);
        Assert.Contains("--quote-spans", spans.Stderr);
    }
}
