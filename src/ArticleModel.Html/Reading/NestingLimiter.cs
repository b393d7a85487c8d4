using System;

namespace ArticleModel.Html.Reading;

/// <summary>
/// Keeps the parser's open-element stack shallow. HTML tree construction checks element scopes by walking that stack,
/// so pages nested thousands of levels deep cost time quadratic in the depth (100,000 nested <c>div</c>s take minutes).
/// Browsers cap the depth (Blink at 512); this pre-pass does the same by blanking, with spaces, every start tag that
/// would open an element deeper than <see cref="MaxDepth"/>. Blanking keeps every offset of the page as it was, so
/// spans still point into the input. Linear, no recursion.
/// </summary>
internal static class NestingLimiter
{
    internal const int MaxDepth = 512;

    /// <summary>The page with start tags past <see cref="MaxDepth"/> blanked (the same string when none are); <paramref name="blanked"/> counts them.</summary>
    internal static string Limit(string html, out int blanked, out int firstBlanked)
    {
        blanked = 0;
        firstBlanked = -1;
        char[]? copy = null;
        var depth = 0;
        var i = html.IndexOf('<');
        while (i >= 0 && i < html.Length - 1)
        {
            var next = html[i + 1];
            int end;
            if (next == '!')
            {
                end = string.CompareOrdinal(html, i, "<!--", 0, 4) == 0 ? IndexOfOrEnd(html, "-->", i + 4) + 3 : IndexOfOrEnd(html, ">", i + 2) + 1;
            }
            else if (next == '/')
            {
                end = IndexOfOrEnd(html, ">", i + 2) + 1;
                if (IsLetter(html, i + 2) && depth > 0) depth--;
            }
            else if (IsAsciiLetter(next))
            {
                var nameEnd = i + 1;
                while (nameEnd < html.Length && !IsSpace(html[nameEnd]) && html[nameEnd] != '/' && html[nameEnd] != '>') nameEnd++;
                end = TagEnd(html, nameEnd);
                var name = html.Substring(i + 1, Math.Min(nameEnd - i - 1, 16)).ToLowerInvariant();
                var selfClosing = end - 2 > i && end <= html.Length && html[end - 2] == '/';
                if (HtmlElements.IsRawText(name))
                {
                    // Skip the raw text so its "<" are not read as tags.
                    end = HtmlElements.IndexOfEndTag(html, name, end);
                }
                else if (!HtmlElements.IsVoid(name) && !HtmlElements.ClosesItself(name) && !selfClosing)
                {
                    if (depth >= MaxDepth)
                    {
                        copy ??= html.ToCharArray();
                        for (var k = i; k < Math.Min(end, copy.Length); k++)
                        {
                            if (!IsSpace(copy[k])) copy[k] = ' ';
                        }
                        if (blanked++ == 0) firstBlanked = i;
                    }
                    else
                    {
                        depth++;
                    }
                }
            }
            else
            {
                end = i + 1;
            }
            if (end <= i) end = i + 1;
            if (end >= html.Length) break;
            i = html.IndexOf('<', end);
        }
        return copy is null ? html : new string(copy);
    }

    private static int TagEnd(string html, int from)
    {
        var i = from;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '>') return i + 1;
            if (c is '"' or '\'')
            {
                var close = html.IndexOf(c, i + 1);
                if (close < 0) return html.Length;
                i = close + 1;
                continue;
            }
            i++;
        }
        return html.Length;
    }


    private static int IndexOfOrEnd(string html, string value, int from)
    {
        if (from >= html.Length) return html.Length;
        var k = html.IndexOf(value, from, StringComparison.Ordinal);
        return k < 0 ? html.Length : k;
    }

    private static bool IsLetter(string s, int at) => at < s.Length && IsAsciiLetter(s[at]);

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    internal static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
