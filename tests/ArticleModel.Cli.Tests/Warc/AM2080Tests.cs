using System.Linq;
using System.Text.Json;
using Xunit;

namespace ArticleModel.Cli.Tests.Warc;

/// <summary>AM2080: a WARC record's payload is not a web page; its line has a null value and says so.</summary>
public class AM2080Tests
{
    [Fact]
    public void A_text_file_response_is_not_parsed()
    {
        var run = Cli.Run("parse", "--warc", WarcFiles.Gzip);

        var notes = run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).Single(l => l.GetProperty("url").GetString() == "http://news.example/notes.txt");
        Assert.Equal(JsonValueKind.Null, notes.GetProperty("value").ValueKind);
        var d = Assert.Single(notes.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("AM2080", d.GetProperty("id").GetString());
        Assert.Contains("text/plain", d.GetProperty("message").GetString());
    }
}
