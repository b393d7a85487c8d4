using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AngleSharp.Html.Parser;
using ArticleModel.Html.Content;
using Xunit;

namespace ArticleModel.Html.Tests;

/// <summary>
/// Issue 9 item 7 for web pages: what the reader and the WebArticle locators allocate beyond AngleSharp's DOM grows
/// with the page by a few bytes a character or element, not by whole copies and per-node lists. Allocation counts on
/// the test's thread (exact, independent of machine load); the figures are in docs/reliability.md.
/// </summary>
public class HtmlMemoryTests
{
    private static long Allocated(Action action)
    {
        action(); // warm up (JIT, static tables, the thread's parser)
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    // What the reader allocates beyond AngleSharp's DOM: walking a parsed page into a document (each walk on a page of
    // its own, so nothing AngleSharp makes on first use is missed).
    private static long WalkAllocated(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true, DisableElementPositionTracking = true });
        var pages = new Queue<AngleSharp.Html.Dom.IHtmlDocument>(new[] { parser.ParseDocument(html), parser.ParseDocument(html) });
        return Allocated(() =>
        {
            var builder = new ArticleDocumentBuilder(html, HtmlReader.FormatName);
            new Reading.BlockWalker(builder, html).Walk(pages.Dequeue().DocumentElement);
            GC.KeepAlive(builder.Build());
        });
    }

    [Fact]
    public void Reading_a_one_paragraph_page_allocates_a_few_bytes_a_character_beyond_the_dom()
    {
        // The aligner kept two ints for every character of the longest text node (8 bytes a character), and the
        // builder made a string of every word and space it appended (about 11 more): 25 bytes a character in all.
        var html = "<p>" + string.Concat(Enumerable.Repeat("Word ", 200_000));
        var ours = WalkAllocated(html);
        // The document text (2 bytes a character, in a builder and then its string: 4) and its small tables: about 4 bytes
        // a character now, 23 before.
        Assert.True(ours < 6L * html.Length, $"{ours} bytes beyond the DOM for {html.Length} characters");
    }

    [Fact]
    public void The_aligner_keeps_a_window_of_a_long_text_node_not_a_map_of_it()
    {
        var data = string.Concat(Enumerable.Repeat("Word <b>bold</b> words\r\n", 40_000));
        var source = "<p>" + data;
        var text = new HtmlParser().ParseDocument(source).Body!.TextContent;
        var aligner = new Reading.TextAligner(source);
        long sum = 0;
        var allocated = Allocated(() =>
        {
            aligner.Begin(text, 3);
            for (var k = 0; k < text.Length; k++) sum += aligner.StartOf(k) + aligner.EndOf(k);
            aligner.Finish();
        });
        Assert.True(sum > 0);
        // two ints a character of the node (8 bytes a character, 5.6 MB here) before; a window of 4,096 now
        Assert.True(allocated < 64 * 1024, $"{allocated} bytes to align {text.Length} characters");
    }

    [Fact]
    public void Aligning_window_by_window_maps_every_character_where_the_page_has_it()
    {
        // References and surrogate pairs cross window boundaries at every offset modulo the window.
        var sb = new StringBuilder("<p>");
        var random = new Random(7);
        var pieces = new[] { "a", "b ", "&amp;", "&#x1F600;", "&eacute;", "\r\n", "<b>x</b>", "&NotEqualTilde;", "  ", "&lt" };
        while (sb.Length < 3 * Reading.TextAligner.WindowSize + 100) sb.Append(pieces[random.Next(pieces.Length)]);
        var html = sb.ToString();
        var document = HtmlReader.Read(html).Document;
        var map = document.SourceMap!;
        // Every copied run of the text is the page's own characters at the place the map gives.
        var copied = 0;
        for (var i = 0; i < document.Text.Length; i++)
        {
            var c = document.Text[i];
            if (c is '&' or ' ' or '\n' or '\r' or ';' || char.IsSurrogate(c) || c > 127) continue;
            var start = map.ToSourceStart(i);
            var length = map.ToSourceEnd(i + 1) - start;
            Assert.InRange(start, 0, html.Length - 1);
            if (length == 1)
            {
                Assert.Equal(c, html[start]);
                copied++;
            }
        }
        Assert.True(copied > 500, $"{copied} copied characters");
    }

    [Fact]
    public void Reading_a_wide_page_keeps_no_stack_entry_per_pending_node()
    {
        // Every child of a wide element was pushed before the first was read: 100,000 sibling paragraphs held 100,000
        // stack entries of 16 bytes, grown by doubling (and a 20-byte line each, copied once more into an array).
        var html = string.Concat(Enumerable.Repeat("<p>x</p>\n", 100_000));
        var ours = WalkAllocated(html);
        // About 370 bytes a paragraph now (its text range by element, its block, line, map segment and text); 535 before.
        Assert.True(ours < 450L * 100_000, $"{ours} bytes beyond the DOM for 100,000 paragraphs");
    }

    [Fact]
    public void The_content_tree_of_a_wide_page_keeps_no_stack_entry_per_pending_element()
    {
        var html = "<html><body><div>" + string.Concat(Enumerable.Repeat("<p>x</p>", 100_000)) + "</div></body></html>";
        var page = HtmlReader.Read(html);
        var body = page.Html.Body!;
        var allocated = Allocated(() => FlatTree.Build(page, body));
        Assert.Equal(100_002, FlatTree.Build(page, body).Count); // body, div and the paragraphs
        // The element list, parents and six per-element arrays: about 54 bytes an element now; a stack entry per pending
        // element (16 bytes, grown by doubling) made it about 96.
        Assert.True(allocated < 75L * 100_000, $"{allocated} bytes for 100,000 elements");
    }

    [Fact]
    public void The_element_index_and_subtree_walks_keep_no_stack_entry_per_pending_element()
    {
        var html = "<html><body><div>" + string.Concat(Enumerable.Repeat("<p>x</p>", 100_000)) + "</div></body></html>";
        var page = HtmlReader.Read(html);
        var indexed = Allocated(() => Assert.Equal(100_004, Locators.ElementIndex.Build(page.Html.DocumentElement).Elements.Length));
        // The list of elements (grown by doubling) and its array: about 24 bytes an element now; a stack entry per
        // pending element (8 bytes, grown by doubling) made it about 40.
        Assert.True(indexed < 30L * 100_000, $"{indexed} bytes to index 100,000 elements");

        var selector = Locators.CssSelectors.TryParse("blink", out _)!;
        var container = page.Html.Body!.FirstElementChild!;
        var visited = 0;
        var walked = Allocated(() => Locators.DomWalk.Matches(container, selector, includeRoot: false, _ => ++visited > 0));
        Assert.Equal(0, visited);
        // a frame per open element: a few hundred bytes; every child pushed first was 1.6 MB here
        Assert.True(walked < 16 * 1024, $"{walked} bytes to walk 100,000 children");
    }

    private static string Authors(int count)
    {
        var sb = new StringBuilder("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"author\":[");
        for (var i = 0; i < count; i++) sb.Append(i == 0 ? "" : ",").Append("{\"name\":\"Author ").Append(i).Append("\"}");
        return sb.Append("]}</script><p>Hello world.</p>").ToString();
    }

    [Fact]
    public void The_first_json_ld_value_is_found_without_making_the_others()
    {
        var page = HtmlReader.Read(Authors(100_000));
        var locator = new JsonLdLocator("author.name");
        Assert.Equal(100_000, locator.FindAll(page).Count); // reads the page's JSON-LD
        var allocated = Allocated(() => Assert.Equal("Author 0", locator.Find(page).Text));
        // 280 bytes now; every name listed and made into a string to keep the first was 16 MB
        Assert.True(allocated < 16 * 1024, $"{allocated} bytes for the first of 100,000 authors");
    }

    [Fact]
    public void Reading_json_ld_copies_neither_the_script_nor_its_arrays()
    {
        var html = Authors(100_000);
        var scriptLength = html.IndexOf("</script>", StringComparison.Ordinal);
        var page = HtmlReader.Read(html);
        var allocated = Allocated(() => Assert.Single(JsonLd.JsonLdData.Read(page).Articles));
        // The parsed document (UTF-8 bytes and System.Text.Json's index of them, both pooled sizes): about 5.3 bytes a
        // character now. The script's text was copied (4 bytes a character with its buffer) and the author array was
        // listed twice (16-byte elements, grown by doubling): 14 bytes a character in all.
        Assert.True(allocated < 8L * scriptLength, $"{allocated} bytes for a script of {scriptLength} characters");
    }
}
