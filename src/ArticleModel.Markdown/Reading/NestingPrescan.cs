namespace ArticleModel.Markdown.Reading;

/// <summary>
/// A linear look at the lines before Markdig parses them: a line indented deeper than <see cref="MaxIndent"/>
/// columns, or opening more than <see cref="MarkdownReader.MaxNestingDepth"/> block quotes, can only be nesting past
/// the limit. Markdig finds that too, but only after work that grows with the indentation times the nesting (seconds
/// for a few megabytes of nested list items), so such a file goes straight to the plain-text reading.
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
            var quotes = 0;
            for (; i < source.Length; i++)
            {
                var c = source[i];
                if (c == ' ') columns++;
                else if (c == '\t') columns += 4;
                else if (c == '>') quotes++;
                else break;
                if (columns > MaxIndent || quotes > MarkdownReader.MaxNestingDepth) return true;
            }
            while (i < source.Length && source[i] is not '\n' and not '\r') i++;
            i++;
        }
        return false;
    }
}
