using System;
using System.Linq;
using System.Text;
using Xunit;

namespace ArticleModel.Html.Tests;

/// <summary>
/// Hostile and degenerate pages each end with a document and diagnostics: no exception, no stack overflow, memory in
/// proportion to the input (a coarse bound through the allocation counter; no timing).
/// </summary>
public class RobustnessTests
{
    private static void AssertSpansInsideInput(ArticleDocument d)
    {
        foreach (var line in d.Lines.ToArray())
        {
            var span = d.GetSpan(line.Start, line.Length);
            Assert.InRange(span.Start, 0, d.Input.Length);
            Assert.InRange(span.End, span.Start, d.Input.Length);
        }
    }

    private static (HtmlArticleDocument Document, long Allocated) Measure(byte[] page)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var d = HtmlReader.Read(page);
        return (d, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void An_empty_page_gives_an_empty_document_with_a_diagnostic()
    {
        foreach (var d in new[] { HtmlReader.Read(Array.Empty<byte>()), HtmlReader.Read(""), HtmlReader.Read((string)null!), HtmlReader.Read("<html><head><title>x</title></head><body> </body></html>") })
        {
            Assert.Equal(0, d.Document.LineCount);
            Assert.Contains(d.Diagnostics, x => x.Id == DiagnosticIds.EmptyInput);
        }
    }

    [Fact]
    public void Deeply_nested_markup_is_cut_at_512_levels_and_keeps_its_text()
    {
        foreach (var tag in new[] { "div", "b", "blockquote", "span", "a" })
        {
            var page = string.Concat(Enumerable.Repeat($"<{tag}>", 100_000)) + "deep text";
            var d = HtmlReader.Read(page);
            Assert.Equal("deep text", d.Document.GetText(d.Document.Lines[0]).ToString());
            var diagnostic = Assert.Single(d.Diagnostics, x => x.Id == DiagnosticIds.HtmlNestingTooDeep);
            Assert.Equal(512 * (tag.Length + 2), diagnostic.Span.Start);
            var span = d.Document.GetSpan(d.Document.Lines[0].Start, d.Document.Lines[0].Length);
            Assert.Equal("deep text", page.Substring(span.Start, span.Length));
        }
    }

    [Theory]
    [InlineData("<ul><li>")]
    [InlineData("<table><tr><td>")]
    [InlineData("<select><option>")]
    [InlineData("<ol><li><p>")]
    public void Start_tags_cut_at_the_depth_limit_keep_text_alignment_linear(string level)
    {
        // Past the limit the blanked tags become white-space text nodes; each was aligned against the unblanked page,
        // found no white space there and scanned to the page's end: 10,000 levels took 30-45 s (quadratic).
        var page = "<html><body>" + string.Concat(Enumerable.Repeat(level, 3_000)) + "deep text</body></html>";
        var before = Reading.TextAligner.StepsOnThisThread;
        var d = HtmlReader.Read(page);
        var steps = Reading.TextAligner.StepsOnThisThread - before;
        Assert.Contains(d.Document.Lines.ToArray(), l => d.Document.GetText(l).ToString() == "deep text");
        AssertSpansInsideInput(d.Document);
        // Linear: a bounded number of steps per character of the page (about 0.5 now; over 300 before).
        Assert.True(steps <= page.Length, $"aligning the text of a {page.Length}-character page took {steps} steps");
    }

    [Fact]
    public void Text_the_page_does_not_hold_is_given_up_after_a_bounded_scan()
    {
        // Text nodes that cannot be found in the source each scanned to the page's end before they were given up.
        var aligner = new Reading.TextAligner(string.Concat(Enumerable.Repeat("<i></i>", 200_000)) + "end");
        var before = Reading.TextAligner.StepsOnThisThread;
        for (var k = 0; k < 100; k++)
        {
            aligner.Begin("missing", 0);
            Assert.Equal(0, aligner.StartOf(0));
            Assert.Equal(0, aligner.Finish());
        }
        var steps = Reading.TextAligner.StepsOnThisThread - before;
        Assert.True(steps <= 100L * (Reading.TextAligner.MaxSkipsWithoutMatch + 2), $"{steps} steps");
    }

    [Fact]
    public void Nesting_within_the_limit_is_untouched()
    {
        var page = string.Concat(Enumerable.Repeat("<div>", 500)) + "x" + string.Concat(Enumerable.Repeat("</div>", 500)) +
                   string.Concat(Enumerable.Repeat("<p>para", 2000));
        var d = HtmlReader.Read(page);
        Assert.DoesNotContain(d.Diagnostics, x => x.Id == DiagnosticIds.HtmlNestingTooDeep);
        Assert.Equal(2001, d.Document.LineCount);
    }

    [Fact]
    public void Broken_markup_still_reads()
    {
        const string page = "<p>One <b>two <i>three</b> four</i><p>Five <table>loose<tr><td>cell</table></div></span>&bogus; &#xZZ; &# end<p attr=\"unclosed>six";
        var d = HtmlReader.Read(page);
        Assert.True(d.Document.LineCount >= 3);
        Assert.Contains(d.Document.Lines.ToArray(), l => d.Document.GetText(l).ToString() == "One two three four");
        AssertSpansInsideInput(d.Document);
    }

    [Fact]
    public void Broken_json_ld_is_not_text_and_the_script_stays_reachable()
    {
        const string page = "<head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script></head><body><p>Body</p></body>";
        var d = HtmlReader.Read(page);
        Assert.Equal(new[] { "Body" }, d.Document.Lines.ToArray().Select(l => d.Document.GetText(l).ToString()));
        var script = d.Html.QuerySelector("script[type='application/ld+json']")!;
        Assert.StartsWith("{\"@type\"", script.TextContent);
        Assert.Equal(page.IndexOf("<script"), d.GetSpan(script).Start);
    }

    [Fact]
    public void A_page_of_one_huge_text_node_reads_in_proportion()
    {
        var text = new StringBuilder();
        while (text.Length < 8_000_000) text.Append("word &amp; another word ");
        var page = Encoding.UTF8.GetBytes("<p>" + text + "</p>");
        var (d, allocated) = Measure(page);
        Assert.Equal(1, d.Document.LineCount);
        Assert.True(allocated < 40L * page.Length, $"allocated {allocated} bytes for a {page.Length}-byte page");
        var line = d.Document.Lines[0];
        var span = d.Document.GetSpan(line.Start, line.Length);
        Assert.Equal(page.Length - 8, span.Length); // "<p>", "</p>" and the trailing space
    }

    [Fact]
    public void A_50_MB_page_reads_with_memory_in_proportion_to_its_size()
    {
        var paragraph = Encoding.UTF8.GetBytes("<div class=\"story\"><p>The council <a href=\"/x\">postponed</a> the vote &mdash; again.</p><br><span>caf\u00e9</span></div>\n");
        var page = new byte[50 * 1024 * 1024];
        for (var at = 0; at < page.Length; at += paragraph.Length)
        {
            Array.Copy(paragraph, 0, page, at, Math.Min(paragraph.Length, page.Length - at));
        }
        var (d, allocated) = Measure(page);
        Assert.True(d.Document.LineCount > 500_000);
        Assert.True(allocated < 60L * page.Length, $"allocated {allocated} bytes for a {page.Length}-byte page");
        var last = d.Document.Lines[d.Document.LineCount - 1];
        var span = d.Document.GetSpan(last.Start, last.Length);
        Assert.InRange(span.End, 0, d.Document.Input.Length);
    }

    [Fact]
    public void Odd_bytes_and_encodings_never_throw()
    {
        var random = new Random(11);
        foreach (var label in new[] { null, "utf-8", "utf-16", "utf-16be", "shift_jis", "iso-2022-jp", "x-user-defined", "gb18030", "koi8-r", "bogus", "" })
        {
            for (var n = 0; n < 20; n++)
            {
                var bytes = new byte[random.Next(0, 300)];
                random.NextBytes(bytes);
                var d = HtmlReader.Read(bytes, null, label);
                AssertSpansInsideInput(d.Document);
            }
        }
    }

    [Fact]
    public void A_failing_stream_gives_an_unreadable_input_error()
    {
        var d = HtmlReader.Read(new FailingStream());
        Assert.Contains(d.Diagnostics, x => x.Id == DiagnosticIds.UnreadableInput && x.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_stream_reads_like_its_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes("<meta charset=utf-8><p>Stream &amp; bytes</p>");
        var fromStream = HtmlReader.Read(new System.IO.MemoryStream(bytes));
        Assert.Equal(HtmlReader.Read(bytes).Document.Text, fromStream.Document.Text);
    }

    private sealed class FailingStream : System.IO.Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => 0; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new System.IO.IOException("disk on fire");
        public override long Seek(long offset, System.IO.SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
