using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit;

namespace ArticleModel.Testing;

/// <summary>
/// Finds article fixtures in a folder and hands them to xunit as theory data: one test case per article file.
/// </summary>
/// <example>
/// <code>
/// public class NewsStoryFixtureTests
/// {
///     public static TheoryData&lt;ArticleFixture&gt; Articles =&gt; ArticleFixtures.FromFolder("Articles");
///
///     [Theory, MemberData(nameof(Articles))]
///     public void Parses(ArticleFixture fixture) =&gt; ArticleFixtureAssert.Matches(fixture, NewsStory.Parse);
/// }
/// </code>
/// </example>
public static class ArticleFixtures
{
    /// <summary>The article file extensions a folder is searched for: <c>.txt</c>, <c>.html</c>, <c>.htm</c>, <c>.md</c>, <c>.markdown</c>.</summary>
    public static IReadOnlyList<string> ArticleExtensions { get; } = new[] { ".txt", ".html", ".htm", ".md", ".markdown" };

    /// <summary>
    /// One <see cref="ArticleFixture"/> per article file in <paramref name="folder"/>, ordered by name, as xunit theory data.
    /// </summary>
    /// <param name="folder">
    /// The fixture folder. A relative path is resolved against, in order, the folder of the source file that calls this
    /// method (so accept mode writes expected files into the source tree, not into bin/), the test assembly's folder
    /// (<see cref="AppContext.BaseDirectory"/>) and the current directory; the first that exists is used.
    /// </param>
    /// <param name="recursive">Whether to search sub-folders too (fixture names then include the sub-folder).</param>
    /// <param name="callerFilePath">Filled in by the compiler; do not pass it.</param>
    /// <exception cref="DirectoryNotFoundException">No candidate folder exists.</exception>
    /// <exception cref="InvalidOperationException">Two article files in one folder share a name (their expected files would collide).</exception>
    public static TheoryData<ArticleFixture> FromFolder(string folder, bool recursive = false, [CallerFilePath] string callerFilePath = "")
    {
        var data = new TheoryData<ArticleFixture>();
        foreach (var fixture in Find(folder, recursive, callerFilePath)) data.Add(fixture);
        return data;
    }

    /// <summary>
    /// The fixtures of <paramref name="folder"/> as a list, for test frameworks other than xunit or for your own loops.
    /// Resolves <paramref name="folder"/> as <see cref="FromFolder"/> does.
    /// </summary>
    /// <param name="folder">The fixture folder.</param>
    /// <param name="recursive">Whether to search sub-folders too.</param>
    /// <param name="callerFilePath">Filled in by the compiler; do not pass it.</param>
    public static IReadOnlyList<ArticleFixture> Find(string folder, bool recursive = false, [CallerFilePath] string callerFilePath = "")
    {
        var root = ResolveFolder(folder, callerFilePath);
        var files = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly))
        {
            var extension = Path.GetExtension(file);
            foreach (var known in ArticleExtensions)
            {
                if (string.Equals(extension, known, StringComparison.OrdinalIgnoreCase))
                {
                    files.Add(file);
                    break;
                }
            }
        }
        files.Sort(StringComparer.Ordinal);

        var fixtures = new List<ArticleFixture>(files.Count);
        var byExpected = new Dictionary<string, ArticleFixture>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            var fixture = new ArticleFixture(file, root);
            if (byExpected.TryGetValue(fixture.ExpectedPath, out var other))
            {
                throw new InvalidOperationException(
                    $"The article fixtures '{other}' and '{fixture}' would share the expected file '{Path.GetFileName(fixture.ExpectedPath)}'; rename one of them.");
            }
            byExpected.Add(fixture.ExpectedPath, fixture);
            fixtures.Add(fixture);
        }
        return fixtures;
    }

    /// <summary>Resolves a fixture folder the way <see cref="FromFolder"/> does; returns its absolute path.</summary>
    /// <param name="folder">An absolute or relative folder path.</param>
    /// <param name="callerFilePath">The calling source file's path, or empty.</param>
    /// <exception cref="DirectoryNotFoundException">No candidate folder exists.</exception>
    public static string ResolveFolder(string folder, string callerFilePath = "")
    {
        if (folder is null) throw new ArgumentNullException(nameof(folder));
        if (Path.IsPathRooted(folder))
        {
            if (Directory.Exists(folder)) return Path.GetFullPath(folder);
            throw new DirectoryNotFoundException($"The article fixture folder '{folder}' does not exist.");
        }

        var candidates = new List<string>();
        if (!string.IsNullOrEmpty(callerFilePath) && Path.IsPathRooted(callerFilePath))
        {
            var sourceFolder = Path.GetDirectoryName(callerFilePath);
            if (!string.IsNullOrEmpty(sourceFolder)) candidates.Add(Path.Combine(sourceFolder, folder));
        }
        candidates.Add(Path.Combine(AppContext.BaseDirectory, folder));
        candidates.Add(Path.Combine(Directory.GetCurrentDirectory(), folder));
        foreach (var candidate in candidates)
        {
            if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        throw new DirectoryNotFoundException(
            $"The article fixture folder '{folder}' was not found; looked in: {string.Join(", ", candidates)}.");
    }
}
