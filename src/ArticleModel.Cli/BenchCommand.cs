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
/// <c>articlemodel bench --schema FILE.article [--article NAME] [--iterations N] [--threads N] INPUT...</c>: parses the
/// inputs (held in memory) repeatedly with the interpreter and prints articles/s and MB/s.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var schema = new Option<string>("--schema", "-s") { Description = "The .article schema to parse with.", Required = true };
        var article = new Option<string?>("--article", "-a") { Description = "The article declaration to use when the schema declares several." };
        var glob = new Option<string>("--glob", "-g") { Description = "Which files of a folder INPUT to use.", DefaultValueFactory = _ => "*.txt" };
        var iterations = new Option<int>("--iterations", "-n") { Description = "How many times to parse the whole set.", DefaultValueFactory = _ => 20 };
        var threads = new Option<int>("--threads", "-t") { Description = "Parallel workers.", DefaultValueFactory = _ => 1 };
        var inputs = new Argument<string[]>("INPUT") { Description = "Files or folders.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("bench", "Measure interpreted parsing speed on a set of articles held in memory (reading and JSON writing excluded).")
        {
            schema, article, glob, iterations, threads, inputs,
        };
        command.SetAction(result =>
        {
            var n = result.GetValue(iterations);
            var t = result.GetValue(threads);
            if (n < 1 || t < 1) throw new UsageException("--iterations and --threads must be at least 1");
            var files = result.GetValue(inputs)!;
            InputExpander.Validate(files);
            var parser = CheckCommand.LoadParser(result.GetValue(schema)!, result.GetValue(article));
            var documents = InputExpander.Expand(files, result.GetValue(glob) ?? "*.txt")
                .Where(item => item.Path is not null && item.Path != "-")
                .Select(item => File.ReadAllBytes(item.Path!))
                .ToArray();
            if (documents.Length == 0) throw new UsageException("no input files");
            var bytes = documents.Sum(d => (long)d.Length);
            foreach (var d in documents) parser.Parse(d); // warm up
            var watch = Stopwatch.StartNew();
            Parallel.For(0, (long)documents.Length * n, new ParallelOptions { MaxDegreeOfParallelism = t }, i => parser.Parse(documents[i % documents.Length]));
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
}
