using System;
using System.IO;
using System.Text;
using Xunit.Abstractions;

namespace ArticleModel.Testing;

/// <summary>
/// One article fixture: an article file (<c>*.txt</c>, <c>*.html</c>, <c>*.md</c>) and the <c>*.expected.json</c> file
/// beside it that holds the outcome its parse should have: whether it succeeded, its errors and the value (see
/// <see cref="ArticleFixtureAssert"/>).
/// </summary>
/// <remarks>
/// The expected file for <c>stories/harbor-bridge-vote.txt</c> is <c>stories/harbor-bridge-vote.expected.json</c>.
/// Fixtures are serializable by xunit, so every fixture shows as its own test case in test explorers and in
/// <c>dotnet test</c> output, named by <see cref="ToString"/>.
/// </remarks>
public sealed class ArticleFixture : IXunitSerializable
{
    /// <summary>The suffix of expected files: <c>.expected.json</c>.</summary>
    public const string ExpectedSuffix = ".expected.json";

    private string _articlePath = "";
    private string _rootFolder = "";

    /// <summary>For xunit's deserializer only; use <see cref="ArticleFixtures.FromFolder"/> or <see cref="ArticleFixture(string, string?)"/>.</summary>
    [Obsolete("Called by xunit when it deserializes a test case; use ArticleFixtures.FromFolder or the other constructor.")]
    public ArticleFixture()
    {
    }

    /// <summary>Creates the fixture for one article file.</summary>
    /// <param name="articlePath">The article file; made absolute against the current directory.</param>
    /// <param name="rootFolder">The folder <see cref="Name"/> is relative to; the article's own folder when null.</param>
    public ArticleFixture(string articlePath, string? rootFolder = null)
    {
        if (articlePath is null) throw new ArgumentNullException(nameof(articlePath));
        _articlePath = Path.GetFullPath(articlePath);
        _rootFolder = Path.GetFullPath(rootFolder ?? Path.GetDirectoryName(_articlePath)!);
    }

    /// <summary>The article file's absolute path.</summary>
    public string ArticlePath => _articlePath;

    /// <summary>The absolute path of the expected JSON file beside the article (it need not exist yet).</summary>
    public string ExpectedPath =>
        Path.Combine(Path.GetDirectoryName(_articlePath)!, Path.GetFileNameWithoutExtension(_articlePath) + ExpectedSuffix);

    /// <summary>
    /// The fixture's name: its path relative to the folder it was found in, with forward slashes and without the
    /// extension, for example <c>harbor-bridge-vote</c> or <c>archive/2019-budget</c>.
    /// </summary>
    public string Name
    {
        get
        {
            var relative = RelativeFileName;
            var extension = Path.GetExtension(relative);
            return relative.Substring(0, relative.Length - extension.Length);
        }
    }

    /// <summary>The article file's extension, lower case, with the dot (<c>.txt</c>, <c>.html</c>, <c>.md</c>).</summary>
    public string Extension => Path.GetExtension(_articlePath).ToLowerInvariant();

    /// <summary>
    /// The input format the extension names: <c>text</c> (<c>.txt</c>), <c>html</c> (<c>.html</c>, <c>.htm</c>) or
    /// <c>markdown</c> (<c>.md</c>, <c>.markdown</c>); otherwise the extension without its dot. Use it to pick a reader
    /// when one folder mixes formats.
    /// </summary>
    public string Format => Extension switch
    {
        ".txt" or ".text" => "text",
        ".html" or ".htm" => "html",
        ".md" or ".markdown" => "markdown",
        _ => Extension.TrimStart('.'),
    };

    /// <summary>True when the expected file exists.</summary>
    public bool HasExpected => File.Exists(ExpectedPath);

    /// <summary>
    /// The article file's text, decoded as UTF-8 exactly as stored: a byte-order mark stays as a leading U+FEFF and line
    /// endings are not changed, so the parser sees the file as a user's program would.
    /// </summary>
    public string ReadText()
    {
        var bytes = File.ReadAllBytes(_articlePath);
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>The article file's bytes.</summary>
    public byte[] ReadBytes() => File.ReadAllBytes(_articlePath);

    /// <summary>The expected JSON, or null when the expected file does not exist.</summary>
    public string? ReadExpected() => HasExpected ? File.ReadAllText(ExpectedPath, Encoding.UTF8) : null;

    /// <summary>The file name relative to the fixture folder, with its extension: <c>archive/2019-budget.txt</c>.</summary>
    public override string ToString() => RelativeFileName;

    private string RelativeFileName
    {
        get
        {
            var root = _rootFolder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
            var relative = _articlePath.StartsWith(root, StringComparison.OrdinalIgnoreCase)
                ? _articlePath.Substring(root.Length)
                : Path.GetFileName(_articlePath);
            return relative.Replace(Path.DirectorySeparatorChar, '/');
        }
    }

    /// <inheritdoc />
    void IXunitSerializable.Deserialize(IXunitSerializationInfo info)
    {
        _articlePath = info.GetValue<string>("path");
        _rootFolder = info.GetValue<string>("root");
    }

    /// <inheritdoc />
    void IXunitSerializable.Serialize(IXunitSerializationInfo info)
    {
        info.AddValue("path", _articlePath);
        info.AddValue("root", _rootFolder);
    }
}
