using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace ArticleModel.Warc.Tests;

/// <summary>
/// Issue 9 (attack round 10, docs/reliability.md row 46): a source that never gives a record header — <c>/dev/zero</c>,
/// endless blank or garbage lines, noise after a gzip member, empty gzip members without end, an endless header line —
/// is given up after <see cref="WarcReaderOptions.MaxSkippedBytes"/> with one AM3038 problem, instead of being read for
/// ever with nothing written. Garbage under the limit is still skipped and the records after it read.
/// </summary>
public class EndlessInputTests
{
    private const long Limit = 1024 * 1024;

    // Far more than the limit: before the bound, every byte of it was read (an endless device was read for ever).
    private const long Plenty = 48L * 1024 * 1024;

    private static readonly WarcReaderOptions Options = new() { MaxSkippedBytes = Limit };

    private static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);

    private static readonly string Good = DamagedArchiveTests.Record("resource", "good", "<p>The ferry timetable changes in May.</p>", "text/html");

    [Theory]
    [InlineData("x")]                  // /dev/zero: one line without end
    [InlineData("\r\n")]               // blank lines without end
    [InlineData("not a header line\n")] // garbage lines without end
    public void An_endless_source_without_record_headers_is_given_up_after_the_limit(string unit)
    {
        var stream = new RepeatingStream(Ascii(Good), Ascii(unit), Plenty);

        var records = new WarcReader(stream, Options).ReadAll().ToList();

        Assert.Equal("urn:good", records[0].RecordId);
        Assert.Null(records[0].Problem);
        Assert.Equal(DiagnosticIds.WarcReadingAbandoned, records[^1].Problem!.Id);
        Assert.Single(records, r => r.Problem?.Id == DiagnosticIds.WarcReadingAbandoned);
        Assert.InRange(stream.BytesRead, Limit, 3 * Limit + 256 * 1024);
    }

    [Fact]
    public void An_endless_header_line_is_given_up_after_the_limit()
    {
        var stream = new RepeatingStream(Ascii("WARC/1.1\r\nWARC-Type: response\r\nX-Long: "), Ascii("y"), Plenty);

        var records = new WarcReader(stream, Options).ReadAll().ToList();

        Assert.Equal(DiagnosticIds.WarcReadingAbandoned, records[^1].Problem!.Id);
        Assert.InRange(stream.BytesRead, Limit, 3 * Limit + 256 * 1024);
    }

    [Fact]
    public void Endless_bytes_after_a_gzip_member_are_given_up_after_the_limit()
    {
        var stream = new RepeatingStream(DamagedArchiveTests.Gzip(Ascii(Good)), Ascii("x"), Plenty);

        var records = new WarcReader(stream, Options).ReadAll().ToList();

        Assert.Equal("urn:good", records[0].RecordId);
        Assert.Null(records[0].Problem);
        Assert.Equal(DiagnosticIds.WarcReadingAbandoned, records[^1].Problem!.Id);
        Assert.InRange(stream.BytesRead, Limit, 3 * Limit + 256 * 1024);
    }

    [Fact]
    public void Endless_empty_gzip_members_are_given_up_after_the_limit()
    {
        // A member holding nothing (GZipStream writes no member for no data): header, empty deflate block, trailer.
        var empty = new byte[] { 0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
        var stream = new RepeatingStream(DamagedArchiveTests.Gzip(Ascii(Good)), empty, Plenty);

        var records = new WarcReader(stream, Options).ReadAll().ToList();

        Assert.Equal("urn:good", records[0].RecordId);
        Assert.Equal(DiagnosticIds.WarcReadingAbandoned, records[^1].Problem!.Id);
        Assert.InRange(stream.BytesRead, Limit, 3 * Limit + 256 * 1024);
    }

    [Fact]
    public void Garbage_under_the_limit_between_records_is_skipped_and_every_record_read()
    {
        // 600 KB of garbage lines before each of five records: 3 MB in all, but never 1 MB in a row.
        var garbage = string.Concat(Enumerable.Repeat("not a header line\n", 600_000 / 18));
        var text = string.Concat(Enumerable.Range(0, 5).Select(i => garbage + DamagedArchiveTests.Record("resource", "r" + i, "<p>Record " + i + ".</p>", "text/html")));

        var records = new WarcReader(new MemoryStream(Ascii(text)), Options).ReadAll().ToList();

        Assert.Equal(new[] { "urn:r0", "urn:r1", "urn:r2", "urn:r3", "urn:r4" }, records.Where(r => r.Problem is null).Select(r => r.RecordId));
        Assert.DoesNotContain(records, r => r.Problem?.Id == DiagnosticIds.WarcReadingAbandoned);
    }
}
