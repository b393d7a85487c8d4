using System;
using System.Globalization;
using System.IO;

namespace SiteEvaluation;

/// <summary>What the evaluation commands (this one and WebArticleEvaluation, which links this file) share.</summary>
internal static class EvaluationSupport
{
    /// <summary>A share as a percentage with one decimal, or "–" when nothing was asserted.</summary>
    public static string Percent(int matched, int asserted) =>
        asserted == 0 ? "–" : (100.0 * matched / asserted).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    /// <summary>The repository's root: the first folder holding ArticleModel.sln above the working or the program's folder.</summary>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ArticleModel.sln"))) return dir.FullName;
            }
        }
        throw new InvalidOperationException("run from inside the repository (ArticleModel.sln not found)");
    }
}
