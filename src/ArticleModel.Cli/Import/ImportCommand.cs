using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
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

    /// <summary>
    /// The text of one rule file, or null after a diagnostic. Reads at most <see cref="MaxFileBytes"/> + 1 bytes from
    /// anything (a device such as <c>/dev/zero</c> announces no size and never ends), and in a folder opens only regular
    /// files: a named pipe there would block the import, a device would never end.
    /// </summary>
    private static string? ReadRuleFile(string file, bool fromFolder)
    {
        if (fromFolder && FileProbe.Probe(file, out _) == FileKind.Special)
        {
            Console.Error.WriteLine(DiagnosticLine.Escape($"{file}: error {CliDiagnosticIds.ImportFileUnreadable}: not a regular file (a named pipe, socket or device); skipped"));
            return null;
        }
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            if (!BoundedReader.TryReadAll(stream, MaxFileBytes, out var buffer, out var length))
            {
                Console.Error.WriteLine(DiagnosticLine.Escape($"{file}: error {CliDiagnosticIds.ImportFileUnreadable}: the file is larger than {MaxFileBytes} bytes; skipped"));
                return null;
            }
            // Decoded as File.ReadAllText does: UTF-8 unless a byte-order mark says otherwise.
            using var reader = new StreamReader(new MemoryStream(buffer, 0, length, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Console.Error.WriteLine(DiagnosticLine.Escape($"{file}: error {CliDiagnosticIds.ImportFileUnreadable}: the file cannot be read: {e.Message}"));
            return null;
        }
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
        // Host names are lower-cased, so "A.com.txt" and "a.com.txt" are one host: the first file's schema is kept
        // (files are read in name order) and the later one is reported, never written over it.
        var writtenHosts = new Dictionary<string, string>(StringComparer.Ordinal);
        var fromFolder = Directory.Exists(input);
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var text = ReadRuleFile(file, fromFolder);
            if (text is null) continue;
            var result = importer.Import(name, text);
            if (result.Schema is not null && writtenHosts.TryGetValue(result.Host, out var earlier))
            {
                result = result with
                {
                    Outcome = FtrImportOutcome.None,
                    Schema = null,
                    Dropped = result.Dropped.Prepend(new FtrDropped("(file)", 0, $"the same host as {earlier}, whose schema was written", string.Empty)).ToList(),
                };
            }
            results.Add(result);
            if (result.Schema is not null)
            {
                File.WriteAllText(Path.Combine(outDir, result.Host + ".article"), result.Schema);
                writtenHosts.Add(result.Host, name);
            }
            else Console.Error.WriteLine(DiagnosticLine.Escape($"{file}: warning {CliDiagnosticIds.ImportNothing}: no schema written: {string.Join("; ", result.Dropped.Select(d => d.Reason).Distinct().Take(3))}"));
        }
        var full = results.Count(r => r.Outcome == FtrImportOutcome.Full);
        var partly = results.Count(r => r.Outcome == FtrImportOutcome.Partial);
        Console.Out.WriteLine($"{results.Count} rule files: {full} imported fully, {partly} partly, {results.Count - full - partly} not at all; {full + partly} schemas written to {outDir}");
        if (reportPath is not null) File.WriteAllText(reportPath, FtrImportReport.Write(results, Path.GetFileName(Path.TrimEndingDirectorySeparator(input)), importer.XPathAvailable));
        return results.Count == files.Count ? Program.ExitOk : Program.ExitInputErrors;
    }
}
