using System.Linq;
using System.Text.Json;
using Xunit;

namespace ArticleModel.Interpreter.Tests;

/// <summary>
/// Issue 8 item 3 — patterns see one kind of line break: a multi-line pattern gives the same values on LF, CRLF and CR
/// copies of one article (generated and interpreted alike), and its spans point into each original text.
/// </summary>
public class LineBreakTests
{
    private const string Schema = """
        article S {
          title: text @line(1)
          contact: Contact? @match(/^Media contact:\n(?<name>.+)\n(?<email>[^\n@]+@[^\n]+)$/)
          lastLine: text? @match(/(?<value>[^\n]+)$/, after: contact)
        }
        record Contact { name: text  email: text }
        """;

    private const string Article = "Acme Ships Widget\n\nBody text here.\n\nMedia contact:\nJane Roe\njane@acme.example\n\nNotes\nPhone: 555-0100\nEnd line";

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Every_kind_of_line_break_gives_the_values_of_lf(string lineBreak)
    {
        var lf = FallbackAndTransformTests.Results(Schema, Article).Select(r => r.GetProperty("value").GetRawText()).ToArray();
        var other = FallbackAndTransformTests.Results(Schema, Article.Replace("\n", lineBreak)).Select(r => r.GetProperty("value").GetRawText()).ToArray();
        Assert.Equal(lf, other);
        using var doc = JsonDocument.Parse(lf[0]);
        Assert.Equal("Jane Roe", doc.RootElement.GetProperty("contact").GetProperty("name").GetString());
        Assert.Equal("jane@acme.example", doc.RootElement.GetProperty("contact").GetProperty("email").GetString());
        Assert.Equal("End line", doc.RootElement.GetProperty("lastLine").GetString());
    }

    // With the m flag, ^ and $ also see CRLF line ends (not CR-only ones: docs/schema-language.md §6).
    [Fact]
    public void The_m_flag_sees_crlf_line_ends()
    {
        const string schema = "article S { title: text @line(1)\n phone: text? @match(/^Phone: (?<value>\\d+)$/m) }";
        foreach (var text in new[] { Article, Article.Replace("\n", "\r\n") })
            foreach (var result in FallbackAndTransformTests.Results(schema, text.Replace("555-0100", "5550100")))
                Assert.Equal("5550100", result.GetProperty("value").GetProperty("phone").GetString());
    }

    [Fact]
    public void Spans_point_into_the_original_crlf_text()
    {
        var text = Article.Replace("\n", "\r\n");
        var result = InterpretedSchema.Load("namespace T;\n" + Schema, "t.article").GetParser().Parse(text);
        var span = result.Spans["contact"];
        Assert.StartsWith("Media contact:\r\nJane Roe\r\njane@acme.example", text.Substring(span.Start, span.Length));
    }
}
