using System.Linq;
using System.Text.Json;
using Xunit;

namespace ArticleModel.Cli.Tests.Warc;

/// <summary>AM2081: a response whose HTTP status is not 2xx (a 404 page, a redirect) is not parsed.</summary>
public class AM2081Tests
{
    [Fact]
    public void A_not_found_page_and_a_redirect_are_not_parsed()
    {
        var run = Cli.Run("parse", "--warc", WarcFiles.Plain);

        var lines = run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        foreach (var (url, status) in new[] { ("http://news.example/gone.html", "404"), ("http://news.example/old-harbour", "301") })
        {
            var line = lines.Single(l => l.GetProperty("url").GetString() == url);
            Assert.Equal(JsonValueKind.Null, line.GetProperty("value").ValueKind);
            var d = Assert.Single(line.GetProperty("diagnostics").EnumerateArray());
            Assert.Equal("AM2081", d.GetProperty("id").GetString());
            Assert.Contains(status, d.GetProperty("message").GetString());
        }
    }
}
