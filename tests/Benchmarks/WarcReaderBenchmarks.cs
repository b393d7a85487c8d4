using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json;
using ArticleModel.Html;
using ArticleModel.Warc;
using BenchmarkDotNet.Attributes;

namespace ArticleModel.Benchmarks;

/// <summary>
/// Issue 16: WARC input per core. The pages of ../shared/corpora/postlight (read at run time; they stay out of the
/// repository; ARTICLEMODEL_POSTLIGHT names the folder elsewhere) written in memory as a WARC file of response records,
/// gzip per record (as Common Crawl writes them) and plain. One operation reads every record, so records/s is the record
/// count ÷ the mean. Without the corpus, the invented fixture pages of ArticleModel.Warc.Tests are used.
/// </summary>
[MemoryDiagnoser]
public class WarcReaderBenchmarks
{
    private byte[] _gzip = Array.Empty<byte>();
    private byte[] _plain = Array.Empty<byte>();

    [GlobalSetup]
    public void Setup()
    {
        var pages = Pages();
        using var gzip = new MemoryStream();
        using var plain = new MemoryStream();
        var i = 0;
        foreach (var (bytes, url) in pages)
        {
            var record = Record(bytes, url, i++);
            plain.Write(record);
            using (var member = new GZipStream(gzip, CompressionLevel.Optimal, leaveOpen: true)) member.Write(record);
        }
        _gzip = gzip.ToArray();
        _plain = plain.ToArray();
        Console.WriteLine($"WarcReaderBenchmarks: {pages.Count} records, {_plain.Length / 1e6:F1} MB plain, {_gzip.Length / 1e6:F1} MB gzip");
    }

    /// <summary>Reads every record of the gzip file (inflating each member, HTTP headers, payload).</summary>
    [Benchmark(Baseline = true)]
    public long ReadGzip() => ReadAll(_gzip);

    /// <summary>Reads every record of the plain file.</summary>
    [Benchmark]
    public long ReadPlain() => ReadAll(_plain);

    /// <summary>Reads every record of the gzip file and parses its page with the built-in WebArticle (with its HTTP charset).</summary>
    [Benchmark]
    public int ReadGzipAndParseWebArticle()
    {
        var n = 0;
        foreach (var record in new WarcReader(new MemoryStream(_gzip)).ReadAll())
            n += WebArticle.Parser.Parse(HtmlReader.Read(record.Payload.Span, record.TargetUri, record.Charset).Document).Value!.ToJson().Length;
        return n;
    }

    private static long ReadAll(byte[] file)
    {
        long n = 0;
        foreach (var record in new WarcReader(new MemoryStream(file)).ReadAll()) n += record.Payload.Length;
        return n;
    }

    private static byte[] Record(byte[] page, string url, int i)
    {
        var http = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {page.Length}\r\n\r\n");
        var head = Encoding.ASCII.GetBytes(
            $"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{i:D12}>\r\nWARC-Target-URI: {url}\r\n" +
            $"WARC-Date: 2026-01-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {http.Length + page.Length}\r\n\r\n");
        return head.Concat(http).Concat(page).Concat(Encoding.ASCII.GetBytes("\r\n\r\n")).ToArray();
    }

    private static List<(byte[] Bytes, string Url)> Pages()
    {
        var root = WebArticleBenchmarks.RepositoryRoot();
        var corpus = Environment.GetEnvironmentVariable("ARTICLEMODEL_POSTLIGHT")
            ?? (root is null ? null : Path.GetFullPath(Path.Combine(root, "..", "shared", "corpora", "postlight")));
        var pages = new List<(byte[], string)>();
        if (corpus is not null && File.Exists(Path.Combine(corpus, "expected.json")))
        {
            using var expected = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(corpus, "expected.json")));
            foreach (var entry in expected.RootElement.EnumerateArray())
                pages.Add((File.ReadAllBytes(Path.Combine(corpus, "pages", entry.GetProperty("page").GetString()!)), entry.GetProperty("url").GetString()!));
            return pages;
        }
        var site = root is null ? null : Path.Combine(root, "tests", "ArticleModel.Warc.Tests", "Fixtures", "site");
        if (site is null || !Directory.Exists(site)) return pages;
        foreach (var file in Directory.GetFiles(site, "*.html", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            pages.Add((File.ReadAllBytes(file), "http://" + Path.GetRelativePath(site, file).Replace('\\', '/')));
        return pages;
    }
}
