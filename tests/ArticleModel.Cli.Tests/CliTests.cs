using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ArticleModel.Interpreter;
using Xunit;

namespace ArticleModel.Cli.Tests;

/// <summary>The articlemodel tool, run as a process against real files, folders, stdin and JSON Lines streams.</summary>
public class CliTests
{
    private static readonly Lazy<InterpretedParser> s_parser = new(() => InterpretedSchema.LoadFile(Cli.NewsSchema).GetParser());

    private static string CompactValue(byte[] article) => s_parser.Value.Parse(article).Value!.ToJson();

    [Fact]
    public void Parse_of_one_file_is_byte_identical_to_the_sample_app()
    {
        foreach (var file in Cli.SampleFiles())
        {
            var sample = Cli.RunSample(file);
            var cli = Cli.Run("parse", "--schema", Cli.NewsSchema, file);
            Assert.Equal(sample.ExitCode, cli.ExitCode);
            Assert.True(sample.StdoutBytes.SequenceEqual(cli.StdoutBytes), $"stdout differs for {file}:\n{sample.Stdout}\n---\n{cli.Stdout}");
            Assert.Equal(sample.Stderr, cli.Stderr);
        }
    }

    [Fact]
    public void Parse_of_hostile_single_files_matches_the_sample_app()
    {
        var folder = Cli.TempFolder();
        var random = new Random(42);
        var noise = new byte[64 * 1024];
        random.NextBytes(noise);
        var inputs = new (string Name, byte[] Bytes)[]
        {
            ("empty.txt", Array.Empty<byte>()),
            ("noise.bin", noise),
            ("bad-utf8.txt", Encoding.UTF8.GetBytes("Headline Here\n\nBody with a bad byte: ").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(" end.\n")).ToArray()),
        };
        foreach (var (name, bytes) in inputs)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllBytes(path, bytes);
            var sample = Cli.RunSample(path);
            var cli = Cli.Run("parse", "--schema", Cli.NewsSchema, path);
            Assert.Equal(sample.ExitCode, cli.ExitCode);
            Assert.True(sample.StdoutBytes.SequenceEqual(cli.StdoutBytes), $"stdout differs for {name}");
            Assert.Equal(sample.Stderr, cli.Stderr);
        }
    }

    [Fact]
    public void Parse_of_a_folder_writes_json_lines_in_order_and_reports_bad_inputs()
    {
        var folder = Cli.TempFolder();
        var sub = Directory.CreateDirectory(Path.Combine(folder, "b-more")).FullName;
        var files = Cli.SampleFiles();
        foreach (var f in files) File.Copy(f, Path.Combine(folder, Path.GetFileName(f)));
        File.Copy(files[0], Path.Combine(sub, "nested.txt"));
        File.WriteAllText(Path.Combine(folder, "notes.md"), "not an article"); // filtered out by the default glob
        File.WriteAllBytes(Path.Combine(folder, "a-empty.txt"), Array.Empty<byte>());
        var noise = new byte[4096];
        new Random(1).NextBytes(noise);
        File.WriteAllBytes(Path.Combine(folder, "c-binary.txt"), noise);

        var run = Cli.Run("parse", "--schema", Cli.NewsSchema, folder);
        Assert.Equal(1, run.ExitCode); // the empty file has no headline
        var lines = run.StdoutLines;
        var expectedPaths = new[] { "a-empty.txt" }
            .Concat(files.Select(Path.GetFileName).Append("c-binary.txt").OrderBy(n => n, StringComparer.Ordinal)!)
            .Select(n => Path.Combine(folder, n!))
            .Append(Path.Combine(sub, "nested.txt"))
            .ToArray();
        var paths = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("path").GetString()).ToArray();
        Assert.Equal(expectedPaths, paths);
        foreach (var line in lines)
        {
            var root = JsonDocument.Parse(line).RootElement;
            Assert.Equal(new[] { "path", "value", "diagnostics" }, root.EnumerateObject().Select(p => p.Name).ToArray());
            var path = root.GetProperty("path").GetString()!;
            Assert.Equal(CompactValue(File.ReadAllBytes(path)), root.GetProperty("value").GetRawText());
        }
        Assert.Contains($"{Path.Combine(folder, "a-empty.txt")}(1,1): error AM3001: required field 'headline'", run.Stderr);
        Assert.Contains($"{Path.Combine(folder, "c-binary.txt")}(", run.Stderr);
        Assert.DoesNotContain("Exception", run.Stderr);

        // The same bytes with one worker and with two.
        var one = Cli.Run("parse", "--schema", Cli.NewsSchema, "--threads", "1", folder);
        var two = Cli.Run("parse", "--schema", Cli.NewsSchema, "--threads", "2", folder);
        Assert.Equal(run.StdoutBytes, one.StdoutBytes);
        Assert.Equal(run.StdoutBytes, two.StdoutBytes);
        Assert.Equal(run.Stderr, two.Stderr);

        // A glob, and several explicit files (JSON Lines, in argument order).
        var globbed = Cli.Run("parse", "--schema", Cli.NewsSchema, "--glob", "**/nested.txt", folder);
        Assert.Equal(0, globbed.ExitCode);
        Assert.Single(globbed.StdoutLines);
        var two_files = Cli.Run("parse", "--schema", Cli.NewsSchema, files[1], files[0]);
        Assert.Equal(new[] { files[1], files[0] }, two_files.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("path").GetString()).ToArray());
    }

    [Fact]
    public void Parse_of_a_json_lines_stream_of_10000_records_keeps_order_and_isolates_bad_records()
    {
        var articles = Cli.SampleFiles().Select(File.ReadAllBytes).ToArray();
        var texts = articles.Select(b => Encoding.UTF8.GetString(b)).ToArray();
        var expected = articles.Select(CompactValue).ToArray();
        var input = new MemoryStream();
        using (var writer = new StreamWriter(input, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" })
        {
            for (var i = 0; i < 10_000; i++)
            {
                if (i == 4321) writer.WriteLine("{ this is not json");
                else if (i == 777) writer.WriteLine("{\"id\": 777, \"text\": 5}");
                else writer.WriteLine(JsonSerializer.Serialize(new { id = i % 2 == 0 ? (object)i : "r" + i, text = texts[i % texts.Length] }));
                if (i == 10) writer.WriteLine(); // blank lines are skipped
            }
        }
        var run = Cli.RunWithInput(input.ToArray(), "parse", "--schema", Cli.NewsSchema, "--jsonl", "-");
        Assert.Equal(1, run.ExitCode);
        var lines = run.StdoutLines;
        Assert.Equal(10_000, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var root = JsonDocument.Parse(lines[i]).RootElement;
            Assert.Equal(new[] { "id", "value", "diagnostics" }, root.EnumerateObject().Select(p => p.Name).ToArray());
            if (i == 4321)
            {
                Assert.Equal(JsonValueKind.Null, root.GetProperty("id").ValueKind);
                Assert.Equal(JsonValueKind.Null, root.GetProperty("value").ValueKind);
                Assert.Equal("AM2004", root.GetProperty("diagnostics")[0].GetProperty("id").GetString());
                continue;
            }
            if (i == 777)
            {
                Assert.Equal(777, root.GetProperty("id").GetInt32());
                Assert.Equal(JsonValueKind.Null, root.GetProperty("value").ValueKind);
                continue;
            }
            if (i % 2 == 0) Assert.Equal(i, root.GetProperty("id").GetInt32());
            else Assert.Equal("r" + i, root.GetProperty("id").GetString());
            Assert.Equal(expected[i % expected.Length], root.GetProperty("value").GetRawText());
        }
        Assert.Contains("<stdin>:4323(1,1): error AM2004", run.Stderr); // line 4323: one blank line before it
        Assert.DoesNotContain("Exception", run.Stderr);
    }

    [Fact]
    public void Parse_of_stdin_prints_one_indented_object()
    {
        var article = File.ReadAllBytes(Cli.SampleFiles()[2]);
        var run = Cli.RunWithInput(article, "parse", "--schema", Cli.NewsSchema, "-");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.StartsWith("{\n  \"headline\": ", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(CompactValue(article), JsonSerializer.Serialize(JsonDocument.Parse(run.Stdout).RootElement, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));

        var empty = Cli.RunWithInput(Array.Empty<byte>(), "parse", "--schema", Cli.NewsSchema, "-");
        Assert.Equal(1, empty.ExitCode);
        Assert.Contains("<stdin>(1,1): error AM3001", empty.Stderr);
    }

    [Fact]
    public void Output_option_writes_a_file()
    {
        var output = Path.Combine(Cli.TempFolder(), "out.jsonl");
        var run = Cli.Run("parse", "--schema", Cli.NewsSchema, "--output", output, Cli.SampleArticles);
        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.StdoutBytes);
        Assert.Equal(Cli.SampleFiles().Length, File.ReadAllLines(output).Length);
    }

    [Fact]
    public void Oversized_inputs_get_a_diagnostic_and_the_batch_goes_on()
    {
        var run = Cli.Run("parse", "--schema", Cli.NewsSchema, "--max-bytes", "1500", Cli.SampleArticles);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(Cli.SampleFiles().Length, run.StdoutLines.Length);
        Assert.Contains("error AM2004: the input is", run.Stderr);
        Assert.Contains(run.StdoutLines, l => JsonDocument.Parse(l).RootElement.GetProperty("value").ValueKind == JsonValueKind.Object);
    }

    [Fact]
    public void An_unreadable_file_in_a_folder_gets_AM2004_and_the_batch_goes_on()
    {
        if (OperatingSystem.IsWindows()) return; // symbolic links need privileges there
        var folder = Cli.TempFolder();
        File.Copy(Cli.SampleFiles()[0], Path.Combine(folder, "b-good.txt"));
        File.CreateSymbolicLink(Path.Combine(folder, "a-broken.txt"), Path.Combine(folder, "no-such-target.txt"));
        var run = Cli.Run("parse", "--schema", Cli.NewsSchema, folder);
        Assert.Equal(1, run.ExitCode);
        var lines = run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(2, lines.Length);
        Assert.Equal("AM2004", lines[0].GetProperty("diagnostics")[0].GetProperty("id").GetString());
        Assert.Empty(lines[1].GetProperty("diagnostics").EnumerateArray());
        Assert.Contains($"{Path.Combine(folder, "a-broken.txt")}(1,1): error AM2004: the input could not be read", run.Stderr);
    }

    [Fact]
    public void Check_prints_diagnostics_and_sets_the_exit_code()
    {
        var clean = Cli.Run("check", Cli.NewsSchema, Cli.RepoFile("tests/ArticleModel.Generators.Tests/Schemas/Kitchen.article"));
        Assert.Equal(0, clean.ExitCode);
        Assert.Equal("", clean.Stdout);

        var bad = Cli.RepoFile("tests/ArticleModel.Schema.Tests/Corpus/invalid/AM0102-unknown-type.article");
        var run = Cli.Run("check", Cli.NewsSchema, bad);
        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@"^.*AM0102-unknown-type\.article\(\d+,\d+\): error AM0102: unknown type 'Bylne'", run.StdoutLines[0]);

        var missing = Cli.Run("check", "/no/such/schema.article");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("error AM1003", missing.Stdout);
    }

    [Theory]
    [InlineData("")]
    [InlineData("namespace Only.A.Namespace;\n")]
    [InlineData("record Byline { name: text }\n")]
    public void Check_and_parse_agree_on_a_schema_with_no_article(string text)
    {
        // Before: `check` called it clean (exit 0, no output) while `parse` refused it (exit 2).
        var folder = Cli.TempFolder();
        var schema = Path.Combine(folder, "nothing.article");
        File.WriteAllText(schema, text);
        var article = Path.Combine(folder, "a.txt");
        File.WriteAllText(article, "Headline\n");

        var check = Cli.Run("check", schema);
        Assert.Contains("nothing.article(1,1): warning AM0143: the schema declares no article", check.Stdout);

        var parse = Cli.Run("parse", "--schema", schema, article);
        Assert.Equal(2, parse.ExitCode);
        Assert.Contains("nothing.article(1,1): warning AM0143: the schema declares no article", parse.Stderr);
    }

    [Fact]
    public void Usage_and_schema_errors_exit_2()
    {
        var article = Cli.SampleFiles()[0];
        Assert.Equal(2, Cli.Run("parse", "--article", "NewsStory", article).ExitCode); // --article without --schema
        Assert.Equal(2, Cli.Run("parse", "--schema", Cli.NewsSchema).ExitCode); // no INPUT
        Assert.Equal(2, Cli.Run("parse", "--schema", Cli.NewsSchema, "/no/such/file.txt").ExitCode);
        Assert.Equal(2, Cli.Run("parse", "--schema", Cli.NewsSchema, "--format", "pdf", article).ExitCode);
        Assert.Equal(2, Cli.Run("parse", "--schema", Cli.NewsSchema, "--threads", "0", article).ExitCode);
        Assert.Equal(2, Cli.Run("frobnicate").ExitCode);
        var badUrl = Cli.Run("parse", "--schema", Cli.NewsSchema, "--url", "news.example/story", article);
        Assert.Equal(2, badUrl.ExitCode);
        Assert.Contains("--url", badUrl.Stderr);
        var schemaErrors = Cli.Run("parse", "--schema", Cli.RepoFile("tests/ArticleModel.Schema.Tests/Corpus/invalid/AM0102-unknown-type.article"), article);
        Assert.Equal(2, schemaErrors.ExitCode);
        Assert.Contains("error AM0102", schemaErrors.Stderr);
        var multi = Cli.Run("parse", "--schema", Cli.RepoFile("tests/ArticleModel.Schema.Tests/Corpus/valid/multi-article.article"), article);
        Assert.Equal(2, multi.ExitCode);
        Assert.Contains("--article", multi.Stderr);
        var help = Cli.Run("--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("parse", help.Stdout);
    }

    [Fact]
    public void Auto_and_text_formats_give_the_same_output()
    {
        var article = Cli.SampleFiles()[0];
        var auto = Cli.Run("parse", "--schema", Cli.NewsSchema, article);
        var text = Cli.Run("parse", "--schema", Cli.NewsSchema, "--format", "text", article);
        Assert.Equal(auto.StdoutBytes, text.StdoutBytes);
    }
}
