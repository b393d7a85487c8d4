using System.Linq;
using Xunit;

namespace ArticleModel.Html.Tests;

/// <summary>One article as plain text and as HTML reads to the same paragraphs.</summary>
public class PlainTextAndHtmlTests
{
    private const string PlainText =
        "Harbor Bridge Tolls Delayed Again\n" +
        "\n" +
        "By Ana Ruiz\n" +
        "\n" +
        "The city council postponed the vote on bridge tolls on Tuesday night, the third delay this year.\n" +
        "\n" +
        "\u201cWe need more time,\u201d said council member Dana Ochoa. \u201cThe numbers changed.\u201d\n" +
        "\n" +
        "Residents packed the hearing & many left before the vote.\n";

    private const string Html =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  <title>Harbor Bridge Tolls Delayed Again | The Ledger</title>\n" +
        "  <script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Harbor Bridge Tolls Delayed Again\"}</script>\n</head>\n" +
        "<body>\n  <article>\n    <h1 class=\"headline\">Harbor Bridge Tolls Delayed   Again</h1>\n" +
        "    <p class=\"byline\">By <a href=\"/staff/ana-ruiz\">Ana Ruiz</a></p>\n" +
        "    <div class=\"body\">\n      <p>The city council postponed the vote on bridge tolls\n      on Tuesday night, the third delay this year.</p>\n" +
        "      <p>&ldquo;We need more time,&rdquo; said council member <b>Dana Ochoa</b>. &#8220;The numbers changed.&#x201D;</p>\n" +
        "      <p>Residents packed the hearing &amp; many left before the vote.</p>\n    </div>\n  </article>\n" +
        "  <script>window.ads = [\"<p>not text</p>\"];</script>\n</body>\n</html>\n";

    private static string[] Paragraphs(ArticleDocument d) =>
        d.Blocks.Select(b => string.Join(" ", Enumerable.Range(b.FirstLine, b.LineCount).Select(i => d.GetText(d.Lines[i]).ToString()))).ToArray();

    [Fact]
    public void The_same_article_as_plain_text_and_as_html_has_equal_paragraphs()
    {
        var text = PlainTextReader.Read(PlainText);
        var html = HtmlReader.Read(System.Text.Encoding.UTF8.GetBytes(Html), "https://ledger.example/2024/tolls").Document;
        Assert.Equal(Paragraphs(text), Paragraphs(html));
        Assert.Equal(BlockKind.Heading, html.Blocks[0].Kind);
        Assert.Empty(html.Diagnostics);

        // Every paragraph's span is the paragraph's markup in the page.
        var quote = html.Blocks[3];
        var line = html.Lines[quote.FirstLine];
        var span = html.GetSpan(line.Start, line.Length);
        Assert.Equal("&ldquo;We need more time,&rdquo; said council member <b>Dana Ochoa</b>. &#8220;The numbers changed.&#x201D;", Html.Substring(span.Start, span.Length));
    }
}
