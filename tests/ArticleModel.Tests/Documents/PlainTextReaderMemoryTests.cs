using System;
using System.IO;
using Xunit;

namespace ArticleModel.Tests.Documents;

/// <summary>
/// Issue 9 item 7: reading allocates in proportion to the input. Random bytes (invalid UTF-8 everywhere) made the
/// replacement decoder allocate about 15 bytes per input byte. Allocation counts, not timings: the numbers are exact
/// for one thread and independent of machine load. The benchmark with figures is tests/Benchmarks/ReaderMemoryBenchmarks.cs.
/// </summary>
public class PlainTextReaderMemoryTests
{
    private const int Size = 2 * 1024 * 1024;

    /// <summary>
    /// The decoded text is at most 2 bytes per input byte; lines (8 bytes each: a line every 16 bytes is half a byte
    /// per input byte), diagnostics and slack must stay within the rest. Lines of 20 bytes each made 3.25 here.
    /// </summary>
    private const double MaxAllocatedPerInputByte = 2.75;

    [Fact]
    public void A_short_articles_line_table_is_sized_by_its_line_breaks()
    {
        // Issue 13 (per-parse bookkeeping): a short text's table was made for 32 lines and 16 blocks whatever it held.
        const string text = "A headline\n\nA first paragraph of the story.\n\nA second one.\n";
        PlainTextReader.Read(text); // warm up (static tables, JIT)
        var before = GC.GetAllocatedBytesForCurrentThread();
        var document = PlainTextReader.Read(text);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(3, document.LineTable.Count);
        // The document, the table and its builder, and arrays for 6 lines (5 line breaks + 1) and 3 runs (blocks after
        // the first follow a blank line); arrays for 32 lines and 16 runs
        // made 840 bytes, 488 now.
        Assert.True(allocated <= 600, $"{allocated} bytes allocated to read {text.Length} characters");
    }

    [Theory]
    [InlineData("random")]
    [InlineData("ascii")]
    [InlineData("short-lines")]
    public void Reading_allocates_at_most_two_and_three_quarter_bytes_per_input_byte(string kind)
    {
        var bytes = Make(kind);
        PlainTextReader.Read(bytes); // warm up (static tables, JIT)
        // A stream's bytes must first be buffered: one more byte per input byte. So must invalid UTF-8 given as a span:
        // it is decoded into the string from an array.
        foreach (var (read, limit) in new (Func<ArticleDocument>, double)[]
                 {
                     (() => PlainTextReader.Read(bytes), MaxAllocatedPerInputByte + (kind == "random" ? 1 : 0)),
                     (() => PlainTextReader.Read(new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true)), MaxAllocatedPerInputByte),
                     (() => PlainTextReader.Read(new MemoryStream(bytes)), MaxAllocatedPerInputByte + 1),
                 })
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var document = read();
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(document.Text.Length > 0);
            Assert.True(allocated <= limit * bytes.Length,
                $"{kind}: {allocated:N0} bytes allocated for {bytes.Length:N0} input bytes ({(double)allocated / bytes.Length:F1} per byte)");
        }
    }

    [Theory]
    [InlineData("random")]
    [InlineData("ascii")]
    [InlineData("short-lines")]
    public void Reading_a_file_allocates_its_text_and_lines_but_never_its_bytes(string kind)
    {
        // The bytes (1 per input byte) lived beside the text until the next full collection; a file is now decoded in
        // chunks. Its text (2 bytes a char) and line table (8 bytes a line) are what may be allocated, plus 64 KB buffers.
        var bytes = Make(kind);
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, bytes);
            PlainTextReader.ReadFile(path); // warm up
            var before = GC.GetAllocatedBytesForCurrentThread();
            var document = PlainTextReader.ReadFile(path);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            long expected = 2L * document.Text.Length + 8L * document.LineCount;
            Assert.True(allocated <= expected + bytes.Length / 8,
                $"{kind}: {allocated:N0} bytes allocated for {bytes.Length:N0} input bytes, {expected:N0} of them text and lines");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static byte[] Make(string kind)
    {
        var bytes = new byte[Size];
        var random = new Random(9);
        switch (kind)
        {
            case "random":
                random.NextBytes(bytes);
                break;
            case "ascii":
                for (var i = 0; i < bytes.Length; i++) bytes[i] = i % 80 == 79 ? (byte)'\n' : (byte)('a' + random.Next(26));
                break;
            default:
                // A line every 16 bytes: the line table (20 bytes a line) is the largest part here.
                for (var i = 0; i < bytes.Length; i++) bytes[i] = i % 16 == 15 ? (byte)'\n' : (byte)'x';
                break;
        }
        return bytes;
    }
}
