using System;
using System.Buffers;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace ArticleModel.Cli.Tests;

/// <summary>
/// A batch result's JSON line (issue 9 item 7): a huge one cost up to twice its size in a buffer grown by doubling (48 MB
/// of JSON for 20 MB of random bytes in a 64 MB buffer); it is now measured in a capped buffer and written again into an
/// array of its size. The bytes must be the same either way.
/// </summary>
public class ResultBufferTests
{
    // As values are written: long strings in segments (JsonFieldWriter), or (direct) by the writer in one piece, when
    // it asks for room for every char escaped, more than the whole result takes.
    private static Action<Utf8JsonWriter> Value(string text, bool direct = false) => writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("path", "x.txt");
        if (direct)
        {
            writer.WriteStartArray("value");
            for (var i = 0; i < 3; i++) writer.WriteStringValue(text);
            writer.WriteEndArray();
        }
        else
        {
            ArticleModel.CompilerServices.JsonFieldWriter.WriteStrings(writer, "value", new ArticleModel.ValueList<string>(new[] { text, text, text }));
        }
        writer.WriteEndObject();
    };

    private static byte[] Expected(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, ArticleModel.ResultJson.WriterOptions(indented: false))) write(writer);
        return buffer.WrittenSpan.ToArray().Append((byte)'\n').ToArray();
    }

    [Theory]
    [InlineData(10)]
    [InlineData(1_000_000)]    // fits the thread's buffer
    [InlineData(3_000_000)]    // does not: measured, then written again
    public void A_result_line_is_the_value_s_json_and_a_line_break(int length)
    {
        var text = new string('é', length / 2) + new string('"', length / 2);
        Assert.Equal(Expected(Value(text, direct: true)), Worker.Serialize(Value(text)).ToArray());
        Assert.Equal(Expected(Value(text, direct: true)), Worker.Serialize(Value(text, direct: true)).ToArray());
        Assert.Equal(Expected(Value("again")), Worker.Serialize(Value("again")).ToArray()); // the thread's buffer is reused
    }

    [Fact]
    public void A_huge_result_line_allocates_about_its_size_once()
    {
        var text = new string('x', 4_000_000);
        Worker.Serialize(Value(text)); // warm up: the thread's buffer reaches its cap
        var before = GC.GetAllocatedBytesForCurrentThread();
        var line = Worker.Serialize(Value(text));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated <= line.Length * 1.1 + 256 * 1024, $"{allocated:N0} bytes allocated for a line of {line.Length:N0} bytes");
    }

    [Fact]
    public void The_capped_buffer_keeps_what_fits_and_counts_the_rest()
    {
        var writer = new SizingBufferWriter(4, 100);
        var bytes = Encoding.ASCII.GetBytes(new string('a', 60));
        for (var i = 0; i < 3; i++)
        {
            bytes.CopyTo(writer.GetSpan(bytes.Length));
            writer.Advance(bytes.Length);
        }
        Assert.True(writer.Overflowed);
        Assert.Equal(180, writer.Length);
        Assert.Equal(60, writer.WrittenSpan.Length);
        writer.Reset();
        Assert.False(writer.Overflowed);
        writer.GetSpan(100)[0] = (byte)'b';
        writer.Advance(100);
        Assert.False(writer.Overflowed);
        Assert.Equal(100, writer.WrittenSpan.Length);
    }
}
