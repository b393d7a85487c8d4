using System;
using System.IO;
using System.Text.Json;
using ArticleModel;

namespace ArticleModel.Sample;

/// <summary>
/// Parses one article of the NewsStory layout (see NewsStory.article) and prints it as JSON, or with <c>--jsonld</c> as
/// schema.org JSON-LD (the schema's jsonld block, written by the generated <c>WriteJsonLd</c>).
/// Usage: ArticleModel.Sample [--jsonld] [FILE]. With no FILE, parses a sample article embedded in the app.
/// Exit codes: 0 parsed, 1 the article has errors, 2 usage error.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var jsonLd = args.Length > 0 && args[0] == "--jsonld";
        if (jsonLd) args = args[1..];
        if (args.Length > 1 || (args.Length == 1 && (args[0] is "-h" or "--help" or "-?")))
        {
            Console.Error.WriteLine("usage: ArticleModel.Sample [--jsonld] [FILE]");
            Console.Error.WriteLine("Parses FILE (or an embedded sample article) as a NewsStory and prints it as JSON (--jsonld: as schema.org JSON-LD).");
            return 2;
        }

        string path;
        ArticleDocument document;
        if (args.Length == 0)
        {
            path = "<embedded sample>";
            using var stream = typeof(Program).Assembly.GetManifestResourceStream("sample-article.txt")!;
            document = PlainTextReader.Read(stream);
        }
        else
        {
            path = args[0];
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"{path}: error: file not found");
                return 2;
            }
            document = PlainTextReader.ReadFile(path);
        }

        var result = NewsStory.Parse(document);
        using (var stdout = Console.OpenStandardOutput())
        using (var writer = new Utf8JsonWriter(stdout, ResultJson.WriterOptions(indented: true)))
        {
            if (result.Value is null) writer.WriteNullValue();
            else if (jsonLd) result.Value.WriteJsonLd(writer);
            else result.Value.WriteJson(writer);
        }
        Console.Out.WriteLine();
        foreach (var diagnostic in result.Diagnostics) Console.Error.WriteLine(diagnostic.Format(path));
        return result.Success ? 0 : 1;
    }
}
