using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace ArticleModel.Cli;

/// <summary>
/// <c>articlemodel bench --schema FILE.article [--article NAME] [--format F] [--url URL] [--iterations N] [--threads N] INPUT...</c>:
/// parses the inputs (held in memory as bytes) repeatedly with the interpreter and prints articles/s and MB/s; pages are
/// read by the HTML reader in every iteration.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var schema = new Option<string>("--schema", "-s") { Description = "The .article schema to parse with.", Required = true };
        var article = new Option<string?>("--article", "-a") { Description = "The article declaration to use when the schema declares several." };
        var glob = new Option<string?>("--glob", "-g") { Description = "Which files of a folder INPUT to use (default by --format, as for parse)." };
        var format = new Option<string>("--format", "-f") { Description = "How inputs are read: text, html, markdown or auto (as for parse). Pages and Markdown files are read anew in every iteration: their reader is part of the cost.", DefaultValueFactory = _ => "auto" };
        format.AcceptOnlyFromAmong("text", "html", "markdown", "auto");
        var url = new Option<string?>("--url", "-u") { Description = "The page address for HTML inputs (as for parse)." };
        var iterations = new Option<int>("--iterations", "-n") { Description = "How many times to parse the whole set.", DefaultValueFactory = _ => 20 };
        var threads = new Option<int>("--threads", "-t") { Description = "Parallel workers.", DefaultValueFactory = _ => 1 };
        var inputs = new Argument<string[]>("INPUT") { Description = "Files or folders.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("bench", "Measure interpreted parsing speed on a set of articles held in memory (reading and JSON writing excluded).")
        {
            schema, article, glob, format, url, iterations, threads, inputs,
        };
        command.SetAction(result =>
        {
            var n = result.GetValue(iterations);
            var t = result.GetValue(threads);
            if (n < 1 || t < 1) throw new UsageException("--iterations and --threads must be at least 1");
            var files = result.GetValue(inputs)!;
            InputExpander.Validate(files);
            var inputFormat = result.GetValue(format) switch { "text" => InputFormat.Text, "html" => InputFormat.Html, "markdown" => InputFormat.Markdown, _ => InputFormat.Auto };
            var pageUrl = PageUrl.Validate(result.GetValue(url));
            var parser = CheckCommand.LoadParser(result.GetValue(schema)!, result.GetValue(article));
            var paths = InputExpander.Expand(files, result.GetValue(glob) ?? ParseCommand.DefaultGlob(inputFormat))
                .Where(item => item.Path is not null && item.Path != "-")
                .Select(item => item.Path!)
                .ToArray();
            var documents = paths.Select(ReadInput).ToArray();
            // Each input read as it would be by parse; plain text keeps the parser's own byte entry point.
            var formats = documents.Select((d, i) => FormatDetector.Resolve(inputFormat, paths[i], d)).ToArray();
            void Parse(long i)
            {
                var k = (int)(i % documents.Length);
                if (formats[k] is InputFormat.Html or InputFormat.Markdown) InputDocument.Read(documents[k], documents[k].Length, formats[k], null, pageUrl).Parse(parser);
                else parser.Parse(documents[k]);
            }
            if (documents.Length == 0) throw new UsageException("no input files");
            var bytes = documents.Sum(d => (long)d.Length);
            for (var i = 0; i < documents.Length; i++) Parse(i); // warm up
            var watch = Stopwatch.StartNew();
            Parallel.For(0, (long)documents.Length * n, new ParallelOptions { MaxDegreeOfParallelism = t }, Parse);
            watch.Stop();
            var articles = (double)documents.Length * n;
            Console.Out.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "{0:N0} articles ({1:N1} KB each on average) x {2} iterations on {3} thread(s): {4:N0} articles/s, {5:N1} MB/s, {6:N1} µs/article",
                documents.Length, bytes / 1024.0 / documents.Length, n, t, articles / watch.Elapsed.TotalSeconds,
                bytes * (double)n / 1e6 / watch.Elapsed.TotalSeconds, watch.Elapsed.TotalMilliseconds * 1000 / articles));
            return Program.ExitOk;
        });
        return command;
    }

    // At most the parse command's default limit + 1 bytes from any input: a device such as /dev/zero announces no size
    // and never ends. A measurement needs every input, so one that cannot be read is a usage error, not a skip.
    private static byte[] ReadInput(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            if (!BoundedReader.TryReadAll(stream, ParseCommand.DefaultMaxBytes, out var buffer, out var length))
            {
                throw new UsageException($"'{path}' is larger than {ParseCommand.DefaultMaxBytes} bytes");
            }
            return length == buffer.Length ? buffer : buffer.AsSpan(0, length).ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot read '{path}': {e.Message}");
        }
    }

}
