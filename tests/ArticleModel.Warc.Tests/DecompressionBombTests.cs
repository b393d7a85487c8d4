using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace ArticleModel.Warc.Tests;

/// <summary>
/// Issue 9 (attack round 10, docs/reliability.md row 49): compressed data that inflates far beyond what pages do (a
/// decompression bomb) is a problem, not a record: a 250 KB body inflating to 250 MB made one record of a 1 MB archive
/// cost gigabytes. Ordinary compressed pages and members are read as before.
/// </summary>
public class DecompressionBombTests
{
    // 24 MB of one letter: about 24 KB compressed, a thousand times smaller, and under the 32 MiB record limit.
    private static readonly byte[] Bomb = Encoding.ASCII.GetBytes("<p>" + new string('a', 24 * 1024 * 1024) + "</p>");

    private static byte[] Response(byte[] body, string headers)
    {
        var head = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + headers + "\r\n");
        var block = head.Concat(body).ToArray();
        var warc = Encoding.ASCII.GetBytes($"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:r>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {block.Length}\r\n\r\n");
        return warc.Concat(block).Concat(Encoding.ASCII.GetBytes("\r\n\r\n")).ToArray();
    }

    [Fact]
    public void A_content_encoding_bomb_is_a_problem_not_a_payload()
    {
        var (records, _) = WarcFixtures.ReadAll(new MemoryStream(Response(DamagedArchiveTests.Gzip(Bomb), "Content-Encoding: gzip\r\n")));

        var record = Assert.Single(records);
        Assert.Equal(DiagnosticIds.WarcContentEncodingUnsupported, record.Problem!.Id);
        Assert.Contains("decompression bomb", record.Problem.Message, StringComparison.Ordinal);
        Assert.True(record.Payload.IsEmpty);
    }

    [Fact]
    public void A_gzip_member_bomb_is_damage_and_the_next_member_is_read()
    {
        var after = DamagedArchiveTests.Gzip(Encoding.ASCII.GetBytes(DamagedArchiveTests.Record("resource", "after", "<p>After the bomb.</p>", "text/html")));
        var bytes = DamagedArchiveTests.Gzip(Response(Bomb, "")).Concat(after).ToArray();

        var (records, _) = WarcFixtures.ReadAll(new MemoryStream(bytes));

        Assert.Equal(DiagnosticIds.WarcCompressedDataDamaged, records[0].Problem!.Id);
        Assert.Contains("decompression bomb", records[0].Problem!.Message, StringComparison.Ordinal);
        Assert.Equal("urn:after", records.Single(r => r.Problem is null).RecordId);
    }

    [Fact]
    public void Ordinary_compressed_pages_and_members_are_read_whole()
    {
        // Text that compresses about 30 times, past the 8 MiB allowance: within the ratio, so read as before.
        var words = string.Concat(Enumerable.Range(0, 400_000).Select(i => "<p>Line " + (i * 7919 % 100_003) + " of the harbour report.</p>\n"));
        var page = Encoding.ASCII.GetBytes(words);
        var bytes = DamagedArchiveTests.Gzip(Response(DamagedArchiveTests.Gzip(page), "Content-Encoding: gzip\r\n"));

        var (records, _) = WarcFixtures.ReadAll(new MemoryStream(bytes));

        var record = Assert.Single(records);
        Assert.Null(record.Problem);
        Assert.Equal(page.Length, record.Payload.Length);
    }
}
