using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace ArticleModel.Cli.Tests;

/// <summary>
/// Issue 9 items 8, 9 and 12, run against the built tool as a process: size limits for every kind of source, folder
/// batches that meet named pipes and symbolic-link loops, results written as soon as their turn comes, and UTF-16/32 files.
/// </summary>
public class InputHardeningTests
{
    private static bool Unix => !OperatingSystem.IsWindows();

    private static string Mkfifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", path) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return path;
    }

    [Fact]
    public void Check_and_parse_with_dev_zero_as_the_schema_refuse_it_without_running_out_of_memory()
    {
        if (!Unix) return;
        var check = Cli.Run("check", "/dev/zero");
        Assert.Equal(2, check.ExitCode);
        Assert.Contains("/dev/zero(1,1): error AM1003: the schema file '/dev/zero' is larger than the limit", check.Stdout);

        var parse = Cli.Run("parse", "-s", "/dev/zero", Cli.SampleFiles()[0]);
        Assert.Equal(2, parse.ExitCode);
        Assert.Contains("error AM1003", parse.Stderr);
    }

    [Fact]
    public void A_full_disk_is_an_error_message_and_exit_code_3_not_a_crash()
    {
        // Before: an unhandled IOException with its stack trace, exit 134 (abort), for one file and for a batch.
        if (!Unix || !File.Exists("/dev/full")) return;
        foreach (var input in new[] { Cli.SampleFiles()[0], Cli.SampleArticles })
        {
            var run = Cli.Run("parse", "-s", Cli.NewsSchema, input, "--output", "/dev/full");
            Assert.Equal(3, run.ExitCode);
            Assert.Contains("articlemodel: error: the output could not be written:", run.Stderr);
            Assert.DoesNotContain("Unhandled", run.Stderr);
            Assert.DoesNotContain("   at ", run.Stderr);
        }
    }

    [Fact]
    public async Task Max_bytes_holds_for_a_device_and_a_named_pipe()
    {
        if (!Unix) return;
        var zero = Cli.Run("parse", "--schema", Cli.NewsSchema, "--max-bytes", "1000", "/dev/zero");
        Assert.Equal(1, zero.ExitCode);
        Assert.Equal("null", zero.Stdout.Trim());
        Assert.Contains("/dev/zero(1,1): error AM2004: the input is at least 1001 bytes, more than the limit of 1000 bytes", zero.Stderr);

        // Without --max-bytes, /dev/zero stops at the default limit (256 MiB) instead of reading until memory runs out.
        var unbounded = Cli.Run("parse", "--schema", Cli.NewsSchema, "/dev/zero");
        Assert.Equal(1, unbounded.ExitCode);
        Assert.Contains($"more than the limit of {256L * 1024 * 1024} bytes", unbounded.Stderr);

        // A pipe fed 8 MB: the tool stops reading after 1001 bytes (the writer then sees the pipe closed).
        var pipe = Mkfifo(Path.Combine(Cli.TempFolder(), "feed.txt"));
        var written = 0L;
        var writer = Task.Run(() =>
        {
            try
            {
                using var stream = new FileStream(pipe, FileMode.Open, FileAccess.Write);
                var chunk = Encoding.ASCII.GetBytes(new string('a', 64 * 1024));
                for (var i = 0; i < 128; i++)
                {
                    stream.Write(chunk);
                    written += chunk.Length;
                }
            }
            catch (IOException)
            {
                // EPIPE: the reader has gone, as it should.
            }
        });
        var run = Cli.Run("parse", "--schema", Cli.NewsSchema, "--max-bytes", "1000", pipe);
        Assert.True(await Task.WhenAny(writer, Task.Delay(60_000)) == writer, "the pipe's writer never finished");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("the input is at least 1001 bytes, more than the limit of 1000 bytes", run.Stderr);
        Assert.True(written < 8L * 1024 * 1024, $"the tool read the whole pipe ({written} bytes)");
    }

    [Fact]
    public void A_folder_batch_skips_named_pipes_and_devices_with_a_warning_and_finishes()
    {
        if (!Unix) return;
        var folder = Cli.TempFolder();
        var files = Cli.SampleFiles();
        File.Copy(files[0], Path.Combine(folder, "a.txt"));
        Mkfifo(Path.Combine(folder, "b-pipe.txt"));
        File.CreateSymbolicLink(Path.Combine(folder, "c-zero.txt"), "/dev/zero");
        File.Copy(files[1], Path.Combine(folder, "d.txt"));

        var run = Cli.Run("parse", "--schema", Cli.NewsSchema, folder);
        Assert.Equal(0, run.ExitCode);
        var paths = run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("path").GetString()).ToArray();
        Assert.Equal(new[] { Path.Combine(folder, "a.txt"), Path.Combine(folder, "d.txt") }, paths);
        Assert.Contains($"{Path.Combine(folder, "b-pipe.txt")}: warning: skipped: not a regular file", run.Stderr);
        Assert.Contains($"{Path.Combine(folder, "c-zero.txt")}: warning: skipped: not a regular file", run.Stderr);
    }

    [Fact]
    public void Symbolic_link_loops_are_followed_once_and_every_file_is_parsed_once()
    {
        if (!Unix) return;
        var folder = Cli.TempFolder();
        var sub = Directory.CreateDirectory(Path.Combine(folder, "sub")).FullName;
        File.Copy(Cli.SampleFiles()[0], Path.Combine(folder, "a.txt"));
        File.Copy(Cli.SampleFiles()[1], Path.Combine(sub, "b.txt"));
        // One loop back to the root, and two links that lead into each other's folders (the growing kind).
        Directory.CreateSymbolicLink(Path.Combine(sub, "back"), folder);
        Directory.CreateSymbolicLink(Path.Combine(folder, "x"), sub);
        Directory.CreateSymbolicLink(Path.Combine(sub, "y"), Path.Combine(folder, "x"));

        var run = Cli.Run("parse", "--schema", Cli.NewsSchema, folder);
        Assert.Equal(0, run.ExitCode);
        var paths = run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("path").GetString()).ToArray();
        Assert.Equal(new[] { Path.Combine(folder, "a.txt"), Path.Combine(sub, "b.txt") }, paths);
        Assert.Contains("skipped: this folder was already visited", run.Stderr);
    }

    [Fact]
    public async Task Each_result_is_written_as_soon_as_its_turn_comes()
    {
        if (!Unix) return;
        // The second input is a named pipe nobody writes to yet: the first result must still come out now.
        var folder = Cli.TempFolder();
        var first = Path.Combine(folder, "first.txt");
        File.Copy(Cli.SampleFiles()[0], first);
        var pipe = Mkfifo(Path.Combine(folder, "later.txt"));

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Cli.Root };
        foreach (var a in new[] { Cli.CliDll, "parse", "--schema", Cli.NewsSchema, "--threads", "1", first, pipe }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var firstLine = process.StandardOutput.ReadLineAsync();
        var arrived = await Task.WhenAny(firstLine, Task.Delay(60_000)) == firstLine;

        // Unblock the pipe either way so that the process ends.
        using (var writer = new FileStream(pipe, FileMode.Open, FileAccess.Write)) writer.Write(File.ReadAllBytes(Cli.SampleFiles()[1]));
        var line = await firstLine; // before reading on: one read at a time on the stream
        var rest = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(120_000)) process.Kill(entireProcessTree: true);
        Assert.True(arrived, "the first result was held back until the blocked input finished");
        Assert.Equal(first, JsonDocument.Parse(line!).RootElement.GetProperty("path").GetString());
        Assert.Equal(pipe, JsonDocument.Parse(rest.Trim()).RootElement.GetProperty("path").GetString());
        Assert.Equal(0, process.ExitCode);
        _ = await stderr;
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32LE")]
    [InlineData("utf-32BE")]
    public void UTF16_and_UTF32_files_with_a_mark_parse_like_their_UTF8_original(string name)
    {
        var original = Cli.SampleFiles()[0];
        var text = File.ReadAllText(original);
        Encoding encoding = name switch
        {
            "utf-16LE" => new UnicodeEncoding(false, true),
            "utf-16BE" => new UnicodeEncoding(true, true),
            "utf-32LE" => new UTF32Encoding(false, true),
            _ => new UTF32Encoding(true, true),
        };
        var path = Path.Combine(Cli.TempFolder(), "wide.txt");
        File.WriteAllBytes(path, encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray());
        var utf8 = Path.Combine(Cli.TempFolder(), "narrow.txt");
        File.WriteAllText(utf8, text, new UTF8Encoding(false));

        var wide = Cli.Run("parse", "--schema", Cli.NewsSchema, path);
        var narrow = Cli.Run("parse", "--schema", Cli.NewsSchema, utf8);
        Assert.Equal(0, wide.ExitCode);
        Assert.Equal(narrow.Stdout, wide.Stdout);
        Assert.Equal("", wide.Stderr);
    }

    [Fact]
    public void A_file_name_cannot_forge_diagnostic_lines()
    {
        if (!Unix) return; // such names are not allowed on Windows
        var folder = Cli.TempFolder();
        var forged = "x.txt(1,1): error AM9999: forged\nz";
        File.WriteAllBytes(Path.Combine(folder, "a\n" + forged + ".txt"), Array.Empty<byte>());
        var run = Cli.Run("parse", "--schema", Cli.NewsSchema, folder);
        Assert.Equal(1, run.ExitCode);
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.StartsWith(folder, l, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("a\\u000Ax.txt(1,1): error AM9999: forged\\u000Az.txt(1,1): warning AM2003", StringComparison.Ordinal));
        Assert.Equal(folder + "/a\n" + forged + ".txt", JsonDocument.Parse(run.StdoutLines.Single()).RootElement.GetProperty("path").GetString());
    }

    // Started with standard input closed ('<&-'), the tool finds descriptor 0 taken by the .NET runtime's own start-up
    // pipe; reading '-' waited on it for ever (checked on the previous code: all three hung until killed). Now
    // standard input that is this process's own pipe is an unreadable input (AM2004), and the run ends.
    [Theory]
    [InlineData("text")]
    [InlineData("jsonl")]
    [InlineData("warc")]
    public void Standard_input_closed_is_an_unreadable_input_not_a_hang(string mode)
    {
        if (!OperatingSystem.IsLinux()) return;
        var args = mode switch
        {
            "text" => new[] { "parse", "-", "--schema", Cli.NewsSchema },
            "jsonl" => new[] { "parse", "--jsonl", "--schema", Cli.NewsSchema },
            _ => new[] { "parse", "--warc", "-" },
        };
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Cli.Root };
        foreach (var a in new[] { "-c", "exec dotnet \"$@\" <&-", "sh", Cli.CliDll }.Concat(args)) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var finished = process.WaitForExit(90_000);
        if (!finished) process.Kill(entireProcessTree: true);
        Assert.True(finished, "the tool waited on a closed standard input");
        Assert.Contains("standard input is closed", stderr.Result);
        Assert.DoesNotContain("   at ", stderr.Result);
        Assert.NotEqual(0, process.ExitCode);
        Assert.True(process.ExitCode is 1 or 2, $"exit {process.ExitCode}: {stderr.Result}");
        _ = stdout.Result;
    }

    // Standard output or standard error closed ('>&-', '2>&-'): descriptor 1 or 2 is then the runtime's own pipe, open
    // for reading, and writing fails with EBADF, which .NET throws as UnauthorizedAccessException. Checked on the
    // previous code: every case aborted (exit 134) with an unhandled exception. Now a closed standard output is an
    // output failure (exit 3, a message on standard error), and a closed standard error only loses the messages.
    [Theory]
    [InlineData(">&-", "file", 3)]
    [InlineData(">&-", "folder", 3)]
    [InlineData("2>&-", "file", 0)]
    [InlineData("2>&-", "empty files", 1)]
    [InlineData("2>&-", "missing", 2)]
    public void A_closed_standard_output_or_error_is_an_exit_code_not_a_crash(string redirect, string input, int exit)
    {
        if (!OperatingSystem.IsLinux()) return;
        var folder = Cli.TempFolder();
        for (var i = 0; i < 300; i++) File.WriteAllBytes(Path.Combine(folder, $"{i:D3}.txt"), Array.Empty<byte>());
        var path = input switch
        {
            "file" => Cli.SampleFiles()[0],
            "folder" => Cli.SampleArticles,
            "empty files" => folder,
            _ => Path.Combine(folder, "missing.txt"),
        };
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = redirect != ">&-", RedirectStandardError = redirect != "2>&-", WorkingDirectory = Cli.Root };
        foreach (var a in new[] { "-c", "exec dotnet \"$@\" " + redirect, "sh", Cli.CliDll, "parse", "--schema", Cli.NewsSchema, path }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = start.RedirectStandardOutput ? process.StandardOutput.ReadToEndAsync() : Task.FromResult("");
        var stderr = start.RedirectStandardError ? process.StandardError.ReadToEndAsync() : Task.FromResult("");
        if (!process.WaitForExit(120_000)) process.Kill(entireProcessTree: true);
        Assert.DoesNotContain("Unhandled exception", stderr.Result);
        Assert.Equal(exit, process.ExitCode);
        if (exit == 3) Assert.Contains("the output could not be written", stderr.Result);
        if (redirect == "2>&-" && input != "missing") Assert.NotEmpty(stdout.Result);
    }

    // '--output' naming an INPUT file emptied it before it was read: the article was lost and parsed as empty (checked
    // on the previous code: exit 1, the file replaced by '{"headline": null, …}'). Now a usage error, the file unchanged,
    // whichever path names it (the same path, a symbolic link, a second spelling).
    [Theory]
    [InlineData("same")]
    [InlineData("link")]
    [InlineData("dotted")]
    public void Output_naming_an_input_file_is_a_usage_error_and_the_input_is_kept(string how)
    {
        var folder = Cli.TempFolder();
        var input = Path.Combine(folder, "story.txt");
        File.Copy(Cli.SampleFiles()[0], input);
        var before = File.ReadAllBytes(input);
        var output = how switch
        {
            "same" => input,
            "dotted" => Path.Combine(folder, ".", "story.txt"),
            _ => Path.Combine(folder, "link.txt"),
        };
        if (how == "link")
        {
            if (!Unix) return;
            File.CreateSymbolicLink(output, input);
        }
        var run = Cli.Run("parse", "-s", Cli.NewsSchema, input, "--output", output);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("would empty the input", run.Stderr);
        Assert.Equal(before, File.ReadAllBytes(input));
    }

    // 'check' and 'parse --schema' wrote schema diagnostics raw: a schema file named with line breaks forged whole
    // diagnostic lines, and AM0001 echoed a NUL or U+2028 from the schema as is (checked on the previous build: the
    // forged line came out as a line of its own). They now go through DiagnosticLine.Escape, as parse's do (row 9d).
    [Theory]
    [InlineData("check")]
    [InlineData("parse")]
    public void A_schema_file_name_or_text_cannot_forge_diagnostic_lines(string command)
    {
        if (!Unix) return;
        var folder = Cli.TempFolder();
        var schema = Path.Combine(folder, "a\nx.article(1,1): error AM9999: forged\nz.article");
        File.WriteAllText(schema, "namespace T;\narticle A {\n  name : text @line(1)\0\u2028\n}\n");
        var run = command == "check"
            ? Cli.Run("check", schema)
            : Cli.Run("parse", "--schema", schema, Cli.SampleFiles()[0]);
        Assert.Equal(2, run.ExitCode);
        var lines = (run.Stdout + "\n" + run.Stderr).Split('\n');
        Assert.DoesNotContain(lines, l => l.StartsWith("x.article(1,1): error AM9999", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\\u000Ax.article", StringComparison.Ordinal) && l.Contains("AM0001", StringComparison.Ordinal));
        Assert.DoesNotContain('\0', run.Stdout + run.Stderr);
        Assert.DoesNotContain('\u2028', run.Stdout + run.Stderr);
    }

    [Fact]
    public void A_warc_record_type_cannot_forge_lines_in_the_summary()
    {
        // Attack round 10, row 51: the --warc summary on stderr lists the record types met, taken from the archive's
        // bytes (read as Latin-1, so 0x85 is U+0085, a line break to some readers) and written raw: NUL, CR and NEL too.
        var header = "WARC/1.1\r\nWARC-Type: x\u0085z.warc(1,1): error AM9999: forged\ry\0\r\nContent-Length: 0\r\n\r\n\r\n\r\n";
        var run = Cli.RunWithInput(System.Text.Encoding.Latin1.GetBytes(header), "parse", "--warc", "-");
        Assert.Equal(0, run.ExitCode);
        var summary = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("warc:", StringComparison.Ordinal));
        Assert.Contains("\\u0085z.warc(1,1): error am9999: forged\\u000Dy\\u0000", summary, StringComparison.Ordinal);
        Assert.DoesNotContain('\0', run.Stderr);
        Assert.DoesNotContain('\r', run.Stderr);
        Assert.DoesNotContain('\u0085', run.Stderr);
    }

    [Fact]
    public void Bench_refuses_a_device_instead_of_reading_it_until_memory_runs_out()
    {
        // Attack round 9, row 44: bench read its inputs with File.ReadAllBytes, which reads /dev/zero to the end.
        if (!Unix) return;
        var run = Cli.Run("bench", "-s", Cli.NewsSchema, "-n", "1", "/dev/zero");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'/dev/zero' is larger than 268435456 bytes", run.Stderr);
    }
}
