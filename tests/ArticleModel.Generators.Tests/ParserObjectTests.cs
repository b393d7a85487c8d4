using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ArticleModel.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArticleModel.Generators.Tests;

/// <summary>
/// Issue 10 item 6: a generated model exposes its parser as an <see cref="IArticleParser{T}"/> through a static
/// <c>Parser</c> property, which gives what the static <c>Parse</c> gives.
/// </summary>
public class ParserObjectTests
{
    private const string Schema = """
        namespace Fixtures.ParserObject;

        article Note {
          title : text        @line(1)
          body  : paragraph[] @blocks(after: title)
        }
        """;

    private static Assembly Build(string schema)
    {
        var (output, _, diagnostics) = GeneratorHarness.Run("Note.article", schema);
        Assert.Empty(diagnostics.Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
        return GeneratorHarness.Load(output);
    }

    [Fact]
    public void The_Parser_property_is_an_IArticleParser_with_the_articles_name_and_fields()
    {
        var type = Build(Schema).GetType("Fixtures.ParserObject.Note")!;
        var parser = Assert.IsAssignableFrom<IArticleParser>(type.GetProperty("Parser")!.GetValue(null));

        Assert.Equal("Note", parser.Name);
        Assert.Equal(new[] { "title", "body" }, parser.FieldNames);
        Assert.Same(parser, type.GetProperty("Parser")!.GetValue(null));

        const string text = "A Title\n\nFirst.\n\nSecond.\n";
        var staticParse = (ParseResult<IJsonWritable>)Untyped(type.GetMethod("Parse", new[] { typeof(string) })!.Invoke(null, new object[] { text })!);
        var fromObject = parser.Parse(text);
        Assert.True(fromObject.Success);
        Assert.Equal(Json(staticParse), Json(fromObject));
        Assert.Equal(Json(fromObject), Json(parser.Parse(System.Text.Encoding.UTF8.GetBytes(text))));
        Assert.Equal(Json(fromObject), Json(parser.Parse(PlainTextReader.Read(text))));
        Assert.Equal(Json(fromObject), Json(parser.Parse(new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)))));
    }

    [Fact]
    public void A_field_named_parser_is_reserved_for_the_parser_object()
    {
        var (_, _, diagnostics) = GeneratorHarness.Run("Note.article", Schema.Replace("body  :", "parser :"));
        var d = Assert.Single(diagnostics, x => x.Id == "AM0111");
        Assert.Contains("'Parser'", d.GetMessage());
    }

    private static object Untyped(object typedResult)
    {
        // ParseResult<Note> → ParseResult<IJsonWritable>, as IArticleParser gives it.
        object? Get(string name) => typedResult.GetType().GetProperty(name)!.GetValue(typedResult);
        return new ParseResult<IJsonWritable>((IJsonWritable?)Get("Value"), (FieldSpans)Get("Spans")!, (IReadOnlyList<ArticleDiagnostic>)Get("Diagnostics")!);
    }

    private static string Json(ParseResult<IJsonWritable> result)
    {
        using var stream = new System.IO.MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream, ResultJson.WriterOptions(indented: false))) result.WriteJson(writer);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
