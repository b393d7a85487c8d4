using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using ArticleModel.Interpreter;
using ArticleModel.Warc;

namespace ArticleModel.Cli.Warc;

/// <summary>
/// <c>parse --warc FILE…|- [--schemas DIR | --schema FILE [--fallback webarticle]] [--only-articles] [--summary FILE]</c>:
/// WARC records through the same ordered, bounded batch as JSON Lines, a summary on stderr at the end.
/// </summary>
internal static class WarcRun
{
    public static async Task<int> RunAsync(ParseCommand.ParseOptions o)
    {
        if (o.Jsonl) throw new UsageException("--warc and --jsonl are two input kinds; give one");
        if (o.Inputs.Length == 0) throw new UsageException("--warc needs INPUT: WARC files, or '-' for standard input");
        if (o.Threads < 1) throw new UsageException("--threads must be at least 1");
        if (o.MaxBytes < 1) throw new UsageException("--max-bytes must be at least 1");
        if (o.Url is not null) throw new UsageException("--url does not go with --warc: each record gives its page's address (WARC-Target-URI)");
        if (o.Glob is not null || o.Format != "auto") throw new UsageException("--glob and --format do not go with --warc: WARC records are web pages, one file or '-' per INPUT");
        if (o.Schemas is not null && o.Schema is not null) throw new UsageException("give --schemas (a folder of site schemas, picked by host) or --schema (one schema for every page), not both");
        if (o.Sites && o.Schema is not null) throw new UsageException("--sites chooses a schema by each page's address; give it or --schema, not both");
        if (o.Article is not null && o.Schema is null) throw new UsageException("--article needs --schema");
        if (o.FallbackToWebArticle && o.Schema is null) throw new UsageException("--fallback webarticle needs --schema (--schemas always falls back to WebArticle)");
        if (o.JsonLd && o.Schema is null) throw new UsageException($"{CliDiagnosticIds.NoJsonLdMapping}: --out jsonld needs --schema with a jsonld block");
        foreach (var input in o.Inputs)
        {
            if (input != "-" && !File.Exists(input)) throw new UsageException($"the WARC file '{input}' does not exist");
        }

        // Pages of hosts without a schema of --schemas: the imported site schemas with --sites, else WebArticle alone.
        IArticleParser parser = o.Sites ? ArticleModel.Sites.SiteSchemas.Parser : Html.WebArticle.Parser;
        if (o.Schema is not null)
        {
            parser = CheckCommand.LoadParser(o.Schema, o.Article);
            if (o.FallbackToWebArticle && parser is InterpretedParser site) parser = ArticleModel.Sites.WebArticleFallbackParser.Create(site);
        }
        var sites = o.Schemas is null ? null : SiteSchemas.Load(o.Schemas);
        var summary = new WarcSummary();
        var worker = new WarcWorker(parser, sites, o.ValueOutput, o.OnlyArticles, summary);
        var options = new WarcReaderOptions { MaxRecordBytes = Worker.EffectiveMaxBytes(o.MaxBytes) };
        var clock = Stopwatch.StartNew();

        var stdout = ParseCommand.OpenOutput(o.Output);
        bool anyErrors;
        await using (stdout.ConfigureAwait(false))
        {
            var output = new BufferedStream(stdout, 1 << 16);
            await using (output.ConfigureAwait(false))
            {
                anyErrors = await ProgressDisplay.RunAsync(!Console.IsErrorRedirected, "records",
                    (report, counters) => Batch.RunAsync(WarcInputs.Records(o.Inputs, options, summary), worker.Process, r =>
                    {
                        if (!r.Line.IsEmpty)
                        {
                            output.Write(r.Line.Span);
                            summary.Written();
                        }
                        foreach (var m in r.Messages) report(m);
                    }, output.Flush, o.Threads, counters, ParseCommand.MaxBytesInFlight(o.MaxBytes))).ConfigureAwait(false);
                await output.FlushAsync().ConfigureAwait(false);
            }
        }
        // The summary names the record types met, which are the archive's own bytes (NUL, CR, U+0085 …): one line, escaped.
        Console.Error.WriteLine(DiagnosticLine.Escape(summary.Format(clock.Elapsed)));
        if (o.Summary is not null) summary.WriteJson(o.Summary, clock.Elapsed);
        return anyErrors ? Program.ExitInputErrors : Program.ExitOk;
    }
}
