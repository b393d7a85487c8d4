using System;
using System.IO;
using System.Linq;
using System.Text;

namespace ArticleModel.Benchmarks;

/// <summary>The benchmark corpus: the sample articles (every variant of the NewsStory layout), as strings and UTF-8.</summary>
public static class Corpus
{
    public static string[] LoadTexts() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.txt")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => Encoding.UTF8.GetString(File.ReadAllBytes(p)))
            .ToArray();

    /// <summary>Total size in UTF-8 bytes, the unit MB/s figures use.</summary>
    public static long Utf8Bytes(string[] texts) => texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
}
