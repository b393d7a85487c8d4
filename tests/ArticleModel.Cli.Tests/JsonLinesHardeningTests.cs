using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace ArticleModel.Cli.Tests;

/// <summary>Issue 9 item 10: JSON Lines in and out are always valid, whatever the records look like.</summary>
public class JsonLinesHardeningTests
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Every output line: valid UTF-8, strict JSON (no comments), members id, value, diagnostics.</summary>
    internal static JsonElement[] AssertValidOutput(byte[] stdout)
    {
        var text = StrictUtf8.GetString(stdout);
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            var root = JsonDocument.Parse(line).RootElement.Clone();
            Assert.Equal(new[] { "id", "value", "diagnostics" }, root.EnumerateObject().Select(p => p.Name).ToArray());
            return root;
        }).ToArray();
    }

    [Fact]
    public void The_record_id_is_re_serialised_never_copied()
    {
        var input = new MemoryStream();
        void Line(string s) => input.Write(Encoding.UTF8.GetBytes(s + "\n"));
        Line("{\"id\": /* a comment */ 1, \"text\": \"Headline\"}");
        Line("{\"id\": [1, // a line comment\n2], \"text\": \"Headline\"}".Replace("\n", " ", StringComparison.Ordinal)); // ends the record: the comment runs to the end
        Line("{\"id\": {\"k\" : \"v\\u00e9\" , \"n\": 1.5e3}, \"text\": \"Headline\"}");
        Line("{\"id\": \"caf\\u00e9 \\ud83d\\udea2\", \"text\": \"Headline\"}");
        input.Write(Encoding.UTF8.GetBytes("{\"id\": \"bad "));
        input.Write(new byte[] { 0xC3, 0x28, 0xFF });
        input.Write(Encoding.UTF8.GetBytes("\", \"text\": \"Headline\"}\n"));
        Line("{\"id\": 00012, \"text\": \"Headline\"}");

        var run = Cli.RunWithInput(input.ToArray(), "parse", "--schema", Cli.NewsSchema, "--jsonl", "-");
        var lines = AssertValidOutput(run.StdoutBytes);
        Assert.Equal(6, lines.Length);
        Assert.Equal("1", lines[0].GetProperty("id").GetRawText());
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("id").ValueKind); // the line comment swallowed the rest: not an object
        Assert.Equal("{\"k\":\"vé\",\"n\":1.5e3}", lines[2].GetProperty("id").GetRawText());
        Assert.Equal("café 🚢", lines[3].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, lines[4].GetProperty("id").ValueKind); // invalid UTF-8: no id, an AM2004 error
        Assert.Equal("AM2004", lines[4].GetProperty("diagnostics")[0].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, lines[5].GetProperty("id").ValueKind); // leading zeros are not JSON
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void A_byte_order_mark_and_CR_only_line_breaks_are_read_as_a_text_editor_would()
    {
        var records = Enumerable.Range(0, 5).Select(i => $"{{\"id\":{i},\"text\":\"Headline {i}\"}}").ToArray();
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(string.Join("\r", records.Take(3)) + "\r\n" + records[3] + "\r\r\n" + records[4])).ToArray();
        var run = Cli.RunWithInput(bytes, "parse", "--schema", Cli.NewsSchema, "--jsonl", "-");
        Assert.Equal(0, run.ExitCode);
        var lines = AssertValidOutput(run.StdoutBytes);
        Assert.Equal(new[] { 0, 1, 2, 3, 4 }, lines.Select(l => l.GetProperty("id").GetInt32()).ToArray());
        Assert.Equal(new[] { "Headline 0", "Headline 1", "Headline 2", "Headline 3", "Headline 4" },
            lines.Select(l => l.GetProperty("value").GetProperty("headline").GetString()).ToArray());
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void A_record_over_max_bytes_keeps_its_id_wherever_the_id_is()
    {
        var big = new string('x', 20_000);
        var input = string.Join("\n",
            $"{{\"id\":\"first\",\"text\":\"{big}\"}}",
            $"{{\"text\":\"{big} \\\"quoted, }}\\\" {big}\",\"meta\":{{\"id\":\"inner\"}},\"id\":{{\"n\":[1,2]}}}}",
            $"{{\"text\":\"{big}\",\"id\":\"{new string('y', 10_000)}\"}}",
            "{\"id\":\"small\",\"text\":\"Headline\"}") + "\n";
        var run = Cli.RunWithInput(Encoding.UTF8.GetBytes(input), "parse", "--schema", Cli.NewsSchema, "--jsonl", "--max-bytes", "1000", "-");
        Assert.Equal(1, run.ExitCode);
        var lines = AssertValidOutput(run.StdoutBytes);
        Assert.Equal(4, lines.Length);
        Assert.Equal("first", lines[0].GetProperty("id").GetString());
        Assert.Equal("{\"n\":[1,2]}", lines[1].GetProperty("id").GetRawText()); // after the text, not the nested "id"
        Assert.Equal(JsonValueKind.Null, lines[2].GetProperty("id").ValueKind); // an id too long to keep is dropped, not cut
        Assert.Equal("small", lines[3].GetProperty("id").GetString());
        foreach (var line in lines.Take(3))
        {
            Assert.Equal(JsonValueKind.Null, line.GetProperty("value").ValueKind);
            Assert.Contains("more than the limit of 1000 bytes", line.GetProperty("diagnostics")[0].GetProperty("message").GetString());
        }
    }

    [Fact]
    public void The_largest_max_bytes_does_not_overflow_into_rejecting_every_record()
    {
        // --max-bytes long.MaxValue plus the record's allowance overflowed to a negative cap: every record was "too large".
        var run = Cli.RunWithInput(Encoding.UTF8.GetBytes("{\"id\":1,\"text\":\"Headline\"}\n"),
            "parse", "--schema", Cli.NewsSchema, "--jsonl", "--max-bytes", long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture), "-");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Headline", AssertValidOutput(run.StdoutBytes).Single().GetProperty("value").GetProperty("headline").GetString());
    }

    [Fact]
    public void An_endless_JSON_Lines_source_is_given_up_after_a_bounded_read()
    {
        if (OperatingSystem.IsWindows()) return;
        // /dev/zero is one endless line: it was skipped for ever (CPU bound, never finishing).
        var run = Cli.Run("parse", "--schema", Cli.NewsSchema, "--jsonl", "--max-bytes", "1000", "/dev/zero");
        Assert.Equal(1, run.ExitCode);
        var line = AssertValidOutput(run.StdoutBytes).Single();
        Assert.Contains("the rest of the stream is not read", line.GetProperty("diagnostics")[0].GetProperty("message").GetString());
        Assert.Contains("/dev/zero:1(1,1): error AM2004: the record is at least", run.Stderr);
    }
}
