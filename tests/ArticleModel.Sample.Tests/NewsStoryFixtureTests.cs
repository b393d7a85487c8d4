using System.Collections.Generic;
using System.Linq;
using ArticleModel.Testing;
using Xunit;

namespace ArticleModel.Sample.Tests;

/// <summary>
/// Every sample article (src/ArticleModel.Sample/Articles/*.txt) parses to the JSON in the *.expected.json beside it.
/// The expected files were derived by hand from the article text (headline, dek, body paragraphs, byline; comment
/// boilerplate and the author bio are not body text; no CR, BOM or edge white space), independently of the parser.
/// To refresh them after a deliberate change: ARTICLEMODEL_ACCEPT_FIXTURES=1 dotnet test tests/ArticleModel.Sample.Tests,
/// then review the diff.
/// </summary>
public class NewsStoryFixtureTests
{
    /// <summary>Every field is compared, quotes and their speakers included (reviewed by hand against the articles).</summary>
    private static readonly ArticleFixtureOptions Options = new();

    /// <summary>One test case per sample article; the folder is found relative to this source file.</summary>
    public static TheoryData<ArticleFixture> Articles => ArticleFixtures.FromFolder("../../src/ArticleModel.Sample/Articles");

    [Theory]
    [MemberData(nameof(Articles))]
    public void Parses_to_the_expected_json(ArticleFixture fixture) =>
        ArticleFixtureAssert.Matches(fixture, NewsStory.Parse, Options);

    /// <summary>The generated parser object (issue 10 item 6) gives the same result as the static <c>Parse</c>.</summary>
    [Theory]
    [MemberData(nameof(Articles))]
    public void The_parser_object_matches_the_expected_json(ArticleFixture fixture) =>
        ArticleFixtureAssert.Matches(fixture, NewsStory.Parser, new ArticleFixtureOptions { Accept = false });

    [Theory]
    [MemberData(nameof(Articles))]
    public void Parsing_the_bytes_gives_the_same_value_as_parsing_the_text(ArticleFixture fixture)
    {
        var fromText = NewsStory.Parse(fixture.ReadText());
        var fromBytes = NewsStory.Parse(fixture.ReadBytes());

        Assert.Equal(ArticleFixtureAssert.ToJson(fromText), ArticleFixtureAssert.ToJson(fromBytes));
        Assert.Equal(fromText.Success, fromBytes.Success);
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Text_values_have_no_carriage_returns_byte_order_marks_or_edge_white_space(ArticleFixture fixture)
    {
        var story = NewsStory.Parse(fixture.ReadText()).Value;
        Assert.NotNull(story);
        var texts = new List<string?> { story.Headline, story.Dek, story.Byline?.Name, story.Byline?.Role, story.Byline?.Outlet, story.Byline?.Twitter };
        texts.AddRange(story.Body.Select(p => p.Text));
        texts.AddRange(story.Quotes.Select(q => q.Text));
        foreach (var text in texts.OfType<string>())
        {
            Assert.DoesNotContain('\r', text);
            Assert.DoesNotContain('\uFEFF', text);
            Assert.Equal(text.Trim(), text);
            Assert.NotEqual("", text);
        }
    }
}
