using System.Linq;
using Xunit;

namespace ArticleModel.Schema.Tests;

public class SeedTests
{
    internal const string Seed = """
namespace Samples.News;

/// A story as the outlet's plain-text export lays it out.
article NewsStory {
  /// The headline: the first line.
  headline : text        @line(1)
  /// The subtitle: the second line, when it does not end like a sentence.
  dek      : text?       @line(2, where: /[\p{L}\p{N}]$/)
  body     : paragraph[] @blocks(after: dek | headline, until: byline)
  byline   : Byline?     @match(/^(?<name>.+?) is the (?<role>.+?) of (?<outlet>[^,]+), follow (?:him|her|them) on Twitter @(?<twitter>\w+)\.?$/)
  quotes   : quote[]     @quotes(in: body)
  drop                   @blocks(from: /^Join the Discussion!?$/)
}

/// The author bio line.
record Byline { name: text; role: text; outlet: text; twitter: handle? }
""";

    [Fact]
    public void Seed_compiles_to_the_expected_model()
    {
        var result = SchemaCompiler.Compile("news.article", Seed);
        Assert.Empty(result.Diagnostics);
        var model = result.Model;
        Assert.Equal("news.article", model.FilePath);
        Assert.Equal("Samples.News", model.Namespace);
        var article = Assert.Single(model.Articles);
        Assert.Equal("NewsStory", article.Name);
        Assert.Equal("A story as the outlet's plain-text export lays it out.", article.Doc);
        Assert.Equal(new[] { "headline", "dek", "body", "byline", "quotes" }, article.Fields.Select(f => f.Name));
        Assert.Equal(new[] { "Headline", "Dek", "Body", "Byline", "Quotes" }, article.Fields.Select(f => f.PropertyName));
        Assert.Equal(new[] { "text", "text?", "paragraph[]", "Byline?", "quote[]" }, article.Fields.Select(f => f.Type.ToString()));
        Assert.Equal("The headline: the first line.", article.Fields[0].Doc);
        Assert.Null(article.Fields[2].Doc);

        var headline = Assert.Single(article.Fields[0].Locators);
        Assert.Equal(LocatorKind.Line, headline.Kind);
        Assert.Equal(InputFormat.Text, headline.Format);
        Assert.Equal(1, headline.Index);
        Assert.Equal(RegionSpec.Whole, headline.Region);
        Assert.Equal(5, headline.Range.StartLine);
        Assert.Equal(25, headline.Range.StartColumn);

        var dek = article.Fields[1].Locators[0];
        Assert.Equal(@"[\p{L}\p{N}]$", dek.Where!.Pattern);
        Assert.Null(dek.Where.RequiredLiteral);

        var body = article.Fields[2].Locators[0];
        Assert.Equal(LocatorKind.Blocks, body.Kind);
        Assert.False(body.Region.StartInclusive);
        Assert.Equal(new[] { "dek", "headline" }, body.Region.Start!.Alternatives.Select(a => a.Field));
        Assert.Equal("byline", body.Region.End!.Alternatives.Single().Field);
        Assert.False(body.Region.EndInclusive);

        var byline = article.Fields[3].Locators[0];
        Assert.Equal(LocatorKind.Match, byline.Kind);
        Assert.Equal(new[] { "name", "role", "outlet", "twitter" }, byline.Pattern!.GroupNames);
        Assert.Equal(" on Twitter @", byline.Pattern.RequiredLiteral);

        var quotes = article.Fields[4].Locators[0];
        Assert.Equal(LocatorKind.Quotes, quotes.Kind);
        Assert.Equal(InputFormat.Any, quotes.Format);
        Assert.Equal("body", quotes.SourceField);

        var drop = Assert.Single(article.Drops);
        Assert.Equal(LocatorKind.Blocks, drop.Locator.Kind);
        Assert.True(drop.Locator.Region.StartInclusive);
        Assert.Equal("^Join the Discussion!?$", drop.Locator.Region.Start!.Alternatives.Single().Pattern!.Pattern);
        Assert.Equal("Join the Discussion", drop.Locator.Region.Start!.Alternatives.Single().Pattern!.RequiredLiteral);

        // headline, dek, byline (declared later but needed by body), body, quotes.
        Assert.Equal(new[] { 0, 1, 3, 2, 4 }, article.EvaluationOrder);

        var record = Assert.Single(model.Records);
        Assert.Equal("Byline", record.Name);
        Assert.Equal("The author bio line.", record.Doc);
        Assert.Equal(new[] { "text", "text", "text", "handle?" }, record.Fields.Select(f => f.Type.ToString()));
    }

    [Fact]
    public void Compiling_twice_gives_equal_models()
    {
        var a = SchemaCompiler.Compile("news.article", Seed);
        var b = SchemaCompiler.Compile("news.article", Seed);
        Assert.Equal(a.Model, b.Model);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }
}
