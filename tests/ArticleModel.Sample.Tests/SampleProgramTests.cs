using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace ArticleModel.Sample.Tests;

/// <summary>
/// Runs the sample app as a process, the way the README does, on good and hostile inputs: it must exit 0, 1 or 2
/// with diagnostics on stderr and never print an exception.
/// </summary>
public class SampleProgramTests
{
    private static readonly string SampleDll = Path.Combine(AppContext.BaseDirectory, "ArticleModel.Sample.dll");

    private static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(SampleDll);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "the sample did not finish");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string TempFile(byte[] content)
    {
        var path = Path.Combine(Path.GetTempPath(), "articlemodel-sample-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllBytes(path, content);
        return path;
    }

    private static void AssertNoCrash(string stdout, string stderr)
    {
        Assert.DoesNotContain("Unhandled exception", stderr);
        Assert.DoesNotContain("   at ", stderr);
        using var _ = JsonDocument.Parse(stdout); // stdout is always one JSON value
    }

    [Fact]
    public void No_argument_parses_the_embedded_sample()
    {
        var (code, stdout, stderr) = Run();
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        var value = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("Council Delays Vote on Harbor Bridge Tolls After Packed Hearing", value.GetProperty("headline").GetString());
    }

    [Fact]
    public void Empty_file_exits_1_with_the_missing_headline_at_a_location()
    {
        var path = TempFile(Array.Empty<byte>());
        var (code, stdout, stderr) = Run(path);
        Assert.Equal(1, code);
        AssertNoCrash(stdout, stderr);
        Assert.Contains($"{path}(1,1): error AM3001: required field 'headline'", stderr);
    }

    [Fact]
    public void Random_bytes_end_with_a_diagnostic_not_an_exception()
    {
        var random = new Random(42);
        var bytes = new byte[64 * 1024];
        random.NextBytes(bytes);
        var (code, stdout, stderr) = Run(TempFile(bytes));
        Assert.InRange(code, 0, 1);
        AssertNoCrash(stdout, stderr);
        Assert.Contains("warning AM2001", stderr);
    }

    [Fact]
    public void Invalid_utf8_is_replaced_and_reported_with_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes("Headline Here\n\nBody with a bad byte: ").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(" end.\n")).ToArray();
        var path = TempFile(bytes);
        var (code, stdout, stderr) = Run(path);
        Assert.Equal(0, code);
        AssertNoCrash(stdout, stderr);
        Assert.Contains($"{path}(3,", stderr);
        Assert.Contains("warning AM2001", stderr);
        Assert.Contains("\uFFFD", JsonDocument.Parse(stdout).RootElement.GetProperty("body")[0].GetString());
    }

    [Fact]
    public void A_20_MB_article_parses()
    {
        var paragraph = "“We will keep the ferry running through the winter,” said harbor master Lena Ortiz, who has run the port for a decade. ";
        var sb = new StringBuilder("A Very Long Article\n\n");
        while (sb.Length < 20 * 1024 * 1024) sb.Append(paragraph).Append(paragraph).Append("\n\n");
        var (code, stdout, stderr) = Run(TempFile(Encoding.UTF8.GetBytes(sb.ToString())));
        Assert.Equal(0, code);
        AssertNoCrash(stdout, stderr);
    }

    [Fact]
    public void Missing_file_and_extra_arguments_are_usage_errors()
    {
        Assert.Equal(2, Run("/no/such/article.txt").ExitCode);
        Assert.Equal(2, Run("a.txt", "b.txt").ExitCode);
    }
}
