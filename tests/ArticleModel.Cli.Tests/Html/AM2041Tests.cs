using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace ArticleModel.Cli.Tests.Html;

/// <summary>AM2041: a JSON Lines record's "url" is not an absolute address; a warning, and the page is parsed without it.</summary>
public class AM2041Tests
{
    [Theory]
    [InlineData("ledger.example/2025/tolls")]
    [InlineData("/2025/tolls")]
    [InlineData("javascript:alert(1)")]
    public void A_relative_or_odd_url_is_a_warning_and_the_record_is_still_parsed(string url)
    {
        var folder = Cli.TempFolder();
        var schema = HtmlPages.Write(folder, "story.article", HtmlPages.Schema);
        var line = JsonSerializer.Serialize(new { id = 7, html = HtmlPages.Page, url });
        var r = Cli.RunWithInput(Encoding.UTF8.GetBytes(line), "parse", "--schema", schema, "--jsonl");
        Assert.Equal(0, r.ExitCode);
        var result = JsonDocument.Parse(r.StdoutLines.Single()).RootElement;
        Assert.Equal(HtmlPages.Value, JsonSerializer.Serialize(result.GetProperty("value")));
        var d = Assert.Single(result.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("AM2041", d.GetProperty("id").GetString());
        Assert.Equal("warning", d.GetProperty("severity").GetString());
        Assert.Contains("warning AM2041", r.Stderr);
    }

    [Theory]
    [InlineData("https://ledger.example/2025/tolls", true)]
    [InlineData("http://ledger.example/", true)]
    [InlineData("file:///srv/pages/tolls.html", true)]
    [InlineData("/srv/pages/tolls.html", false)]
    [InlineData("ftp://ledger.example/x", false)]
    [InlineData("", false)]
    public void Which_urls_are_page_addresses(string url, bool valid) => Assert.Equal(valid, PageUrl.IsValid(url));
}
