namespace ArticleModel.Markdown.Reading;

/// <summary>
/// A linear look for paragraphs that would make Markdig take time that grows with their square: Markdig reads the link
/// reference definitions at the start of a paragraph one at a time and copies the paragraph's remaining lines after
/// each, so its time grows with the definitions times the paragraph's lines (25,000 one-line definitions in a row:
/// 8 s; 100,000: minutes). Such a file is read as plain text instead.
/// </summary>
internal static class ReferenceDefinitionPrescan
{
    /// <summary>
    /// The largest product of definitions and lines in one paragraph read as Markdown (about 2,000 definitions in a
    /// row, some 50 ms of Markdig's time; a real reference list has a few hundred at most).
    /// </summary>
    public const long MaxCost = 4_000_000;

    /// <summary>
    /// The largest sum, over paragraphs that start with a definition, of the blocks before each, read as Markdown:
    /// Markdig removes such a paragraph from its parent by searching the parent's blocks from the first, so
    /// definitions each in a paragraph of their own cost the square of their number too (100,000: 10 s; 50,000: 2.2 s).
    /// About 14,000 such paragraphs in a row, some 0.2 s of Markdig's time.
    /// </summary>
    public const long MaxScatteredCost = 100_000_000;

    /// <summary>The longest link label Markdig accepts (CommonMark: 999 characters).</summary>
    private const int MaxLabelLength = 999;

    /// <summary>
    /// Whether some paragraph's lines, counted from its start, times the definitions among them pass <see cref="MaxCost"/>,
    /// or the paragraphs starting with a definition, each charged the paragraphs before it, pass <see cref="MaxScatteredCost"/>.
    /// </summary>
    /// <remarks>
    /// A paragraph is a run of lines without a blank one (block-quote marks and indentation are skipped, so a quoted
    /// paragraph counts too); a line starting with <c>[</c> whose label ends in <c>]:</c> or goes on to the next line
    /// counts as a definition. Counting lines after the definitions too over-estimates, never under-estimates.
    /// </remarks>
    public static bool Exceeds(string source)
    {
        long definitions = 0;
        long lines = 0;
        long paragraphs = 0;
        long scattered = 0;
        var i = 0;
        while (i < source.Length)
        {
            var start = i;
            while (start < source.Length && source[start] is ' ' or '\t' or '>') start++;
            var end = start;
            while (end < source.Length && source[end] is not '\n' and not '\r') end++;
            if (end == start)
            {
                definitions = 0;
                lines = 0;
            }
            else
            {
                lines++;
                var isDefinition = source[start] == '[' && StartsDefinition(source, start + 1, end);
                if (lines == 1)
                {
                    if (isDefinition) scattered += paragraphs;
                    paragraphs++;
                }
                if (isDefinition) definitions++;
                if (definitions * lines > MaxCost || scattered > MaxScatteredCost) return true;
            }
            i = end < source.Length - 1 && source[end] == '\r' && source[end + 1] == '\n' ? end + 2 : end + 1;
        }
        return false;
    }

    // After the '[': a label (no unescaped '[') that ends in "]:" on this line, or runs on to the next line.
    private static bool StartsDefinition(string source, int i, int lineEnd)
    {
        var limit = i + MaxLabelLength + 1;
        for (; i < lineEnd && i <= limit; i++)
        {
            switch (source[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    return false;
                case ']':
                    return i + 1 < lineEnd && source[i + 1] == ':';
            }
        }
        return i >= lineEnd;
    }
}
