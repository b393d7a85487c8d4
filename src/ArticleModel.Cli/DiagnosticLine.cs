using System.Text;

namespace ArticleModel.Cli;

/// <summary>
/// Makes a diagnostic one line of stderr, whatever is in it. File names may hold line breaks and control characters
/// (and system messages quote them): written raw, a name such as <c>"x\nfake.txt(1,1): error AM9999: …"</c> would forge
/// diagnostic lines. Line breaks, other controls, U+2028 and U+2029 become <c>\uXXXX</c>; tab stays.
/// </summary>
internal static class DiagnosticLine
{
    public static string Escape(string line)
    {
        var i = 0;
        while (i < line.Length && !NeedsEscape(line[i])) i++;
        if (i == line.Length) return line;
        var sb = new StringBuilder(line.Length + 16).Append(line, 0, i);
        for (; i < line.Length; i++)
        {
            var c = line[i];
            if (NeedsEscape(c)) sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool NeedsEscape(char c) =>
        (c < ' ' && c != '\t') || (c >= '\u007F' && c <= '\u009F') || c == '\u2028' || c == '\u2029';
}
