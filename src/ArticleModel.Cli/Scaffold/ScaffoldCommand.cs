using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ArticleModel.Html;
using ArticleModel.Interpreter;

namespace ArticleModel.Cli.Scaffold;

/// <summary>
/// <c>articlemodel scaffold PAGE.html [--url URL] [--output FILE.article] [--name NAME] [--namespace NS]</c>: writes a
/// starting schema for a page (see <see cref="PageSurvey"/>), then runs it through the interpreter on the same page and
/// reports which fields came out.
/// </summary>
internal static class ScaffoldCommand
{
    public static Command Create()
    {
        var page = new Argument<string>("PAGE") { Description = "The saved web page (HTML; '-' for standard input)." };
        var url = new Option<string?>("--url", "-u") { Description = "The page's address (absolute http, https or file URL), for resolving links such as the lead image." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the schema to FILE instead of standard output." };
        var name = new Option<string?>("--name", "-n") { Description = "The article's name in the schema (default: from the page's file name)." };
        var ns = new Option<string?>("--namespace") { Description = "A namespace for the schema (the generated model's C# namespace)." };
        var command = new Command("scaffold", "Write a starting .article schema for a web page: the meta, JSON-LD and likely selectors it has for title, author, date, dek, lead image and body, each with the value it gives; then parse the page with it and report which fields came out. Exit 0 when every written field came out, 1 when some did not (or had no candidate), 2 on usage errors.")
        {
            page, url, output, name, ns,
        };
        command.SetAction(result => Run(result.GetValue(page)!, result.GetValue(url), result.GetValue(output), result.GetValue(name), result.GetValue(ns)));
        return command;
    }

    public static int Run(string pagePath, string? url, string? output, string? name, string? ns)
    {
        url = PageUrl.Validate(url);
        if (name is not null && !IsIdentifier(name)) throw new UsageException($"--name '{name}' is not an identifier (letters, digits and '_', not starting with a digit)");
        if (ns is not null && !ns.Split('.').All(IsIdentifier)) throw new UsageException($"--namespace '{ns}' is not a dotted name (Outlet.Models)");
        if (pagePath != "-" && !File.Exists(pagePath)) throw new UsageException($"'{pagePath}': no such file");

        var display = pagePath == "-" ? InputExpander.StdinName : pagePath;
        var (document, failure) = Worker.Read(pagePath, ParseCommand.DefaultMaxBytes, InputFormat.Html, url);
        if (document?.Page is not { } html)
        {
            Console.Error.WriteLine(DiagnosticLine.Escape(failure!.Format(display)));
            return Program.ExitInputErrors;
        }
        foreach (var d in html.Diagnostics) Console.Error.WriteLine(DiagnosticLine.Escape(d.Format(display)));

        var fields = PageSurvey.Survey(html);
        var articleName = name ?? ArticleNameFor(pagePath);
        var schemaText = ScaffoldSchemaWriter.Write(articleName, ns, url ?? display, fields);
        var schemaPath = output ?? "<scaffold>";
        if (output is null)
        {
            Console.Out.Write(schemaText);
            Console.Out.Flush();
        }
        else
        {
            try
            {
                File.WriteAllText(output, schemaText, new UTF8Encoding(false));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                throw new UsageException($"cannot write '{output}': {e.Message}");
            }
        }
        return Verify(schemaText, schemaPath, articleName, html, fields, display);
    }

    /// <summary>Loads the written schema and parses the page with it: which fields came out (stderr).</summary>
    private static int Verify(string schemaText, string schemaPath, string articleName, HtmlArticleDocument page, IReadOnlyList<ScaffoldField> fields, string display)
    {
        var schema = InterpretedSchema.Load(schemaText, schemaPath);
        foreach (var d in schema.Diagnostics) Console.Error.WriteLine(DiagnosticLine.Escape(d.ToString()));
        if (schema.HasErrors || !schema.TryGetParser(articleName, out var parser))
        {
            Console.Error.WriteLine($"articlemodel: error: the written schema does not build; please report this with the page");
            return Program.ExitUsage;
        }
        var result = parser!.Parse(page.Document);
        var complete = true;
        foreach (var field in fields)
        {
            if (field.Candidates.Count == 0)
            {
                complete = false;
                Console.Error.WriteLine(DiagnosticLine.Escape(new ArticleDiagnostic(CliDiagnosticIds.ScaffoldNoCandidate, DiagnosticSeverity.Warning,
                    $"no meta, JSON-LD or likely element on the page gave {field.Purpose}; the field '{field.Name}' is written commented out", default).Format(display)));
                continue;
            }
            var value = result.Value is { } article && article.TryGetValue(field.Name, out var v) ? v : null;
            var shown = Describe(value);
            if (shown is null)
            {
                complete = false;
                Console.Error.WriteLine(DiagnosticLine.Escape(new ArticleDiagnostic(CliDiagnosticIds.ScaffoldFieldNotVerified, DiagnosticSeverity.Warning,
                    $"the field '{field.Name}' did not come out when the written schema parsed the page (its first locator gave {field.Candidates[0].Value}); check its locators and type", default).Format(display)));
            }
            else
            {
                Console.Error.WriteLine(DiagnosticLine.Escape($"{display}: {field.Name}: {shown}"));
            }
        }
        return complete ? Program.ExitOk : Program.ExitInputErrors;
    }

    /// <summary>A field's value in one line, or null when it is absent (null, empty text, an empty list).</summary>
    private static string? Describe(object? value) => value switch
    {
        null => null,
        string s => s.Length == 0 ? null : "\"" + SchemaStrings.CommentValue(s) + "\"",
        DateTimeOffset d => d.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list => Count(list) is var n && n == 0 ? null : $"{n} item{(n == 1 ? "" : "s")}",
        _ => SchemaStrings.CommentValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? ""),
    };

    private static int Count(System.Collections.IEnumerable list)
    {
        var n = 0;
        foreach (var _ in list) n++;
        return n;
    }

    /// <summary>A PascalCase identifier from the page's file name (<c>ledger-story.html</c> → <c>LedgerStory</c>); <c>Page</c> when there is none.</summary>
    internal static string ArticleNameFor(string path)
    {
        var stem = path == "-" ? "" : Path.GetFileNameWithoutExtension(path);
        var sb = new StringBuilder();
        foreach (var part in Regex.Split(stem, "[^A-Za-z0-9]+"))
        {
            if (part.Length == 0) continue;
            sb.Append(char.ToUpperInvariant(part[0])).Append(part, 1, part.Length - 1);
        }
        if (sb.Length == 0) return "Page";
        if (char.IsAsciiDigit(sb[0])) sb.Insert(0, "Page");
        return sb.Length > 64 ? sb.ToString(0, 64) : sb.ToString();
    }

    private static bool IsIdentifier(string s) =>
        s.Length > 0 && (char.IsAsciiLetter(s[0]) || s[0] == '_') && s.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
