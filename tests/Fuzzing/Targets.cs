using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using ArticleModel.Cli;
using ArticleModel.Interpreter;

namespace ArticleModel.Fuzzing;

/// <summary>The fuzzed entry points and the invariants checked after each run.</summary>
internal static class Targets
{
    private static readonly Lazy<InterpretedParser> s_parser = new(() =>
        InterpretedSchema.LoadFile(Path.Combine(AppContext.BaseDirectory, "NewsStory.article")).GetParser());

    private static readonly Dictionary<string, Action<byte[]>> s_targets = new(StringComparer.Ordinal)
    {
        ["reader"] = Reader,
        ["jsonl"] = JsonLines,
        ["cli"] = CliParse,
    };

    public static bool TryGet(string name, out Action<byte[]> target) => s_targets.TryGetValue(name, out target!);

    /// <summary>The plain-text reader and the interpreter's parse: spans inside the text, JSON valid, same result twice.</summary>
    private static void Reader(byte[] input)
    {
        var document = PlainTextReader.Read(input);
        var text = document.Text;
        var previousEnd = -1;
        foreach (var line in document.Lines)
        {
            Check(line.Start > previousEnd && line.Length > 0 && line.End <= text.Length, "line outside the text or out of order");
            previousEnd = line.End;
        }
        foreach (var d in document.Diagnostics) Check(d.Span.Start >= 0 && d.Span.Start + d.Span.Length <= Math.Max(text.Length, 1), "diagnostic span outside the text");
        var result = s_parser.Value.Parse(document);
        var json = result.Value?.ToJson() ?? "null";
        using (JsonDocument.Parse(json))
        {
        }
        var again = s_parser.Value.Parse(input).Value?.ToJson() ?? "null";
        Check(json == again, "a second parse of the same bytes differs");
    }

    /// <summary>The JSON Lines reader and record processing: every output line valid JSON with the same shape.</summary>
    private static void JsonLines(byte[] input)
    {
        var worker = new Worker(s_parser.Value, maxBytes: 512);
        var reader = new JsonLinesReader(new MemoryStream(input), maxLine: 512 + 64);
        var records = 0;
        while (reader.TryRead(out var record))
        {
            Check(++records <= input.Length + 1, "more records than bytes");
            var item = record.Bytes is null
                ? InputItem.Failed("fuzz:" + record.LineNumber, "too large", record.OversizedId)
                : InputItem.Data("fuzz:" + record.LineNumber, record.Bytes);
            var output = worker.ProcessRecord(item);
            CheckOutputLine(output, "id");
        }
    }

    /// <summary>The CLI's per-input path (bounded read, decode, parse, one JSON line) and the --glob translation.</summary>
    private static void CliParse(byte[] input)
    {
        var worker = new Worker(s_parser.Value, maxBytes: 4096);
        CheckOutputLine(worker.ProcessStream("fuzz", new MemoryStream(input)), "path");

        // The same bytes as a --glob pattern: a usage error or a regex, never anything else.
        var pattern = Encoding.UTF8.GetString(input.AsSpan(0, Math.Min(input.Length, 64)));
        try
        {
            var glob = Glob.Create(pattern);
            glob.IsMatch("a/b/apple.doc");
            glob.IsMatch(pattern);
        }
        catch (UsageException)
        {
        }
    }

    private static void CheckOutputLine(BatchOutput output, string first)
    {
        var line = output.Line.Span;
        Check(line.Length > 1 && line[^1] == (byte)'\n' && line.Slice(0, line.Length - 1).IndexOf((byte)'\n') < 0, "output is not one line");
        using var json = JsonDocument.Parse(output.Line.Slice(0, line.Length - 1));
        var root = json.RootElement;
        Check(root.ValueKind == JsonValueKind.Object, "output is not an object");
        var names = new List<string>();
        foreach (var p in root.EnumerateObject()) names.Add(p.Name);
        Check(names.Count == 3 && names[0] == first && names[1] == "value" && names[2] == "diagnostics", "output members differ");
    }

    private static void Check(bool condition, string what)
    {
        if (!condition) throw new InvalidOperationException("invariant broken: " + what);
    }
}
