using System;
using System.IO;

namespace ArticleModel.Schema.Tests;

internal static class TestPaths
{
    public static string CorpusDirectory => Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "ArticleModel.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
        }
    }
}
