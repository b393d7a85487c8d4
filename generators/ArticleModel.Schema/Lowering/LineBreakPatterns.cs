using System.Text;

namespace ArticleModel.Schema.Lowering;

/// <summary>
/// Rewrites a schema pattern so that it sees every kind of line break alike (issue 8 item 3): input text keeps its
/// own breaks (LF, CRLF, CR or a mix) so that spans point into the original, and the pattern is made to accept all of
/// them instead. Done once, in the plan, so both back ends run the same rewritten pattern.
/// </summary>
/// <remarks>
/// Outside a character class <c>\n</c> becomes <c>(?:\r\n?|\n)</c> and <c>.</c> becomes <c>[^\n\r]</c> (a dot never
/// crosses a line, whatever the break); with the <c>m</c> flag <c>$</c> becomes <c>\r?$</c> (the end of a line ends
/// before its CR too). Inside a class, <c>\n</c> gains <c>\r</c> (<c>[^\n]</c> → <c>[^\n\r]</c>). No rewrite adds a
/// lookaround, so a pattern keeps its engine (non-backtracking stays non-backtracking) and its group numbers.
/// Not covered: <c>^</c> and <c>$</c> with the <c>m</c> flag at a CR-only break (they would need a lookaround).
/// </remarks>
internal static class LineBreakPatterns
{
    public static string Rewrite(string pattern, bool multiline)
    {
        if (pattern.IndexOf('.') < 0 && pattern.IndexOf("\\n", System.StringComparison.Ordinal) < 0 && !(multiline && pattern.IndexOf('$') >= 0))
            return pattern;
        var sb = new StringBuilder(pattern.Length + 16);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var next = pattern[i + 1];
                i++;
                if (next == 'n') sb.Append(inClass ? "\\n\\r" : "(?:\\r\\n?|\\n)");
                else sb.Append(c).Append(next);
                continue;
            }
            if (inClass)
            {
                // ']' right after '[' or '[^' is a literal member, not the end of the class.
                if (c == ']' && !ClassJustOpened(pattern, i)) inClass = false;
                sb.Append(c);
                continue;
            }
            switch (c)
            {
                case '[':
                    inClass = true;
                    sb.Append(c);
                    break;
                case '.':
                    sb.Append("[^\\n\\r]");
                    break;
                case '$' when multiline:
                    sb.Append("\\r?$");
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    private static bool ClassJustOpened(string pattern, int i) =>
        (i >= 1 && pattern[i - 1] == '[' && !IsEscaped(pattern, i - 1)) ||
        (i >= 2 && pattern[i - 1] == '^' && pattern[i - 2] == '[' && !IsEscaped(pattern, i - 2));

    private static bool IsEscaped(string pattern, int i)
    {
        var backslashes = 0;
        for (var j = i - 1; j >= 0 && pattern[j] == '\\'; j--) backslashes++;
        return backslashes % 2 == 1;
    }
}
