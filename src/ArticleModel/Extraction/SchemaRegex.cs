using System;
using System.ComponentModel;
using System.Text.RegularExpressions;

namespace ArticleModel.CompilerServices;

/// <summary>Builds the <see cref="Regex"/> objects for schema patterns the same way for generated and interpreted parsers.</summary>
/// <remarks>For generated code and the interpreter only; it may change between versions without notice.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class SchemaRegex
{
    /// <summary>
    /// How long one match may run before it is abandoned (the locator then finds nothing and the result gets an AM3003
    /// warning). Bounds the cost of pathological patterns on hostile input.
    /// </summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Creates the regex for a schema pattern.</summary>
    /// <param name="pattern">The pattern text.</param>
    /// <param name="ignoreCase">The <c>i</c> flag.</param>
    /// <param name="multiline">The <c>m</c> flag.</param>
    public static Regex Create(string pattern, bool ignoreCase, bool multiline)
    {
        var options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
        if (ignoreCase) options |= RegexOptions.IgnoreCase;
        if (multiline) options |= RegexOptions.Multiline;
        return new Regex(pattern, options, MatchTimeout);
    }
}
