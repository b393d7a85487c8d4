using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using ArticleModel.Schema.Syntax;

namespace ArticleModel.Schema.Binding;

// Value transforms: '| trim(" -") | titlecase' after a field's locators or a record member's type (docs/schema-language.md §5.3).
internal sealed partial class Binder
{
    private static readonly string[] s_transformNames =
        { "trim", "trimPrefix", "trimSuffix", "replace", "collapse", "lowercase", "uppercase", "titlecase", "split" };

    /// <summary>
    /// Binds the transform steps of a field or record member; null when one has an
    /// error (each reported). <paramref name="type"/> is null when the member's type did not bind.
    /// </summary>
    private EquatableArray<TransformSpec>? BindTransforms(FieldSyntax member, TypeSpec? type)
    {
        if (member.Transforms.Count == 0) return EquatableArray<TransformSpec>.Empty;
        var first = member.Transforms[0];
        var all = Span(first.Pipe, member.Transforms[member.Transforms.Count - 1].Last);
        if (type is { Kind: ValueKind.Quote })
        {
            Report(SchemaDiagnosticIds.TransformOnQuotes, all, member.Name.Text, type.ToString());
            return null;
        }
        if (type is { Kind: ValueKind.Record })
        {
            Report(SchemaDiagnosticIds.TransformOnRecordField, all, member.Name.Text, type.RecordName);
            return null;
        }
        var steps = new List<TransformSpec>(member.Transforms.Count);
        var ok = true;
        foreach (var step in member.Transforms)
        {
            var spec = BindTransform(step);
            if (spec == null) ok = false;
            else steps.Add(spec);
        }
        return ok ? steps.ToEquatableArray() : null;
    }

    /// <summary>A drop rule has no value: its transforms are an error (AM0154).</summary>
    private void ReportDropTransforms(DropSyntax drop)
    {
        if (drop.Transforms.Count == 0) return;
        var first = drop.Transforms[0];
        Report(SchemaDiagnosticIds.TransformOnDrop, Span(first.Pipe, drop.Transforms[drop.Transforms.Count - 1].Last), first.Name.Text);
    }

    private TransformSpec? BindTransform(TransformSyntax step)
    {
        var name = step.Name.Text;
        var range = Span(step.Name, step.Last);
        var args = step.Arguments ?? new List<Token>();
        switch (name)
        {
            case "trim":
                return StringStep(step, TransformKind.Trim, "one string, the characters to remove from both ends, as in trim(\" -.\")");
            case "trimPrefix":
                return StringStep(step, TransformKind.TrimPrefix, "one string, the literal to remove from the start, as in trimPrefix(\"By \")");
            case "trimSuffix":
                return StringStep(step, TransformKind.TrimSuffix, "one string, the literal to remove from the end, as in trimSuffix(\" (AP)\")");
            case "collapse":
                return NoArgumentStep(step, TransformKind.Collapse);
            case "lowercase":
                return NoArgumentStep(step, TransformKind.Lowercase);
            case "uppercase":
                return NoArgumentStep(step, TransformKind.Uppercase);
            case "titlecase":
                return NoArgumentStep(step, TransformKind.Titlecase);
            case "replace":
            {
                const string expected = "a /regex/ and a replacement string, as in replace(/\\s*\\|[^|]*$/, \"\")";
                if (args.Count != 2 || args[0].Kind != TokenKind.Regex || args[1].Kind != TokenKind.String)
                {
                    Report(SchemaDiagnosticIds.InvalidTransformArguments, range, name, Found(args), expected);
                    return null;
                }
                if (args[0].IsBad || args[1].IsBad) return null;
                var pattern = BindRegex(args[0]);
                if (pattern == null) return null;
                if (!CheckReplacement(pattern, args[1])) return null;
                return new TransformSpec(TransformKind.Replace, args[1].Value, pattern, range);
            }
            case "split":
            {
                const string expected = "one /regex/, the separator, as in split(/\\s*(?:,|\\band\\b)\\s*/)";
                if (args.Count != 1 || args[0].Kind != TokenKind.Regex)
                {
                    Report(SchemaDiagnosticIds.InvalidTransformArguments, range, name, Found(args), expected);
                    return null;
                }
                if (args[0].IsBad) return null;
                var pattern = BindRegex(args[0]);
                return pattern == null ? null : new TransformSpec(TransformKind.Split, null, pattern, range);
            }
            default:
                Report(SchemaDiagnosticIds.UnknownTransform, step.Name.Range, name, Naming.DidYouMean(name, s_transformNames));
                return null;
        }
    }

    private TransformSpec? StringStep(TransformSyntax step, TransformKind kind, string expected)
    {
        var args = step.Arguments ?? new List<Token>();
        var range = Span(step.Name, step.Last);
        if (args.Count != 1 || args[0].Kind != TokenKind.String)
        {
            Report(SchemaDiagnosticIds.InvalidTransformArguments, range, step.Name.Text, Found(args), expected);
            return null;
        }
        if (args[0].IsBad) return null;
        if (args[0].Value.Length == 0)
        {
            Report(SchemaDiagnosticIds.InvalidTransformArguments, args[0].Range, step.Name.Text, "has an empty string, which removes nothing", expected);
            return null;
        }
        return new TransformSpec(kind, args[0].Value, null, range);
    }

    private TransformSpec? NoArgumentStep(TransformSyntax step, TransformKind kind)
    {
        if (step.Arguments is { Count: > 0 } args)
        {
            Report(SchemaDiagnosticIds.InvalidTransformArguments, Span(step.Name, step.Last), step.Name.Text, Found(args),
                "no arguments, as in '| " + step.Name.Text + "'");
            return null;
        }
        return new TransformSpec(kind, null, null, Span(step.Name, step.Last));
    }

    private static string Found(List<Token> args)
    {
        if (args.Count == 0) return "has no arguments";
        var kinds = new List<string>(args.Count);
        foreach (var a in args) kinds.Add(Describe(a));
        return "has " + args.Count.ToString(CultureInfo.InvariantCulture) + " argument" + (args.Count == 1 ? "" : "s") + " (" + string.Join(", ", kinds) + ")";
    }

    /// <summary>
    /// A substitution naming a group the pattern does not have is inserted literally by .NET — almost always a mistake,
    /// so it is an error (AM0153). Checks <c>$n</c>, <c>${n}</c> and <c>${name}</c>; <c>$$</c>, <c>$&amp;</c>, <c>$`</c>,
    /// <c>$'</c>, <c>$+</c>, <c>$_</c> are fine.
    /// </summary>
    private bool CheckReplacement(RegexSpec pattern, Token replacement)
    {
        Regex regex;
        try
        {
            regex = new Regex(pattern.Pattern, RegexAnalysis.ToOptions(pattern.Flags));
        }
        catch (ArgumentException)
        {
            return false;
        }
        var numbers = new HashSet<int>(regex.GetGroupNumbers());
        var names = new HashSet<string>(regex.GetGroupNames(), StringComparer.Ordinal);
        var text = replacement.Value;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '$' || i + 1 >= text.Length) continue;
            var c = text[i + 1];
            if (c == '$')
            {
                i++;
                continue;
            }
            string? group = null;
            var end = i + 1;
            if (c >= '0' && c <= '9')
            {
                while (end < text.Length && text[end] >= '0' && text[end] <= '9') end++;
                var digits = text.Substring(i + 1, end - i - 1);
                if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || !numbers.Contains(n)) group = digits;
            }
            else if (c == '{')
            {
                var close = text.IndexOf('}', i + 2);
                if (close < 0) continue;
                end = close + 1;
                var inner = text.Substring(i + 2, close - i - 2);
                var known = int.TryParse(inner, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? numbers.Contains(n) : names.Contains(inner);
                if (!known) group = inner;
            }
            if (group == null) continue;
            var available = new List<string>();
            foreach (var g in regex.GetGroupNames())
            {
                if (g != "0") available.Add(int.TryParse(g, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? "$" + g : "${" + g + "}");
            }
            var expected = available.Count == 0 ? "'$0' (the whole match) — the pattern has no groups" : "'$0' or " + Naming.JoinOr(available);
            Report(SchemaDiagnosticIds.UnknownReplacementGroup, replacement.Range, text, group, GeneratedNames.ForMessage(pattern.ToString()), text.Substring(i, end - i), expected);
            return false;
        }
        return true;
    }
}
