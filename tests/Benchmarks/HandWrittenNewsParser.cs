using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace ArticleModel.Benchmarks;

/// <summary>
/// The baseline: a parser of the NewsStory layout written the way a user would without ArticleModel —
/// normalise line endings, split on blank lines, trim, and use Regex for the dek, the bio and the boilerplate.
/// </summary>
public static class HandWrittenNewsParser
{
    private static readonly Regex Discussion = new(@"^Join the Discussion!?$", RegexOptions.IgnoreCase | RegexOptions.Compiled);
    private static readonly Regex Dek = new(@"[\p{L}\p{N}]$", RegexOptions.Compiled);
    private static readonly Regex Bio = new(
        @"^(?<name>[^,.]+?) is (?:the |a |an )?(?<role>[^,]+?) (?:of|at|for) (?<outlet>[^,]+?), follow (?:him|her|them) on (?:Twitter|X) @(?<twitter>\w+)\.?$",
        RegexOptions.Compiled);
    private static readonly Regex Spaces = new(@"\s+", RegexOptions.Compiled);
    // The quote regex a user would write: a curly-quoted passage followed or preceded by "X said".
    private static readonly Regex Quote = new(
        @"“(?<text>[^”]+)”(?:,? (?<after>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*) (?:said|says|added|told))?",
        RegexOptions.Compiled);

    public sealed record Story(string Headline, string? Dek, List<string> Body, (string Name, string Role, string Outlet, string Twitter)? Byline, List<(string Text, string? Speaker)>? Quotes);

    public static Story Parse(string input, bool quotes)
    {
        var text = input.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n');
        var blocks = text.Split(new[] { "\n\n" }, StringSplitOptions.RemoveEmptyEntries)
            .Select(b => Spaces.Replace(b, " ").Trim())
            .Where(b => b.Length > 0)
            .ToList();
        var drop = blocks.FindIndex(b => Discussion.IsMatch(b));
        if (drop >= 0) blocks.RemoveRange(drop, blocks.Count - drop);
        if (blocks.Count == 0) return new Story("", null, new List<string>(), null, null);

        // Headline and dek may share a block (no blank line between them).
        var firstLines = blocks[0].Split('\n');
        var headline = blocks[0];
        string? dek = null;
        var bodyStart = 1;
        if (blocks.Count > 1 && Dek.IsMatch(blocks[1]))
        {
            dek = blocks[1];
            bodyStart = 2;
        }
        _ = firstLines;

        (string, string, string, string)? byline = null;
        var bodyEnd = blocks.Count;
        for (var i = bodyStart; i < blocks.Count; i++)
        {
            var m = Bio.Match(blocks[i]);
            if (m.Success)
            {
                byline = (m.Groups["name"].Value, m.Groups["role"].Value, m.Groups["outlet"].Value, m.Groups["twitter"].Value);
                bodyEnd = i;
                break;
            }
        }
        var body = blocks.GetRange(bodyStart, bodyEnd - bodyStart);
        List<(string, string?)>? found = null;
        if (quotes)
        {
            found = new List<(string, string?)>();
            foreach (var paragraph in body)
            {
                foreach (Match m in Quote.Matches(paragraph))
                {
                    found.Add((m.Groups["text"].Value, m.Groups["after"].Success ? m.Groups["after"].Value : null));
                }
            }
        }
        return new Story(headline, dek, body, byline, found);
    }
}
