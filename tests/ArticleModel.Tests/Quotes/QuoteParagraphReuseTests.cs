using System;
using System.Collections.Generic;
using System.Text;
using ArticleModel.Quotes;
using Xunit;

namespace ArticleModel.Tests.Quotes;

/// <summary>
/// Issue 13 item 2: a quote session keeps one token list, one grammar and one offset mapper and resets them for each
/// paragraph instead of making new ones. These tests pin that a reset object answers exactly as a new one would, after
/// paragraphs of every kind (longer, shorter, one token block, several, empty), and that a parse no longer allocates
/// them paragraph after paragraph.
/// </summary>
public class QuoteParagraphReuseTests
{
    private const string Quoted =
        "\u201CWe will not wait,\u201D Mayor Jo Roe said on Monday. \u201CThe bridge is closed.\u201D She told reporters \u201Cnothing\u201D had changed. ";

    /// <summary>Paragraphs in an order where each leaves something behind for the next: more blocks, fewer, none.</summary>
    private static IEnumerable<string> Paragraphs()
    {
        var long3 = new StringBuilder();
        while (long3.Length < 3 * TokenList.BlockSize * 6) long3.Append(Quoted);
        var long2 = new StringBuilder("Acme Corp. said in a statement. ");
        while (long2.Length < 2 * TokenList.BlockSize * 6) long2.Append("\u201CNo,\u201D said Ann Lee. Never again. ");
        yield return long3.ToString();
        yield return "Okafor was blunt. \u201CIt is dead,\u201D he said.";
        yield return long2.ToString();
        yield return long3.ToString();
        yield return "";
        yield return "the plan was \u201Cbold\u201D and the vote was close";
        yield return long2.ToString();
        yield return "Quiet.";
    }

    [Fact]
    public void A_reset_token_list_and_grammar_answer_as_new_ones()
    {
        var buffers = new ParagraphBuffers();
        foreach (var text in Paragraphs())
        {
            var pieces = QuoteScanner.Scan(text, QuoteMarks.All, buffers.Pieces);
            var tokens = buffers.Tokenize(text, pieces);
            var reused = buffers.GrammarFor(text, tokens, pieces);
            reused.Steps += 5_000; // as a finished paragraph leaves it

            pieces = QuoteScanner.Scan(text, QuoteMarks.All, buffers.Pieces);
            Assert.Same(tokens, buffers.Tokenize(text, pieces));
            Assert.Same(reused, buffers.GrammarFor(text, tokens, pieces));
            Assert.Equal(0, tokens.Reloads);

            var freshPieces = QuoteScanner.Scan(text, QuoteMarks.All);
            var freshTokens = QuoteTokenizer.Tokenize(text, freshPieces);
            var fresh = new QuoteGrammar(text, freshTokens, freshPieces);
            // the work counted starts again from what the sentence scan did
            Assert.Equal(fresh.Steps, reused.Steps);

            Assert.Equal(freshTokens.Count, tokens.Count);
            // backwards as well as forwards: blocks are reloaded out of order in a long paragraph
            for (var i = 0; i < fresh.Count; i++) QuoteTokenStorageTests.AssertSameToken(freshTokens[i], tokens[i]);
            for (var i = fresh.Count - 1; i >= 0; i -= 97) QuoteTokenStorageTests.AssertSameToken(freshTokens[i], tokens[i]);
            for (var i = 0; i < fresh.Count; i++)
            {
                Assert.Equal(fresh.SentStart[i], reused.SentStart[i]);
                Assert.Equal(fresh.SentEnd[i], reused.SentEnd[i]);
                Assert.Equal(fresh.PiecesBefore[i], reused.PiecesBefore[i]);
                Assert.Equal(fresh.StartsRegion(i), reused.StartsRegion(i));
            }
            Assert.Equal(fresh.PiecesBefore[fresh.Count], reused.PiecesBefore[reused.Count]);
            Assert.Throws<ArgumentOutOfRangeException>(() => tokens[tokens.Count]);
            if (fresh.Count > 0)
            {
                Assert.Equal(fresh.ParseSubject(0).Name, reused.ParseSubject(0).Name);
                Assert.Equal(fresh.Text(0, fresh.Count - 1), reused.Text(0, reused.Count - 1));
            }
        }
    }

    [Fact]
    public void A_reset_offset_mapper_maps_as_a_new_one()
    {
        // Runs of spaces and line breaks: the paragraphs' texts are not the document's characters, so the mapper walks.
        var document = PlainTextReader.Read("Headline\n\nOne  two\nthree   four five.\n\nSix   seven\neight  nine ten eleven twelve.\n");
        var paragraphs = QuoteExtractor.ParagraphsOf(document);
        Assert.Equal(3, paragraphs.Count);
        var buffers = new ParagraphBuffers();
        var first = buffers.TextOf(paragraphs[1]);
        var mapper = buffers.MapperFor(document, paragraphs[1], first);
        Assert.Equal(document.Text.IndexOf("two", StringComparison.Ordinal), mapper.Map(4));

        // a later offset in the next paragraph than the one mapped last: the walk starts again at that paragraph
        var second = buffers.TextOf(paragraphs[2]);
        Assert.Same(mapper, buffers.MapperFor(document, paragraphs[2], second));
        var fresh = new OffsetMapper(document, paragraphs[2], new ParagraphBuffers().TextOf(paragraphs[2]));
        foreach (var offset in new[] { 12, 15, 3, second.Length })
            Assert.Equal(fresh.Map(offset), mapper.Map(offset));
        Assert.Equal(document.Text.IndexOf("eight", StringComparison.Ordinal), mapper.Map(second.ToString().IndexOf("eight", StringComparison.Ordinal)));
    }

    [Fact]
    public void Extracting_quotes_allocates_no_working_objects_per_paragraph()
    {
        // Paragraphs with a quote mark but no speech (a scare quote), no names and no noun phrase: nothing of theirs is
        // kept or built, so what a parse allocates per paragraph is its working storage.
        var sb = new StringBuilder("Council news\n\n");
        const int paragraphs = 4_000;
        for (var p = 0; p < paragraphs; p++) sb.Append("we were \u201Cbold\u201D and close, they thought\n\n");
        var document = PlainTextReader.Read(sb.ToString());
        var list = QuoteExtractor.ParagraphsOf(document);
        QuoteExtractor.Extract(document, list); // warm up: lexicons and first-call allocations

        var before = GC.GetAllocatedBytesForCurrentThread();
        var quotes = QuoteExtractor.Extract(document, list);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Empty(quotes);
        // a new token list (with its resume-point arrays), grammar and offset mapper per paragraph were 465 bytes a
        // paragraph here (checked on the old code); reused, a parse allocates them once
        Assert.True(allocated < 32L * paragraphs, $"{allocated:N0} bytes allocated for {paragraphs:N0} paragraphs");
    }
}
