using System;
using System.Text;
using Xunit;

namespace ArticleModel.Cli.Tests.Html;

/// <summary>--format auto: the extension decides, then the content (WHATWG MIME sniffing's HTML patterns).</summary>
public class FormatDetectorTests
{
    [Theory]
    [InlineData("page.html", "Html")]
    [InlineData("PAGE.HTM", "Html")]
    [InlineData("a/b/page.xhtml", "Html")]
    [InlineData("story.txt", "Text")]
    [InlineData("story.TEXT", "Text")]
    [InlineData("story.dat", "Auto")]
    [InlineData("story", "Auto")]
    [InlineData("-", "Auto")]
    public void The_extension_names_a_format_or_none(string path, string expected) =>
        Assert.Equal(Enum.Parse<InputFormat>(expected), FormatDetector.FromExtension(path));

    [Theory]
    [InlineData("<!DOCTYPE html><html>", "Html")]
    [InlineData("<!doctype HTML>", "Html")]
    [InlineData("  \r\n\t<html lang=\"en\">", "Html")]
    [InlineData("<p>First paragraph</p>", "Html")]
    [InlineData("<div class=\"x\">", "Html")]
    [InlineData("<!-- saved page -->", "Html")]
    [InlineData("<pre>code</pre>", "Text")]       // "<p" must be followed by a space or '>'
    [InlineData("<html", "Text")]                 // no terminating byte yet
    [InlineData("Council Delays Vote\n\n<p>", "Text")]
    [InlineData("", "Text")]
    [InlineData("x < y and <b>bold</b>", "Text")]
    public void Content_sniffing_recognises_pages(string start, string expected) =>
        Assert.Equal(Enum.Parse<InputFormat>(expected), FormatDetector.Sniff(Encoding.UTF8.GetBytes(start)));

    [Fact]
    public void Byte_order_marks_are_skipped_and_utf16_is_read()
    {
        Assert.Equal(InputFormat.Html, FormatDetector.Sniff(Encoding.UTF8.GetPreamble().Concat("<html>"u8.ToArray())));
        Assert.Equal(InputFormat.Html, FormatDetector.Sniff(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("\n<body>"))));
        Assert.Equal(InputFormat.Html, FormatDetector.Sniff(Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes("<h1>T</h1>"))));
        Assert.Equal(InputFormat.Text, FormatDetector.Sniff(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Headline"))));
    }

    [Fact]
    public void Only_the_first_bytes_are_looked_at()
    {
        var late = new string(' ', FormatDetector.SniffLength) + "<html>";
        Assert.Equal(InputFormat.Text, FormatDetector.Sniff(Encoding.ASCII.GetBytes(late)));
    }

    [Fact]
    public void An_explicit_format_wins_then_the_extension_then_the_content()
    {
        var page = "<html><body><p>x</p></body></html>"u8.ToArray();
        Assert.Equal(InputFormat.Text, FormatDetector.Resolve(InputFormat.Text, "a.html", page));
        Assert.Equal(InputFormat.Text, FormatDetector.Resolve(InputFormat.Auto, "a.txt", page));
        Assert.Equal(InputFormat.Html, FormatDetector.Resolve(InputFormat.Auto, "a.dat", page));
        Assert.Equal(InputFormat.Html, FormatDetector.Resolve(InputFormat.Auto, "a.html", "Plain words"u8.ToArray()));
        Assert.Equal(InputFormat.Html, FormatDetector.Resolve(InputFormat.Auto, "\uFEFF<!DOCTYPE html>"));
        Assert.Equal(InputFormat.Text, FormatDetector.Resolve(InputFormat.Auto, "Café <html>"));
    }
}

internal static class ByteArrayExtensions
{
    public static byte[] Concat(this byte[] first, byte[] second)
    {
        var all = new byte[first.Length + second.Length];
        first.CopyTo(all, 0);
        second.CopyTo(all, first.Length);
        return all;
    }
}
