using System;
using System.Collections.Generic;
using ArticleModel.Schema.Syntax;

namespace ArticleModel.Schema.Binding;

// Markdown locators: @heading(level [, n]) and @frontmatter("key"), each also taking a date field's format:/zone:; and
// the kind: filter of @blocks (any format: every reader classifies its blocks). Checked here so a mistake is an error
// at its line and column in the build (AM0117, AM0210–AM0213).
internal sealed partial class Binder
{
    private LocatorSpec? BindMarkdownLocator(LocatorSyntax locator, LocatorShape shape, LocatorKind kind, FieldInfo? owner)
    {
        var name = locator.Name.Text;
        var whole = Span(locator.At, locator.Close);
        var ok = true;
        var positional = new List<Token>();
        string? dateFormat = null, dateZone = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var maxPositional = kind == LocatorKind.Heading ? 2 : 1;

        foreach (var argument in locator.Arguments)
        {
            if (argument.Name == null)
            {
                if (seen.Count > 0 || positional.Count == maxPositional)
                {
                    Report(SchemaDiagnosticIds.UnexpectedPositionalArgument, ArgumentRange(argument), name, shape.Form);
                    ok = false;
                    continue;
                }
                var what = kind == LocatorKind.Heading ? (positional.Count == 0 ? "the heading level" : "the heading's position") : "the front matter key";
                var v = Single(argument, what, name, shape.Form);
                if (v == null || v.IsBad)
                {
                    ok = false;
                    continue;
                }
                positional.Add(v);
                continue;
            }
            var argName = argument.Name.Text;
            var parameter = shape.FindNamed(argName);
            if (parameter == null)
            {
                Report(SchemaDiagnosticIds.UnknownArgument, argument.Name.Range, argName, name, shape.Form + Naming.DidYouMean(argName, shape.NamedNames));
                ok = false;
                continue;
            }
            if (!seen.Add(argName))
            {
                Report(SchemaDiagnosticIds.DuplicateArgument, argument.Name.Range, argName, shape.Form);
                ok = false;
                continue;
            }
            if (!BindDateArgument(argument, parameter.Kind, name, owner, ref dateFormat, ref dateZone)) ok = false;
        }

        if (positional.Count == 0)
        {
            if (ok) Report(SchemaDiagnosticIds.MissingArgument, whole, name, kind == LocatorKind.Heading ? "a heading level" : "a front matter key", shape.Form);
            return null;
        }
        MarkdownLocatorSpec? markdown;
        if (kind == LocatorKind.Heading)
        {
            var level = HeadingNumber(positional[0], "the heading level", 1, 6, "a heading level from 1 to 6, as in @heading(1) for the first '#' heading");
            var position = positional.Count > 1
                ? HeadingNumber(positional[1], "the heading's position", int.MinValue, int.MaxValue, "a non-zero integer (1 is the first heading of the level, -1 the last), as in @heading(2, 3)")
                : 1;
            markdown = level is int l && position is int p ? new MarkdownLocatorSpec(kind, l, p, null) : null;
        }
        else
        {
            var key = positional[0];
            markdown = null;
            if (key.Kind != TokenKind.String)
            {
                Report(SchemaDiagnosticIds.InvalidArgumentValue, key.Range, "the front matter key", name, Describe(key), "a string, as in @frontmatter(\"date\")");
            }
            else if (CheckFrontMatterKey(key))
            {
                markdown = new MarkdownLocatorSpec(kind, 0, 0, key.Value);
            }
        }
        if (markdown is null || !ok) return null;
        return new LocatorSpec(kind, InputFormat.Markdown, 0, null, RegionSpec.Whole, null, null, whole)
        {
            Date = dateFormat is null && dateZone is null ? null : new DateSpec(dateFormat, dateZone),
            Markdown = markdown,
        };
    }

    private int? HeadingNumber(Token v, string what, int min, int max, string expected)
    {
        if (v.Kind != TokenKind.Integer)
        {
            Report(SchemaDiagnosticIds.InvalidArgumentValue, v.Range, what, "heading", Describe(v), expected);
            return null;
        }
        if (v.IntValue == 0 || v.IntValue < min || v.IntValue > max)
        {
            Report(SchemaDiagnosticIds.InvalidArgumentValue, v.Range, what, "heading", v.Text, expected);
            return null;
        }
        return v.IntValue;
    }

    // A key: non-empty parts joined by single dots, no edge white space in a part.
    private bool CheckFrontMatterKey(Token key)
    {
        var text = key.Value;
        string? why = null;
        var at = 0;
        if (text.Length == 0)
        {
            why = "it is empty";
        }
        else
        {
            var parts = text.Split('.');
            var offset = 0;
            foreach (var part in parts)
            {
                if (part.Length == 0)
                {
                    why = "it has an empty key between dots (or a dot at an end)";
                    at = offset;
                    break;
                }
                if (part.Trim().Length != part.Length)
                {
                    why = "a key starts or ends with white space, which YAML never keeps in a key";
                    at = offset;
                    break;
                }
                offset += part.Length + 1;
            }
        }
        if (why is null) return true;
        Report(SchemaDiagnosticIds.InvalidFrontMatterKey, RangeInString(key, Math.Min(at, Math.Max(0, text.Length - 1))), text, why);
        return false;
    }

    /// <summary><c>kind: paragraph | quote</c>: the block kinds, each name checked; the plan carries <c>BlockKind</c> member names.</summary>
    private bool BindBlockKinds(ArgumentSyntax argument, string locator, out EquatableArray<string> kinds)
    {
        var ok = true;
        var members = new List<string>();
        foreach (var v in argument.Values)
        {
            if (v.IsBad)
            {
                ok = false;
                continue;
            }
            if (v.Kind != TokenKind.Identifier)
            {
                Report(SchemaDiagnosticIds.InvalidArgumentValue, v.Range, "'kind:'", locator, Describe(v), "block kinds separated by '|', as in kind: paragraph | quote");
                ok = false;
                continue;
            }
            var member = BlockKindNames.MemberOf(v.Text);
            if (member is null)
            {
                Report(SchemaDiagnosticIds.UnknownBlockKind, v.Range, v.Text, Naming.JoinOr(BlockKindNames.All), Naming.DidYouMean(v.Text, BlockKindNames.All));
                ok = false;
                continue;
            }
            if (members.Contains(member))
            {
                Report(SchemaDiagnosticIds.DuplicateBlockKind, v.Range, v.Text);
                continue;
            }
            members.Add(member);
        }
        kinds = ok ? members.ToEquatableArray() : EquatableArray<string>.Empty;
        return ok;
    }

    /// <summary>Whether a Markdown locator suits its field (after <see cref="CheckHtmlFit"/>): a list takes every heading of a level, so no position.</summary>
    private bool CheckMarkdownFit(FieldInfo info, TypeSpec type, MarkdownLocatorSpec markdown, LocatorSyntax locator)
    {
        if (markdown.Kind != LocatorKind.Heading || !type.IsList || markdown.Position == 1 && CountArguments(locator) < 2) return true;
        Report(SchemaDiagnosticIds.HeadingPositionOnList, Span(locator.At, locator.Name), markdown.Level, markdown.Position, info.Syntax.Name.Text, type.ToString());
        return false;
    }

    private static int CountArguments(LocatorSyntax locator)
    {
        var n = 0;
        foreach (var a in locator.Arguments)
        {
            if (a.Name == null) n++;
        }
        return n;
    }
}
