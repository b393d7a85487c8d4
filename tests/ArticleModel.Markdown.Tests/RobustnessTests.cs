using System.Linq;
using System.Text;
using Xunit;

namespace ArticleModel.Markdown.Tests;

/// <summary>Adversarial inputs: the reader finishes, does not throw, and keeps the text.</summary>
public class RobustnessTests
{
    [Theory]
    [InlineData(">", 100_000)]
    [InlineData("[", 100_000)]
    [InlineData("*a ", 50_000)]
    public void Nesting_past_the_limit_is_read_as_plain_text_with_a_warning(string unit, int count)
    {
        var md = "# Title\n\n" + string.Concat(Enumerable.Repeat(unit, count)) + " x\n";
        var doc = MarkdownReader.Read(md).Document;
        var d = Assert.Single(doc.Diagnostics);
        Assert.Equal(DiagnosticIds.MarkdownNestingTooDeep, d.Id);
        Assert.All(doc.Blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
        Assert.Equal("# Title", doc.GetText(doc.Lines[0]).ToString());
        Assert.Equal(2, doc.BlockCount);
    }

    [Fact]
    public void Deeply_nested_lists_are_read_as_plain_text_with_a_warning()
    {
        var md = string.Concat(Enumerable.Range(0, 3000).Select(i => new string(' ', i * 2) + "- x\n"));
        var doc = MarkdownReader.Read(md).Document;
        Assert.Equal(DiagnosticIds.MarkdownNestingTooDeep, Assert.Single(doc.Diagnostics).Id);
        Assert.Equal(3000, doc.LineCount);
    }

    [Fact]
    public void Nesting_within_the_limit_is_read_as_markdown()
    {
        var md = new string('>', 100) + " deep\n";
        var doc = MarkdownReader.Read(md).Document;
        Assert.Empty(doc.Diagnostics);
        var block = Assert.Single(doc.Blocks);
        Assert.Equal((BlockKind.BlockQuote, 100), (block.Kind, block.Level));
    }

    [Fact]
    public void A_large_file_is_read_whole()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 40_000; i++) sb.Append("## Part ").Append(i).Append("\n\nSome *text* with a [link](http://x.test/").Append(i).Append(").\n\n");
        var doc = MarkdownReader.Read(sb.ToString()).Document;
        Assert.Equal(80_000, doc.BlockCount);
        Assert.Equal("Some text with a link.", doc.GetText(doc.Lines[79_999]).ToString());
    }

    [Theory]
    [InlineData("---\n")]
    [InlineData("---\n---\n")]
    [InlineData("---\n: x\n- \n-\n  - a\n\"unclosed: x\ntags: [a, [b]]\nk: 'open\n---\n")]
    [InlineData("\r\r\r\n\n---")]
    [InlineData("\0\u0001# x\u2028y")]
    [InlineData("`````\n")]
    [InlineData("[a]: <http://x\n\n[a]")]
    public void Odd_input_never_throws(string md)
    {
        var file = MarkdownReader.Read(md);
        Assert.NotNull(file.Document);
        foreach (var line in file.Document.Lines.ToArray())
        {
            var span = file.Document.GetSpan(line.Start, line.Length);
            Assert.InRange(span.Start, 0, md.Length);
            Assert.InRange(span.End, span.Start, md.Length);
        }
    }

    [Fact]
    public void Front_matter_nesting_is_capped()
    {
        var sb = new StringBuilder("---\n");
        for (var i = 0; i < 200; i++) sb.Append(new string(' ', i)).Append('k').Append(i).Append(":\n");
        sb.Append(new string(' ', 200)).Append("leaf: v\n---\nBody\n");
        var file = MarkdownReader.Read(sb.ToString());
        Assert.Equal(DiagnosticIds.MarkdownFrontMatterUnreadable, Assert.Single(file.Document.Diagnostics).Id);
        Assert.DoesNotContain(file.FrontMatter.Keys, k => k.EndsWith("leaf"));
    }
}
