using System.Linq;
using ArticleModel.CompilerServices;
using Xunit;

namespace ArticleModel.Tests.Extraction;

/// <summary>
/// The shortcuts of the structure path (issue 13 item 1): one literal search over a region instead of one per block,
/// block ends read from the line table's runs, the blocks and spans of a list given back instead of recomputed. Each
/// is checked against what the block-by-block way gives.
/// </summary>
public class StructurePathTests
{
    private static ParseContext Context(string text) => new(PlainTextReader.Read(text));

    [Fact]
    public void FindMatch_finds_the_literal_in_a_later_block_after_candidates_the_pattern_rejects()
    {
        // "follow" occurs in blocks 2 and 4; the pattern needs "follow me" at the end, which only block 4 has.
        var context = Context("Title\n\nNo mark here.\n\nWe follow up\nlater.\n\nStill nothing.\n\nPlease follow me\n");
        var regex = SchemaRegex.Create("follow me$", false, false, needsBacktracking: false);
        var hit = context.FindMatch(regex, "follow", false, context.Whole, "f", out var match);
        Assert.True(hit.Found);
        Assert.Equal(5, hit.First);
        Assert.Equal("follow me", match!.Value);
        Assert.Single(context.FindMatches(regex, "follow", false, context.Whole, "f"));
    }

    [Fact]
    public void FindMatch_with_a_literal_looks_only_inside_the_region()
    {
        // "end start" is in block 0 (before the region) and block 3 (after the shorter region's end).
        var context = Context("end start\n\nthe end\n\nstart again\n\nend start here\n");
        var regex = SchemaRegex.Create("end start", false, false, needsBacktracking: false);
        var hit = context.FindMatch(regex, "end start", false, context.Region(1, context.LineCount), "f", out _);
        Assert.Equal(3, hit.First);
        var none = context.FindMatch(regex, "end start", false, context.Region(1, 3), "f", out _);
        Assert.False(none.Found);
    }

    [Fact]
    public void FindMatch_with_a_literal_skips_dropped_lines_that_hold_it()
    {
        var context = Context("Title\n\nJoin the discussion\n\nA paragraph.\n\njoin THE Discussion!\n");
        // Drop the first occurrence's block: its text stays in the document between the kept lines.
        context.Drop(new Hit(1, 1));
        context.ApplyDrops();
        var regex = SchemaRegex.Create("^Join the Discussion!?$", true, false, needsBacktracking: false);
        var hit = context.FindMatch(regex, "Join the Discussion", true, context.Whole, "f", out var match);
        Assert.True(hit.Found);
        Assert.Equal(2, hit.First);
        Assert.Equal("join THE Discussion!", match!.Value);
    }

    [Fact]
    public void Block_bounds_are_the_same_with_and_without_drops()
    {
        const string text = "A\nB\n\nC\n  D\nE\n\nF\n\n\nG\nH\n";
        var whole = Context(text);
        var dropped = Context(text);
        dropped.Drop(new Hit(2, 2)); // "C": the block C D E keeps D E
        dropped.ApplyDrops();
        Assert.Equal(new[] { (0, 1), (2, 4), (5, 5), (6, 7) }, whole.FindBlocks(whole.Whole).Select(h => (h.First, h.Last)));
        Assert.Equal(new[] { (0, 1), (2, 3), (4, 4), (5, 6) }, dropped.FindBlocks(dropped.Whole).Select(h => (h.First, h.Last)));
        // A region that starts or ends inside a block cuts it there.
        Assert.Equal(new[] { (3, 4), (5, 5), (6, 6) }, whole.FindBlocks(whole.Region(3, 7)).Select(h => (h.First, h.Last)));
        Assert.Equal((3, 4), Bounds(whole.FindBlock(1, whole.Region(3, 7), null, "f")));
        Assert.Equal((6, 6), Bounds(whole.FindBlock(-1, whole.Region(3, 7), null, "f")));
        Assert.Equal((3, 4), Bounds(whole.FindBlock(-3, whole.Region(3, 7), null, "f")));
    }

    [Fact]
    public void A_lists_blocks_and_spans_are_those_of_its_found_texts()
    {
        var context = Context("Title\n\nOne\nwrapped.\n\n  Two.\n\nThree.\n");
        var blocks = context.FindBlocks(context.Region(1, context.LineCount));
        var found = context.FromHits(blocks);
        var hits = ParseContext.HitsOf(found);
        Assert.Equal(found.Select(x => (x.Hit.First, x.Hit.Last)), hits.Select(h => (h.First, h.Last)));
        var spans = context.SpansOf(found);
        var paragraphs = context.Paragraphs(found);
        Assert.Equal(found.Select(context.Span), spans);
        Assert.Equal(spans, paragraphs.Select(p => p.Span));
        Assert.Equal(new[] { "One wrapped.", "Two.", "Three." }, paragraphs.Select(p => p.Text));
        Assert.Equal(6, spans[1].Line);
        Assert.Equal(3, spans[1].Column);
    }

    [Fact]
    public void A_record_matchs_text_is_the_normalised_match()
    {
        var context = Context("Title\n\nJane  Roe is\nthe editor.\n");
        var regex = SchemaRegex.Create(@"^(?<name>\w+\s+\w+) is\s+the (?<role>\w+)\.$", false, false, needsBacktracking: false);
        var found = context.FromRecordMatch(context.FindMatch(regex, null, false, context.Whole, "f", out var match), match);
        Assert.True(found.Found);
        Assert.Equal("Jane Roe is the editor.", found.Text);
        Assert.False(context.FromRecordMatch(default, null).Found);
    }

    [Fact]
    public void A_literal_walk_looks_at_no_block_after_the_literals_last_occurrence()
    {
        // 2,000 blocks, the literal in none of them: one search answers for the whole region.
        var text = "Title\n\n" + string.Concat(Enumerable.Repeat("Nothing to see.\n\n", 2000)) + "Last.\n";
        var context = Context(text);
        var regex = SchemaRegex.Create("follow me$", false, false, needsBacktracking: false);
        Assert.False(context.FindMatch(regex, "follow", false, context.Whole, "f", out _).Found);
        Assert.Empty(context.FindMatches(regex, "follow", false, context.Whole, "f"));
        Assert.True(context.LiteralWalkSteps <= 2, $"{context.LiteralWalkSteps} blocks looked at");
        // The literal in the last block only: the walk goes from the first block straight to it.
        var late = Context(text + "\nPlease follow me\n");
        var hit = late.FindMatch(regex, "follow", false, late.Whole, "f", out _);
        Assert.Equal(late.LineCount - 1, hit.First);
        Assert.True(late.LiteralWalkSteps <= 2, $"{late.LiteralWalkSteps} blocks looked at");
    }

    [Fact]
    public void A_literal_walk_finds_what_a_block_by_block_walk_finds()
    {
        // Random texts of short lines over a small alphabet, so the literal occurs inside blocks, across line breaks and
        // blank lines, in dropped lines and outside the region; without the literal every block is matched on its own.
        var random = new System.Random(13);
        const string alphabet = "ab  c\n";
        for (var round = 0; round < 3000; round++)
        {
            var chars = new char[random.Next(1, 120)];
            for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            var ignoreCase = random.Next(2) == 0;
            if (ignoreCase) text = text.Replace('a', random.Next(2) == 0 ? 'A' : 'a');
            var context = Context(text);
            if (context.LineCount > 2 && random.Next(2) == 0)
            {
                var first = random.Next(context.LineCount);
                context.Drop(new Hit(first, System.Math.Min(context.LineCount - 1, first + random.Next(2))));
                context.ApplyDrops();
            }
            var start = random.Next(context.LineCount + 1);
            var region = context.Region(start, start + random.Next(context.LineCount + 1));
            var regex = SchemaRegex.Create(random.Next(2) == 0 ? "a b" : "a b\\w*$", ignoreCase, false, needsBacktracking: false);
            var expected = context.FindMatch(regex, null, ignoreCase, region, "f", out var expectedMatch);
            var actual = context.FindMatch(regex, "a b", ignoreCase, region, "f", out var actualMatch);
            Assert.Equal(Bounds(expected), Bounds(actual));
            Assert.Equal(expectedMatch?.Index, actualMatch?.Index);
            Assert.Equal(
                context.FindMatches(regex, null, ignoreCase, region, "f").Select(m => (Bounds(m.Hit), m.Match.Index)),
                context.FindMatches(regex, "a b", ignoreCase, region, "f").Select(m => (Bounds(m.Hit), m.Match.Index)));
        }
    }

    [Fact]
    public void Blocks_walked_in_order_are_the_blocks_found_one_by_one()
    {
        var random = new System.Random(17);
        for (var round = 0; round < 2000; round++)
        {
            var lines = new string[random.Next(1, 30)];
            for (var i = 0; i < lines.Length; i++) lines[i] = random.Next(3) == 0 ? "" : new string('x', random.Next(1, 4));
            var context = Context(string.Join("\n", lines));
            var start = random.Next(context.LineCount + 1);
            var region = context.Region(start, start + random.Next(context.LineCount + 1));
            var blocks = context.FindBlocks(region);
            // Block n found on its own, counted from the start and from the end, is the n-th of the walk.
            for (var n = 1; n <= blocks.Length; n++)
            {
                Assert.Equal(Bounds(blocks[n - 1]), Bounds(context.FindBlock(n, region, null, "f")));
                Assert.Equal(Bounds(blocks[blocks.Length - n]), Bounds(context.FindBlock(-n, region, null, "f")));
            }
            Assert.False(context.FindBlock(blocks.Length + 1, region, null, "f").Found);
        }
    }

    [Fact]
    public void A_lists_found_texts_cost_at_most_48_bytes_a_block()
    {
        var context = Context("Title\n\n" + string.Concat(Enumerable.Repeat("A paragraph.\n\n", 1000)));
        var blocks = context.FindBlocks(context.Region(1, context.LineCount));
        context.FromHits(blocks); // warm-up: nothing of the measured call is first-use work
        var before = System.GC.GetAllocatedBytesForCurrentThread();
        var found = context.FromHits(blocks);
        var allocated = System.GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(1000, found.Length);
        // One array of found texts (its header and 1,000 items), nothing per block.
        Assert.True(allocated <= 48 * 1000 + 64, $"{allocated} bytes for 1,000 blocks");
    }

    private static (int, int) Bounds(Hit hit) => (hit.First, hit.Last);
}
