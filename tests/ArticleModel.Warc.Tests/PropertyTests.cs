using System;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using Xunit;

namespace ArticleModel.Warc.Tests;

/// <summary>Any bytes, and any damage to a real archive: the reader never throws, always ends, and holds no more than its limit.</summary>
public class PropertyTests
{
    private const long Limit = 4096;

    private static void Check(byte[] bytes)
    {
        var reader = new WarcReader(new MemoryStream(bytes), new WarcReaderOptions { MaxRecordBytes = Limit, MaxHeaderBytes = 1024 });
        var count = 0;
        foreach (var record in reader.ReadAll())
        {
            count++;
            Assert.True(record.Payload.Length <= Limit);
            Assert.True(record.Problem is null || record.Payload.IsEmpty);
            // Every record (or damage) takes up bytes of the input: the reader always moves on.
            Assert.True(count <= bytes.Length + 1);
        }
        Assert.True(reader.Counts.Records + reader.Counts.Damaged <= bytes.Length + 1);
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        Gen.Byte.Array[0, 3000].Sample(Check, iter: 1000);
    }

    [Fact]
    public void Random_bytes_after_a_gzip_or_warc_start_never_throw()
    {
        var starts = new[] { new byte[] { 0x1F, 0x8B, 8, 0 }, new byte[] { 0x1F, 0x8B, 8, 0x1E }, Encoding.ASCII.GetBytes("WARC/1.1\r\nContent-Length: 12\r\n\r\n"), Encoding.ASCII.GetBytes("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: ") };
        Gen.Select(Gen.Int[0, starts.Length - 1], Gen.Byte.Array[0, 2000])
            .Select((s, tail) => starts[s].Concat(tail).ToArray())
            .Sample(Check, iter: 1000);
    }

    [Theory]
    [InlineData("pages.warc.gz")]
    [InlineData("pages.warc")]
    public void Damaged_copies_of_a_wget_archive_never_throw(string name)
    {
        var original = File.ReadAllBytes(WarcFixtures.PathOf(name));
        Gen.Select(Gen.Int[0, original.Length - 1], Gen.Int[1, 64], Gen.Byte, Gen.Int[0, original.Length])
            .Select((at, length, value, cut) =>
            {
                var copy = original.Take(Math.Max(cut, 1)).ToArray();
                for (var i = at; i < Math.Min(at + length, copy.Length); i++) copy[i] = value;
                return copy;
            })
            .Sample(bytes =>
            {
                Check(bytes);
                // Damage in one place never loses the records far from it: most responses are still read whole.
                var good = new WarcReader(new MemoryStream(bytes)).ReadAll().Count(r => r.Problem is null && r.Type == "response");
                Assert.InRange(good, 0, WarcFixtures.ResponseUrls.Length);
            }, iter: 150);
    }

    [Fact]
    public void An_oversized_record_is_skipped_in_bounded_memory()
    {
        // 64 MB of block streamed through, never held: allocation stays near the reader's fixed buffers.
        const long size = 64L * 1024 * 1024;
        var head = Encoding.ASCII.GetBytes($"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:big>\r\nContent-Length: {size}\r\n\r\n");
        var tail = Encoding.ASCII.GetBytes("\r\n\r\n" + DamagedArchiveTests.Record("resource", "after", "<p>after</p>", "text/html"));
        using var stream = new RepeatingStream(head, "x"u8.ToArray(), size, tail);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var records = new WarcReader(stream, new WarcReaderOptions { MaxRecordBytes = 1024 * 1024 }).ReadAll().ToList();

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(DiagnosticIds.WarcRecordTooLarge, records[0].Problem!.Id);
        Assert.Equal("urn:after", records[1].RecordId);
        Assert.True(allocated < 2 * 1024 * 1024, $"allocated {allocated} bytes");
    }

    [Fact]
    public void An_endless_header_line_is_read_in_bounded_memory()
    {
        var head = Encoding.ASCII.GetBytes("WARC/1.1\r\nWARC-Type: response\r\nX-Long: ");
        using var stream = new RepeatingStream(head, "x"u8.ToArray(), 16L * 1024 * 1024, Encoding.ASCII.GetBytes("\r\n\r\n"));
        var before = GC.GetAllocatedBytesForCurrentThread();

        var records = new WarcReader(stream).ReadAll().ToList();

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 2 * 1024 * 1024);
        Assert.Equal(DiagnosticIds.WarcHeaderMalformed, Assert.Single(records).Problem!.Id);
    }
}
