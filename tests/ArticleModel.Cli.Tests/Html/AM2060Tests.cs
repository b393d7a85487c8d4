using System.Text.Json;
using Xunit;

namespace ArticleModel.Cli.Tests.Html;

/// <summary>AM2060: <c>parse</c> without <c>--schema</c> on an input read as plain text.</summary>
public class AM2060Tests
{
    [Fact]
    public void Plain_text_without_a_schema_gives_an_empty_WebArticle_and_AM2060()
    {
        // Before, parse without --schema was a usage error; now a text input gives an empty article and says why.
        var run = Cli.Run("parse", Cli.SampleFiles()[0]);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(JsonDocument.Parse(run.Stdout).RootElement.GetProperty("body").EnumerateArray());
        Assert.Contains("warning AM2060: no --schema was given and the input was read as plain text", run.Stderr);
    }

    [Fact]
    public void Markdown_without_a_schema_says_it_was_read_as_Markdown()
    {
        var folder = Cli.TempFolder();
        var path = System.IO.Path.Combine(folder, "story.md");
        System.IO.File.WriteAllText(path, "# A Harbour Story\n\nThe ferry ran late on Tuesday.\n");

        var run = Cli.Run("parse", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning AM2060: no --schema was given and the input was read as Markdown", run.Stderr);
    }

    [Fact]
    public void A_page_without_a_schema_gets_no_AM2060()
    {
        var folder = Cli.TempFolder();
        var run = Cli.Run("parse", HtmlPages.Write(folder, "story.html", HtmlPages.Page));

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("AM2060", run.Stderr);
    }
}
