using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace ArticleModel.Cli.Tests.Warc;

/// <summary><c>parse --warc</c>: one JSON Lines record per response or resource, in order, and a summary.</summary>
public class WarcCliTests
{
    private static JsonElement[] Lines(RunResult run) => run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();

    [Fact]
    public void Writes_one_line_per_response_and_resource_with_id_url_date_value_and_diagnostics()
    {
        var run = Cli.Run("parse", "--warc", WarcFiles.Gzip, "--threads", "2");

        Assert.Equal(0, run.ExitCode);
        var lines = Lines(run);
        Assert.Equal(12, lines.Length);
        Assert.All(lines, l => Assert.Equal(new[] { "id", "url", "date", "value", "diagnostics" }, l.EnumerateObject().Select(p => p.Name)));
        Assert.All(lines, l => Assert.StartsWith("urn:uuid:", l.GetProperty("id").GetString()));
        var harbour = lines[1];
        Assert.Equal("http://news.example/2026/03/harbour-lights.html", harbour.GetProperty("url").GetString());
        Assert.Equal("Harbour lights return to the old quay", harbour.GetProperty("value").GetProperty("title").GetString());
        Assert.Equal(4, harbour.GetProperty("value").GetProperty("body").GetArrayLength());
        // The Latin-1 page's charset comes from the HTTP header only.
        var tram = lines.Single(l => l.GetProperty("url").GetString()!.Contains("tram-line"));
        Assert.Equal("Amélie Quérel", tram.GetProperty("value").GetProperty("byline").GetString());
        Assert.Contains("warc: 1 file(s), 24 records read (10 response, 2 resource; skipped 1 metadata, 10 request, 1 warcinfo); 7 parsed; 12 written; skipped 3 not HTML, 2 HTTP status not 2xx, 0 unreadable", run.Stderr);
    }

    [Fact]
    public void Plain_gzip_and_standard_input_give_the_same_values()
    {
        var gzip = Cli.Run("parse", "--warc", WarcFiles.Gzip);
        var stdin = Cli.RunWithInput(File.ReadAllBytes(WarcFiles.Gzip), "parse", "--warc", "-");
        var plain = Cli.Run("parse", "--warc", WarcFiles.Plain);

        Assert.Equal(gzip.Stdout, stdin.Stdout);
        // Two wget runs: other record ids and dates, the same pages.
        Assert.Equal(Lines(gzip).Select(l => l.GetProperty("value").GetRawText()), Lines(plain).Select(l => l.GetProperty("value").GetRawText()).Take(10).Concat(Lines(gzip).Skip(10).Select(l => l.GetProperty("value").GetRawText())));
    }

    [Fact]
    public void Output_is_the_same_on_one_thread_and_many()
    {
        var one = Cli.Run("parse", "--warc", WarcFiles.Gzip, WarcFiles.Plain, "--threads", "1");
        var many = Cli.Run("parse", "--warc", WarcFiles.Gzip, WarcFiles.Plain, "--threads", "4");

        Assert.Equal(one.Stdout, many.Stdout);
    }

    [Fact]
    public void Only_articles_keeps_the_parsed_article_pages()
    {
        var run = Cli.Run("parse", "--warc", "--only-articles", WarcFiles.Gzip);

        var urls = Lines(run).Select(l => l.GetProperty("url").GetString()).ToArray();
        Assert.Equal(new[]
        {
            "http://news.example/2026/03/harbour-lights.html", "http://news.example/2026/04/orchard-census.html", "http://news.example/2026/03/harbour-lights.html",
            "http://www.daily.example/2026/05/tram-line.html", "http://blog.sub.example/posts/first-frost.html",
        }, urls);
        Assert.Contains("2 dropped as not an article", run.Stderr);
    }

    [Fact]
    public void Damaged_archives_give_the_damage_and_every_other_record()
    {
        var run = Cli.Run("parse", "--warc", WarcFiles.Corrupted, WarcFiles.Truncated);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error AM3030", run.Stderr);
        Assert.Contains("error AM3031", run.Stderr);
        var lines = Lines(run);
        var damaged = lines.Single(l => l.GetProperty("diagnostics").EnumerateArray().Any(d => d.GetProperty("id").GetString() == "AM3030"));
        Assert.Equal(JsonValueKind.Null, damaged.GetProperty("value").ValueKind);
        // 6 of the 7 pages of the corrupted archive (one member damaged), all 7 of the truncated one (its end is wget's log).
        Assert.Equal(13, lines.Count(l => l.GetProperty("value").ValueKind == JsonValueKind.Object));
    }

    [Fact]
    public void The_summary_file_has_the_counts()
    {
        var summary = Path.Combine(Cli.TempFolder(), "summary.json");

        var run = Cli.Run("parse", "--warc", WarcFiles.Gzip, "--summary", summary);

        Assert.Equal(0, run.ExitCode);
        var s = JsonDocument.Parse(File.ReadAllText(summary)).RootElement;
        Assert.Equal(24, s.GetProperty("records").GetInt64());
        Assert.Equal(10, s.GetProperty("byType").GetProperty("response").GetInt64());
        Assert.Equal(12, s.GetProperty("written").GetInt64());
        Assert.Equal(7, s.GetProperty("parsed").GetInt64());
        Assert.Equal(3, s.GetProperty("notHtml").GetInt64());
        Assert.Equal(2, s.GetProperty("httpStatus").GetInt64());
    }

    [Fact]
    public void Schemas_picks_a_site_schema_by_host_and_falls_back_to_WebArticle()
    {
        var folder = Cli.TempFolder();
        File.WriteAllText(Path.Combine(folder, "news.example.article"), "namespace S; article News { title: text @css(\"h1\") | uppercase }");
        File.WriteAllText(Path.Combine(folder, "daily.example.article"), "namespace S; article Daily { kicker: text? @css(\"h1\") }");
        File.WriteAllText(Path.Combine(folder, ".sub.example.article"), "namespace S; article Blog { title: text @css(\".post-title\") | lowercase }");

        var run = Cli.Run("parse", "--warc", "--only-articles", WarcFiles.Gzip, "--schemas", folder);

        Assert.Equal(0, run.ExitCode);
        var values = Lines(run).Select(l => (Key: l.GetProperty("url").GetString()!, Value: l.GetProperty("value"))).ToArray();
        var harbour = values.First(v => v.Key.Contains("harbour")).Value;
        Assert.Equal("HARBOUR LIGHTS RETURN TO THE OLD QUAY", harbour.GetProperty("title").GetString()); // news.example.article
        Assert.Equal("Maren Tolliver", harbour.GetProperty("byline").GetString());                       // WebArticle's, added
        var tram = values.First(v => v.Key.Contains("tram")).Value;                                       // www. stripped
        Assert.Equal("Le tram revient place du Marché", tram.GetProperty("kicker").GetString());
        var blog = values.First(v => v.Key.Contains("blog")).Value;                                       // parent domain
        Assert.Equal("first frost on the allotment", blog.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("www.News.Example", new[] { "news.example.article" })]
    [InlineData("a.b.news.example", new[] { "a.b.news.example.article", ".b.news.example.article", ".news.example.article" })]
    [InlineData("localhost", new[] { "localhost.article" })]
    public void Site_schema_file_names_follow_the_host_then_its_parent_domains(string host, string[] expected)
    {
        Assert.Equal(expected, ArticleModel.Cli.Warc.SiteSchemas.FileNames(host));
    }

    [Theory]
    [InlineData("--jsonl")]
    [InlineData("--url", "http://x.example/")]
    [InlineData("--format", "html")]
    public void Options_that_do_not_go_with_warc_are_usage_errors(params string[] extra)
    {
        var run = Cli.Run(new[] { "parse", "--warc", WarcFiles.Gzip }.Concat(extra).ToArray());

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void Warc_options_without_warc_are_usage_errors()
    {
        var run = Cli.Run("parse", "--only-articles", WarcFiles.Gzip);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("go with --warc", run.Stderr);
    }
}
