using System.IO;
using Xunit;

namespace ArticleModel.Cli.Tests.Warc;

/// <summary>AM2083: the --summary file cannot be written; the records are still written.</summary>
public class AM2083Tests
{
    [Fact]
    public void A_summary_into_a_missing_folder_is_an_error()
    {
        var summary = Path.Combine(Cli.TempFolder(), "no-such-folder", "summary.json");

        var run = Cli.Run("parse", "--warc", WarcFiles.Gzip, "--summary", summary);

        Assert.Contains("error AM2083", run.Stderr);
        Assert.Equal(12, run.StdoutLines.Length);
    }
}
