using System;
using System.IO;
using System.Linq;

namespace ArticleModel.QuoteEvaluation;

/// <summary>
/// <c>dotnet run --project tests/QuoteEvaluation</c> scores the quote extractor on the labelled articles and lists every
/// miss. <c>-- --show FILE</c> prints what the extractor finds in one article. Exit code 1 when a target is missed.
/// </summary>
public static class Program
{
    /// <summary>Articles numbered from here on were written after the extractor was finished (held out).</summary>
    public const int FirstHeldOut = 33;

    public static int Main(string[] args)
    {
        if (args.Length == 2 && args[0] == "--show")
        {
            foreach (var q in QuoteExtractor.Extract(File.ReadAllText(args[1])))
                Console.WriteLine($"[{(q.Partial ? "partial" : "full")}] {q.Speaker ?? "-"} | {q.SpeakerRole ?? "-"} | {q.Source ?? "-"} | {q.Text}");
            return 0;
        }
        if (args.Length == 3 && args[0] == "--predict") return Predict(args[1], args[2]);
        var folder = args.Length > 0 ? args[0] : FindArticles();
        var dev = Evaluator.Run(folder, n => Number(n) < FirstHeldOut);
        var held = Evaluator.Run(folder, n => Number(n) >= FirstHeldOut);
        var all = Evaluator.Run(folder);
        Console.Write(Evaluator.Report(dev, $"development set (articles 01–{FirstHeldOut - 1})"));
        Console.WriteLine();
        Console.Write(Evaluator.Report(held, $"held-out set (articles {FirstHeldOut}+)"));
        Console.WriteLine();
        Console.WriteLine($"== all ==\nprecision {all.Precision:F3}  recall {all.Recall:F3}  scare quotes as speech {all.ScareAsSpeech}  (targets: ≥ 0.95, ≥ 0.90, 0)");
        return all.Precision >= 0.95 && all.Recall >= 0.90 && all.ScareAsSpeech == 0 ? 0 : 1;
    }

    /// <summary>
    /// Writes one JSON line per <c>*.txt</c> article of <paramref name="folder"/>:
    /// <c>{"path": …, "value": {"quotes": [{"text", "speaker", "speakerRole", "partial"}]}}</c> — the prediction
    /// format of the real-news scorer (<c>RealNews/evaluate.py</c>). The texts are read at run time and not stored.
    /// </summary>
    private static int Predict(string folder, string output)
    {
        using var stream = File.Create(output);
        using var writer = new System.Text.Json.Utf8JsonWriter(stream);
        foreach (var path in Directory.GetFiles(folder, "*.txt").OrderBy(p => p, StringComparer.Ordinal))
        {
            writer.Reset();
            writer.WriteStartObject();
            writer.WriteString("path", path);
            writer.WriteStartObject("value");
            writer.WriteStartArray("quotes");
            foreach (var q in QuoteExtractor.Extract(File.ReadAllText(path))) q.WriteJson(writer);
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.Flush();
            stream.WriteByte((byte)'\n');
        }
        return 0;
    }

    public static int Number(string name)
    {
        var digits = new string(name.TakeWhile(char.IsDigit).ToArray());
        return int.TryParse(digits, out var n) ? n : 0;
    }

    private static string FindArticles()
    {
        var dir = AppContext.BaseDirectory;
        for (var d = new DirectoryInfo(dir); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "tests", "QuoteEvaluation", "Articles");
            if (Directory.Exists(candidate)) return candidate;
            candidate = Path.Combine(d.FullName, "Articles");
            if (Directory.Exists(candidate) && d.Name == "QuoteEvaluation") return candidate;
        }
        return Path.Combine(Directory.GetCurrentDirectory(), "tests", "QuoteEvaluation", "Articles");
    }
}
