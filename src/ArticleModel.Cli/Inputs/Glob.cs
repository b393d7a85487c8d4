using System;
using System.Text;
using System.Text.RegularExpressions;

namespace ArticleModel.Cli;

/// <summary>
/// A small glob: <c>*</c> and <c>?</c> within a name, <c>**</c> across folders, <c>{a,b}</c> alternatives (nestable).
/// Outside braces a comma is an ordinary character; an unbalanced brace is a usage error.
/// </summary>
internal static class Glob
{
    /// <summary>The longest pattern accepted: far above any real one, and small enough to build quickly.</summary>
    public const int MaxLength = 1024;

    /// <summary>
    /// The regex for <paramref name="pattern"/>. Without a '/', it is matched against the file name in any folder;
    /// with one, against the path relative to the folder given as INPUT. The whole name must match.
    /// </summary>
    public static Regex Create(string pattern)
    {
        if (string.IsNullOrEmpty(pattern)) pattern = "*";
        if (pattern.Length > MaxLength) throw Invalid(pattern.Substring(0, 40) + "…", $"it is longer than {MaxLength} characters");
        // Every alternative sits in a group and the whole is anchored, so "a,b.txt" or "{a,b}" can never match a mere prefix.
        var sb = new StringBuilder("^(?:");
        if (!pattern.Contains('/')) sb.Append("(?:.*/)?");
        var depth = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*':
                    if (i + 1 < pattern.Length && pattern[i + 1] == '*')
                    {
                        i++;
                        if (i + 1 < pattern.Length && pattern[i + 1] == '/')
                        {
                            i++;
                            sb.Append("(?:.*/)?");
                        }
                        else
                        {
                            sb.Append(".*");
                        }
                    }
                    else
                    {
                        sb.Append("[^/]*");
                    }
                    break;
                case '?':
                    sb.Append("[^/]");
                    break;
                case '{':
                    depth++;
                    sb.Append("(?:");
                    break;
                case '}':
                    if (depth == 0) throw Invalid(pattern, "'}' without '{'");
                    depth--;
                    sb.Append(')');
                    break;
                case ',' when depth > 0:
                    sb.Append('|');
                    break;
                default:
                    sb.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
        if (depth != 0) throw Invalid(pattern, "'{' without '}'");
        sb.Append(")$");
        try
        {
            // Linear-time matching: a pattern like "*a*a*a*a*b" cannot make a long name slow.
            return new Regex(sb.ToString(), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or InsufficientExecutionStackException)
        {
            // NotSupportedException: the linear-time engine refuses automata over its size limit (thousands of alternatives).
            throw Invalid(pattern.Length > 60 ? pattern.Substring(0, 40) + "…" : pattern, "it is too complex");
        }
    }

    private static UsageException Invalid(string pattern, string why) => new($"'{pattern}' is not a valid --glob pattern: {why}");
}
