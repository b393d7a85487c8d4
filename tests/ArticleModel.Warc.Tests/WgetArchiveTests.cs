using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace ArticleModel.Warc.Tests;

/// <summary>The reader on WARC files written by another implementation (Debian's wget), gzip per record and plain.</summary>
public class WgetArchiveTests
{
    [Theory]
    [InlineData("pages.warc.gz")]
    [InlineData("pages.warc")]
    public void Reads_every_response_and_resource_of_a_wget_archive(string name)
    {
        var (records, counts) = WarcFixtures.ReadAll(name);

        Assert.All(records, r => Assert.Null(r.Problem));
        var responses = records.Where(r => r.Type == "response").ToList();
        Assert.Equal(WarcFixtures.ResponseUrls, responses.Select(r => r.TargetUri));
        // wget's log and arguments are resource records; its request, metadata and warcinfo records are skipped and counted.
        Assert.Equal(new[] { "metadata://gnu.org/software/wget/warc/wget_arguments.txt", "metadata://gnu.org/software/wget/warc/wget.log" },
            records.Where(r => r.Type == "resource").Select(r => r.TargetUri));
        Assert.Equal(10, counts.ByType["request"]);
        Assert.Equal(10, counts.ByType["response"]);
        Assert.Equal(1, counts.ByType["warcinfo"]);
        Assert.Equal(1, counts.ByType["metadata"]);
        Assert.Equal(2, counts.ByType["resource"]);
        Assert.Equal(12, counts.Skipped);
        Assert.Equal(24, counts.Records);
        Assert.Equal(0, counts.Damaged);
        Assert.All(records, r => Assert.StartsWith("urn:uuid:", r.RecordId));
        Assert.Equal(records.Count, records.Select(r => r.RecordId).Distinct().Count());
        Assert.All(records, r => Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", r.Date));
    }

    [Fact]
    public void Gives_http_status_content_type_and_the_body()
    {
        var responses = WarcFixtures.ReadAll("pages.warc.gz").Records.Where(r => r.Type == "response").ToList();

        Assert.Equal(new int?[] { 200, 200, 200, 200, 404, 301, 200, 200, 200, 200 }, responses.Select(r => r.HttpStatus));
        var harbour = responses[1];
        Assert.Equal("text/html", harbour.ContentType);
        Assert.True(harbour.IsHtml);
        Assert.Equal(File.ReadAllBytes(SitePath("news.example/2026/03/harbour-lights.html")), harbour.Payload.ToArray());
        var notes = responses[3];
        Assert.False(notes.IsHtml);
        Assert.Equal("utf-8", notes.Charset);
        Assert.Equal(0, responses[5].Payload.Length);
    }

    [Fact]
    public void Passes_the_http_charset_on()
    {
        var tram = WarcFixtures.ReadAll("pages.warc").Records.Single(r => r.TargetUri!.Contains("tram-line", StringComparison.Ordinal));

        Assert.Equal("iso-8859-1", tram.Charset);
        Assert.Equal(File.ReadAllBytes(SitePath("www.daily.example/2026/05/tram-line.html")), tram.Payload.ToArray());
    }

    [Fact]
    public void Undoes_chunked_transfer_encoding()
    {
        // serve.py sends the blog over HTTP/1.1 in 300-byte chunks; wget stores the chunked bytes as received.
        var blog = WarcFixtures.ReadAll("pages.warc.gz").Records.Single(r => r.TargetUri!.StartsWith("http://blog.", StringComparison.Ordinal));

        Assert.Equal(File.ReadAllBytes(SitePath("blog.sub.example/posts/first-frost.html")), blog.Payload.ToArray());
    }

    [Fact]
    public void Gzip_offsets_are_member_offsets()
    {
        var bytes = File.ReadAllBytes(WarcFixtures.PathOf("pages.warc.gz"));
        var records = WarcFixtures.ReadAll("pages.warc.gz").Records;

        Assert.All(records, r => Assert.Equal(new byte[] { 0x1F, 0x8B }, bytes.AsSpan((int)r.Offset, 2).ToArray()));
        // Each record read again from its member alone: what an index (offset, record) is for.
        var third = records[2];
        using var alone = new MemoryStream(bytes, (int)third.Offset, bytes.Length - (int)third.Offset);
        var first = new WarcReader(alone).ReadAll().First();
        Assert.Equal(third.RecordId, first.RecordId);
    }

    [Fact]
    public void Plain_offsets_point_at_the_record_header()
    {
        var bytes = File.ReadAllBytes(WarcFixtures.PathOf("pages.warc"));
        var records = WarcFixtures.ReadAll("pages.warc").Records;

        Assert.All(records, r => Assert.Equal("WARC/1.", Encoding.ASCII.GetString(bytes, (int)r.Offset, 7)));
    }

    [Fact]
    public void Plain_and_gzip_give_the_same_payloads()
    {
        var gzip = WarcFixtures.ReadAll("pages.warc.gz").Records;
        var plain = WarcFixtures.ReadAll("pages.warc").Records;

        // Two wget runs: the same pages (the log resource differs), so compare the responses.
        Assert.Equal(
            plain.Where(r => r.Type == "response").Select(r => Convert.ToHexString(r.Payload.Span)),
            gzip.Where(r => r.Type == "response").Select(r => Convert.ToHexString(r.Payload.Span)));
    }

    internal static string SitePath(string relative) =>
        Path.Combine(RepositoryRoot(), "tests", "ArticleModel.Warc.Tests", "Fixtures", "site", relative);

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ArticleModel.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
