using System.Collections.Generic;

namespace ArticleModel.Schema;

/// <summary>
/// The block kinds a schema names in <c>@blocks(kind: …)</c> and the <c>ArticleModel.BlockKind</c> member each stands
/// for; the one table of them (the binder checks names against it, the plan carries member names, both back ends turn
/// a member name into the runtime enum).
/// </summary>
internal static class BlockKindNames
{
    private static readonly string[] s_written = { "paragraph", "heading", "quote", "list", "code", "frontmatter", "cell", "caption", "other" };
    private static readonly string[] s_members = { "Paragraph", "Heading", "BlockQuote", "ListItem", "Preformatted", "FrontMatter", "TableCell", "Caption", "Other" };

    /// <summary>The names a schema may write, in table order.</summary>
    public static IReadOnlyList<string> All => s_written;

    /// <summary>The <c>BlockKind</c> member for a written name, or null when the name is not a kind.</summary>
    public static string? MemberOf(string written)
    {
        var i = System.Array.IndexOf(s_written, written);
        return i < 0 ? null : s_members[i];
    }

    /// <summary>The written names of <c>BlockKind</c> members.</summary>
    public static IEnumerable<string> Written(IEnumerable<string> members)
    {
        foreach (var member in members)
        {
            var i = System.Array.IndexOf(s_members, member);
            yield return i < 0 ? member : s_written[i];
        }
    }
}
