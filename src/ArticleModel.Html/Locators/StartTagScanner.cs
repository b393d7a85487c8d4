using System;

namespace ArticleModel.Html.Locators;

/// <summary>
/// Finds where an attribute's value is written in an element's start tag, so attribute and meta values get spans into
/// the page. AngleSharp records only where an element starts; this reads the tag from there, the way the HTML
/// tokenizer does (names up to white space, '/', '=' or '&gt;'; values quoted or not), and stops at the tag's end.
/// Linear in the tag's length.
/// </summary>
internal static class StartTagScanner
{
    /// <summary>The range [start, end) of <paramref name="attribute"/>'s value in the tag starting at <paramref name="tagStart"/>; false when it is not written there.</summary>
    internal static bool TryFindValue(string page, int tagStart, string attribute, out int start, out int end)
    {
        start = end = 0;
        if (tagStart < 0 || tagStart >= page.Length || page[tagStart] != '<') return false;
        var i = tagStart + 1;
        while (i < page.Length && !IsSpace(page[i]) && page[i] != '>' && page[i] != '/') i++; // tag name
        while (i < page.Length)
        {
            while (i < page.Length && (IsSpace(page[i]) || page[i] == '/')) i++;
            if (i >= page.Length || page[i] == '>') return false;
            var nameStart = i;
            i++; // a name may start with '='
            while (i < page.Length && !IsSpace(page[i]) && page[i] != '/' && page[i] != '>' && page[i] != '=') i++;
            var nameEnd = i;
            while (i < page.Length && IsSpace(page[i])) i++;
            int valueStart = -1, valueEnd = -1;
            if (i < page.Length && page[i] == '=')
            {
                i++;
                while (i < page.Length && IsSpace(page[i])) i++;
                if (i < page.Length && (page[i] == '"' || page[i] == '\''))
                {
                    var quote = page[i];
                    valueStart = i + 1;
                    var close = page.IndexOf(quote, valueStart);
                    valueEnd = close < 0 ? page.Length : close;
                    i = close < 0 ? page.Length : close + 1;
                }
                else
                {
                    valueStart = i;
                    while (i < page.Length && !IsSpace(page[i]) && page[i] != '>') i++;
                    valueEnd = i;
                }
            }
            if (valueStart >= 0 && nameEnd - nameStart == attribute.Length &&
                string.Compare(page, nameStart, attribute, 0, attribute.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                start = valueStart;
                end = valueEnd;
                return true;
            }
        }
        return false;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
