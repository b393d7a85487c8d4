using System.Linq;
using System.Text;
using Xunit;

namespace ArticleModel.Warc.Tests;

/// <summary>
/// Issue 9 (attack round 10, left open by it): bytes after the last record that end without a line end were dropped
/// with no diagnostic and a clean exit; they are damage now, and blank endings stay clean.
/// </summary>
public class TrailingBytesTests
{
    private static readonly string Good = DamagedArchiveTests.Record("resource", "good", "<p>The ferry timetable changes in May.</p>", "text/html");

    [Theory]
    [InlineData("garbage after the archive")]
    [InlineData("WARC/1.1")]                     // a header line cut right after its version: no record either
    [InlineData("\0\0\0\0\0\0\0\0")]
    public void A_tail_without_a_line_end_is_reported(string tail)
    {
        var (records, counts) = WarcFixtures.ReadAll(DamagedArchiveTests.Stream(Good + tail));

        Assert.Equal(2, records.Count);
        Assert.Equal("urn:good", records[0].RecordId);
        Assert.Null(records[0].Problem);
        Assert.Equal(DiagnosticIds.WarcHeaderMalformed, records[1].Problem!.Id);
        Assert.Equal(Encoding.UTF8.GetByteCount(Good), records[1].Offset);
        Assert.Contains("no line end", records[1].Problem!.Message);
        Assert.Equal(1, counts.Damaged);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r")]
    [InlineData("\r\n\r\n \t")]
    public void A_blank_tail_is_no_damage(string tail)
    {
        var (records, counts) = WarcFixtures.ReadAll(DamagedArchiveTests.Stream(Good + tail));

        Assert.Equal("urn:good", Assert.Single(records).RecordId);
        Assert.Null(records.Single().Problem);
        Assert.Equal(0, counts.Damaged);
    }
}
