using System.IO;
using Xunit;

namespace ArticleModel.Cli.Tests.Import;

/// <summary>AM2070 (a rule file that cannot be read) and AM2071 (a rule file nothing of which could be imported), and the import command's output.</summary>
public class AM2070Tests
{
    [Fact]
    public void A_rule_file_too_large_is_AM2070_and_skipped()
    {
        var folder = Cli.TempFolder();
        File.WriteAllText(Path.Combine(folder, "big.com.txt"), "title: //h1\n" + new string('#', 1024 * 1024 + 1));
        File.WriteAllText(Path.Combine(folder, "ok.com.txt"), "title: //h1");
        var run = Cli.Run("import", "ftr", folder, "--out", Path.Combine(folder, "out"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error AM2070: the file is larger than", run.Stderr);
        Assert.True(File.Exists(Path.Combine(folder, "out", "ok.com.article")));
        Assert.False(File.Exists(Path.Combine(folder, "out", "big.com.article")));
    }

    [Fact]
    public void A_rule_file_with_nothing_to_import_is_AM2071_and_the_report_counts_it()
    {
        var folder = Cli.TempFolder();
        File.WriteAllText(Path.Combine(folder, ".example.org.txt"), "title: //h1[@class='headline']\nstrip: //aside");
        File.WriteAllText(Path.Combine(folder, "none.com.txt"), "title: //h1[\nprune: no");
        var report = Path.Combine(folder, "report.md");
        var run = Cli.Run("import", "ftr", folder, "--out", Path.Combine(folder, "out"), "--report", report);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("none.com.txt: warning AM2071: no schema written", run.Stderr);
        Assert.Contains("2 rule files: 1 imported fully, 0 partly, 1 not at all", run.Stdout);
        var text = File.ReadAllText(report);
        Assert.Contains("- `.example.org.txt`: full", text);
        Assert.Contains("- `none.com.txt`: none", text);
        Assert.Contains("@css(\"h1[class='headline']\")", File.ReadAllText(Path.Combine(folder, "out", ".example.org.article")));
    }
}
