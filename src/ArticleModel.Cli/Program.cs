using System;
using System.CommandLine;
using System.IO;
using System.Threading.Tasks;

namespace ArticleModel.Cli;

/// <summary>
/// <c>articlemodel</c>: check <c>.article</c> schemas and parse articles with them at run time (interpreted).
/// Exit codes: 0 everything parsed, 1 some inputs had errors, 2 usage or schema errors.
/// </summary>
public static class Program
{
    /// <summary>Every input parsed without errors (or a schema checked clean).</summary>
    public const int ExitOk = 0;

    /// <summary>Some inputs had errors; each is reported on stderr with its path.</summary>
    public const int ExitInputErrors = 1;

    /// <summary>A usage error or a schema with errors.</summary>
    public const int ExitUsage = 2;

    /// <summary>The output could not be written (a full disk, a closed pipe); the results are incomplete.</summary>
    public const int ExitOutputFailed = 3;

    /// <summary>Runs the tool.</summary>
    public static async Task<int> Main(string[] args)
    {
        Console.SetError(new BestEffortErrorWriter(Console.Error));
        var root = BuildCommand();
        var configuration = new ParserConfiguration { ResponseFileTokenReplacer = null };
        var parsed = root.Parse(args, configuration);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) Console.Error.WriteLine(DiagnosticLine.Escape("articlemodel: error: " + error.Message));
            Console.Error.WriteLine("Run 'articlemodel --help' for usage.");
            return ExitUsage;
        }
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine(DiagnosticLine.Escape("articlemodel: error: " + e.Message)); // paths in it may hold line breaks
            return ExitUsage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // UnauthorizedAccessException: a closed standard output (descriptor 1 is then the runtime's own pipe,
            // open for reading only, and writing fails with EBADF, which .NET reports as access denied).
            // Reading inputs never gets here (each input's I/O error is a diagnostic); this is the output failing:
            // a message and an exit code, not a stack trace and an abort.
            Console.Error.WriteLine(DiagnosticLine.Escape("articlemodel: error: the output could not be written: " + e.Message));
            return ExitOutputFailed;
        }
    }

    /// <summary>The command tree.</summary>
    public static Command BuildCommand()
    {
        // Not RootCommand: its name is the entry assembly's (ArticleModel.Cli); help should say "articlemodel".
        var root = new Command("articlemodel", "Check .article schemas and parse articles with them, interpreted at run time (no compilation).")
        {
            new System.CommandLine.Help.HelpOption(),
            new VersionOption(),
        };
        root.Subcommands.Add(ParseCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(Scaffold.ScaffoldCommand.Create());
        root.Subcommands.Add(Import.ImportCommand.Create());
        return root;
    }
}

/// <summary>A usage error found after parsing the command line (exit code 2).</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message) : base(message)
    {
    }
}
