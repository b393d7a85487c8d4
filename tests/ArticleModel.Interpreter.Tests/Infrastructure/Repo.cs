using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace ArticleModel.Interpreter.Tests.Infrastructure;

/// <summary>Finds the repository's schemas and article fixtures (no copies: the test reads the tree itself).</summary>
public static class Repo
{
    private static readonly Lazy<string> s_root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "ArticleModel.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("ArticleModel.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The folder holding ArticleModel.sln.</summary>
    public static string Root => s_root.Value;

    /// <summary>A path under the root, from '/'-separated parts.</summary>
    public static string File(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The path relative to the root, with '/' separators.</summary>
    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/');

    private static IEnumerable<string> Files(string folder, string pattern) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories).Where(p => !IsBuildOutput(p))
            : Enumerable.Empty<string>();

    private static bool IsBuildOutput(string path)
    {
        var parts = Relative(path).Split('/');
        return parts.Any(p => p is "bin" or "obj" or "artifacts" or "node_modules");
    }

    /// <summary>
    /// Every schema the differential test covers: the sample's, every <c>*.article</c> under a <c>Schemas</c> folder
    /// of tests/, the schema corpus' valid folder, and any other <c>*.article</c> under src/ and tests/ except the
    /// corpus of invalid schemas (those are covered by the diagnostics test).
    /// </summary>
    public static IReadOnlyList<string> Schemas() =>
        Files(File("src"), "*.article").Concat(Files(File("tests"), "*.article"))
            .Select(Relative)
            .Where(p => !p.Contains("/Corpus/invalid/", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();

    /// <summary>The schema corpus' invalid schemas.</summary>
    public static IReadOnlyList<string> InvalidSchemas() =>
        Files(File("tests/ArticleModel.Schema.Tests/Corpus/invalid"), "*.article").Select(Relative).OrderBy(p => p, StringComparer.Ordinal).ToList();

    /// <summary>
    /// Every article fixture: src/ArticleModel.Sample/Articles, tests/QuoteEvaluation/Articles, and every <c>*.txt</c>
    /// beside the test schemas (tests/**/Schemas) or in an Articles/Fixtures folder under tests/; the sample's Markdown
    /// articles and its one story in three formats.
    /// </summary>
    public static IReadOnlyList<string> Fixtures() =>
        Files(File("src/ArticleModel.Sample/Articles"), "*.txt")
            .Concat(Files(File("src/ArticleModel.Sample/MarkdownArticles"), "*.md"))
            .Concat(Files(File("src/ArticleModel.Sample/ThreeFormats"), "*.*").Where(p => !p.EndsWith(".json", StringComparison.Ordinal)))
            .Concat(Files(File("src/ArticleModel.Sample/PressReleases"), "*.txt"))
            .Concat(Files(File("tests"), "*.txt").Where(p =>
            {
                var r = Relative(p);
                return r.Contains("/Schemas/", StringComparison.Ordinal) || r.Contains("/Articles/", StringComparison.Ordinal) || r.Contains("/Fixtures/", StringComparison.Ordinal);
            }))
            .Select(Relative)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The inputs a schema is checked on: every fixture as stored, with CRLF, CR-only and BOM variants, and generated
    /// edge cases (empty, white space only, random bytes with a fixed seed, invalid UTF-8, control characters, a long article).
    /// </summary>
    public static IEnumerable<(string Name, byte[] Bytes)> Inputs()
    {
        foreach (var fixture in Fixtures())
        {
            var bytes = System.IO.File.ReadAllBytes(File(fixture));
            yield return (fixture, bytes);
            var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
            var lf = text.Replace("\r\n", "\n").Replace('\r', '\n');
            yield return (fixture + " [crlf]", Encoding.UTF8.GetBytes(lf.Replace("\n", "\r\n")));
            yield return (fixture + " [cr]", Encoding.UTF8.GetBytes(lf.Replace('\n', '\r')));
            yield return (fixture + " [bom]", new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(lf)).ToArray());
        }
        yield return ("<empty>", Array.Empty<byte>());
        yield return ("<white space>", Encoding.UTF8.GetBytes("  \n\t\n \r\n\u00A0\n"));
        yield return ("<one line>", Encoding.UTF8.GetBytes("Just a headline"));
        yield return ("<bom only>", new byte[] { 0xEF, 0xBB, 0xBF });
        var random = new Random(20261126);
        foreach (var size in new[] { 16, 512, 8192 })
        {
            var b = new byte[size];
            random.NextBytes(b);
            yield return ($"<random {size} bytes>", b);
        }
        // Random printable words and blank lines: many blocks of odd shapes.
        var sb = new StringBuilder();
        string[] words = { "Said", "the", "“Quote,”", "Join", "the", "Discussion!", "is", "of", "follow", "him", "on", "Twitter", "@x.", "42", "2025-04-02", "https://example.org/a", "#tag", "Figure:", "Contact:", "Ends." };
        for (var i = 0; i < 400; i++)
        {
            sb.Append(words[random.Next(words.Length)]).Append(random.Next(6) == 0 ? "\n" : " ");
            if (random.Next(15) == 0) sb.Append("\n\n");
        }
        yield return ("<random words>", Encoding.UTF8.GetBytes(sb.ToString()));
        yield return ("<invalid utf-8>", Encoding.UTF8.GetBytes("Headline Here\n\nBody with a bad byte: ").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(" end.\n")).ToArray());
        yield return ("<control characters>", Encoding.UTF8.GetBytes("Head\u0000line\n\nBody\u0007 text.\n\n\u0001\n"));
        var big = new StringBuilder("A Very Long Article\n\nA dek line that reads as a subtitle\n\n");
        for (var i = 0; i < 300; i++) big.Append("“We will keep the ferry running,” said harbor master Lena Ortiz, who has run the port for a decade.\n\n");
        big.Append("Sam Lee is the news editor of The Harbor Times, follow him on Twitter @samlee.\n\nJoin the Discussion!\n\nComment one.\n");
        yield return ("<long article>", Encoding.UTF8.GetBytes(big.ToString()));
        // Markdown edge cases (every input is also read as Markdown by Differential.Compare).
        yield return ("<markdown nested too deep>", Encoding.UTF8.GetBytes(new string('>', 200) + " deep\n\n# Heading\n\nText.\n"));
        yield return ("<markdown odd front matter>", Encoding.UTF8.GetBytes("---\ntitle: [unclosed\n{a: b}\ndek: 'It''s'\n---\n# Title\n\n> “Quoted,” said Ann Lee.\n>\n> — Ann Lee, mayor\n"));
    }
}
