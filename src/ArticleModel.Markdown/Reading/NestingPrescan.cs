namespace ArticleModel.Markdown.Reading;

/// <summary>
/// A linear look at the lines before Markdig parses them: a line indented deeper than <see cref="MaxIndent"/>
/// columns, or opening more than <see cref="MarkdownReader.MaxNestingDepth"/> block quotes and list items
/// (<c>&gt; - 1. - …</c>), can only be nesting past the limit. Markdig finds that too, but only after work that grows with the indentation times the nesting (seconds
/// for a few megabytes of nested list items; 14 s for a line of 100,000 <c>- </c>), so such a file goes straight to the plain-text reading.
/// </summary>
internal static class NestingPrescan
{
    /// <summary>The deepest indentation read as Markdown, in columns (a tab counts 4): two columns per level of the nesting limit.</summary>
    public const int MaxIndent = 2 * MarkdownReader.MaxNestingDepth;

    /// <summary>Whether some line is indented or quoted past the limits.</summary>
    public static bool Exceeds(string source)
    {
        var i = 0;
        while (i < source.Length)
        {
            var columns = 0;
            var levels = 0;
            for (; i < source.Length; i++)
            {
                var c = source[i];
                if (c == ' ') columns++;
                else if (c == '\t') columns += 4;
                else if (c == '>') levels++;
                else if (c is '-' or '*' or '+' && IsBlank(source, i + 1)) levels++; // a bullet list item
                else if (c is >= '0' and <= '9' && OrderedMarkerEnd(source, i) is var end && end > i)
                {
                    levels++;
                    i = end;
                }
                else break;
                if (columns > MaxIndent || levels > MarkdownReader.MaxNestingDepth) return true;
            }
            while (i < source.Length && source[i] is not '\n' and not '\r') i++;
            i++;
        }
        return false;
    }

    private static bool IsBlank(string source, int i) => i < source.Length && source[i] is ' ' or '\t';

    // An ordered list marker at 'i' (1 to 9 digits, then '.' or ')' and a space): the index of its '.' or ')', else -1.
    private static int OrderedMarkerEnd(string source, int i)
    {
        var j = i;
        while (j < source.Length && j - i < 9 && source[j] is >= '0' and <= '9') j++;
        return j < source.Length && source[j] is '.' or ')' && IsBlank(source, j + 1) ? j : -1;
    }
}
