using System;
using System.Collections.Generic;
using System.Text;

namespace ArticleModel.Schema.Binding;

/// <summary>Name rules: PascalCase property names, C# keywords, generated members, "did you mean" suggestions.</summary>
internal static class Naming
{
    /// <summary>Members every generated model type has; a property may not take these names (see <see cref="GeneratedNames"/>).</summary>
    public static readonly string[] GeneratedMembers = System.Linq.Enumerable.ToArray(GeneratedNames.Members);

    /// <summary>The built-in type names of the schema language.</summary>
    public static readonly string[] BuiltInTypes = { "text", "paragraph", "int", "date", "url", "handle", "quote" };

    /// <summary>True when <paramref name="name"/> is a reserved C# keyword (it cannot be a type or namespace name as is).</summary>
    public static bool IsCSharpKeyword(string name) => GeneratedNames.IsCSharpKeyword(name);

    /// <summary>
    /// The C# property name of a schema name: split on '_' and '-', upper-case the first letter of each part, join.
    /// <c>published_at</c> → <c>PublishedAt</c>, <c>speakerRole</c> → <c>SpeakerRole</c>.
    /// </summary>
    public static string ToPascalCase(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var part in name.Split('_', '-'))
        {
            if (part.Length == 0) continue;
            sb.Append(char.ToUpperInvariant(part[0]));
            sb.Append(part, 1, part.Length - 1);
        }
        return sb.ToString();
    }

    /// <summary>True when <paramref name="name"/> can be a C# identifier as generated (non-empty, not starting with a digit).</summary>
    public static bool IsUsablePropertyName(string name) => name.Length > 0 && !(name[0] >= '0' && name[0] <= '9');

    /// <summary>The closest candidate within a small edit distance (case-insensitive), or null.</summary>
    public static string? Suggest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var limit = name.Length < 3 ? 0 : Math.Max(1, name.Length / 3);
        // Suggestions are for typos in names of a sensible length; the edit distance is quadratic, so a name
        // megabytes long (an error of its own, AM0140) gets none rather than hanging the compiler.
        if (name.Length > GeneratedNames.MaxNameLength) return null;
        foreach (var candidate in candidates)
        {
            if (candidate == name || Math.Abs(candidate.Length - name.Length) > limit) continue;
            var d = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (d <= limit && d < bestDistance)
            {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /// <summary>" (did you mean 'x'?)" or "".</summary>
    public static string DidYouMean(string name, IEnumerable<string> candidates)
    {
        var s = Suggest(name, candidates);
        return s == null ? string.Empty : " (did you mean '" + s + "'?)";
    }

    /// <summary>Joins names as <c>'a', 'b' or 'c'</c>.</summary>
    public static string JoinOr(IReadOnlyList<string> names)
    {
        if (names.Count == 0) return "(none)";
        var sb = new StringBuilder();
        for (var i = 0; i < names.Count; i++)
        {
            if (i > 0) sb.Append(i == names.Count - 1 ? " or " : ", ");
            sb.Append('\'').Append(names[i]).Append('\'');
        }
        return sb.ToString();
    }

    private static int Distance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            var t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.Length];
    }
}
