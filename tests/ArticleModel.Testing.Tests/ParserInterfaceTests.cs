using System.IO;
using System.Runtime.CompilerServices;
using ArticleModel.Interpreter;
using Xunit;

namespace ArticleModel.Testing.Tests;

/// <summary>
/// Issue 10 item 6: ArticleModel.Testing consumes the one parser interface, so an interpreted parser checks the same
/// fixtures as the generated one (ArticleModel.Sample.Tests checks <c>NewsStory.Parser</c> against these files).
/// </summary>
public class ParserInterfaceTests
{
    private static readonly ArticleFixtureOptions Compare = new() { Accept = false };

    public static TheoryData<ArticleFixture> SampleArticles => ArticleFixtures.FromFolder("../../src/ArticleModel.Sample/Articles");

    private static IArticleParser SampleParser()
    {
        var schema = InterpretedSchema.LoadFile(Path.Combine(ThisFolder(), "../../src/ArticleModel.Sample/NewsStory.article"));
        Assert.False(schema.HasErrors, string.Join("\n", schema.Diagnostics));
        return schema.GetParser();
    }

    [Theory]
    [MemberData(nameof(SampleArticles))]
    public void An_interpreted_parser_matches_the_sample_fixtures(ArticleFixture fixture) =>
        ArticleFixtureAssert.Matches(fixture, SampleParser(), Compare);

    [Theory]
    [MemberData(nameof(SampleArticles))]
    public void Text_bytes_stream_and_document_give_the_same_result(ArticleFixture fixture)
    {
        var parser = SampleParser();
        Assert.Equal("NewsStory", parser.Name);
        Assert.Equal(new[] { "headline", "dek", "body", "byline", "quotes" }, parser.FieldNames);

        var bytes = fixture.ReadBytes();
        var fromBytes = ArticleFixtureAssert.ToJson(parser.Parse(bytes));
        using var stream = new MemoryStream(bytes);
        Assert.Equal(fromBytes, ArticleFixtureAssert.ToJson(parser.Parse(stream)));
        Assert.Equal(fromBytes, ArticleFixtureAssert.ToJson(parser.Parse(PlainTextReader.Read(bytes))));
        Assert.Equal(fromBytes, ArticleFixtureAssert.ToJson(parser.Parse(fixture.ReadText())));

        // The typed view gives the same result as the untyped one.
        var typed = Assert.IsAssignableFrom<IArticleParser<ArticleValue>>(parser);
        Assert.Equal(fromBytes, ArticleFixtureAssert.ToJson(typed.Parse(bytes)));
    }

    private static string ThisFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
