using System.Globalization;
using System.Text;

namespace ArticleModel.Generators.Emit;

/// <summary>
/// The one way schema text reaches generated C# outside documentation comments: string literals, <c>//</c> comment
/// text and identifiers. Everything a schema can contain (names, patterns, file paths) goes through here, so nothing
/// can end a literal or a comment early. C# ends a line at CR, LF, U+0085, U+2028 and U+2029; all of them, every
/// other control or format character (bidi overrides included), every surrogate and every non-ASCII character are
/// written as <c>\uXXXX</c>, which keeps the generated files pure printable ASCII and the same on every host.
/// </summary>
internal static class CSharpLiterals
{
    /// <summary>A C# regular string literal, quotes included, whose value is exactly <paramref name="value"/>.</summary>
    public static string String(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\0': sb.Append("\\0"); break;
                default:
                    if (IsPrintableAscii(c)) sb.Append(c);
                    else AppendUnicodeEscape(sb, c);
                    break;
            }
        }
        sb.Append('"');
        return sb.ToString();
    }

    /// <summary>A string literal, or <c>null</c>.</summary>
    public static string StringOrNull(string? value) => value is null ? "null" : String(value);

    /// <summary>
    /// Text for the rest of a <c>//</c> comment line: printable ASCII stays, everything else (line terminators
    /// included) is shown as <c>\uXXXX</c>, so the comment cannot end before the line does.
    /// </summary>
    public static string CommentText(string text)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsPrintableAscii(c))
            {
                sb?.Append(c);
                continue;
            }
            if (sb is null)
            {
                sb = new StringBuilder(text.Length + 16);
                sb.Append(text, 0, i);
            }
            AppendUnicodeEscape(sb, c);
        }
        return sb?.ToString() ?? text;
    }

    /// <summary>
    /// A C# identifier for a name the binder has already checked (ASCII letters, digits and '_', not starting with a
    /// digit): a reserved keyword gets the verbatim prefix <c>@</c>; anything else that is not a plain identifier is a
    /// bug upstream and is made safe rather than emitted raw.
    /// </summary>
    public static string Identifier(string name)
    {
        if (name.Length == 0) return "_";
        var sb = new StringBuilder(name.Length + 1);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && c >= '0' && c <= '9');
            sb.Append(ok ? c : '_');
        }
        var s = sb.ToString();
        return ArticleModel.Schema.GeneratedNames.IsCSharpKeyword(s) ? "@" + s : s;
    }

    /// <summary>A dotted name (namespace) with each part made an identifier.</summary>
    public static string QualifiedName(string dotted)
    {
        var parts = dotted.Split('.');
        for (var i = 0; i < parts.Length; i++) parts[i] = Identifier(parts[i]);
        return string.Join(".", parts);
    }

    private static bool IsPrintableAscii(char c) => c >= ' ' && c <= '~';

    private static void AppendUnicodeEscape(StringBuilder sb, char c) =>
        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
}
