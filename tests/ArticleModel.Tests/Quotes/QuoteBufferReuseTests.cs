using System;
using System.Linq;
using ArticleModel.Quotes;
using Xunit;

namespace ArticleModel.Tests.Quotes;

/// <summary>
/// The working storage a quote session reuses from paragraph to paragraph (issue 13 item 2) gives what fresh storage
/// gives: nothing an earlier, longer paragraph left behind shows through, and reads past the paragraph still fail.
/// </summary>
public class QuoteBufferReuseTests
{
    private const string Earlier =
        "\u201CWe will not wait,\u201D Mayor Jo Roe said on Monday. \u201CThe bridge is closed.\u201D She told reporters \u201Cnothing\u201D had changed. " +
        "Acme Corp. said in a statement that it would \u201Creview\u201D the plan. \u201CNo,\u201D said Ann Lee. \u201CNever.\u201D The end. Or is it? " +
        "\u201COne more,\u201D he added, \u201Cand then we go.\u201D";

    private const string Later = "Okafor was blunt. \u201CIt is dead,\u201D he said.";

    [Fact]
    public void A_reused_grammar_gives_the_answers_of_a_fresh_one()
    {
        var buffers = new ParagraphBuffers();
        var earlierPieces = QuoteScanner.Scan(Earlier, QuoteMarks.All, buffers.Pieces);
        var earlier = new QuoteGrammar(Earlier, QuoteTokenizer.Tokenize(Earlier, earlierPieces, buffers.TokenSlots), earlierPieces, buffers: buffers);
        Assert.True(earlier.Count > 40);

        var freshPieces = QuoteScanner.Scan(Later, QuoteMarks.All);
        var fresh = new QuoteGrammar(Later, QuoteTokenizer.Tokenize(Later, freshPieces), freshPieces);
        var reusedPieces = QuoteScanner.Scan(Later, QuoteMarks.All, buffers.Pieces);
        var reused = new QuoteGrammar(Later, QuoteTokenizer.Tokenize(Later, reusedPieces, buffers.TokenSlots), reusedPieces, buffers: buffers);

        Assert.Equal(freshPieces.Select(p => (p.OpenMark, p.CloseMark, p.Single)), reusedPieces.Select(p => (p.OpenMark, p.CloseMark, p.Single)));
        Assert.Equal(fresh.Count, reused.Count);
        for (var i = 0; i < fresh.Count; i++)
        {
            Assert.Equal(fresh.SentStart[i], reused.SentStart[i]);
            Assert.Equal(fresh.SentEnd[i], reused.SentEnd[i]);
            Assert.Equal(fresh.PiecesBefore[i], reused.PiecesBefore[i]);
        }
        Assert.Equal(fresh.PiecesBefore[fresh.Count], reused.PiecesBefore[reused.Count]);
        // The arrays are longer than this paragraph now: a read past it fails as it does on arrays of its own.
        Assert.Throws<IndexOutOfRangeException>(() => reused.SentStart[reused.Count]);
        Assert.Throws<IndexOutOfRangeException>(() => reused.SentEnd[reused.Count]);
        Assert.Throws<IndexOutOfRangeException>(() => reused.PiecesBefore[reused.Count + 1]);
        Assert.Throws<IndexOutOfRangeException>(() => fresh.SentStart[fresh.Count]);
    }

    [Fact]
    public void An_empty_paragraph_after_a_long_one_has_no_sentences()
    {
        var buffers = new ParagraphBuffers();
        var pieces = QuoteScanner.Scan(Earlier, QuoteMarks.All, buffers.Pieces);
        _ = new QuoteGrammar(Earlier, QuoteTokenizer.Tokenize(Earlier, pieces, buffers.TokenSlots), pieces, buffers: buffers);
        pieces = QuoteScanner.Scan("", QuoteMarks.All, buffers.Pieces);
        var empty = new QuoteGrammar("", QuoteTokenizer.Tokenize("", pieces, buffers.TokenSlots), pieces, buffers: buffers);
        Assert.Empty(pieces);
        Assert.Equal(0, empty.Count);
        Assert.Equal(0, empty.PiecesBefore[0]);
        Assert.Throws<IndexOutOfRangeException>(() => empty.SentStart[0]);
    }

    [Fact]
    public void The_quick_rejection_of_a_lexicon_keeps_every_word()
    {
        // first characters inside and outside ASCII, one that folds (’ to '), lengths from 1 to the longest kept
        var words = new[] { "a", "Said", "\u00E9cole", "\u2019tis", "x-ray", "U.S.", "\u0130stanbul", new string('w', 40) };
        var lexicon = new Lexicon(words);
        foreach (var w in words)
        {
            Assert.True(lexicon.Contains(w.AsSpan()), w);
            Assert.True(lexicon.Contains(w.ToUpperInvariant().AsSpan()), w.ToUpperInvariant());
        }
        Assert.True(lexicon.Contains("'TIS".AsSpan()));
        Assert.True(lexicon.Contains("\u00C9COLE".AsSpan()));
        foreach (var miss in new[] { "b", "Sail", "said2", "\u00E9cola", "tis", "x-rays", new string('w', 39), new string('w', 41), "" })
            Assert.False(lexicon.Contains(miss.AsSpan()), miss);
    }
}
