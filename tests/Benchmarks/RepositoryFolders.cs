using System;
using System.IO;

namespace ArticleModel.Benchmarks;

/// <summary>Finds folders of the repository (and the shared folder beside it) from wherever the benchmark runs.</summary>
public static class RepositoryFolders
{
    /// <summary>The folder <paramref name="relative"/> under the first ancestor of the output or working folder that has it, or null.</summary>
    public static string? Find(string relative)
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
            {
                var candidate = Path.Combine(d.FullName, relative);
                if (Directory.Exists(candidate)) return candidate;
            }
        }
        return null;
    }

    /// <summary>As <see cref="Find"/>, but a missing folder is an error.</summary>
    public static string Require(string relative) =>
        Find(relative) ?? throw new DirectoryNotFoundException(relative + " not found above " + AppContext.BaseDirectory);
}
