using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ArticleModel.CompilerServices;
using Xunit;

namespace ArticleModel.Tests.Json;

/// <summary>
/// Long string values are escaped in chunks (issue 9 item 7): the bytes must be exactly what Utf8JsonWriter writes,
/// in every position (array item, property, after a comma), for every kind of character, with surrogate pairs across
/// chunk boundaries, and the memory must be about the output's size instead of 12 + 3 bytes per character.
/// </summary>
public class LongJsonStringTests
{
    private static readonly string[] Kinds = { "ascii", "controls", "mixed", "pairs at boundaries", "lone surrogates", "html" };

    public static IEnumerable<object[]> Cases()
    {
        foreach (var kind in Kinds)
        foreach (var length in new[] { 1_000, LongJsonString.MinLength - 1, LongJsonString.MinLength, LongJsonString.MinLength + 40_003 })
            yield return new object[] { kind, length };
    }

    private static string Make(string kind, int length)
    {
        var random = new Random(length ^ kind.Length);
        var sb = new StringBuilder(length + 2);
        while (sb.Length < length)
        {
            switch (kind)
            {
                case "ascii":
                    sb.Append((char)random.Next(32, 127));
                    break;
                case "controls":
                    sb.Append((char)random.Next(0, 40));
                    break;
                case "mixed":
                    var r = random.Next(10);
                    sb.Append(r switch { 0 => '"', 1 => '\\', 2 => '\u2028', 3 => '\uFFFD', 4 => '\u00E9', 5 => (char)random.Next(0x80, 0xA0), 6 => '\n', _ => (char)random.Next(97, 123) });
                    break;
                case "pairs at boundaries":
                    // a pair every few chars, so some straddle every chunk boundary whatever the chunk size
                    if (random.Next(3) == 0) sb.Append("\U0001F600");
                    else sb.Append('a');
                    break;
                case "lone surrogates":
                    sb.Append(random.Next(20) switch { 0 => '\uD800', 1 => '\uDC00', _ => 'b' });
                    break;
                default:
                    sb.Append(random.Next(6) switch { 0 => '<', 1 => '>', 2 => '&', 3 => '\'', 4 => '+', _ => '`' });
                    break;
            }
        }
        return sb.ToString(0, length);
    }

    private static (string? Json, Type? Error) Write(Action<Utf8JsonWriter, string> writeString, string value, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>();
        try
        {
            using (var writer = new Utf8JsonWriter(buffer, ResultJson.WriterOptions(indented)))
            {
                writer.WriteStartObject();
                writer.WriteNumber("n", 1);
                writer.WritePropertyName("a");
                writeString(writer, value);
                writer.WriteStartArray("list");
                writeString(writer, value);
                writeString(writer, value);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            return (Encoding.UTF8.GetString(buffer.WrittenSpan.ToArray()), null);
        }
        catch (ArgumentException e)
        {
            return (null, e.GetType());
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_long_string_is_written_exactly_as_the_writer_writes_it(string kind, int length)
    {
        var value = Make(kind, length);
        foreach (var indented in new[] { false, true })
        {
            var expected = Write((w, s) => w.WriteStringValue(s), value, indented);
            var actual = Write(LongJsonString.WriteValue, value, indented);
            Assert.Equal(expected.Error, actual.Error);
            Assert.True(expected.Json == actual.Json, $"{kind} ({length} chars, indented {indented}): output differs");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_long_string_property_is_written_exactly_as_the_writer_writes_it(string kind, int length)
    {
        var value = Make(kind, length);
        string Json(Action<Utf8JsonWriter> write)
        {
            var buffer = new ArrayBufferWriter<byte>();
            try
            {
                using (var writer = new Utf8JsonWriter(buffer, ResultJson.WriterOptions(indented: false)))
                {
                    writer.WriteStartObject();
                    writer.WriteBoolean("first", true);
                    write(writer);
                    write(writer);
                    writer.WriteEndObject();
                }
                return Encoding.UTF8.GetString(buffer.WrittenSpan.ToArray());
            }
            catch (ArgumentException e)
            {
                return e.GetType().Name;
            }
        }
        Assert.Equal(Json(w => w.WriteString("text", value)), Json(w => JsonFieldWriter.WriteString(w, "text", value)));
    }

    [Fact]
    public void Writing_a_long_string_that_needs_escaping_takes_about_its_output_size()
    {
        // C1 controls and quotes, as random bytes leave them: the writer rented 12 bytes a char of scratch (kept by the
        // shared pool afterwards) and asked its output for 3 bytes per escaped char
        var value = Make("controls", 2_000_000);
        var output = new RecordingBufferWriter();
        using var writer = new Utf8JsonWriter(output, ResultJson.WriterOptions(indented: false));
        writer.WriteStartObject();
        JsonFieldWriter.WriteString(writer, "warm-up", Make("controls", LongJsonString.MinLength)); // JIT, encoder tables
        writer.Flush();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var written = output.Written;
        JsonFieldWriter.WriteString(writer, "text", value);
        writer.WriteEndObject();
        writer.Flush();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var size = output.Written - written;
        Assert.True(allocated <= size + 256 * 1024, $"{allocated:N0} bytes allocated to write {size:N0} bytes of JSON");
        Assert.True(output.LargestRequest <= size + 1024, $"the output was asked for {output.LargestRequest:N0} bytes at once for {size:N0} bytes of JSON");
    }

    [Fact]
    public void Writing_a_long_string_holds_only_a_bounded_part_of_it_at_once()
    {
        // .NET 9+: segments of 4,096 chars, so neither the writer's scratch nor its requests grow with the string (the
        // escaped copy of the whole string, and a request of its size, before)
        var value = Make("controls", 2_000_000);
        var output = new RecordingBufferWriter();
        using var writer = new Utf8JsonWriter(output, ResultJson.WriterOptions(indented: false));
        writer.WriteStartObject();
        JsonFieldWriter.WriteString(writer, "warm-up", Make("controls", LongJsonString.MinLength));
        writer.Flush();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var written = output.Written;
        output.LargestRequest = 0;
        JsonFieldWriter.WriteString(writer, "text", value);
        writer.WriteEndObject();
        writer.Flush();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var size = output.Written - written;
        Assert.True(allocated <= 64 * 1024, $"{allocated:N0} bytes allocated to write {size:N0} bytes of JSON");
        Assert.True(output.LargestRequest <= 256 * 1024, $"the output was asked for {output.LargestRequest:N0} bytes at once for {size:N0} bytes of JSON");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_writer_over_a_stream_passes_a_long_string_on_as_it_goes(bool indented)
    {
        // A writer over a stream keeps everything until it is flushed, in a buffer grown by doubling: the CLI held the
        // 48 MB JSON of 20 MB of random bytes in a 64 MB buffer. Long strings now flush it every 1 MB.
        var value = Make("mixed", 3_000_000);
        var stream = new RecordingStream();
        using (var writer = new Utf8JsonWriter(stream, ResultJson.WriterOptions(indented)))
        {
            writer.WriteStartObject();
            JsonFieldWriter.WriteStrings(writer, "list", new ValueList<string>(new[] { value, "short", value }));
            writer.WriteEndObject();
        }
        Assert.True(stream.LargestWrite <= LongJsonString.FlushThreshold + 128 * 1024, $"{stream.LargestWrite:N0} bytes written at once of {stream.Length:N0}");
        var expected = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(expected, ResultJson.WriterOptions(indented)))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("list");
            foreach (var s in new[] { value, "short", value }) writer.WriteStringValue(s);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        Assert.True(expected.ToArray().AsSpan().SequenceEqual(stream.Bytes.ToArray()), "output differs from the writer's own");
    }

    /// <summary>Counts what is written and remembers the largest single write.</summary>
    private sealed class RecordingStream : System.IO.Stream
    {
        public System.IO.MemoryStream Bytes { get; } = new();

        public int LargestWrite { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Bytes.Length;

        public override long Position { get => Bytes.Length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, System.IO.SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            Bytes.Write(buffer);
        }
    }

    /// <summary>Counts what is written and remembers the largest buffer asked for; reuses one array (not measured).</summary>
    private sealed class RecordingBufferWriter : IBufferWriter<byte>
    {
        private byte[] _buffer = new byte[64 * 1024 * 1024];

        public long Written { get; private set; }

        public int LargestRequest { get; set; }

        public void Advance(int count) => Written += count;

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            LargestRequest = Math.Max(LargestRequest, sizeHint);
            if (sizeHint > _buffer.Length) throw new InvalidOperationException($"asked for {sizeHint:N0} bytes");
            return _buffer;
        }

        public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;
    }
}
