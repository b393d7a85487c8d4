using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ArticleModel.Interpreter.Tests.Infrastructure;
using ArticleModel.Schema;
using Xunit;

namespace ArticleModel.Interpreter.Tests;

/// <summary>The interpreter's public API: loading, diagnostics, parser lookup, values, thread safety.</summary>
public class InterpreterApiTests
{
    private static InterpretedSchema News() => InterpretedSchema.LoadFile(Repo.File("src/ArticleModel.Sample/NewsStory.article"));

    [Fact]
    public void Loads_the_sample_schema_and_parses_an_article()
    {
        var schema = News();
        Assert.False(schema.HasErrors);
        Assert.Equal(new[] { "NewsStory" }, schema.ArticleNames);
        var parser = schema.GetParser();
        Assert.Same(parser, schema.GetParser("NewsStory"));
        Assert.Equal(new[] { "headline", "dek", "body", "byline", "quotes" }, parser.FieldNames);

        var result = parser.Parse(File.ReadAllBytes(Repo.File("src/ArticleModel.Sample/Articles/harbor-bridge-vote.txt")));
        Assert.True(result.Success);
        var value = result.Value!;
        Assert.Equal("NewsStory", value.TypeName);
        Assert.Equal("Council Delays Vote on Harbor Bridge Tolls After Packed Hearing", value["headline"]);
        Assert.IsType<ValueList<Paragraph>>(value["body"]);
        Assert.IsType<ValueList<Quote>>(value["quotes"]);
        var byline = Assert.IsType<RecordValue>(value["byline"]);
        Assert.Equal("Byline", byline.TypeName);
        Assert.IsType<string>(byline["name"]);
        Assert.Same(value["headline"], value[0]);
        Assert.False(value.TryGetValue("nope", out _));
        Assert.Throws<KeyNotFoundException>(() => value["nope"]);
        Assert.StartsWith("{\"headline\":", value.ToJson(), StringComparison.Ordinal);
        Assert.True(result.Spans.All("headline").Length == 1);
    }

    [Fact]
    public void Missing_required_text_is_empty_and_reported()
    {
        var result = News().GetParser().Parse("");
        Assert.False(result.Success);
        Assert.Equal("", result.Value!["headline"]);
        Assert.Contains(result.Diagnostics, d => d.Id == "AM3001" && d.Field == "headline");
        Assert.Contains(result.Diagnostics, d => d.Id == "AM2003");
    }

    [Fact]
    public void Schema_errors_are_diagnostics_and_GetParser_refuses()
    {
        var text = "namespace X;\narticle A {\n  title : nosuchtype @line(1)\n}\n";
        var schema = InterpretedSchema.Load(text, "bad.article");
        Assert.True(schema.HasErrors);
        var compiled = SchemaCompiler.Compile("bad.article", text);
        Assert.Equal(compiled.Diagnostics.Select(d => d.ToString()), schema.Diagnostics.Select(d => d.ToString()));
        Assert.Contains(schema.Diagnostics, d => d.Id == "AM0102" && d.ToString().StartsWith("bad.article(3,", StringComparison.Ordinal));
        Assert.Throws<InvalidOperationException>(() => schema.GetParser());
        Assert.False(schema.TryGetParser("A", out _));
    }

    [Fact]
    public void Garbage_schemas_never_throw()
    {
        var random = new Random(7);
        foreach (var length in new[] { 0, 1, 10, 100, 1000 })
        {
            var chars = Enumerable.Range(0, length).Select(_ => (char)random.Next(1, 200)).ToArray();
            var schema = InterpretedSchema.Load(new string(chars));
            Assert.NotNull(schema.Diagnostics);
        }
        Assert.NotNull(InterpretedSchema.Load(null!).Diagnostics);
    }

    [Fact]
    public void An_unreadable_schema_file_is_AM1003()
    {
        var schema = InterpretedSchema.LoadFile("/no/such/dir/schema.article");
        Assert.True(schema.HasErrors);
        var d = Assert.Single(schema.Diagnostics);
        Assert.Equal("AM1003", d.Id);
        Assert.Empty(schema.ArticleNames);
    }

    [Fact]
    public void Multi_article_schemas_need_a_name()
    {
        var schema = InterpretedSchema.LoadFile(Repo.File("tests/ArticleModel.Schema.Tests/Corpus/valid/multi-article.article"));
        Assert.False(schema.HasErrors);
        Assert.True(schema.ArticleNames.Count > 1);
        Assert.Throws<InvalidOperationException>(() => schema.GetParser());
        Assert.Throws<KeyNotFoundException>(() => schema.GetParser("NoSuchArticle"));
        foreach (var name in schema.ArticleNames) Assert.Equal(name, schema.GetParser(name).Name);
    }

    [Fact]
    public void A_parser_is_safe_to_share_between_threads()
    {
        var parser = News().GetParser();
        var inputs = Repo.Inputs().Select(i => i.Bytes).ToArray();
        var expected = inputs.Select(b => Differential.Json(parser.Parse(b))).ToArray();
        var actual = new byte[inputs.Length * 4][];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = Differential.Json(parser.Parse(inputs[i % inputs.Length])));
        for (var i = 0; i < actual.Length; i++) Assert.Equal(expected[i % inputs.Length], actual[i]);
    }
}
