using System.Collections.Generic;
using System.Linq;
using ArticleModel;
using Xunit;

namespace ArticleModel.Tests.Documents;

public class ArticleDocumentBuilderTests
{
    [Fact]
    public void Lines_and_blocks_are_laid_out_like_plain_text_with_kinds_and_attributes()
    {
        const string input = "<h1 class=\"title big\">Title</h1><p>One &amp; two</p>";
        var b = new ArticleDocumentBuilder(input, "html");
        b.AppendSource(input.IndexOf("Title"), 5);
        b.EndBlock(BlockKind.Heading, 1, "h1", new Dictionary<string, string> { ["class"] = "title big" });
        b.AppendSource(input.IndexOf("One"), 4);
        b.Append("&", input.IndexOf("&amp;"), 5);
        b.AppendSource(input.IndexOf(" two"), 4);
        b.EndBlock(BlockKind.Paragraph, 0, "p");
        var doc = b.Build();

        Assert.Equal("Title\n\nOne & two\n\n", doc.Text);
        Assert.Equal(input, doc.Input);
        Assert.Equal(2, doc.LineCount);
        Assert.Equal(2, doc.BlockCount);
        Assert.Equal(new[] { BlockKind.Heading, BlockKind.Paragraph }, doc.Blocks.Select(x => x.Kind));
        Assert.Equal(1, doc.Blocks[0].Level);
        Assert.True(doc.Blocks[0].HasClass("big"));
        Assert.False(doc.Blocks[0].HasClass("bi"));
        Assert.Equal("p", doc.Blocks[1].ElementName);
        Assert.Equal(new[] { 0, 1 }, doc.Lines.ToArray().Select(l => l.Block));

        var line = doc.Lines[1];
        var span = doc.GetSpan(line.Start, line.Length);
        Assert.Equal("One &amp; two", input.Substring(span.Start, span.Length));
        Assert.Equal((1, input.IndexOf("One") + 1), (line.Number, line.Column));
    }

    [Fact]
    public void Edge_white_space_is_trimmed_and_empty_lines_and_blocks_are_not_kept()
    {
        const string input = "  a  \n\n   \n b";
        var b = new ArticleDocumentBuilder(input, "test");
        b.AppendSource(0, 5);
        b.EndLine();
        b.AppendSource(7, 3);   // only white space
        b.EndBlock(BlockKind.Paragraph);
        b.EndBlock(BlockKind.Paragraph);
        b.AppendSource(11, 2);
        var doc = b.Build();

        Assert.Equal(2, doc.LineCount);
        Assert.Equal(2, doc.Blocks.Count);
        Assert.Equal("a", doc.GetText(doc.Lines[0]).ToString());
        Assert.Equal((1, 3), (doc.Lines[0].Number, doc.Lines[0].Column));
        Assert.Equal("b", doc.GetText(doc.Lines[1]).ToString());
        Assert.Equal((4, 2), (doc.Lines[1].Number, doc.Lines[1].Column));
        var span = doc.GetSpan(doc.Lines[1].Start, 1);
        Assert.Equal(12, span.Start);
    }

    [Fact]
    public void A_document_with_no_text_says_so()
    {
        var doc = new ArticleDocumentBuilder("<html></html>", "html").Build();
        Assert.Equal(0, doc.LineCount);
        Assert.Contains(doc.Diagnostics, d => d.Id == DiagnosticIds.EmptyInput);
    }

    [Fact]
    public void Plain_text_documents_have_one_paragraph_block_per_run_of_lines_and_no_map()
    {
        var doc = PlainTextReader.Read("Headline\nDek\n\nFirst paragraph\nwrapped.\n\nSecond.");
        Assert.Null(doc.SourceMap);
        Assert.Same(doc.Text, doc.Input);
        Assert.Equal(new[] { (0, 2), (2, 2), (4, 1) }, doc.Blocks.Select(x => (x.FirstLine, x.LineCount)));
        Assert.All(doc.Blocks, x => Assert.Equal(BlockKind.Paragraph, x.Kind));
    }

    [Fact]
    public void TextLength_and_HasBlockText_follow_what_was_appended()
    {
        const string input = "<p>ab</p>";
        var b = new ArticleDocumentBuilder(input, "html");
        Assert.Equal(0, b.TextLength);
        Assert.False(b.HasBlockText);
        b.AppendSource(3, 2);
        Assert.Equal(2, b.TextLength);
        Assert.True(b.HasBlockText);
        b.EndLine();
        Assert.True(b.HasBlockText);   // an ended line still belongs to the open block
        Assert.Equal(3, b.TextLength); // "ab\n"
        b.EndBlock(BlockKind.Paragraph, 0, "p");
        Assert.False(b.HasBlockText);
        Assert.Equal(4, b.TextLength); // "ab\n\n"
    }
}
