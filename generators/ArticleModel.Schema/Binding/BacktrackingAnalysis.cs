namespace ArticleModel.Schema.Binding;

/// <summary>
/// Decides, from a pattern's text alone, whether it can run on .NET's non-backtracking engine
/// (<c>RegexOptions.NonBacktracking</c>: time linear in the input, no timeout, the same result on every machine). That
/// engine rejects backreferences (<c>\1</c>, <c>\k&lt;n&gt;</c>), lookarounds, atomic groups, conditionals, balancing
/// groups and <c>\G</c>; a pattern with any of them needs the backtracking engine and runs under the parse's time
/// budget (AM0142 at compile time). The scan is conservative: when unsure it says "needs backtracking". The decision
/// is made here, once, and carried to both back ends through <see cref="RegexSpec.NeedsBacktracking"/>.
/// </summary>
internal static class BacktrackingAnalysis
{
    /// <summary>A description of the first construct that needs backtracking (for AM0142), or null when there is none.</summary>
    public static string? Construct(string pattern)
    {
        var p = pattern;
        var classDepth = 0;
        for (var i = 0; i < p.Length; i++)
        {
            var c = p[i];
            if (c == '\\')
            {
                if (i + 1 >= p.Length) return null;
                var e = p[i + 1];
                if (classDepth == 0)
                {
                    if (e >= '1' && e <= '9') return "a backreference ('\\" + e + "')";
                    if (e == 'k' && i + 2 < p.Length && (p[i + 2] == '<' || p[i + 2] == '\'')) return "a named backreference ('\\k')";
                    if (e == 'G') return "the contiguous-match anchor '\\G'";
                }
                i++;
                continue;
            }
            if (classDepth > 0)
            {
                if (c == '[' && p[i - 1] == '-') classDepth++; // character class subtraction: [a-z-[aeiou]]
                else if (c == ']') classDepth--;
                continue;
            }
            if (c == '[')
            {
                classDepth = 1;
                // A ']' right after '[' or '[^' is a literal.
                if (i + 1 < p.Length && p[i + 1] == '^') i++;
                if (i + 1 < p.Length && p[i + 1] == ']') i++;
                continue;
            }
            if (c != '(' || i + 2 >= p.Length || p[i + 1] != '?') continue;
            var k = p[i + 2];
            switch (k)
            {
                case '=': return "a lookahead ('(?=')";
                case '!': return "a negative lookahead ('(?!')";
                case '>': return "an atomic group ('(?>')";
                case '(': return "a conditional ('(?(')";
                case '#':
                    // A comment: skip to its closing parenthesis.
                    var close = p.IndexOf(')', i + 3);
                    if (close < 0) return null;
                    i = close;
                    continue;
                case '<':
                case '\'':
                    if (i + 3 < p.Length && k == '<' && p[i + 3] == '=') return "a lookbehind ('(?<=')";
                    if (i + 3 < p.Length && k == '<' && p[i + 3] == '!') return "a negative lookbehind ('(?<!')";
                    // A named group; a '-' in its name makes it a balancing group.
                    var end = p.IndexOf(k == '<' ? '>' : '\'', i + 3);
                    if (end > 0 && p.IndexOf('-', i + 3, end - (i + 3)) >= 0) return "a balancing group ('(?<a-b>')";
                    continue;
            }
        }
        return null;
    }
}
