using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace ArticleModel.Cli.Tests.Warc;

/// <summary><c>parse --warc --sites</c>: each record's page is parsed with the imported site schema of its host, as <c>parse --sites --url</c> parses the same page.</summary>
public class WarcSitesTests
{
    private const string Url = "https://www.nytimes.com/2024/01/02/nyregion/harbour-pilots.html";

    // An invented page at an address whose host has an imported schema in ArticleModel.Sites.
    private static readonly string s_page =
        "<!doctype html><html><head><title>Harbour pilots win new contract</title></head><body><header><nav><a href=\"/\">Home</a></nav></header>" +
        "<article><h1>Harbour pilots win new contract</h1><p class=\"byline\">By Ada Quill</p>" +
        string.Concat(Enumerable.Range(0, 6).Select(i => $"<p>The pilots who guide ships into the harbour signed a three-year agreement after weeks of talks, ending a dispute that had slowed traffic ({i}).</p>")) +
        "</article></body></html>";

    private static string WriteWarc(string folder)
    {
        var html = Encoding.UTF8.GetBytes(s_page);
        var http = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {html.Length}\r\n\r\n").Concat(html).ToArray();
        var header = Encoding.ASCII.GetBytes(
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n" +
            $"WARC-Date: 2024-01-02T03:04:05Z\r\nWARC-Target-URI: {Url}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {http.Length}\r\n\r\n");
        var path = Path.Combine(folder, "site.warc");
        File.WriteAllBytes(path, header.Concat(http).Concat(Encoding.ASCII.GetBytes("\r\n\r\n")).ToArray());
        return path;
    }

    [Fact]
    public void Sites_gives_each_record_the_value_parse_sites_gives_its_page()
    {
        var folder = Cli.TempFolder();
        var warc = WriteWarc(folder);
        var page = Path.Combine(folder, "page.html");
        File.WriteAllText(page, s_page);

        var fromWarc = Cli.Run("parse", "--warc", warc, "--sites");
        var single = Cli.Run("parse", "--sites", "--url", Url, page);
        var webArticleOnly = Cli.Run("parse", "--warc", warc);

        Assert.Equal(0, fromWarc.ExitCode);
        var value = JsonDocument.Parse(fromWarc.StdoutLines.Single()).RootElement.GetProperty("value").GetRawText();
        Assert.Equal(JsonSerializer.Serialize(JsonDocument.Parse(single.Stdout).RootElement), value);
        // And it is not what WebArticle alone gives: the site schema was used.
        Assert.NotEqual(JsonDocument.Parse(webArticleOnly.StdoutLines.Single()).RootElement.GetProperty("value").GetRawText(), value);
    }

    [Fact]
    public void Sites_and_schema_together_are_a_usage_error()
    {
        var folder = Cli.TempFolder();
        var run = Cli.Run("parse", "--warc", WriteWarc(folder), "--sites", "--schema", Cli.NewsSchema);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--sites", run.Stderr);
    }
}
