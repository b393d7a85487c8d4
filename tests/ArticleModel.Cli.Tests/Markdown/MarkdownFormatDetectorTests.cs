using System.Text;
using ArticleModel.Cli.Tests.Html;
using Xunit;

namespace ArticleModel.Cli.Tests.Markdown;

/// <summary>--format auto for Markdown: by extension, or by YAML front matter at the very start (conservatively).</summary>
public class MarkdownFormatDetectorTests
{
    [Theory]
    [InlineData("post.md")]
    [InlineData("POST.MD")]
    [InlineData("a/b/post.markdown")]
    public void Markdown_extensions_name_markdown(string path) =>
        Assert.Equal(InputFormat.Markdown, FormatDetector.FromExtension(path));

    [Theory]
    [InlineData("---\ntitle: A\n---\n# A\n", "Markdown")]
    [InlineData("---\r\ntitle: A\r\ndate: 2026-01-02\r\n...\r\nBody", "Markdown")]
    [InlineData("---\n# comment\ntags:\n  - a\n---\n", "Markdown")]
    [InlineData("---   \ntitle: A\n---\n", "Markdown")]                     // trailing spaces on the fence
    [InlineData("---\n---\n", "Text")]                                     // no key
    [InlineData("---\ntitle: A\n", "Text")]                                // never closed
    [InlineData("---\nJust a rule, then text.\n---\n", "Text")]            // not key: value
    [InlineData(" ---\ntitle: A\n---\n", "Text")]                          // not at the very start
    [InlineData("----\ntitle: A\n----\n", "Text")]
    [InlineData("# Heading\n\nSome *emphasis*.\n", "Text")]                // Markdown without front matter: text
    [InlineData("Headline\n---\ntitle: not front matter\n---\n", "Text")]
    [InlineData("---\nkey:value\n---\n", "Text")]                          // YAML needs a space after the colon
    public void Front_matter_at_the_start_means_markdown(string start, string expected) =>
        Assert.Equal(System.Enum.Parse<InputFormat>(expected), FormatDetector.Sniff(Encoding.UTF8.GetBytes(start)));

    [Fact]
    public void A_byte_order_mark_and_utf16_are_handled_and_html_wins()
    {
        Assert.Equal(InputFormat.Markdown, FormatDetector.Sniff(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("---\na: b\n---\n"))));
        Assert.Equal(InputFormat.Markdown, FormatDetector.Sniff(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("---\na: b\n---\n"))));
        Assert.Equal(InputFormat.Html, FormatDetector.Sniff(Encoding.UTF8.GetBytes("<html>---\na: b\n---\n")));
        Assert.Equal(InputFormat.Markdown, FormatDetector.Resolve(InputFormat.Auto, "---\na: b\n---\n# T"));
        Assert.Equal(InputFormat.Text, FormatDetector.Resolve(InputFormat.Auto, "a.txt", Encoding.UTF8.GetBytes("---\na: b\n---\n")));
    }

    [Fact]
    public void Front_matter_longer_than_the_sniffed_bytes_is_not_detected()
    {
        var long_ = "---\n" + string.Concat(System.Linq.Enumerable.Repeat("key: value\n", 200)) + "---\n";
        Assert.Equal(InputFormat.Text, FormatDetector.Sniff(Encoding.UTF8.GetBytes(long_)));
    }
}
