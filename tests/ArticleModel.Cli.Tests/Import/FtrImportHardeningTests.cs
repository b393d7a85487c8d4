using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using ArticleModel.Cli.Import.XPath;
using Xunit;

namespace ArticleModel.Cli.Tests.Import;

/// <summary>
/// Issue 9, attack round 9 (docs/reliability.md rows 39–41): <c>import ftr</c> over adversarial rule files and folders,
/// run as a process so that a stack overflow or an out-of-memory abort fails the test instead of the test host.
/// </summary>
public class FtrImportHardeningTests
{
    private static bool Unix => !OperatingSystem.IsWindows();

    [Theory]
    [InlineData("|", "//h1", 100_000)]
    [InlineData(" or ", "@id='x'", 20_000)]
    [InlineData(" and ", "@id", 20_000)]
    [InlineData(" + ", "1", 20_000)]
    public void A_chain_of_thousands_of_operators_is_refused_by_the_parser_not_overflowed_later(string op, string operand, int count)
    {
        var chain = string.Join(op, Enumerable.Repeat(operand, count));
        var xpath = op == "|" ? chain : "//div[" + chain + "]";
        Assert.Null(XPathParser.Parse(xpath, out var error));
        Assert.Contains("deep", error);
        // A chain within the limit still reads and converts.
        var shortChain = string.Join(op, Enumerable.Repeat(operand, 200));
        Assert.NotNull(XPathParser.Parse(op == "|" ? shortChain : "//div[" + shortChain + "]", out _));
    }

    [Fact]
    public void Rule_files_with_operator_chains_of_any_length_are_reported_not_a_crash()
    {
        var folder = Cli.TempFolder();
        File.WriteAllText(Path.Combine(folder, "a.com.txt"), "title: " + string.Join("|", Enumerable.Repeat("//h1", 100_000)) + "\nbody: //article\n");
        File.WriteAllText(Path.Combine(folder, "b.com.txt"), "body: //div[" + string.Join(" or ", Enumerable.Repeat("@id=\"x\"", 20_000)) + "]\n");
        File.WriteAllText(Path.Combine(folder, "c.com.txt"), "body: " + string.Join(" | ", Enumerable.Repeat("//div[@class='a']", 100)) + "\n");
        var run = Cli.Run("import", "ftr", folder, "--out", Path.Combine(folder, "out"));
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.Contains("3 rule files: 1 imported fully, 1 partly, 1 not at all", run.Stdout);
        Assert.Contains("b.com.txt: warning AM2071: no schema written", run.Stderr);
        Assert.True(File.Exists(Path.Combine(folder, "out", "c.com.article")));
    }

    [Fact]
    public void Devices_and_named_pipes_are_never_read_to_exhaustion_or_waited_on()
    {
        if (!Unix) return;
        var folder = Cli.TempFolder();
        File.WriteAllText(Path.Combine(folder, "a.com.txt"), "body: //article\n");
        File.CreateSymbolicLink(Path.Combine(folder, "b.com.txt"), "/dev/zero");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", Path.Combine(folder, "c.com.txt")) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }
        File.WriteAllText(Path.Combine(folder, "d.com.txt"), "body: //main\n");
        var run = Cli.Run("import", "ftr", folder, "--out", Path.Combine(folder, "out"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("b.com.txt: error AM2070: not a regular file", run.Stderr);
        Assert.Contains("c.com.txt: error AM2070: not a regular file", run.Stderr);
        Assert.Contains("2 rule files: 2 imported fully", run.Stdout);

        // Named on its own, /dev/zero is read up to the limit and refused.
        var zero = Cli.Run("import", "ftr", "/dev/zero", "--out", Path.Combine(folder, "out2"));
        Assert.Equal(1, zero.ExitCode);
        Assert.Contains("/dev/zero: error AM2070: the file is larger than", zero.Stderr);
    }

    [Fact]
    public void Two_files_for_one_host_never_overwrite_each_other()
    {
        var folder = Cli.TempFolder();
        File.WriteAllText(Path.Combine(folder, "A.com.txt"), "body: //article\n");
        File.WriteAllText(Path.Combine(folder, "a.com.txt"), "body: //main\n");
        if (Directory.GetFiles(folder).Length < 2) return; // a file system that ignores case holds one of them
        var report = Path.Combine(folder, "report.md");
        var run = Cli.Run("import", "ftr", folder, "--out", Path.Combine(folder, "out"), "--report", report);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("a.com.txt: warning AM2071: no schema written: the same host as A.com.txt", run.Stderr);
        Assert.Contains("2 rule files: 1 imported fully, 0 partly, 1 not at all; 1 schemas written", run.Stdout);
        Assert.Contains("@css(\"article\")", File.ReadAllText(Path.Combine(folder, "out", "a.com.article")));
    }

    [Theory]
    [InlineData("//div", " div")]
    [InlineData("/div", " > div")]
    [InlineData("//div[@id='a' or @id='b']", " div")]
    public void A_path_of_thousands_of_steps_converts_in_memory_proportional_to_its_length(string step, string separator)
    {
        // Measured in bytes allocated, not time: each step used to copy the whole selector built so far (n^2 / 2
        // characters: 20,000 steps allocated about 3 GB; 100,000 '//div' steps took 38 s).
        const int Steps = 20_000;
        var xpath = "//article" + string.Concat(Enumerable.Repeat(step, Steps));
        XPathToCss.Convert("//article//div"); // warm up (regexes, first-call allocations)
        var before = GC.GetAllocatedBytesForCurrentThread();
        var css = XPathToCss.Convert(xpath);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        if (step.Contains(" or ", StringComparison.Ordinal))
        {
            Assert.False(css.Succeeded); // 2^20,000 alternatives: refused, and refused cheaply
        }
        else
        {
            Assert.True(css.Succeeded, css.Failure);
            Assert.Equal("article" + string.Concat(Enumerable.Repeat(separator, Steps)), css.Selector);
        }
        Assert.True(allocated < 400L * xpath.Length, $"{allocated:N0} bytes allocated for a {xpath.Length:N0}-character expression");
    }
}
