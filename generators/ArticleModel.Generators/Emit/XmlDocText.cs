using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ArticleModel.Generators.Emit;

/// <summary>
/// The one way schema text reaches a <c>///</c> documentation comment. Text is split into lines at every line
/// terminator C# knows (CR, LF, CR LF, U+0085, U+2028, U+2029), so each piece gets its own <c>///</c> prefix and none
/// can become code; XML specials are entity-escaped; characters XML 1.0 forbids (C0 controls, lone surrogates,
/// U+FFFE/U+FFFF) become U+FFFD; every other non-ASCII character (bidi controls included) is written as a character
/// reference <c>&amp;#xH;</c>, which keeps the comment valid XML (no CS1570) and the file pure ASCII.
/// </summary>
internal static class XmlDocText
{
    /// <summary>Escapes text for one line of XML documentation; line terminators become spaces.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); continue;
                case '<': sb.Append("&lt;"); continue;
                case '>': sb.Append("&gt;"); continue;
                case '\t': sb.Append(' '); continue;
            }
            if (c >= ' ' && c <= '~')
            {
                sb.Append(c);
                continue;
            }
            if (IsLineTerminator(c))
            {
                sb.Append(' ');
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                AppendReference(sb, char.ConvertToUtf32(c, text[i + 1]));
                i++;
                continue;
            }
            if (c < ' ' || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
            {
                AppendReference(sb, 0xFFFD);
                continue;
            }
            AppendReference(sb, c);
        }
        return sb.ToString();
    }

    /// <summary>The lines of <paramref name="text"/>, split at every C# line terminator, each escaped.</summary>
    public static IEnumerable<string> Lines(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsLineTerminator(c)) continue;
            yield return Escape(text.Substring(start, i - start));
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        yield return Escape(text.Substring(start));
    }

    /// <summary>Whether C# ends a line (and so a <c>//</c> comment) at <paramref name="c"/>.</summary>
    public static bool IsLineTerminator(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    private static void AppendReference(StringBuilder sb, int codePoint) =>
        sb.Append("&#x").Append(codePoint.ToString("X", CultureInfo.InvariantCulture)).Append(';');
}
