using System;
using System.Collections.Generic;
using System.Linq;
using ArticleModel.CompilerServices;
using Xunit;

namespace ArticleModel.Tests.Documents;

/// <summary>
/// The compact line table (issue 9 item 7: 8 bytes a line instead of 20) must give back exactly the lines it was built
/// from, whatever their numbers, columns and blocks (a reader may make any), and the parse view's block walks over it
/// must find the blocks the line-by-line comparison of blocks found, with or without dropped lines.
/// </summary>
public class LineTableTests
{
    private static TextLine[] RandomLines(Random random, int count)
    {
        var lines = new TextLine[count];
        int start = 0, number = 1, block = 0;
        for (var i = 0; i < count; i++)
        {
            // Mostly plain-text-like (consecutive numbers within a block, column 1), sometimes anything.
            var r = random.Next(10);
            if (r == 0) block++;
            else if (r == 1) block = random.Next(5);           // blocks out of order, as no reader makes them
            if (r == 0 || r == 2) number += random.Next(1, 4);  // blank lines skipped
            var column = random.Next(4) == 0 ? random.Next(2, 9) : 1;
            var length = random.Next(1, 30);
            lines[i] = new TextLine(start + column - 1, length, number, column, block);
            start += column - 1 + length + 1;
            number++;
        }
        return lines;
    }

    [Fact]
    public void A_table_gives_back_exactly_the_lines_it_was_built_from()
    {
        var random = new Random(5);
        foreach (var count in new[] { 0, 1, 2, 3, 17, 1000 })
        {
            var lines = RandomLines(random, count);
            var table = LineTable.From(lines, count);
            Assert.Equal(count, table.Count);
            for (var i = 0; i < count; i++)
            {
                Assert.Equal(lines[i], table[i]);
                Assert.Equal((lines[i].Start, lines[i].Length, lines[i].End, lines[i].Number, lines[i].Column, lines[i].Block),
                    (table.Start(i), table.Length(i), table.End(i), table.Number(i), table.Column(i), table.Block(i)));
            }
            Assert.Equal(lines, table.ToArray());
        }
    }

    [Fact]
    public void A_read_document_has_the_lines_its_text_has()
    {
        var text = "  One\r\ntwo  \n\n\n\tthree\rfour\n \n five";
        var document = PlainTextReader.Read(text);
        var expected = new[]
        {
            new TextLine(2, 3, 1, 3, 0), new TextLine(7, 3, 2, 1, 0),
            new TextLine(16, 5, 5, 2, 1), new TextLine(22, 4, 6, 1, 1),
            new TextLine(30, 4, 8, 2, 2),
        };
        Assert.Equal(expected, document.Lines.ToArray());
        Assert.Equal(3, document.BlockCount);
        Assert.Equal(new[] { (0, 2), (2, 2), (4, 1) }, document.Blocks.Select(b => (b.FirstLine, b.LineCount)));
    }

    [Fact]
    public void Block_walks_over_the_view_find_what_comparing_each_line_finds()
    {
        var random = new Random(8);
        for (var round = 0; round < 200; round++)
        {
            var count = random.Next(1, 60);
            var lines = RandomLines(random, count);
            var table = LineTable.From(lines, count);
            var kept = Enumerable.Range(0, count).Where(_ => round % 2 == 0 || random.Next(3) != 0).ToArray();
            if (kept.Length == 0) continue;
            var view = kept.Length == count && round % 4 == 0 ? new LineView(table) : new LineView(table, kept);
            var blocks = kept.Select(k => lines[k].Block).ToArray();
            for (var line = 0; line < kept.Length; line++)
            {
                var limit = random.Next(line + 1, kept.Length + 1);
                var end = line + 1;
                while (end < limit && blocks[end] == blocks[line]) end++;
                Assert.Equal(end, view.BlockEnd(line, limit));

                var low = random.Next(0, line + 1);
                var start = line;
                while (start > low && blocks[start - 1] == blocks[line]) start--;
                Assert.Equal(start, view.BlockStart(line, low));
            }
        }
    }
}
