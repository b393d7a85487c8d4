using System.Text;

namespace ArticleModel.Cli.Scaffold;

/// <summary>Writes text into a generated schema: string literals (<c>\"</c>, <c>\\</c>) and one-line comments.</summary>
internal static class SchemaStrings
{
    /// <summary>A schema string literal: quotes and backslashes escaped; line breaks (never in a selector we build) become spaces.</summary>
    public static string Literal(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\') sb.Append('\\').Append(c);
            else if (c is '\r' or '\n' or '\u2028' or '\u2029') sb.Append(' ');
            else sb.Append(c);
        }
        return sb.Append('"').ToString();
    }

    /// <summary>A value shown in a comment: one line, control characters as spaces, at most <paramref name="max"/> characters.</summary>
    public static string CommentValue(string value, int max = 90)
    {
        var sb = new StringBuilder(System.Math.Min(value.Length, max + 1));
        var lastSpace = false;
        foreach (var c in value)
        {
            var space = char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u2028' or '\u2029';
            if (space)
            {
                if (!lastSpace && sb.Length > 0) sb.Append(' ');
                lastSpace = true;
                continue;
            }
            lastSpace = false;
            if (sb.Length >= max)
            {
                sb.Append('…');
                break;
            }
            sb.Append(c);
        }
        return sb.ToString().TrimEnd();
    }
}
