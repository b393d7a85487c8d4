using System.Linq;
using System.Text;
using Xunit;

namespace ArticleModel.Markdown.Tests;

public class MarkdownReaderTests
{
    private const string Story =
        "---\n" +
        "title: Ferry Service Returns to Gull Island\n" +
        "author:\n" +
        "  name: Ines Maalouf\n" +
        "tags: [transport, \"gull island\"]\n" +
        "---\n" +
        "# Ferry Service Returns to Gull Island\n" +
        "\n" +
        "Crews *restored* the **morning** run on [Monday](https://example.test/m) &amp; more.\n" +
        "\n" +
        "Second Part\n" +
        "-----------\n" +
        "\n" +
        "> The pier is safe again.\n" +
        "> > Nested remark.\n" +
        "\n" +
        "- first item\n" +
        "  - inner item\n" +
        "\n" +
        "```\n" +
        "code line\n" +
        "```\n";

    private static (BlockKind Kind, int Level, string Text)[] Blocks(ArticleDocument doc) =>
        doc.Blocks.Select(b => (b.Kind, b.Level, string.Join("|", Enumerable.Range(b.FirstLine, b.LineCount).Select(i => doc.GetText(doc.Lines[i]).ToString())))).ToArray();

    [Fact]
    public void Blocks_carry_their_kind_level_and_rendered_text()
    {
        var doc = MarkdownReader.Read(Story).Document;
        Assert.Equal("markdown", doc.Format);
        Assert.Equal(new[]
        {
            (BlockKind.FrontMatter, 0, "title: Ferry Service Returns to Gull Island|author:|name: Ines Maalouf|tags: [transport, \"gull island\"]"),
            (BlockKind.Heading, 1, "Ferry Service Returns to Gull Island"),
            (BlockKind.Paragraph, 0, "Crews restored the morning run on Monday & more."),
            (BlockKind.Heading, 2, "Second Part"),
            (BlockKind.BlockQuote, 1, "The pier is safe again."),
            (BlockKind.BlockQuote, 2, "Nested remark."),
            (BlockKind.ListItem, 1, "first item"),
            (BlockKind.ListItem, 2, "inner item"),
            (BlockKind.Preformatted, 0, "code line"),
        }, Blocks(doc));
        Assert.Empty(doc.Diagnostics);
    }

    [Fact]
    public void Spans_point_into_the_original_file()
    {
        var doc = MarkdownReader.Read(Story).Document;
        foreach (var line in doc.Lines.ToArray())
        {
            var span = doc.GetSpan(line.Start, line.Length);
            var text = doc.GetText(line).ToString();
            // The first word of every line is where the span starts, on the line and column the span says.
            var firstWord = text.Split(' ')[0];
            Assert.StartsWith(firstWord, Story.Substring(span.Start));
            var physical = Story.Split('\n')[span.Line - 1];
            Assert.Equal(firstWord, physical.Substring(span.Column - 1, firstWord.Length));
        }
        // Emphasis and links map inside the line: "morning" is at its place between the asterisks.
        var paragraph = doc.Lines[doc.Blocks[2].FirstLine];
        var at = doc.GetText(paragraph).ToString().IndexOf("morning");
        var morning = doc.GetSpan(paragraph.Start + at, "morning".Length);
        Assert.Equal("morning", Story.Substring(morning.Start, morning.Length));
    }

    [Fact]
    public void A_crlf_file_reads_like_the_lf_file_with_spans_into_itself()
    {
        var crlf = Story.Replace("\n", "\r\n");
        var lf = MarkdownReader.Read(Story).Document;
        var doc = MarkdownReader.Read(crlf).Document;
        Assert.Equal(Blocks(lf), Blocks(doc));
        for (var i = 0; i < doc.LineCount; i++)
        {
            var a = lf.GetSpan(lf.Lines[i].Start, lf.Lines[i].Length);
            var b = doc.GetSpan(doc.Lines[i].Start, doc.Lines[i].Length);
            Assert.Equal((a.Line, a.Column), (b.Line, b.Column));
            Assert.Equal(Story.Substring(a.Start, a.Length), crlf.Substring(b.Start, b.Length));
        }
    }

    [Fact]
    public void Soft_breaks_read_as_spaces_and_hard_breaks_end_the_line()
    {
        var doc = MarkdownReader.Read("One line\nwraps here.  \nAfter a hard break\\\nand another.\n").Document;
        Assert.Equal(new[] { "One line wraps here.", "After a hard break", "and another." }, doc.Lines.ToArray().Select(l => doc.GetText(l).ToString()));
        Assert.Single(doc.Blocks);
    }

    [Fact]
    public void Markup_that_is_not_text_is_left_out()
    {
        var doc = MarkdownReader.Read("A ![map of the pier](pier.png) view, `code span`, <span>raw</span> and \\*escaped\\*.\n\n<div>\nblock html\n</div>\n\n***\n").Document;
        // Values are white-space-normalised (the image leaves two spaces in the line's text).
        Assert.Equal(new[] { "A view, code span, raw and *escaped*." }, doc.Lines.ToArray().Select(l => TextNormalizer.Normalize(doc.GetText(l))));
    }

    [Fact]
    public void Front_matter_keys_nest_with_dots_and_lists_give_every_item()
    {
        const string md =
            "---\n" +
            "# a comment\n" +
            "title: \"Tolls: a \\\"fair\\\" deal\"\n" +
            "dek: 'It''s back'\n" +
            "date: 2026-03-04 # published\n" +
            "empty: ~\n" +
            "author:\n" +
            "  name: Ines Maalouf\n" +
            "  handle: ines_m\n" +
            "tags:\n" +
            "- transport\n" +
            "- ferries\n" +
            "authors:\n" +
            "  - name: A. One\n" +
            "    role: editor\n" +
            "  - name: B. Two\n" +
            "summary: >\n" +
            "  Folded text\n" +
            "  over lines.\n" +
            "wrapped: plain text\n" +
            "  continued\n" +
            "---\n" +
            "Body.\n";
        var file = MarkdownReader.Read(md);
        var fm = file.FrontMatter;
        string[] Values(string key) => fm.GetValues(key).Select(v => v.Text).ToArray();
        Assert.Equal(new[] { "Tolls: a \"fair\" deal" }, Values("title"));
        Assert.Equal(new[] { "It's back" }, Values("dek"));
        Assert.Equal(new[] { "2026-03-04" }, Values("date"));
        Assert.Empty(Values("empty"));
        Assert.Equal(new[] { "Ines Maalouf" }, Values("author.name"));
        Assert.Equal(new[] { "ines_m" }, Values("author.handle"));
        Assert.Equal(new[] { "transport", "ferries" }, Values("tags"));
        Assert.Equal(new[] { "A. One", "B. Two" }, Values("authors.name"));
        Assert.Equal(new[] { "editor" }, Values("authors.role"));
        Assert.Equal(new[] { "Folded text over lines." }, Values("summary"));
        Assert.Equal(new[] { "plain text continued" }, Values("wrapped"));
        Assert.Empty(Values("Title")); // keys are case-sensitive
        Assert.Empty(file.Document.Diagnostics);
        // Spans: a value's place in the file, quotes included.
        var title = fm.GetValues("title")[0];
        Assert.Equal("\"Tolls: a \\\"fair\\\" deal\"", md.Substring(title.SourceStart, title.SourceLength));
        var name = file.GetSpan(fm.GetValues("author.name")[0]);
        Assert.Equal((8, 9), (name.Line, name.Column));
    }

    [Fact]
    public void An_unreadable_front_matter_line_is_skipped_with_one_warning()
    {
        var file = MarkdownReader.Read("---\ntitle: Kept\nthis is not yaml\n{also: not}\ndate: 2026-01-02\n---\nBody\n");
        Assert.Equal(new[] { "Kept" }, file.FrontMatter.GetValues("title").Select(v => v.Text));
        Assert.Equal(new[] { "2026-01-02" }, file.FrontMatter.GetValues("date").Select(v => v.Text));
        var d = Assert.Single(file.Document.Diagnostics);
        Assert.Equal(DiagnosticIds.MarkdownFrontMatterUnreadable, d.Id);
        Assert.Equal((3, 1), (d.Span.Line, d.Span.Column));
        Assert.Contains("2 lines", d.Message);
    }

    [Fact]
    public void A_file_without_front_matter_has_none_and_a_rule_is_not_front_matter()
    {
        var file = MarkdownReader.Read("Intro\n\n---\n\ntitle: not front matter\n");
        Assert.Empty(file.FrontMatter.Keys);
        Assert.DoesNotContain(file.Document.Blocks, b => b.Kind == BlockKind.FrontMatter);
    }

    [Fact]
    public void Bytes_are_decoded_with_the_plain_text_readers_rules()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("# Café\n\nText\n")).ToArray();
        var doc = MarkdownReader.Read(bytes).Document;
        Assert.Equal("Café", doc.GetText(doc.Lines[0]).ToString());
        var invalid = MarkdownReader.Read(new byte[] { (byte)'#', (byte)' ', 0xFF, (byte)'\n' }).Document;
        Assert.Equal(DiagnosticIds.InvalidUtf8, Assert.Single(invalid.Diagnostics).Id);
        var empty = MarkdownReader.Read("").Document;
        Assert.Equal(DiagnosticIds.EmptyInput, Assert.Single(empty.Diagnostics).Id);
    }

    [Fact]
    public void Only_documents_this_reader_made_have_a_markdown_side()
    {
        var file = MarkdownReader.Read("# A\n");
        Assert.Same(file, MarkdownArticleDocument.Of(file.Document));
        Assert.Null(MarkdownArticleDocument.Of(PlainTextReader.Read("# A\n")));
    }
}
