using System;
using System.IO;
using System.Linq;
using Xunit;

namespace ArticleModel.Testing.Tests;

public class ArticleFixturesTests
{
    [Fact]
    public void Finds_article_files_sorted_with_expected_paths_beside_them()
    {
        using var folder = new TempFolder();
        folder.Write("b.html", "<h1>B</h1>");
        folder.Write("a.txt", "A");
        folder.Write("a.expected.json", "{}");
        folder.Write("c.md", "# C");
        folder.Write("notes.json", "{}");
        folder.Write("README", "not an article");
        folder.Write("sub/d.txt", "D");

        var fixtures = ArticleFixtures.Find(folder.Path);

        Assert.Equal(new[] { "a.txt", "b.html", "c.md" }, fixtures.Select(f => f.ToString()));
        Assert.Equal(new[] { "a", "b", "c" }, fixtures.Select(f => f.Name));
        Assert.Equal(new[] { "text", "html", "markdown" }, fixtures.Select(f => f.Format));
        Assert.Equal(Path.Combine(folder.Path, "a.expected.json"), fixtures[0].ExpectedPath);
        Assert.True(fixtures[0].HasExpected);
        Assert.False(fixtures[1].HasExpected);
    }

    [Fact]
    public void Recursive_search_names_fixtures_by_relative_path()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "A");
        folder.Write("sub/d.txt", "D");

        var data = ArticleFixtures.FromFolder(folder.Path, recursive: true);

        var fixtures = new System.Collections.Generic.List<ArticleFixture>();
        foreach (var row in (System.Collections.Generic.IEnumerable<object[]>)data) fixtures.Add((ArticleFixture)row[0]);
        Assert.Equal(new[] { "a", "sub/d" }, fixtures.Select(f => f.Name));
        Assert.Equal(Path.Combine(folder.Path, "sub", "d.expected.json"), fixtures[1].ExpectedPath);
    }

    [Fact]
    public void Two_articles_sharing_an_expected_file_are_an_error()
    {
        using var folder = new TempFolder();
        folder.Write("story.txt", "A");
        folder.Write("story.html", "<p>A</p>");

        var e = Assert.Throws<InvalidOperationException>(() => ArticleFixtures.Find(folder.Path));
        Assert.Contains("story.expected.json", e.Message);
    }

    [Fact]
    public void Relative_folders_resolve_against_the_calling_source_file()
    {
        // This source file's folder holds the project file, which the build does not copy to bin/.
        var folder = ArticleFixtures.ResolveFolder(".", ThisFile());
        Assert.True(File.Exists(Path.Combine(folder, "ArticleModel.Testing.Tests.csproj")));

        var missing = Assert.Throws<DirectoryNotFoundException>(() => ArticleFixtures.FromFolder("no-such-folder"));
        Assert.Contains("no-such-folder", missing.Message);
    }

    [Fact]
    public void Read_text_keeps_the_file_as_stored()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "bom.txt");
        File.WriteAllBytes(path, new byte[] { 0xEF, 0xBB, 0xBF, (byte)'A', (byte)'\r', (byte)'\n', (byte)'B' });

        var fixture = new ArticleFixture(path);

        Assert.Equal("\uFEFFA\r\nB", fixture.ReadText());
        Assert.Equal(7, fixture.ReadBytes().Length);
    }

    private static string ThisFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}
