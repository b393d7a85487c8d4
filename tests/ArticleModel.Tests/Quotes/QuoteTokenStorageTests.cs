using System;
using System.Collections.Generic;
using System.Text;
using ArticleModel.Quotes;
using Xunit;

namespace ArticleModel.Tests.Quotes;

/// <summary>
/// The compact token storage of quote extraction (issue 9 item 7) gives exactly what the arrays it replaced gave:
/// <see cref="TokenList"/> (tokens re-tokenised per block on demand) against one plain tokenising pass, in any access
/// order; <see cref="TokenSet"/> (bits with per-word summaries) against the naive per-token answers.
/// </summary>
public class QuoteTokenStorageTests
{
    private static string LongParagraph(int words, int seed)
    {
        var random = new Random(seed);
        var vocabulary = new[] { "the", "Minister", "said", "\u201Cwe", "go,\u201D", "Jo", "Roe", "told", "Mr.", "a.", "'s", "\u2018no\u2019", "\"yes\"", "Smiths\u2019", "\u2014", "U.S.", "rock", "\u2019n\u2019" };
        var sb = new StringBuilder();
        for (var i = 0; i < words; i++) sb.Append(vocabulary[random.Next(vocabulary.Length)]).Append(random.Next(7) == 0 ? ". " : " ");
        return sb.ToString();
    }

    private static List<Token> PlainTokens(string s, List<QuotePiece> pieces)
    {
        var tokens = new List<Token>();
        var tokenizer = new QuoteTokenizer(s, pieces);
        while (tokenizer.Next(out var token)) tokens.Add(token);
        return tokens;
    }

    [Theory]
    [InlineData(10, 1)]
    [InlineData(3_000, 2)]
    [InlineData(40_000, 3)] // many more blocks than cache slots
    public void Token_list_gives_the_tokens_of_one_plain_pass_in_any_order(int words, int seed)
    {
        var s = LongParagraph(words, seed);
        var pieces = QuoteScanner.Scan(s);
        var expected = PlainTokens(s, pieces);
        var list = QuoteTokenizer.Tokenize(s, pieces);
        Assert.Equal(expected.Count, list.Count);
        var random = new Random(seed);
        // forwards, backwards, then jumps far apart: every block must come back the same after eviction
        for (var i = 0; i < expected.Count; i++) AssertSameToken(expected[i], list[i]);
        for (var i = expected.Count - 1; i >= 0; i--) AssertSameToken(expected[i], list[i]);
        for (var n = 0; n < 20_000; n++)
        {
            var i = random.Next(expected.Count);
            AssertSameToken(expected[i], list[i]);
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => list[-1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[expected.Count]);
        if (expected.Count > TokenList.BlockSize * TokenList.Slots) Assert.True(list.Reloads > 0);
    }

    [Fact]
    public void A_paragraph_of_one_block_is_tokenised_once()
    {
        var s = LongParagraph(300, 4);
        var list = QuoteTokenizer.Tokenize(s, QuoteScanner.Scan(s));
        for (var i = 0; i < list.Count; i++) _ = list[i];
        Assert.InRange(list.Count, 100, TokenList.BlockSize);
        Assert.Equal(0, list.Reloads);
    }

    /// <summary>Every field of two tokens equal (shared with the paragraph-reuse tests).</summary>
    internal static void AssertSameToken(Token expected, Token actual)
    {
        Assert.Equal(expected.Start, actual.Start);
        Assert.Equal(expected.End, actual.End);
        Assert.Equal(expected.Kind, actual.Kind);
        Assert.Equal(expected.Cap, actual.Cap);
        Assert.Equal(expected.Piece, actual.Piece);
    }

    [Theory]
    [InlineData(0, 0.5)]
    [InlineData(1, 0.5)]
    [InlineData(63, 0.1)]
    [InlineData(64, 0.0)]
    [InlineData(65, 1.0)]
    [InlineData(1_000, 0.01)]
    [InlineData(5_000, 0.3)]
    public void Token_set_answers_as_the_per_token_arrays_did(int size, double density)
    {
        var random = new Random(size);
        var member = new bool[size];
        var set = new TokenSet(size);
        for (var i = 0; i < size; i++)
        {
            member[i] = random.NextDouble() < density;
            set.KnownThrough = i;
            // while adding: every index up to the known one answers already
            if (i > 0 && random.Next(4) == 0) Assert.Equal(NaiveAtOrBefore(member, i - 1), set.AtOrBefore(i - 1));
            if (member[i]) set.Add(i);
        }
        set.Seal();
        var count = 0;
        for (var i = 0; i < size; i++)
        {
            Assert.Equal(count, set.CountBefore(i));
            if (member[i]) count++;
            Assert.Equal(NaiveAtOrBefore(member, i), set.AtOrBefore(i));
            var after = i + 1;
            while (after < size && !member[after]) after++;
            Assert.Equal(after, set.After(i));
        }
        Assert.Equal(count, set.CountBefore(size));
        Assert.Throws<IndexOutOfRangeException>(() => set.AtOrBefore(size));
        Assert.Throws<IndexOutOfRangeException>(() => set.CountBefore(size + 1));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Sentence_and_piece_indexes_are_the_same_as_arrays_and_as_bit_sets(int seed)
    {
        // the sentence pass reads sentence starts ahead of where it is (0 there, as an unfilled array reads): both
        // representations must give the same sentences, or quotes of long paragraphs would differ from short ones
        foreach (var words in new[] { 0, 1, 40, 250 })
        {
            var s = LongParagraph(words, seed);
            var pieces = QuoteScanner.Scan(s);
            var tokens = QuoteTokenizer.Tokenize(s, pieces);
            var arrays = new QuoteGrammar(s, tokens, pieces);
            var sets = new QuoteGrammar(s, tokens, pieces, bitSets: true);
            for (var i = 0; i < tokens.Count; i++)
            {
                Assert.Equal(arrays.SentStart[i], sets.SentStart[i]);
                Assert.Equal(arrays.SentEnd[i], sets.SentEnd[i]);
                Assert.Equal(arrays.PiecesBefore[i], sets.PiecesBefore[i]);
            }
            Assert.Equal(arrays.PiecesBefore[tokens.Count], sets.PiecesBefore[tokens.Count]);
        }
    }

    private static int NaiveAtOrBefore(bool[] member, int i)
    {
        while (i >= 0 && !member[i]) i--;
        return i;
    }
}
