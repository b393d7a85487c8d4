using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using ArticleModel.Warc;

namespace ArticleModel.Cli.Warc;

/// <summary>
/// What <c>parse --warc</c> did: records read (by type), parsed, skipped by reason, dropped, time. Written to stderr at
/// the end, and as JSON with <c>--summary FILE</c> (what the Slurm merge step sums; deploy/slurm).
/// </summary>
internal sealed class WarcSummary
{
    private readonly SortedDictionary<string, long> _byType = new(StringComparer.Ordinal);
    private long _files;
    private long _damaged;
    private long _written;
    private long _parsed;
    private long _notHtml;
    private long _httpStatus;
    private long _problems;
    private long _notArticle;

    /// <summary>Adds what a file's reader met (called once per file, after it is read).</summary>
    public void AddFile(WarcCounts counts)
    {
        lock (_byType)
        {
            _files++;
            _damaged += counts.Damaged;
            foreach (var (name, n) in counts.ByType)
            {
                // Bounded across files as each file's counts are (WarcCounts.MaxTypes): many files, one line.
                var type = _byType.ContainsKey(name) || _byType.Count < WarcCounts.MaxTypes ? name : WarcCounts.OtherTypes;
                _byType.TryGetValue(type, out var m);
                _byType[type] = m + n;
            }
        }
    }

    public void Parsed() => Interlocked.Increment(ref _parsed);

    public void NotHtml() => Interlocked.Increment(ref _notHtml);

    public void HttpStatus() => Interlocked.Increment(ref _httpStatus);

    public void Problem() => Interlocked.Increment(ref _problems);

    public void NotArticle() => Interlocked.Increment(ref _notArticle);

    /// <summary>A line was written (called in output order by the batch's writer).</summary>
    public void Written() => Interlocked.Increment(ref _written);

    private long Records => _byType.Values.Sum();

    private long Type(string name) => _byType.TryGetValue(name, out var n) ? n : 0;

    /// <summary>One line for stderr.</summary>
    public string Format(TimeSpan elapsed)
    {
        var other = string.Join(", ", _byType.Where(kv => kv.Key is not ("response" or "resource")).Select(kv => $"{kv.Value} {kv.Key}"));
        var s = new StringBuilder()
            .Append(Invariant($"warc: {_files} file(s), {Records} records read ({Type("response")} response, {Type("resource")} resource"))
            .Append(other.Length > 0 ? "; skipped " + other : "")
            .Append(Invariant($"); {_parsed} parsed; {_written} written; skipped {_notHtml} not HTML, {_httpStatus} HTTP status not 2xx, {_problems} unreadable"))
            .Append(Invariant($"; {_notArticle} dropped as not an article; {_damaged} damage(s) met; {elapsed.TotalSeconds:0.00} s"));
        return s.ToString();
    }

    /// <summary>Writes the summary as one JSON object (counts, and the time in seconds).</summary>
    public void WriteJson(string path, TimeSpan elapsed)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read);
            using var w = new Utf8JsonWriter(file, new JsonWriterOptions { Indented = true });
            w.WriteStartObject();
            w.WriteNumber("files", _files);
            w.WriteNumber("records", Records);
            w.WriteStartObject("byType");
            foreach (var (type, n) in _byType) w.WriteNumber(type, n);
            w.WriteEndObject();
            w.WriteNumber("written", _written);
            w.WriteNumber("parsed", _parsed);
            w.WriteNumber("notHtml", _notHtml);
            w.WriteNumber("httpStatus", _httpStatus);
            w.WriteNumber("unreadable", _problems);
            w.WriteNumber("notArticle", _notArticle);
            w.WriteNumber("damage", _damaged);
            w.WriteNumber("seconds", Math.Round(elapsed.TotalSeconds, 3));
            w.WriteEndObject();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine(DiagnosticLine.Escape($"{path}: error {CliDiagnosticIds.WarcSummaryUnwritable}: the summary cannot be written: {e.Message}"));
        }
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
