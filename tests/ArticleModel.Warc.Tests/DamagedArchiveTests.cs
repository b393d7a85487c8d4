using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace ArticleModel.Warc.Tests;

/// <summary>Truncated and corrupted copies of the wget archives, and damage written by hand: a problem, then the next record.</summary>
public class DamagedArchiveTests
{
    [Fact]
    public void A_truncated_gzip_archive_reports_the_cut_record_and_keeps_the_ones_before()
    {
        var (records, counts) = WarcFixtures.ReadAll("pages-truncated.warc.gz");

        var good = records.Where(r => r.Problem is null && r.Type == "response").Select(r => r.TargetUri).ToArray();
        Assert.Equal(WarcFixtures.ResponseUrls[..^1], good);
        var cut = Assert.Single(records, r => r.Problem is not null);
        Assert.Equal(DiagnosticIds.WarcTruncated, cut.Problem!.Id);
        Assert.Equal(1, counts.Damaged);
    }

    [Fact]
    public void A_corrupted_gzip_member_is_reported_and_reading_goes_on_at_the_next_member()
    {
        var (records, counts) = WarcFixtures.ReadAll("pages-corrupted.warc.gz");

        // The second response's member is damaged in the middle: it is reported, every other record is read.
        var damaged = Assert.Single(records, r => r.Problem is not null);
        Assert.Equal(DiagnosticIds.WarcCompressedDataDamaged, damaged.Problem!.Id);
        Assert.Equal(WarcFixtures.ResponseUrls[1], damaged.TargetUri);
        Assert.Equal(WarcFixtures.ResponseUrls.Where((_, i) => i != 1), records.Where(r => r.Problem is null && r.Type == "response").Select(r => r.TargetUri));
        Assert.Equal(2, records.Count(r => r.Type == "resource" && r.Problem is null));
        Assert.Equal(1, counts.Damaged);
    }

    [Fact]
    public void A_truncated_plain_archive_reports_the_cut_record()
    {
        var (records, _) = WarcFixtures.ReadAll("pages-truncated.warc");

        Assert.Equal(WarcFixtures.ResponseUrls, records.Where(r => r.Type == "response" && r.Problem is null).Select(r => r.TargetUri));
        var cut = Assert.Single(records, r => r.Problem is not null);
        Assert.Equal(DiagnosticIds.WarcTruncated, cut.Problem!.Id);
    }

    [Fact]
    public void A_wrong_content_length_drops_that_record_and_reading_goes_on()
    {
        var (records, counts) = WarcFixtures.ReadAll("pages-corrupted.warc");

        var wrong = Assert.Single(records, r => r.Problem is not null);
        Assert.Equal(DiagnosticIds.WarcBlockLengthWrong, wrong.Problem!.Id);
        Assert.Equal(WarcFixtures.ResponseUrls[1], wrong.TargetUri);
        Assert.Equal(WarcFixtures.ResponseUrls.Where((_, i) => i != 1), records.Where(r => r.Problem is null && r.Type == "response").Select(r => r.TargetUri));
        Assert.Equal(1, counts.Damaged);
    }

    [Fact]
    public void Garbage_between_records_is_reported_once_and_skipped()
    {
        var warc = Record("response", "a", Http("<p>one</p>")) + "this is not a record\r\nnor this\r\n" + Record("response", "b", Http("<p>two</p>"));

        var (records, _) = WarcFixtures.ReadAll(Stream(warc));

        Assert.Equal(new[] { "urn:a", null, "urn:b" }, records.Select(r => r.RecordId));
        Assert.Equal(DiagnosticIds.WarcHeaderMalformed, records[1].Problem!.Id);
    }

    [Fact]
    public void A_record_without_content_length_is_reported_and_skipped()
    {
        var warc = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:x>\r\n\r\nbody\r\n\r\n" + Record("response", "b", Http("<p>two</p>"));

        var (records, _) = WarcFixtures.ReadAll(Stream(warc));

        Assert.Equal(DiagnosticIds.WarcHeaderMalformed, records[0].Problem!.Id);
        Assert.Equal("urn:x", records[0].RecordId);
        Assert.Equal("urn:b", records[1].RecordId);
        Assert.Null(records[1].Problem);
    }

    [Fact]
    public void An_oversized_record_is_skipped_unread_and_the_next_is_read()
    {
        var big = new string('x', 5000);
        var warc = Record("response", "big", Http("<p>" + big + "</p>")) + Record("resource", "small", "<p>ok</p>", "text/html");

        var (records, _) = WarcFixtures.ReadAll(Stream(warc), new WarcReaderOptions { MaxRecordBytes = 1000 });

        Assert.Equal(DiagnosticIds.WarcRecordTooLarge, records[0].Problem!.Id);
        Assert.Equal(0, records[0].Payload.Length);
        Assert.Equal("<p>ok</p>", Encoding.UTF8.GetString(records[1].Payload.Span));
        Assert.True(records[1].IsHtml);
    }

    [Fact]
    public void An_http_body_in_gzip_content_encoding_is_inflated()
    {
        using var zipped = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(zipped, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            gz.Write(Encoding.UTF8.GetBytes("<p>inflated</p>"));
        var head = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=\"UTF-8\"\r\nContent-Encoding: gzip\r\n\r\n";
        var block = Encoding.Latin1.GetBytes(head).Concat(zipped.ToArray()).ToArray();
        var warc = Encoding.Latin1.GetBytes($"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:z>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {block.Length}\r\n\r\n")
            .Concat(block).Concat(Encoding.ASCII.GetBytes("\r\n\r\n")).ToArray();

        var record = Assert.Single(WarcFixtures.ReadAll(new MemoryStream(warc)).Records);

        Assert.Equal("<p>inflated</p>", Encoding.UTF8.GetString(record.Payload.Span));
        Assert.Equal("UTF-8", record.Charset);
    }

    [Fact]
    public void An_unknown_content_encoding_is_reported()
    {
        var warc = Record("response", "br", "HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\nxxxx");

        var record = Assert.Single(WarcFixtures.ReadAll(Stream(warc)).Records);

        Assert.Equal(DiagnosticIds.WarcContentEncodingUnsupported, record.Problem!.Id);
    }

    [Fact]
    public void A_response_that_is_not_http_is_reported()
    {
        var warc = Record("response", "nohttp", "hello, no status line here\r\n\r\nbody");

        var record = Assert.Single(WarcFixtures.ReadAll(Stream(warc)).Records);

        Assert.Equal(DiagnosticIds.WarcHttpMalformed, record.Problem!.Id);
    }

    [Fact]
    public void Gzip_members_after_garbage_are_found()
    {
        var one = Gzip(Record("response", "a", Http("<p>one</p>")));
        var two = Gzip(Record("response", "b", Http("<p>two</p>")));
        var bytes = one.Concat(new byte[] { 0x1F, 0x8B, 0x08, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }).Concat(two).ToArray();

        var (records, _) = WarcFixtures.ReadAll(new MemoryStream(bytes));

        Assert.Equal("urn:a", records[0].RecordId);
        Assert.Equal(DiagnosticIds.WarcCompressedDataDamaged, records[1].Problem!.Id);
        Assert.Equal("urn:b", records[^1].RecordId);
        Assert.Null(records[^1].Problem);
    }

    [Fact]
    public void Several_records_in_one_gzip_member_are_read()
    {
        var bytes = Gzip(Record("response", "a", Http("<p>one</p>")) + Record("response", "b", Http("<p>two</p>")));

        var (records, _) = WarcFixtures.ReadAll(new MemoryStream(bytes));

        Assert.Equal(new[] { "urn:a", "urn:b" }, records.Select(r => r.RecordId));
    }

    [Theory]
    [InlineData("bytes of a cut record with no line end")]
    [InlineData("\r\n\r\nHTTP/1.1 200 OK\r\n<p>cut here")]
    public void A_record_header_glued_to_garbage_without_a_line_break_is_still_found(string garbage)
    {
        // Issue 9 (attack round 10, docs/reliability.md row 47): `cat cut.warc next.warc` glues the next file's first
        // header to the cut bytes. Before, the whole line was garbage and the record after it was lost.
        var first = Record("resource", "a", "<p>First.</p>", "text/html");
        var text = first + garbage + Record("resource", "b", "<p>Second.</p>", "text/html") + Record("resource", "c", "<p>Third.</p>", "text/html");

        var (records, _) = WarcFixtures.ReadAll(Stream(text));

        Assert.Equal(new[] { "urn:a", "urn:b", "urn:c" }, records.Where(r => r.Problem is null).Select(r => r.RecordId));
        var damage = Assert.Single(records, r => r.Problem is not null);
        Assert.Equal(DiagnosticIds.WarcHeaderMalformed, damage.Problem!.Id);
        // The second record's offset is where its header starts, not where the garbage line did.
        Assert.Equal(Encoding.UTF8.GetByteCount(first + garbage), records.Single(r => r.RecordId == "urn:b").Offset);
    }

    [Fact]
    public void Text_mentioning_the_version_inside_a_line_is_not_taken_for_a_header()
    {
        var text = Record("resource", "a", "<p>First.</p>", "text/html") + "see WARC/1.0 spec\r\n" + Record("resource", "b", "<p>Second.</p>", "text/html");

        var (records, _) = WarcFixtures.ReadAll(Stream(text));

        Assert.Equal(new[] { "urn:a", "urn:b" }, records.Where(r => r.Problem is null).Select(r => r.RecordId));
        Assert.Single(records, r => r.Problem is not null);
    }

    [Fact]
    public void Garbage_between_gzip_members_of_one_size_is_reported_and_the_next_member_read()
    {
        // Issue 9 (attack round 10, docs/reliability.md row 48): the trailer search took the *next* member's trailer
        // (same inflated size) as this member's end, so the garbage and the whole next member were skipped unseen.
        var a = Gzip(Record("resource", "a", "<p>Same size.</p>", "text/html"));
        var b = Gzip(Record("resource", "b", "<p>Same size.</p>", "text/html"));
        var garbage = Enumerable.Range(0, 3000).Select(i => (byte)(i * 7 % 251 + 1)).ToArray();
        var bytes = a.Concat(garbage).Concat(b).Concat(Gzip(Record("resource", "c", "<p>Other size text.</p>", "text/html"))).ToArray();

        var (records, counts) = WarcFixtures.ReadAll(new MemoryStream(bytes));

        Assert.Equal(new[] { "urn:a", "urn:b", "urn:c" }, records.Where(r => r.Problem is null).Select(r => r.RecordId));
        Assert.Equal(DiagnosticIds.WarcCompressedDataDamaged, Assert.Single(records, r => r.Problem is not null).Problem!.Id);
        Assert.Equal(1, counts.Damaged);
    }

    internal static string Http(string html) => "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + html;

    internal static string Record(string type, string id, string block, string contentType = "application/http; msgtype=response") =>
        $"WARC/1.1\r\nWARC-Type: {type}\r\nWARC-Record-ID: <urn:{id}>\r\nWARC-Target-URI: http://example.test/{id}\r\nWARC-Date: 2026-01-02T03:04:05Z\r\nContent-Type: {contentType}\r\nContent-Length: {Encoding.UTF8.GetByteCount(block)}\r\n\r\n{block}\r\n\r\n";

    internal static MemoryStream Stream(string s) => new(Encoding.UTF8.GetBytes(s));

    internal static byte[] Gzip(string s) => Gzip(Encoding.UTF8.GetBytes(s));

    /// <summary>The bytes as one gzip member.</summary>
    internal static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
            gz.Write(data, 0, data.Length);
        return output.ToArray();
    }
}
