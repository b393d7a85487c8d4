using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ArticleModel.Cli.Import.XPath;

namespace ArticleModel.Cli.Import.Ftr;

/// <summary>Writes an imported schema; each locator on a line of its own, so a schema error's line names the locator.</summary>
internal static class FtrSchemaWriter
{
    /// <summary>The namespace of every imported schema's article.</summary>
    public const string Namespace = "SiteRules";

    /// <summary>The schema text and, for each locator line, which field and locator it holds.</summary>
    public sealed record Written(string Text, Dictionary<int, (int Field, int Index)> LocatorLines);

    public static Written Write(string host, string fileName, IReadOnlyList<FtrField> fields, IReadOnlyList<List<FtrLocator>> locators,
        IReadOnlyList<(string Find, string Replace)> replacements, IReadOnlyList<string> testUrls, IReadOnlyList<FtrDropped> dropped)
    {
        var lines = new List<string>
        {
            "// Imported by 'articlemodel import ftr' from FiveFilters ftr-site-config (CC0 1.0), " + fileName + ".",
            "// Host: " + HostRule(host),
        };
        foreach (var url in testUrls) lines.Add("// test_url: " + OneLine(url));
        foreach (var d in dropped) lines.Add("// left out" + (d.Line > 0 ? " (line " + d.Line + ")" : string.Empty) + ": " + d.Directive + (d.Text.Length > 0 ? " " + OneLine(d.Text) : string.Empty) + " — " + OneLine(d.Reason));
        lines.Add("namespace " + Namespace + ";");
        lines.Add(string.Empty);
        lines.Add("article " + ArticleName(host) + " {");
        var map = new Dictionary<int, (int, int)>();
        for (var f = 0; f < fields.Count; f++)
        {
            var kept = locators[f].Where(l => !l.Removed).ToList();
            if (kept.Count == 0) continue;
            lines.Add("  " + fields[f].Name + " : " + fields[f].Type);
            for (var i = 0; i < locators[f].Count; i++)
            {
                var l = locators[f][i];
                if (l.Removed) continue;
                lines.Add("    " + l.Text);
                map[lines.Count] = (f, i);
            }
            foreach (var (find, replace) in replacements)
                lines.Add("    | replace(/" + RegexLiteral(find) + "/, " + FtrImporter.SchemaString(replace.Replace("$", "$$")) + ")");
            if (kept[0].Substring is { } s) lines.Add("    | " + SubstringTransform(s));
            // Then WebArticle's own normalisers of the authors ("By" stripped, names split), on whatever the rules selected
            // (often a byline container); the other fields' values are used as selected, as FiveFilters uses them.
            if (fields[f].Name == "authors")
            {
                foreach (var transform in WebArticleNormalisers.Of(fields[f].Name)) lines.Add("    " + transform);
            }
        }
        lines.Add("}");
        return new Written(string.Join("\n", lines) + "\n", map);
    }

    /// <summary>
    /// substring-before(s, t) is the text before the first t, and "" when s has no t (the value is then not found, as
    /// FiveFilters skips an empty result); substring-after the text after it.
    /// </summary>
    public static string SubstringTransform(SubstringStep s) => s.Before
        ? "replace(/^(?:(.*?)" + RegexLiteral(s.Literal) + ".*|.*)$/, \"$1\")"
        : "replace(/^(?:.*?" + RegexLiteral(s.Literal) + "(.*)|.*)$/, \"$1\")";

    /// <summary>The article name: the host in PascalCase (<c>www.nytimes.com</c> is <c>NytimesCom</c>, a wildcard <c>.wikipedia.org</c> <c>AnyWikipediaOrg</c>).</summary>
    public static string ArticleName(string host)
    {
        var sb = new StringBuilder(host.StartsWith(".", System.StringComparison.Ordinal) ? "Any" : string.Empty);
        foreach (var part in host.Split('.', '-'))
        {
            var clean = new string(part.Where(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9').ToArray());
            if (clean.Length == 0) continue;
            sb.Append(char.ToUpperInvariant(clean[0])).Append(clean.Substring(1));
        }
        if (sb.Length == 0 || char.IsDigit(sb[0])) sb.Insert(0, "Site");
        return sb.ToString();
    }

    /// <summary>Which addresses the file serves, as FiveFilters looks it up.</summary>
    public static string HostRule(string host) => host.StartsWith(".", System.StringComparison.Ordinal)
        ? "every direct sub-domain of " + host.Substring(1) + " (not " + host.Substring(1) + " itself)"
        : host + " and www." + host;

    private static string RegexLiteral(string literal) => Regex.Escape(literal).Replace("/", "\\/");

    private static string OneLine(string text) => text.Replace('\r', ' ').Replace('\n', ' ');
}
