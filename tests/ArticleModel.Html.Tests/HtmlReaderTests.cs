using System.Linq;
using Xunit;

namespace ArticleModel.Html.Tests;

public class HtmlReaderTests
{
    private static string[] LineTexts(ArticleDocument d) => d.Lines.ToArray().Select(l => d.GetText(l).ToString()).ToArray();

    [Fact]
    public void Block_elements_become_blocks_with_kind_level_element_and_attributes()
    {
        const string page = "<html><head><title>T</title><style>p{}</style></head><body>" +
            "<h2 class=\"dek big\">A  dek</h2><p id=lead>First <b>bold</b> words.</p>" +
            "<ul><li>one</li><li>two <p>inner</p></li></ul><blockquote><p>Quoted</p></blockquote>" +
            "<pre>  keep   this\n  too</pre><table><tr><td>cell</td></tr></table>" +
            "<figure><img src=x.png><figcaption>Cap</figcaption></figure><script>var x = '<p>no</p>';</script></body></html>";
        var d = HtmlReader.Read(page).Document;

        Assert.Equal("html", d.Format);
        Assert.Equal(new[] { "A dek", "First bold words.", "one", "two", "inner", "Quoted", "keep   this", "too", "cell", "Cap" }, LineTexts(d));
        var blocks = d.Blocks;
        Assert.Equal(BlockKind.Heading, blocks[0].Kind);
        Assert.Equal(2, blocks[0].Level);
        Assert.Equal("h2", blocks[0].ElementName);
        Assert.True(blocks[0].HasClass("big"));
        Assert.Equal("lead", blocks[1].GetAttribute("id"));
        Assert.Equal(BlockKind.Paragraph, blocks[1].Kind);
        Assert.Equal(BlockKind.ListItem, blocks[2].Kind);
        Assert.Equal(1, blocks[2].Level);
        Assert.Equal(BlockKind.ListItem, blocks[4].Kind); // a paragraph inside a list item is part of it
        Assert.Equal("p", blocks[4].ElementName);
        Assert.Equal(BlockKind.BlockQuote, blocks[5].Kind);
        Assert.Equal(BlockKind.Preformatted, blocks[6].Kind);
        Assert.Equal(2, blocks[6].LineCount);
        Assert.Equal(BlockKind.TableCell, blocks[7].Kind);
        Assert.Equal(BlockKind.Caption, blocks[8].Kind);
    }

    [Fact]
    public void A_br_ends_a_line_and_white_space_collapses_across_inline_elements()
    {
        var d = HtmlReader.Read("<p>By <a href=/a>Ana\n   Ruiz</a> <br>\n  Staff   <i> writer </i></p>").Document;
        Assert.Equal(new[] { "By Ana Ruiz", "Staff writer" }, LineTexts(d));
        Assert.Equal(1, d.BlockCount);
    }

    [Fact]
    public void Spans_point_at_the_original_text_with_its_entities_and_tags()
    {
        const string page = "<!doctype html>\n<body>\n  <p class=x>Tom &amp; <em>Jerry</em>&#8217;s caf&eacute; &copy 2024</p>\n</body>";
        var d = HtmlReader.Read(page).Document;
        var line = d.Lines[0];
        Assert.Equal("Tom & Jerry\u2019s caf\u00e9 \u00a9 2024", d.GetText(line).ToString());
        var span = d.GetSpan(line.Start, line.Length);
        Assert.Equal("Tom &amp; <em>Jerry</em>&#8217;s caf&eacute; &copy 2024", page.Substring(span.Start, span.Length));
        Assert.Equal((3, 14), (span.Line, span.Column));

        var jerry = d.Text.IndexOf("Jerry");
        var jerrySpan = d.GetSpan(jerry, 5);
        Assert.Equal("Jerry", page.Substring(jerrySpan.Start, jerrySpan.Length));
        var amp = d.Text.IndexOf('&');
        var ampSpan = d.GetSpan(amp, 1);
        Assert.Equal("&amp;", page.Substring(ampSpan.Start, ampSpan.Length));
        var e = d.Text.IndexOf('\u00e9');
        var eSpan = d.GetSpan(e, 1);
        Assert.Equal("&eacute;", page.Substring(eSpan.Start, eSpan.Length));
    }

    [Fact]
    public void Crlf_pages_map_lines_and_columns_into_the_input()
    {
        const string page = "<html>\r\n<body>\r\n<p>One\r\ntwo</p>\r\n<p>Three</p>\r\n</body></html>";
        var d = HtmlReader.Read(page).Document;
        Assert.Equal(new[] { "One two", "Three" }, LineTexts(d));
        var three = d.GetSpan(d.Lines[1].Start, d.Lines[1].Length);
        Assert.Equal("Three", page.Substring(three.Start, three.Length));
        Assert.Equal((5, 4), (three.Line, three.Column));
    }

    [Fact]
    public void Hidden_elements_scripts_and_the_head_are_not_text()
    {
        var d = HtmlReader.Read("<head><title>No</title></head><body><div hidden>No</div><noscript>No</noscript><template><p>No</p></template><p>Yes</p></body>").Document;
        Assert.Equal(new[] { "Yes" }, LineTexts(d));
    }

    [Fact]
    public void Elements_map_to_their_text_lines_and_span()
    {
        const string page = "<article><h1>Harbor Bridge</h1><div class=body><p>One.</p><p>Two &amp; three.</p></div><p class=empty></p></article>";
        var html = HtmlReader.Read(page);
        var body = html.Html.QuerySelector("div.body")!;
        Assert.Equal("One. Two & three.", html.GetText(body));
        Assert.True(html.TryGetLines(body, out var first, out var count));
        Assert.Equal((1, 2), (first, count));
        var span = html.GetSpan(body);
        Assert.Equal("One.</p><p>Two &amp; three.", page.Substring(span.Start, span.Length));

        var empty = html.Html.QuerySelector("p.empty")!;
        Assert.False(html.TryGetTextRange(empty, out _, out _));
        var at = html.GetSpan(empty);
        Assert.Equal(page.IndexOf("<p class=empty>"), at.Start);
        Assert.Equal(0, at.Length);
    }

    [Fact]
    public void Links_resolve_against_the_base_element_or_the_page_url()
    {
        var withBase = HtmlReader.Read("<head><base href=\"/news/\"></head><p><a href=\"story.html\">x</a></p>", "https://example.org/a/b.html");
        Assert.Equal("https://example.org/news/", withBase.BaseUrl!.ToString());
        Assert.Equal("https://example.org/news/story.html", withBase.ResolveUrl("story.html")!.ToString());
        Assert.Equal("https://example.org/img.png", withBase.ResolveUrl("/img.png")!.ToString());

        var plain = HtmlReader.Read("<p>x</p>", "https://example.org/a/b.html");
        Assert.Equal("https://example.org/a/c.html", plain.ResolveUrl("c.html")!.ToString());
        Assert.Null(HtmlReader.Read("<p>x</p>").ResolveUrl("c.html"));
    }

    [Fact]
    public void Elements_the_tree_builder_made_up_or_reopened_keep_their_own_text()
    {
        // The implied html/body have no start tag; the <b> reopened in the second paragraph comes from the first's tag.
        const string page = "Intro<p><b>bold<p>more</b> tail";
        var html = HtmlReader.Read(page);
        Assert.Equal("Intro bold more tail", html.GetText(html.Html.Body!));
        var bolds = html.Html.QuerySelectorAll("b").ToArray();
        Assert.Equal(new[] { "bold", "more" }, bolds.Select(b => html.GetText(b)).ToArray());
        var paragraphs = html.Html.QuerySelectorAll("p").ToArray();
        Assert.Equal(new[] { "bold", "more tail" }, paragraphs.Select(p => html.GetText(p)).ToArray());
        Assert.Null(html.GetText(HtmlReader.Read("-----<p>other</p>").Html.QuerySelector("p")!)); // another page's element at the same offset
    }
}
