using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ArticleModel.Interpreter;
using CsCheck;
using Xunit;

namespace ArticleModel.Cli.Tests;

/// <summary>
/// Issue 9 item 13: CsCheck properties of the JSON Lines reader and of the CLI's read-and-parse path, in process:
/// never throw, spans inside the input, output valid JSON, the same result for the same bytes.
/// </summary>
public class InputPropertyTests
{
    private static readonly Lazy<InterpretedParser> s_parser = new(() => InterpretedSchema.LoadFile(Cli.NewsSchema).GetParser());

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    private static readonly string[] Texts =
    {
        "Headline\n\nBody \u201CQuoted,\u201D said Ann Lee, the mayor.", "", "x", "\u2028", "é🚢", "a\r\rb", "\"", "\\",
    };

    /// <summary>A record: mostly well-formed with odd ids, sometimes mangled (cut, raw bytes, comments).</summary>
    private static readonly Gen<byte[]> Record =
        Gen.Frequency(
            (4, Gen.Select(Gen.Int[0, 5], Gen.Int[0, Texts.Length - 1], Gen.Int[0, 1], (idKind, text, order) =>
            {
                var id = idKind switch
                {
                    0 => "1",
                    1 => "\"r\\u00e9\"",
                    2 => "[1,{\"a\":null}]",
                    3 => "/*c*/ 2",
                    4 => "-0.5e-3",
                    _ => "\"" + new string('i', 50) + "\"",
                };
                var t = JsonSerializer.Serialize(Texts[text]);
                return Encoding.UTF8.GetBytes(order == 0 ? $"{{\"id\":{id},\"text\":{t}}}" : $"{{\"text\":{t}, \"id\" : {id}}}");
            })),
            (1, Gen.Byte.Array[0, 12]),
            (1, Gen.Const(Encoding.UTF8.GetBytes("{\"id\":\"cut"))));

    private static readonly Gen<byte[]> Stream =
        Gen.Select(Gen.Bool, Gen.Select(Record, Gen.Int[0, 3]).Array[0, 12], (bom, records) =>
        {
            var output = new MemoryStream();
            if (bom) output.Write(new byte[] { 0xEF, 0xBB, 0xBF });
            foreach (var (record, separator) in records)
            {
                output.Write(record);
                output.Write(separator switch { 0 => "\n"u8, 1 => "\r\n"u8, 2 => "\r"u8, _ => "\n\n"u8 });
            }
            return output.ToArray();
        });

    [Fact]
    public void The_JSON_Lines_reader_never_throws_and_every_output_line_is_valid_JSON()
    {
        var worker = new Worker(s_parser.Value, maxBytes: 200);
        Stream.Sample(bytes =>
        {
            var first = Process(worker, bytes);
            Assert.Equal(first, Process(worker, bytes));
            foreach (var line in first)
            {
                var text = StrictUtf8.GetString(line);
                Assert.EndsWith("\n", text, StringComparison.Ordinal);
                Assert.Equal(text.Length - 1, text.IndexOf('\n', StringComparison.Ordinal));
                using var json = JsonDocument.Parse(text);
                Assert.Equal(new[] { "id", "value", "diagnostics" }, json.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
            }
        }, iter: 2_000, threads: 1, print: b => Convert.ToHexString(b));
    }

    [Fact]
    public void Well_formed_records_keep_their_id_and_text_whatever_the_line_breaks()
    {
        Gen.Select(Gen.Int[0, Texts.Length - 1].Array[1, 8], Gen.Int[0, 2], Gen.Bool).Sample((texts, separator, bom) =>
        {
            var input = new MemoryStream();
            if (bom) input.Write(new byte[] { 0xEF, 0xBB, 0xBF });
            for (var i = 0; i < texts.Length; i++)
            {
                input.Write(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { id = i, text = Texts[texts[i]] })));
                input.Write(separator switch { 0 => "\n"u8, 1 => "\r\n"u8, _ => "\r"u8 });
            }
            var reader = new JsonLinesReader(new MemoryStream(input.ToArray()), 4096);
            var read = new List<string>();
            while (reader.TryRead(out var record))
            {
                Assert.NotNull(record.Bytes);
                Assert.Null(Worker.ReadRecord(record.Bytes!, out var id, out var text));
                Assert.Equal(read.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Encoding.UTF8.GetString(id!));
                read.Add(text!);
            }
            Assert.Equal(texts.Select(t => Texts[t]).ToArray(), read.ToArray());
        }, iter: 2_000, threads: 1);
    }

    [Fact]
    public void Reading_and_parsing_any_bytes_gives_valid_JSON_spans_inside_the_text_and_the_same_result_twice()
    {
        var worker = new Worker(s_parser.Value, maxBytes: 1 << 20);
        var bytes = Gen.Frequency(
            (3, Gen.Int[0, Texts.Length - 1].Array[0, 30].Select(t => Encoding.UTF8.GetBytes(string.Join("\n", t.Select(i => Texts[i]))))),
            (1, Gen.Byte.Array[0, 300]));
        bytes.Sample(input =>
        {
            var result = s_parser.Value.Parse(input);
            var document = PlainTextReader.Read(input);
            foreach (var field in result.Spans.Fields)
            {
                foreach (var span in result.Spans.All(field))
                {
                    if (span.IsEmpty) continue;
                    Assert.True(span.Start >= 0 && span.Length >= 0 && span.Start + span.Length <= document.Text.Length, $"{field}: {span} outside {document.Text.Length}");
                }
            }
            var output = worker.ProcessStream("p", new MemoryStream(input));
            var again = worker.ProcessStream("p", new MemoryStream(input));
            Assert.True(output.Line.Span.SequenceEqual(again.Line.Span));
            using var json = JsonDocument.Parse(StrictUtf8.GetString(output.Line.Span));
            Assert.Equal(result.Value?.ToJson() ?? "null", json.RootElement.GetProperty("value").GetRawText());
        }, iter: 3_000, threads: 1, print: b => Convert.ToHexString(b));
    }

    private static List<byte[]> Process(Worker worker, byte[] bytes)
    {
        var reader = new JsonLinesReader(new MemoryStream(bytes), 200 + 64);
        var lines = new List<byte[]>();
        while (reader.TryRead(out var record))
        {
            var item = record.Bytes is null
                ? InputItem.Failed("s:" + record.LineNumber, "too large", record.OversizedId)
                : InputItem.Data("s:" + record.LineNumber, record.Bytes);
            lines.Add(worker.ProcessRecord(item).Line.ToArray());
        }
        return lines;
    }
}
