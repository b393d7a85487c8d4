using System;
using System.Buffers;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using ArticleModel.Cli.Warc;
using ArticleModel.Interpreter;

namespace ArticleModel.Cli;

/// <summary>
/// <c>articlemodel parse [--schema FILE.article [--fallback webarticle]] [--format …] [--url URL] [--article NAME] [--glob PATTERN] [--output FILE]
/// [--jsonl] [--threads N] [--max-bytes N] [--quote-spans] [--out json|jsonld] [--layout-date yyyy-MM-dd] INPUT...</c>. Without <c>--schema</c>, pages are
/// parsed with the built-in <see cref="ArticleModel.Html.WebArticle"/> (no site schema needed).
/// </summary>
internal static class ParseCommand
{
    /// <summary>The default cap on one input's size (bytes); larger inputs get an AM2004 error and are skipped.</summary>
    public const long DefaultMaxBytes = 256L * 1024 * 1024;

    public static Command Create()
    {
        var schema = new Option<string?>("--schema", "-s") { Description = "The .article schema to parse with; without it, web pages are parsed with the built-in WebArticle schema (title, authors, dates, lead image, body…)." };
        var format = new Option<string>("--format", "-f") { Description = "The input format: text, html, markdown or auto (by extension: .html/.htm/.xhtml are HTML, .md/.markdown Markdown, .txt/.text text; otherwise by content: an HTML start, or YAML front matter, else text).", DefaultValueFactory = _ => "auto" };
        format.AcceptOnlyFromAmong("text", "html", "markdown", "auto");
        var url = new Option<string?>("--url", "-u") { Description = "The page's address (absolute http, https or file URL), for resolving relative links of HTML inputs; a JSON Lines record's \"url\" replaces it." };
        var fallback = new Option<string?>("--fallback") { Description = "With --schema: 'webarticle' fills the fields the schema finds nothing for (or does not declare) from the built-in WebArticle schema, field by field; the schema's own values win." };
        fallback.AcceptOnlyFromAmong("webarticle");
        var article = new Option<string?>("--article", "-a") { Description = "The article declaration to use when the schema declares several." };
        var glob = new Option<string?>("--glob", "-g") { Description = "Which files of a folder INPUT to parse (folders are searched recursively). '*' and '?' match within a name, '**/' any folders, {a,b} either. Default by --format: *.txt (text), *.{html,htm,xhtml} (html), *.{md,markdown} (markdown), text and html files (auto; a folder's .md files are often notes)." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the output to FILE instead of standard output." };
        var jsonl = new Option<bool>("--jsonl") { Description = "Read JSON Lines records {\"id\": …, \"text\": …} (or \"html\": …, with optional \"format\" (text, html, markdown, auto) and \"url\") from the INPUT files (or '-' / no INPUT: standard input) and write one result per record, in order." };
        var threads = new Option<int>("--threads", "-t") { Description = "Worker threads for batches (default: the number of processors).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var maxBytes = new Option<long>("--max-bytes") { Description = "Largest input (file or record) to parse, in bytes; larger ones get an error and are skipped.", DefaultValueFactory = _ => DefaultMaxBytes };
        var quoteSpans = new Option<bool>("--quote-spans") { Description = "Give every quote in the output its spans: \"spans\":[{\"start\",\"length\",\"line\",\"column\"},…], one per quoted piece." };
        var outFormat = new Option<string>("--out") { Description = "What each value is written as: json (the schema's fields, the default) or jsonld (schema.org JSON-LD, as the schema's jsonld block maps the fields).", DefaultValueFactory = _ => "json" };
        outFormat.AcceptOnlyFromAmong("json", "jsonld");
        var warc = new Option<bool>("--warc") { Description = "Read the INPUT files (or '-': standard input) as WARC web archives (plain or gzip, as Common Crawl writes them) and write one JSON Lines record {\"id\",\"url\",\"date\",\"value\",\"diagnostics\"} per response or resource record, in order; a summary goes to stderr at the end." };
        var schemas = new Option<string?>("--schemas") { Description = "With --warc: a folder of site schemas picked by each page's host (HOST.article without 'www.', then .PARENT.article for each parent domain); each falls back to the built-in WebArticle field by field, and pages of other hosts are parsed with WebArticle." };
        var onlyArticles = new Option<bool>("--only-articles") { Description = "With --warc: write only pages parsed as articles; drop records that are not HTML, not 2xx, unreadable, or that the content locator finds no article in (AM3020)." };
        var summary = new Option<string?>("--summary") { Description = "With --warc: also write the summary (records by type, parsed, skipped by reason, time) as JSON to FILE." };
        var sites = new Option<bool>("--sites") { Description = "Without --schema: parse each web page with the site schema of its address (--url, or a JSON Lines record's \"url\") from the ArticleModel.Sites package (about two thousand hosts, imported from FiveFilters' rules), WebArticle filling what it leaves out; pages of other hosts with WebArticle alone." };
        var layoutDate = new Option<string?>("--layout-date") { Description = "With --schema: the day the pages are from (yyyy-MM-dd); an article with layouts uses the layout in use on that day (the earliest 'until' on or after it, else the current one) instead of trying them in order. The chosen layout is the output's \"layout\"." };
        var inputs = new Argument<string[]>("INPUT") { Description = "Files, folders (recursive, filtered by --glob) or '-' for standard input.", Arity = ArgumentArity.ZeroOrMore };

        var command = new Command("parse", "Parse articles with a schema and print JSON: one input gives one indented JSON object of the value; several give JSON Lines {\"path\",\"value\",\"diagnostics\"}.")
        {
            schema, fallback, sites, layoutDate, format, url, article, glob, output, jsonl, warc, schemas, onlyArticles, summary, threads, maxBytes, quoteSpans, outFormat, inputs,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = new ParseOptions(
                result.GetValue(schema),
                result.GetValue(format) ?? "auto",
                result.GetValue(article),
                result.GetValue(glob),
                result.GetValue(output),
                result.GetValue(jsonl),
                result.GetValue(threads),
                result.GetValue(maxBytes),
                result.GetValue(inputs) ?? Array.Empty<string>(),
                result.GetValue(quoteSpans),
                result.GetValue(url),
                result.GetValue(outFormat) == "jsonld",
                result.GetValue(fallback) == "webarticle",
                result.GetValue(warc),
                result.GetValue(schemas),
                result.GetValue(onlyArticles),
                result.GetValue(summary),
                result.GetValue(sites),
                result.GetValue(layoutDate));
            return await RunAsync(options).ConfigureAwait(false);
        });
        return command;
    }

    internal sealed record ParseOptions(string? Schema, string Format, string? Article, string? Glob, string? Output, bool Jsonl, int Threads, long MaxBytes, string[] Inputs, bool QuoteSpans = false, string? Url = null, bool JsonLd = false, bool FallbackToWebArticle = false, bool Warc = false, string? Schemas = null, bool OnlyArticles = false, string? Summary = null, bool Sites = false, string? LayoutDate = null)
    {
        /// <summary>How inputs are read.</summary>
        public InputFormat InputFormat => Format switch { "text" => InputFormat.Text, "html" => InputFormat.Html, "markdown" => InputFormat.Markdown, _ => InputFormat.Auto };

        /// <summary><c>--glob</c>, or the default for the format: <c>*.txt</c>, <c>*.{html,htm,xhtml}</c>, <c>*.{md,markdown}</c>, or text and HTML for auto.</summary>
        public string EffectiveGlob => Glob ?? DefaultGlob(InputFormat);

        /// <summary>How values are written (<c>--quote-spans</c>).</summary>
        public ResultJsonOptions JsonOptions => QuoteSpans ? new ResultJsonOptions { IncludeQuoteSpans = true } : ResultJsonOptions.Default;

        /// <summary>How values are written (<c>--out</c>, <c>--quote-spans</c>).</summary>
        public ValueOutput ValueOutput => new(JsonLd, JsonOptions);
    }

    /// <summary>The files of a folder parsed when no <c>--glob</c> is given.</summary>
    internal static string DefaultGlob(InputFormat format) => format switch
    {
        InputFormat.Text => "*.txt",
        InputFormat.Html => "*.{html,htm,xhtml}",
        InputFormat.Markdown => "*.{md,markdown}",
        // Not Markdown: a folder of articles often holds a README.md or notes (a .md file named explicitly, or a
        // --glob that picks them, is still read as Markdown under auto).
        _ => "*.{txt,html,htm,xhtml}",
    };

    public static async Task<int> RunAsync(ParseOptions o)
    {
        if (o.Warc && o.LayoutDate is not null) throw new UsageException("--layout-date goes with --schema, not --warc (site schemas chosen by host have no layouts)");
        if (o.Warc) return await WarcRun.RunAsync(o).ConfigureAwait(false);
        if (o.Schemas is not null || o.OnlyArticles || o.Summary is not null)
            throw new UsageException("--schemas, --only-articles and --summary go with --warc");
        var pageUrl = PageUrl.Validate(o.Url);
        if (o.Threads < 1) throw new UsageException("--threads must be at least 1");
        if (o.MaxBytes < 1) throw new UsageException("--max-bytes must be at least 1");
        if (!o.Jsonl && o.Inputs.Length == 0) throw new UsageException("no INPUT given (files, folders, or '-' for standard input)");
        InputExpander.Validate(o.Inputs);
        var glob = Glob.Create(o.EffectiveGlob); // a bad pattern is a usage error before anything runs
        _ = glob;

        if (o.JsonLd && o.QuoteSpans)
            throw new UsageException("--quote-spans applies to the schema's JSON, and --out jsonld writes schema.org JSON-LD, which has no spans; give one of them");
        if (o.Schema is null && o.Article is not null) throw new UsageException("--article needs --schema: the built-in WebArticle schema has one article");
        if (o.Schema is null && o.JsonLd)
            throw new UsageException($"{CliDiagnosticIds.NoJsonLdMapping}: --out jsonld needs a mapping to schema.org, but the built-in WebArticle schema (used without --schema) has no jsonld block; give --schema with a schema that has one, or leave out --out jsonld");
        if (o.FallbackToWebArticle && o.Schema is null)
            throw new UsageException("--fallback webarticle needs --schema: without one, pages are parsed with WebArticle alone");
        if (o.FallbackToWebArticle && o.JsonLd)
            throw new UsageException("--fallback webarticle writes the schema's JSON with WebArticle's fields added, which the schema's jsonld block does not map; leave out --out jsonld or --fallback");
        if (o.Sites && o.Schema is not null) throw new UsageException("--sites chooses a schema by each page's address; give it or --schema, not both");
        if (o.Sites && o.JsonLd) throw new UsageException("--sites writes WebArticle's fields, which have no jsonld mapping; leave out --out jsonld");
        DateTime? layoutDay = null;
        if (o.LayoutDate is not null)
        {
            if (!DateTime.TryParseExact(o.LayoutDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
                throw new UsageException($"--layout-date '{o.LayoutDate}' is not a day written yyyy-MM-dd (2019-05-01)");
            if (o.Schema is null) throw new UsageException("--layout-date needs --schema: it chooses among the layouts of the schema's article (WebArticle and the imported site schemas have none)");
            layoutDay = day;
        }
        var parser = o.Sites ? ArticleModel.Sites.SiteSchemas.Parser : o.Schema is null ? ArticleModel.Html.WebArticle.Parser : CheckCommand.LoadParser(o.Schema, o.Article);
        if (o.FallbackToWebArticle && parser is InterpretedParser site) parser = ArticleModel.Sites.WebArticleFallbackParser.Create(site);
        if (layoutDay is { } d) parser = new LayoutDateParser(parser, d);
        if (o.JsonLd && parser is InterpretedParser { HasJsonLd: false })
            throw new UsageException($"{CliDiagnosticIds.NoJsonLdMapping}: --out jsonld needs a mapping to schema.org, but article '{parser.Name}' of '{o.Schema}' has no jsonld block; add one ('jsonld NewsArticle {{ headline: … }}', docs/schema-language.md §11) or leave out --out jsonld for the schema's own JSON");

        RefuseOutputThatIsAnInput(o.Output, o.Inputs);
        var stdout = OpenOutput(o.Output);
        await using (stdout.ConfigureAwait(false))
        {
            // One file (or stdin) in: one indented JSON object of the value, exactly as the sample app prints it.
            if (!o.Jsonl && o.Inputs.Length == 1 && (o.Inputs[0] == "-" || File.Exists(o.Inputs[0])))
                return Single(parser, o.Inputs[0], o.MaxBytes, o.ValueOutput, stdout, o.InputFormat, pageUrl);

            var output = new BufferedStream(stdout, 1 << 16);
            await using (output.ConfigureAwait(false))
            {
                var worker = new Worker(parser, o.MaxBytes, o.JsonOptions, o.InputFormat, pageUrl, o.ValueOutput);
                IEnumerable<InputItem> items;
                Func<InputItem, BatchOutput> process;
                if (o.Jsonl)
                {
                    items = JsonlRecords(o.Inputs.Length == 0 ? new[] { "-" } : o.Inputs, o.MaxBytes);
                    process = worker.ProcessRecord;
                }
                else
                {
                    items = Files(o.Inputs, o.EffectiveGlob);
                    process = worker.ProcessFile;
                }
                var anyErrors = await ProgressDisplay.RunAsync(!Console.IsErrorRedirected, o.Jsonl ? "records" : "files",
                    (report, counters) => Batch.RunAsync(items, process, r =>
                    {
                        output.Write(r.Line.Span);
                        foreach (var m in r.Messages) report(m);
                    }, output.Flush, o.Threads, counters, MaxBytesInFlight(o.MaxBytes))).ConfigureAwait(false);
                await output.FlushAsync().ConfigureAwait(false);
                return anyErrors ? Program.ExitInputErrors : Program.ExitOk;
            }
        }
    }

    /// <summary>
    /// A usage error when <c>--output</c> names a file also given as an INPUT (by any path: the same device and inode):
    /// opening the output empties the file before it is read, so the input was lost and parsed as empty.
    /// </summary>
    internal static void RefuseOutputThatIsAnInput(string? output, string[] inputs)
    {
        if (output is null || !File.Exists(output)) return;
        if (FileProbe.Probe(output, out var target) != FileKind.Regular) return;
        foreach (var input in inputs)
        {
            if (input == "-" || FileProbe.Probe(input, out var identity) != FileKind.Regular) continue;
            if (identity == target)
                throw new UsageException($"--output '{output}' is the INPUT '{input}': writing the output would empty the input before it is read; write the output elsewhere");
        }
    }

    /// <summary>Standard output, or <c>--output FILE</c> (a usage error when it cannot be created).</summary>
    internal static Stream OpenOutput(string? path)
    {
        try
        {
            return path is null ? Console.OpenStandardOutput() : new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot write '{path}': {e.Message}");
        }
    }

    private static IEnumerable<InputItem> Files(string[] inputs, string glob) => InputExpander.Expand(inputs, glob);

    /// <summary>
    /// How many bytes of JSON Lines records may wait in memory at once: room for two records of the largest size, at least
    /// 64 MiB (without it, 16 × threads records of up to --max-bytes each could wait behind one slow record).
    /// </summary>
    internal static long MaxBytesInFlight(long maxBytes) => maxBytes > long.MaxValue / 4 ? long.MaxValue : Math.Max(64L * 1024 * 1024, 2 * maxBytes);

    private static IEnumerable<InputItem> JsonlRecords(string[] inputs, long maxBytes)
    {
        foreach (var input in inputs)
        {
            var source = input == "-" ? InputExpander.StdinName : input;
            Stream stream;
            string? failure = null;
            try
            {
                stream = input == "-" ? StandardInput.Open() : new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Reported as an unreadable input; the batch goes on with the next INPUT.
                failure = "the input could not be read: " + e.Message;
                stream = Stream.Null;
            }
            if (failure is not null)
            {
                yield return InputItem.Failed(source, failure);
                continue;
            }
            using (stream)
            {
                // The cap leaves room for the record's JSON around a text of --max-bytes.
                var reader = new JsonLinesReader(stream, maxBytes > long.MaxValue - 1024 ? long.MaxValue : maxBytes + 1024);
                while (reader.TryRead(out var record))
                {
                    if (record.Bytes is not null && IsBlank(record.Bytes)) continue;
                    var display = source + ":" + record.LineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    yield return record.Bytes is null
                        ? InputItem.Failed(display, record.Abandoned
                            ? $"the record is at least {record.Length} bytes, more than the limit of {maxBytes} bytes (--max-bytes), and has no end in sight; the rest of the stream is not read"
                            : $"the record is {record.Length} bytes, more than the limit of {maxBytes} bytes (--max-bytes); skipped", record.OversizedId)
                        : InputItem.Data(display, record.Bytes);
                }
            }
        }
    }

    private static bool IsBlank(byte[] line)
    {
        foreach (var b in line)
        {
            if (b is not ((byte)' ' or (byte)'\t')) return false;
        }
        return true;
    }

    private static int Single(IArticleParser parser, string input, long maxBytes, ValueOutput valueOutput, Stream stdout, InputFormat format, string? url)
    {
        var display = input == "-" ? InputExpander.StdinName : input;
        var (result, failure) = ReadAndParse(parser, input, maxBytes, format, url);
        if (result is null)
        {
            using (var writer = new Utf8JsonWriter(stdout, ResultJson.WriterOptions(indented: true))) writer.WriteNullValue();
            WriteNewLine(stdout);
            Console.Error.WriteLine(DiagnosticLine.Escape(failure!.Format(display)));
            return Program.ExitInputErrors;
        }
        // Long strings flush the writer as they go (LongJsonString), so the JSON is not held whole on its way out.
        using (var writer = new Utf8JsonWriter(stdout, ResultJson.WriterOptions(indented: true)))
            valueOutput.Write(writer, result.Value);
        WriteNewLine(stdout);
        // The single value is the schema's object itself; which layout read it goes to stderr (batches write "layout").
        if (result.Layout is not null) Console.Error.WriteLine(DiagnosticLine.Escape($"{display}: layout: {result.Layout}"));
        foreach (var d in result.Diagnostics) Console.Error.WriteLine(DiagnosticLine.Escape(d.Format(display)));
        return result.Success ? Program.ExitOk : Program.ExitInputErrors;
    }

    /// <summary>
    /// Reads and parses one input; the document (text and line table) is a local of this method only, so it can be
    /// collected while the result is written: <see cref="Single"/> runs once, as unoptimised tier-0 code, which keeps
    /// every local alive to the end of its method.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (ParseResult<IJsonWritable>? Result, ArticleDiagnostic? Failure) ReadAndParse(IArticleParser parser, string input, long maxBytes, InputFormat format, string? url)
    {
        var (document, failure) = Worker.Read(input, maxBytes, format, url);
        return (document?.Parse(parser), failure);
    }

    private static void WriteNewLine(Stream stream)
    {
        var bytes = Encoding.UTF8.GetBytes(Environment.NewLine);
        stream.Write(bytes, 0, bytes.Length);
        stream.Flush();
    }
}
