using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using ArticleModel.CompilerServices;
using Xunit;

namespace ArticleModel.Tests.Results;

/// <summary>
/// A paragraph a parse reads from the document's lines builds its text when asked for (issue 9 item 7, issue 13 item
/// 1). Its text, equality and JSON must be exactly those of the paragraph made from the joined string, for every kind of
/// line (white-space runs, controls, surrogate pairs across the JSON writer's segments, lone surrogates), short and long;
/// and writing it must not build the string.
/// </summary>
public class LazyParagraphTests
{
    public static IEnumerable<object[]> Cases()
    {
        foreach (var kind in new[] { "prose", "white runs", "pairs", "lone surrogates", "escapes" })
        foreach (var size in new[] { 300, 20_000, 300_000 })
        foreach (var lineLength in new[] { 70, 1_000_000 })
            yield return new object[] { kind, size, lineLength };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_paragraph_read_from_lines_has_the_text_and_JSON_of_the_joined_string(string kind, int size, int lineLength)
    {
        var document = PlainTextReader.Read("Headline\n\n" + Make(kind, size, lineLength) + "\n\nLast paragraph.\n");
        var context = new ParseContext(document);
        var found = context.FromHits(context.FindBlocks(context.Whole));
        var lazy = context.Paragraphs(found);
        var eager = new Paragraph[lazy.Count];
        for (var i = 0; i < eager.Length; i++)
        {
            var hit = found[i].Hit;
            eager[i] = new Paragraph(TextNormalizer.Join(document, hit.First, hit.Last), context.Span(hit));
        }

        foreach (var indented in new[] { false, true })
        {
            Assert.Equal(Json(new ValueList<Paragraph>(eager), indented), Json(lazy, indented));
        }
        for (var i = 0; i < eager.Length; i++)
        {
            Assert.Equal(eager[i], lazy[i]);
            Assert.Equal(eager[i].Text, lazy[i].Text);
            Assert.Equal(eager[i].GetHashCode(), lazy[i].GetHashCode());
        }
    }

    /// <summary>
    /// The body is not a second copy of the document (issue 9 item 7: for 20 MB of random bytes the decoded text and the
    /// body's text were 38 MB each, both alive while quotes were extracted). Before, locating the paragraphs built
    /// their texts: 2 bytes a normalised character (1.6 per character of this document, measured on the previous main).
    /// </summary>
    [Theory]
    [InlineData(80)]
    [InlineData(1_000_000)]
    public void Locating_the_paragraphs_of_a_document_allocates_no_copy_of_their_text(int lineLength)
    {
        var document = PlainTextReader.Read("Headline\n\n" + Make("white runs", 2_000_000, lineLength) + "\n");
        Locate(document); // warm up

        var before = GC.GetAllocatedBytesForCurrentThread();
        var body = Locate(document);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(body.Count > 0);
        var perChar = (double)allocated / document.Text.Length;
        Assert.True(perChar < 0.25, $"locating the paragraphs allocated {perChar:F2} bytes per character of the document");
    }

    private static ValueList<Paragraph> Locate(ArticleDocument document)
    {
        var context = new ParseContext(document);
        var found = context.FromHits(context.FindBlocks(context.Region(1, context.LineCount)));
        context.Spans.Add("body", context.SpansOf(found));
        return context.Paragraphs(found);
    }

    [Fact]
    public void Writing_a_long_paragraph_as_JSON_does_not_build_its_text()
    {
        var document = PlainTextReader.Read("Headline\n\n" + Make("white runs", 2_000_000, 80, blankLines: false) + "\n");
        var context = new ParseContext(document);
        var body = context.Paragraphs(context.FromHits(context.FindBlocks(context.Region(1, context.LineCount))));
        Assert.Single(body);
        var output = new ArrayBufferWriter<byte>();
        Write(body, output); // warm up: JIT, the shared pool's buffers and the output's capacity
        output.ResetWrittenCount();

        var before = GC.GetAllocatedBytesForCurrentThread();
        Write(body, output);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // The text alone would be 2 bytes a character (about 3.3 MB).
        Assert.True(output.WrittenCount > 1_000_000);
        Assert.True(allocated < 100_000, $"writing allocated {allocated:N0} bytes");
    }

    [Fact]
    public void A_paragraph_whose_lines_a_drop_separated_has_the_joined_text_of_the_lines_left()
    {
        var document = PlainTextReader.Read("Headline\n\nfirst  line\nDROP ME\nthird\tline\n");
        var context = new ParseContext(document);
        context.Drop(new Hit(2, 2));
        context.ApplyDrops();
        var body = context.Paragraphs(context.FromHits(context.FindBlocks(context.Region(1, context.LineCount))));
        Assert.Equal("first line third line", Assert.Single(body).Text);
    }

    private static void Write(ValueList<Paragraph> paragraphs, IBufferWriter<byte> output)
    {
        using var writer = new Utf8JsonWriter(output, ResultJson.WriterOptions(indented: false));
        writer.WriteStartObject();
        JsonFieldWriter.WriteParagraphs(writer, "body", paragraphs);
        writer.WriteEndObject();
    }

    private static byte[] Json(ValueList<Paragraph> paragraphs, bool indented)
    {
        var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ResultJson.WriterOptions(indented)))
        {
            writer.WriteStartObject();
            JsonFieldWriter.WriteParagraphs(writer, "body", paragraphs);
            JsonFieldWriter.WriteParagraph(writer, "first", paragraphs.Count > 0 ? paragraphs[0] : null);
            writer.WriteEndObject();
        }
        return stream.ToArray();
    }

    // `size` characters in lines of `lineLength`, with a blank line (a paragraph break) after about one line in 40.
    private static string Make(string kind, int size, int lineLength, bool blankLines = true)
    {
        var random = new Random(size ^ lineLength ^ kind.Length);
        var sb = new StringBuilder(size + 64);
        var column = 0;
        while (sb.Length < size)
        {
            if (column >= lineLength)
            {
                sb.Append(blankLines && random.Next(40) == 0 ? "\n\n" : "\n");
                column = 0;
                continue;
            }
            var before = sb.Length;
            switch (kind)
            {
                case "prose":
                    sb.Append(random.Next(6) == 0 ? ' ' : (char)random.Next('a', 'z' + 1));
                    break;
                case "white runs":
                    sb.Append(random.Next(8) switch { 0 => " \t ", 1 => "\u00A0", 2 => "\u2003\u3000", 3 => "\u0001", _ => "w" });
                    break;
                case "pairs":
                    sb.Append(random.Next(3) == 0 ? "\U0001F600" : random.Next(5) == 0 ? " " : "a");
                    break;
                case "lone surrogates":
                    sb.Append(random.Next(20) switch { 0 => '\uD800', 1 => '\uDC00', 2 => ' ', _ => 'b' });
                    break;
                default:
                    sb.Append(random.Next(8) switch { 0 => '"', 1 => '\\', 2 => '<', 3 => '&', 4 => '\u2028', 5 => ' ', _ => 'e' });
                    break;
            }
            column += sb.Length - before;
        }
        return sb.ToString();
    }
}
