using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using ArticleModel.Cli.Import.Ftr;

namespace ArticleModel.Cli.Import;

/// <summary>
/// <c>articlemodel import ftr FOLDER|FILE [--out DIR] [--report FILE]</c>: turns FiveFilters site-config files into
/// <c>.article</c> schemas, one per host, each checked by the schema front end before it is written.
/// </summary>
internal static class ImportCommand
{
    /// <summary>The largest rule file read (bytes); the largest real one is a few kilobytes.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    public static Command Create()
    {
        var input = new Argument<string>("INPUT") { Description = "A FiveFilters site-config folder (its *.txt files) or one file." };
        var output = new Option<string?>("--out", "-o") { Description = "The folder to write HOST.article files into (created if missing; default: the current folder)." };
        var report = new Option<string?>("--report") { Description = "Also write a Markdown report of the import: what was imported fully, partly (what was left out and why) or not at all, per file." };
        var ftr = new Command("ftr", "Import FiveFilters ftr-site-config rules (title/author/date/body XPath, strip, find/replace) as .article schemas: CSS where the XPath converts exactly, @xpath otherwise.")
        {
            input, output, report,
        };
        ftr.SetAction(result => Run(result.GetValue(input)!, result.GetValue(output) ?? ".", result.GetValue(report)));
        var import = new Command("import", "Import extraction rules written for other tools as .article schemas.");
        import.Subcommands.Add(ftr);
        return import;
    }

    internal static int Run(string input, string outDir, string? reportPath)
    {
        List<string> files;
        if (Directory.Exists(input)) files = Directory.GetFiles(input, "*.txt").OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal).ToList();
        else if (File.Exists(input)) files = new List<string> { input };
        else throw new UsageException($"'{input}' is neither a folder nor a file");
        if (files.Count == 0) throw new UsageException($"'{input}' holds no .txt rule files");
        try
        {
            Directory.CreateDirectory(outDir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot create '{outDir}': {e.Message}");
        }

        var importer = new FtrImporter();
        var results = new List<FtrImportResult>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            string text;
            try
            {
                if (new FileInfo(file).Length > MaxFileBytes)
                {
                    Console.Error.WriteLine($"{file}: error {CliDiagnosticIds.ImportFileUnreadable}: the file is larger than {MaxFileBytes} bytes; skipped");
                    continue;
                }
                text = File.ReadAllText(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"{file}: error {CliDiagnosticIds.ImportFileUnreadable}: the file cannot be read: {e.Message}");
                continue;
            }
            var result = importer.Import(name, text);
            results.Add(result);
            if (result.Schema is not null) File.WriteAllText(Path.Combine(outDir, result.Host + ".article"), result.Schema);
            else Console.Error.WriteLine($"{file}: warning {CliDiagnosticIds.ImportNothing}: no schema written: {string.Join("; ", result.Dropped.Select(d => d.Reason).Distinct().Take(3))}");
        }
        var full = results.Count(r => r.Outcome == FtrImportOutcome.Full);
        var partly = results.Count(r => r.Outcome == FtrImportOutcome.Partial);
        Console.Out.WriteLine($"{results.Count} rule files: {full} imported fully, {partly} partly, {results.Count - full - partly} not at all; {full + partly} schemas written to {outDir}");
        if (reportPath is not null) File.WriteAllText(reportPath, FtrImportReport.Write(results, Path.GetFileName(Path.TrimEndingDirectorySeparator(input)), importer.XPathAvailable));
        return results.Count == files.Count ? Program.ExitOk : Program.ExitInputErrors;
    }
}
