using System;
using System.Linq;
using Xunit;

namespace ArticleModel.Tests.Documents;

/// <summary>
/// Issue 9 item 7: the builder the HTML and Markdown readers write through allocates little beyond the document text.
/// It made a string of every piece appended (a word, a collapsed space) before copying it into its text, and kept its
/// lines as 20-byte TextLines in a list, copied into an array the document kept beside its 8-byte line table.
/// </summary>
public class ArticleDocumentBuilderMemoryTests
{
    private const int Words = 100_000;

    private static readonly string Source = string.Concat(Enumerable.Repeat("Word ", Words));

    private static long Allocated(Func<ArticleDocument> build)
    {
        build(); // warm up
        var before = GC.GetAllocatedBytesForCurrentThread();
        var document = build();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        GC.KeepAlive(document);
        return allocated;
    }

    [Fact]
    public void Appending_word_by_word_makes_no_string_per_piece()
    {
        var allocated = Allocated(() =>
        {
            var builder = new ArticleDocumentBuilder(Source, "html");
            for (var i = 0; i < Words; i++)
            {
                builder.AppendSource(5 * i, 4);
                builder.Append(" ".AsSpan(), 5 * i + 4, 1);
            }
            return builder.Build();
        });
        // The text in the builder and as a string (4 bytes a character) and the merged source map: about 4 bytes a
        // character now; a string per word and per space made it about 15.
        Assert.True(allocated < 6L * Source.Length, $"{allocated} bytes for {Source.Length} characters");
    }

    [Fact]
    public void Lines_go_to_the_compact_table_only()
    {
        // A word on each line of the input, as a page of many short paragraphs reads.
        var source = Source.Replace(' ', '\n');
        var allocated = Allocated(() =>
        {
            var builder = new ArticleDocumentBuilder(source, "html");
            for (var i = 0; i < Words; i++)
            {
                builder.AppendSource(5 * i, 4);
                builder.EndLine();
            }
            return builder.Build();
        });
        // Per line: 5 characters of text twice (builder and string, 20 bytes), a map segment (16, in a list grown by
        // doubling, then copied), the input's line start (4, grown) and 8 bytes of table (grown): about 115 bytes now.
        // The list of 20-byte lines and the array copied from it (which the document kept) made it about 205.
        Assert.True(allocated < 150L * Words, $"{allocated} bytes for {Words} lines");
    }

    [Fact]
    public void A_built_document_has_the_lines_it_was_given()
    {
        var builder = new ArticleDocumentBuilder("ab cd\nef", "text");
        builder.AppendSource(0, 2);
        builder.EndLine();
        builder.AppendSource(3, 2);
        builder.EndBlock(BlockKind.Paragraph);
        builder.AppendSource(6, 2);
        var document = builder.Build();
        var lines = document.Lines.ToArray();
        Assert.Equal(3, document.LineCount);
        Assert.Equal(new[] { (0, 2, 1, 1, 0), (3, 2, 1, 4, 0), (7, 2, 2, 1, 1) }, lines.Select(l => (l.Start, l.Length, l.Number, l.Column, l.Block)));
        Assert.Equal("ab\ncd\n\nef\n\n", document.Text);
    }
}
