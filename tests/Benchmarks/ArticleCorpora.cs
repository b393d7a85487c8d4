using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace ArticleModel.Benchmarks;

/// <summary>
/// The three corpora the speed figures are given on (issue 13 item 3): the sample articles, the quote evaluation set
/// (tests/QuoteEvaluation/Articles) and the real-news development set, whose texts are rebuilt at run time from the
/// saved pages in the shared folder by its own <c>rebuild.py</c> (they are third-party text and never committed).
/// </summary>
public static class ArticleCorpora
{
    /// <summary>The sample articles of the NewsStory layout.</summary>
    public const string Sample = "sample";

    /// <summary>The articles of the quote evaluation set.</summary>
    public const string QuoteEvaluation = "quote-evaluation";

    /// <summary>The real-news development set (rebuilt from shared/corpora/quotes-dev).</summary>
    public const string RealNews = "real-news";

    /// <summary>The corpora that can be loaded here; the real-news set is left out, with a message saying why, when it cannot be rebuilt.</summary>
    public static IEnumerable<string> Available()
    {
        yield return Sample;
        yield return QuoteEvaluation;
        var why = RealNewsUnavailable();
        if (why is null) yield return RealNews;
        else Console.WriteLine("// real-news corpus skipped: " + why);
    }

    /// <summary>The article texts of <paramref name="corpus"/>, in file-name order.</summary>
    public static string[] Load(string corpus) => corpus switch
    {
        Sample => Corpus.LoadTexts(),
        QuoteEvaluation => ReadFolder(RepositoryFolders.Require(Path.Combine("tests", "QuoteEvaluation", "Articles"))),
        RealNews => RebuildRealNews(),
        _ => throw new ArgumentException("unknown corpus " + corpus, nameof(corpus)),
    };

    private static string? RealNewsFolder() => RepositoryFolders.Find(Path.Combine("shared", "corpora", "quotes-dev"));

    private static string? RealNewsUnavailable()
    {
        var folder = RealNewsFolder();
        if (folder is null || !File.Exists(Path.Combine(folder, "rebuild.py")))
            return "shared/corpora/quotes-dev/rebuild.py not found beside the repository (the shared folder is not here)";
        return null;
    }

    private static string[] RebuildRealNews()
    {
        var folder = RealNewsFolder() ?? throw new InvalidOperationException(RealNewsUnavailable());
        var output = Path.Combine(Path.GetTempPath(), "articlemodel-real-news-" + Environment.ProcessId);
        Directory.CreateDirectory(output);
        try
        {
            var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(Path.Combine(folder, "rebuild.py"));
            start.ArgumentList.Add("--out");
            start.ArgumentList.Add(output);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 could not be started");
            var errors = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException("rebuild.py failed: " + errors.Result);
            var texts = ReadFolder(output);
            if (texts.Length == 0) throw new InvalidOperationException("rebuild.py wrote no articles");
            return texts;
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static string[] ReadFolder(string folder) =>
        Directory.GetFiles(folder, "*.txt")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => Encoding.UTF8.GetString(File.ReadAllBytes(p)))
            .ToArray();
}
