using System.Collections.Generic;
using System.Text;

namespace ArticleModel.Cli.Scaffold;

/// <summary>
/// Writes the starting <c>.article</c>: one field per <see cref="ScaffoldField"/>, its locators one per line in the
/// order they are tried (ordered fallbacks), each with a comment showing what it gives on the page; a field with no
/// candidate is written commented out, so the schema still builds.
/// </summary>
internal static class ScaffoldSchemaWriter
{
    public static string Write(string articleName, string? ns, string source, IReadOnlyList<ScaffoldField> fields)
    {
        var sb = new StringBuilder();
        sb.Append("// A starting schema written by `articlemodel scaffold` from ").Append(SchemaStrings.CommentValue(source, 200)).Append('\n');
        sb.Append("// Each field's locators are tried in order and the first that gives a value wins; the comment beside each\n");
        sb.Append("// shows what it gives on that page. Keep the ones that are right for the site, then check the schema on more pages.\n");
        if (ns is not null) sb.Append("namespace ").Append(ns).Append(";\n");
        sb.Append('\n');
        sb.Append("article ").Append(articleName).Append(" {\n");
        foreach (var field in fields)
        {
            if (field.Candidates.Count == 0)
            {
                sb.Append("  // ").Append(field.Name).Append(" : ").Append(field.Type)
                  .Append("   (nothing on this page gave ").Append(field.Purpose).Append("; add a locator such as @css(\"…\"))\n");
                continue;
            }
            sb.Append("  ").Append(field.Name).Append(" : ").Append(field.Type).Append('\n');
            var width = 0;
            foreach (var c in field.Candidates) width = System.Math.Max(width, c.Locator.Length);
            foreach (var c in field.Candidates)
            {
                sb.Append("    ").Append(c.Locator).Append(' ', width - c.Locator.Length + 2).Append("// ").Append(c.Value).Append('\n');
            }
        }
        sb.Append("}\n");
        return sb.ToString();
    }
}
