using System.IO;
using Xunit;

namespace ArticleModel.Cli.Tests.Warc;

/// <summary>AM2082: a WARC input that cannot be read is an error on stderr; the other inputs are still read.</summary>
public class AM2082Tests
{
    [Fact]
    public void A_folder_given_as_a_warc_file_is_an_error_and_the_batch_goes_on()
    {
        var folder = Cli.TempFolder();
        var fake = Path.Combine(folder, "dir.warc");
        Directory.CreateDirectory(fake);
        // File.Exists is false for a folder: usage error before anything runs.
        Assert.Equal(2, Cli.Run("parse", "--warc", fake).ExitCode);

        // A FIFO-less way to fail while reading: a file made unreadable is not possible as root, so use /proc's
        // write-only entry, which exists as a file but cannot be opened for reading.
        var unreadable = "/proc/sysrq-trigger";
        if (!File.Exists(unreadable)) return;
        var run = Cli.Run("parse", "--warc", unreadable, WarcFiles.Gzip);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error AM2082", run.Stderr);
        Assert.Equal(12, run.StdoutLines.Length);
    }
}
