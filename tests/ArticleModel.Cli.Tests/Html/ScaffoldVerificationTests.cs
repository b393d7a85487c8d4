using Xunit;

namespace ArticleModel.Cli.Tests.Html;

/// <summary>scaffold runs the schema it wrote on the page: the page's title, author and date come out.</summary>
public class ScaffoldVerificationTests
{
    [Fact]
    public void The_written_schema_extracts_the_pages_title_author_and_date()
    {
        var folder = Cli.TempFolder();
        var page = HtmlPages.Write(folder, "harbor-bridge.html", ScaffoldPages.Full);
        var r = Cli.Run("scaffold", page, "--url", ScaffoldPages.Url);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains($"{page}: title: \"Harbor Bridge Tolls Delayed\"", r.Stderr);
        Assert.Contains($"{page}: author: \"Ana Ruiz\"", r.Stderr);
        Assert.Contains($"{page}: date: 2025-03-03", r.Stderr);
        Assert.Contains($"{page}: leadImage: https://ledger.example/img/bridge.jpg", r.Stderr);
        Assert.Contains($"{page}: body: 2 items", r.Stderr);
        Assert.DoesNotContain("AM2046", r.Stderr);
    }
}
