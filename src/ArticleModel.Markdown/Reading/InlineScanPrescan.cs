namespace ArticleModel.Markdown.Reading;

/// <summary>
/// A linear estimate of how far Markdig's inline parser scans ahead from openers it cannot close: from each
/// <c>&lt;?</c>, <c>&lt;!X</c>, <c>&lt;![CDATA[</c>, <c>&lt;!--</c> or tag start it looks for the end of that
/// construct, and from each <c>](</c> for the end of the link's destination, up to the end of the paragraph. Many
/// unclosed openers in one paragraph make that quadratic (<c>[a](b(</c> × 20,000, 120 KB: 7.6 s; <c>x &lt;!X </c>
/// × 20,000: 4.1 s; 100,000 <c>[a](</c>: over 2 minutes). Such a file is read as plain text instead.
/// </summary>
/// <remarks>
/// Each opener is charged the distance to its construct's terminator (<c>&gt;</c>, <c>?&gt;</c>, <c>]]&gt;</c>,
/// <c>--&gt;</c>; white space for a link destination) or to the paragraph's end (a blank line), whichever comes first.
/// Openers that close nearby (ordinary inline HTML, links, HTML blocks) cost about their own length, so a real file
/// stays far below the limit. Pending openers are kept as a count and a sum of start positions per kind: constant memory.
/// </remarks>
internal static class InlineScanPrescan
{
    /// <summary>Characters of scanning allowed for a whole file: a fixed part (about half a second of Markdig's time) plus this many per character.</summary>
    public const long FixedAllowance = 100_000_000;

    /// <summary>Characters of scanning allowed per character of the file, beyond <see cref="FixedAllowance"/>.</summary>
    public const long AllowancePerCharacter = 16;

    private const int TagOrDeclaration = 0, Instruction = 1, CData = 2, Comment = 3, Destination = 4, Kinds = 5;

    /// <summary>Whether the estimated scanning passes the allowance.</summary>
    public static bool Exceeds(string source)
    {
        var limit = FixedAllowance + AllowancePerCharacter * source.Length;
        var counts = new long[Kinds];
        var starts = new long[Kinds];
        long cost = 0;
        var lineHasText = false;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            switch (c)
            {
                case '\n' when i > 0 && source[i - 1] == '\r':
                    break; // the second half of a CRLF
                case '\n':
                case '\r':
                    cost += Close(counts, starts, Destination, i);
                    if (!lineHasText)
                    {
                        // A blank line ends the paragraph: every opener still open has scanned to here.
                        for (var k = 0; k < Kinds; k++) cost += Close(counts, starts, k, i);
                    }
                    lineHasText = false;
                    break;
                case ' ':
                case '\t':
                    cost += Close(counts, starts, Destination, i);
                    break;
                case '<':
                    lineHasText = true;
                    if (i + 1 < source.Length)
                    {
                        var next = source[i + 1];
                        var kind = next == '?' ? Instruction
                            : next == '!' ? (At(source, i + 2, "[CDATA[") ? CData : At(source, i + 2, "--") ? Comment : TagOrDeclaration)
                            : next == '/' || char.IsLetter(next) ? TagOrDeclaration
                            : -1;
                        if (kind >= 0)
                        {
                            counts[kind]++;
                            starts[kind] += i;
                        }
                    }
                    break;
                case '>':
                    // Before any text on its line, a block-quote mark: not text (a line of marks is a blank line inside
                    // the quote) and not a terminator (Markdig strips the marks before it reads inlines).
                    if (!lineHasText) break;
                    cost += Close(counts, starts, TagOrDeclaration, i);
                    if (i >= 1 && source[i - 1] == '?') cost += Close(counts, starts, Instruction, i);
                    if (i >= 2 && source[i - 1] == ']' && source[i - 2] == ']') cost += Close(counts, starts, CData, i);
                    if (i >= 2 && source[i - 1] == '-' && source[i - 2] == '-') cost += Close(counts, starts, Comment, i);
                    break;
                case '(':
                    lineHasText = true;
                    if (i >= 1 && source[i - 1] == ']')
                    {
                        counts[Destination]++;
                        starts[Destination] += i;
                    }
                    break;
                default:
                    lineHasText = true;
                    break;
            }
            if (cost > limit) return true;
        }
        for (var k = 0; k < Kinds; k++) cost += Close(counts, starts, k, source.Length);
        return cost > limit;
    }

    // Every pending opener of one kind ends at 'position': the sum of their distances to it.
    private static long Close(long[] counts, long[] starts, int kind, int position)
    {
        var n = counts[kind];
        if (n == 0) return 0;
        var cost = n * position - starts[kind];
        counts[kind] = 0;
        starts[kind] = 0;
        return cost;
    }

    private static bool At(string source, int index, string text) =>
        index <= source.Length - text.Length && string.CompareOrdinal(source, index, text, 0, text.Length) == 0;
}
