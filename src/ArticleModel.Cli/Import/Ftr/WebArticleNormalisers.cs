using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace ArticleModel.Cli.Import.Ftr;

/// <summary>
/// The transforms WebArticle runs on a field (<c>| replace(…)</c>, <c>| split(…)</c>…), read from the built-in
/// WebArticle schema's own text, so an imported field is normalised exactly as WebArticle's (one rule, not a copy):
/// FiveFilters' author rules often select a byline container ("By Ana Ruiz and Tom Lee"), which WebArticle's
/// <c>authors</c> transforms strip and split.
/// </summary>
internal static class WebArticleNormalisers
{
    private static readonly Lazy<string[]> s_lines = new(() =>
    {
        using var stream = typeof(WebArticleNormalisers).Assembly.GetManifestResourceStream("WebArticle.article")
            ?? throw new InvalidOperationException("the CLI was built without its WebArticle.article resource");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n');
    });

    // A field's declaration line: two spaces of indent, a name, a colon (the article's members).
    private static readonly Regex FieldStart = new(@"^  (?<name>[A-Za-z_][A-Za-z0-9_]*)\s*:", RegexOptions.CultureInvariant);

    /// <summary>The transform lines of WebArticle's field <paramref name="field"/> (each starting with <c>|</c>), in order; empty when it has none.</summary>
    public static IReadOnlyList<string> Of(string field)
    {
        var transforms = new List<string>();
        var inside = false;
        foreach (var raw in s_lines.Value)
        {
            var line = raw.TrimEnd('\r');
            var start = FieldStart.Match(line);
            if (start.Success)
            {
                inside = string.Equals(start.Groups["name"].Value, field, StringComparison.Ordinal);
                continue;
            }
            if (!inside) continue;
            if (line.TrimStart().StartsWith("}", StringComparison.Ordinal)) break;
            var trimmed = line.Trim();
            if (trimmed.StartsWith("|", StringComparison.Ordinal)) transforms.Add(trimmed);
        }
        return transforms;
    }
}
