using System.IO;
using System.Linq;
using ArticleModel.Html;
using ArticleModel.Markdown;
using ArticleModel.Testing;
using Xunit;

namespace ArticleModel.Sample.Tests;

/// <summary>
/// The generated NewsStory parser on Markdown (src/ArticleModel.Sample/MarkdownArticles/*.md: front matter, ATX and
/// setext headings, nested block quotes, a CRLF copy), and one story written as plain text, Markdown and HTML
/// (src/ArticleModel.Sample/ThreeFormats) parsing to equal values. The expected files were checked by hand against the
/// articles; refresh with ARTICLEMODEL_ACCEPT_FIXTURES=1 and review the diff.
/// </summary>
public class MarkdownAndThreeFormatTests
{
    private static readonly ArticleFixtureOptions Options = new();

    public static TheoryData<ArticleFixture> MarkdownArticles => ArticleFixtures.FromFolder("../../src/ArticleModel.Sample/MarkdownArticles");

    private static ParseResult<NewsStory> Parse(ArticleFixture fixture, string text) => fixture.Format switch
    {
        "markdown" => NewsStory.Parse(MarkdownReader.Read(text).Document),
        "html" => NewsStory.Parse(HtmlReader.Read(text).Document),
        _ => NewsStory.Parse(text),
    };

    [Theory]
    [MemberData(nameof(MarkdownArticles))]
    public void Markdown_articles_parse_to_the_expected_json(ArticleFixture fixture) =>
        ArticleFixtureAssert.Matches(fixture, text => Parse(fixture, text), Options);

    [Fact]
    public void The_story_as_text_markdown_and_html_parses_to_equal_values()
    {
        var folder = Path.Combine(SourceFolder(), "..", "..", "src", "ArticleModel.Sample", "ThreeFormats");
        var text = NewsStory.Parse(File.ReadAllText(Path.Combine(folder, "night-ferry.txt")));
        var markdown = NewsStory.Parse(MarkdownReader.Read(File.ReadAllBytes(Path.Combine(folder, "night-ferry.md"))).Document);
        var html = NewsStory.Parse(HtmlReader.Read(File.ReadAllBytes(Path.Combine(folder, "night-ferry.html"))).Document);
        Assert.True(text.Success && markdown.Success && html.Success);
        // Equal values: the JSON a user would store.
        Assert.Equal(text.Value!.ToJson(), markdown.Value!.ToJson());
        Assert.Equal(text.Value.ToJson(), html.Value!.ToJson());
        // And the values the story has (read off the articles by hand).
        var story = text.Value;
        Assert.Equal("Night Ferry to Gull Island Returns After Two-Year Pause", story.Headline);
        Assert.Equal("Islanders who work late shifts on the mainland welcomed the restored sailing", story.Dek);
        Assert.Equal(5, story.Body.Count);
        Assert.Equal("The board said ridership would be reviewed in April.", story.Body[4].Text);
        Assert.Equal(("Ines Maalouf", "ines_maalouf"), (story.Byline!.Name, story.Byline.Twitter));
        Assert.Equal(new[] { "Odile Ferrante", "Mara Quint" }, story.Quotes.Select(q => q.Speaker));
        // Each from its own format's locators: the Markdown headline is the '#' heading, the page's the h1.
        Assert.Equal(10, markdown.Spans["headline"].Line);
        Assert.Equal(10, html.Spans["headline"].Line);
        Assert.Equal(1, text.Spans["headline"].Line);
        Assert.Equal(3, markdown.Spans["dek"].Line); // the front matter's dek
    }

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
