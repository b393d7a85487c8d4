using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace ArticleModel.Warc.Tests;

/// <summary>What the reader counts of the records it meets stays bounded in memory, whatever the archive holds.</summary>
public class WarcCountsTests
{
    private static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);

    [Fact]
    public void Record_types_are_counted_in_bounded_memory_whatever_the_archive_holds()
    {
        // Attack round 10, row 52: every distinct WARC-Type (the archive's own bytes, up to the 64 KB header) was kept
        // as a key of the counts, so an archive of a new long type per record grew the reader's memory without end.
        var text = string.Concat(Enumerable.Range(0, 3_000).Select(i =>
            $"WARC/1.1\r\nWARC-Type: t{i}{new string('x', 2_000)}\r\nContent-Length: 0\r\n\r\n\r\n\r\n"));

        var reader = new WarcReader(new MemoryStream(Ascii(text)));
        Assert.Empty(reader.ReadAll());

        Assert.Equal(3_000, reader.Counts.Records);
        Assert.Equal(WarcCounts.MaxTypes + 1, reader.Counts.ByType.Count);
        Assert.All(reader.Counts.ByType.Keys, k => Assert.True(k.Length <= WarcCounts.MaxTypeLength + 1));
        Assert.Equal(3_000 - WarcCounts.MaxTypes, reader.Counts.ByType[WarcCounts.OtherTypes]);
        Assert.Equal(3_000, reader.Counts.ByType.Values.Sum());
    }
}
