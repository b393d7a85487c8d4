using System.Text.RegularExpressions;
using ArticleModel;
using ArticleModel.CompilerServices;
using Xunit;

namespace ArticleModel.Tests.Documents;

/// <summary>
/// A reader that transforms its input still gives spans into that input: the test reader strips a two-space indent
/// from every line, and what the parse primitives locate points at the indented original.
/// </summary>
public class TransformingReaderTests
{
    private const string Original =
        "  Harbor Bridge Tolls Delayed\r\n" +
        "  Residents packed the hearing\r\n" +
        "\r\n" +
        "  The council postponed the vote\r\n" +
        "  on Tuesday night.\r\n" +
        "\r\n" +
        "  Ana Ruiz is the city reporter of the Ledger.\r\n";

    /// <summary>The test reader: every line loses its first two characters (the indent); blank lines end blocks.</summary>
    private static ArticleDocument ReadIndented(string input)
    {
        var builder = new ArticleDocumentBuilder(input, "indented");
        var position = 0;
        while (position < input.Length)
        {
            var end = input.IndexOf('\n', position);
            if (end < 0) end = input.Length;
            var lineEnd = end > position && input[end - 1] == '\r' ? end - 1 : end;
            if (lineEnd - position <= 2 || input.Substring(position, lineEnd - position).Trim().Length == 0)
            {
                builder.EndBlock(BlockKind.Paragraph);
            }
            else
            {
                builder.AppendSource(position + 2, lineEnd - position - 2);
                builder.EndLine();
            }
            position = end + 1;
        }
        return builder.Build();
    }

    [Fact]
    public void The_reader_strips_the_indent()
    {
        var doc = ReadIndented(Original);
        Assert.StartsWith("Harbor Bridge Tolls Delayed\nResidents packed the hearing\n\nThe council", doc.Text);
        Assert.Equal(3, doc.BlockCount);
    }

    [Fact]
    public void Lines_blocks_and_matches_have_spans_into_the_original_input()
    {
        var doc = ReadIndented(Original);
        var context = new ParseContext(doc);
        context.ApplyDrops();

        var headline = context.FindLine(1, null, "headline");
        var span = context.Span(headline);
        Assert.Equal("Harbor Bridge Tolls Delayed", Original.Substring(span.Start, span.Length));
        Assert.Equal((1, 3), (span.Line, span.Column));

        var body = context.FindBlock(2, context.Whole, null, "body");
        var bodySpan = context.Span(body);
        Assert.Equal("The council postponed the vote\r\n  on Tuesday night.", Original.Substring(bodySpan.Start, bodySpan.Length));
        Assert.Equal((4, 3), (bodySpan.Line, bodySpan.Column));
        Assert.Equal("The council postponed the vote on Tuesday night.", context.Text(body));

        var bio = new Regex(@"^(?<name>.+?) is the (?<role>.+?) of (?<outlet>.+)\.$");
        var hit = context.FindMatch(bio, " is the ", false, context.Whole, "byline", out var match);
        Assert.True(hit.Found);
        var role = context.GroupSpan(match!, "role");
        Assert.Equal("city reporter", Original.Substring(role.Start, role.Length));
        Assert.Equal((7, 19), (role.Line, role.Column));
    }
}
