using System;
using System.Collections.Generic;

namespace ArticleModel.Cli.Import.Ftr;

/// <summary>
/// A FiveFilters site-config file read into its directives, in file order. <see cref="Host"/> is the file name without
/// <c>.txt</c>: a host (<c>nytimes.com</c>, for it and <c>www.nytimes.com</c>) or a wildcard (<c>.wikipedia.org</c>,
/// for every direct sub-domain).
/// </summary>
internal sealed record FtrRuleFile(string Host, IReadOnlyList<FtrDirective> Directives, IReadOnlyList<int> UnreadLines)
{
    /// <summary>
    /// Reads the text of one file. A line is a directive when it has a <c>:</c> after a name; <c>#</c> lines and blank
    /// lines are skipped; any other line is listed in <see cref="UnreadLines"/>. Line ends may be LF, CRLF or CR, the
    /// last line needs none, and a byte-order mark is ignored.
    /// </summary>
    public static FtrRuleFile Read(string host, string text)
    {
        var directives = new List<FtrDirective>();
        var unread = new List<int>();
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            var directive = ReadLine(line, i + 1);
            if (directive is null) unread.Add(i + 1);
            else directives.Add(directive);
        }
        return new FtrRuleFile(host, directives, unread);
    }

    private static FtrDirective? ReadLine(string line, int number)
    {
        var nameEnd = 0;
        while (nameEnd < line.Length && (char.IsLetterOrDigit(line[nameEnd]) || line[nameEnd] == '_')) nameEnd++;
        if (nameEnd == 0) return null;
        var name = line.Substring(0, nameEnd).ToLowerInvariant();
        var rest = line.Substring(nameEnd).TrimStart();
        string? argument = null;
        if (rest.StartsWith("(", StringComparison.Ordinal))
        {
            // name(argument): value — the argument may itself hold ':' (replace_string(,"value":): …), so it ends at
            // the first "):" rather than at the first ':'.
            var close = rest.IndexOf("):", StringComparison.Ordinal);
            if (close < 0)
            {
                var spaced = rest.IndexOf(')');
                if (spaced < 0 || rest.Substring(spaced + 1).TrimStart() is not { Length: > 0 } after || after[0] != ':') return null;
                close = spaced;
                argument = rest.Substring(1, close - 1);
                rest = after;
            }
            else
            {
                argument = rest.Substring(1, close - 1);
                rest = rest.Substring(close + 1);
            }
        }
        if (!rest.StartsWith(":", StringComparison.Ordinal)) return null;
        return new FtrDirective(name, argument, rest.Substring(1).Trim(), number);
    }
}
