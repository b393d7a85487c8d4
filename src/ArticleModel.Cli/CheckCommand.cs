using System;
using System.CommandLine;
using ArticleModel.Interpreter;

namespace ArticleModel.Cli;

/// <summary><c>articlemodel check FILE.article...</c>: compiles schemas and prints their diagnostics.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "The .article schema files to check.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("check", "Compile .article schemas and print their diagnostics as FILE(line,col): severity AM####: message. Exit 0 when no schema has errors, 2 otherwise.")
        {
            files,
        };
        command.SetAction(result =>
        {
            var hasErrors = false;
            foreach (var file in result.GetValue(files)!)
            {
                var schema = SchemaFile.Load(file, out var failure);
                if (schema is null)
                {
                    Console.Out.WriteLine(DiagnosticLine.Escape(failure!.ToString()));
                    hasErrors = true;
                    continue;
                }
                foreach (var d in schema.Diagnostics) Console.Out.WriteLine(DiagnosticLine.Escape(d.ToString()));
                hasErrors |= schema.HasErrors;
            }
            return hasErrors ? Program.ExitUsage : Program.ExitOk;
        });
        return command;
    }

    /// <summary>
    /// Loads the schema of a <c>parse</c>/<c>bench</c> run as a parser behind the one parser interface (the commands need
    /// nothing of the interpreter but that); prints its diagnostics on stderr; throws a usage error when it cannot be used.
    /// </summary>
    public static IArticleParser LoadParser(string path, string? article)
    {
        var schema = SchemaFile.Load(path, out var failure);
        if (schema is null)
        {
            Console.Error.WriteLine(DiagnosticLine.Escape(failure!.ToString()));
            throw new UsageException($"the schema '{path}' cannot be read");
        }
        foreach (var d in schema.Diagnostics) Console.Error.WriteLine(DiagnosticLine.Escape(d.ToString()));
        if (schema.HasErrors) throw new UsageException($"the schema '{path}' has errors");
        if (article is null)
        {
            if (schema.ArticleNames.Count == 1) return schema.GetParser();
            throw new UsageException(schema.ArticleNames.Count == 0
                ? $"the schema '{path}' declares no article"
                : $"the schema '{path}' declares several articles ({string.Join(", ", schema.ArticleNames)}); choose one with --article");
        }
        if (schema.TryGetParser(article, out var parser)) return parser!;
        throw new UsageException($"the schema '{path}' declares no article '{article}' (it declares: {string.Join(", ", schema.ArticleNames)})");
    }
}
