using Xunit;

namespace ArticleModel.Cli.Tests.Html;

/// <summary>AM2046: a field scaffold wrote did not come out when the written schema parsed the page.</summary>
public class AM2046Tests
{
    [Fact]
    public void A_date_that_does_not_convert_is_reported_after_the_check_run()
    {
        var folder = Cli.TempFolder();
        var page = HtmlPages.Write(folder, "notice.html", ScaffoldPages.NoAuthor);
        var r = Cli.Run("scaffold", page);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("@css(\"time\", attr: \"datetime\")  // \"soon\"", r.Stdout);
        Assert.Contains($"{page}(1,1): warning AM2046: the field 'date' did not come out when the written schema parsed the page (its first locator gave \"soon\")", r.Stderr);
    }
}
