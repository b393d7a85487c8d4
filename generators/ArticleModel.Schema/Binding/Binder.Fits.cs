using System;
using System.Collections.Generic;
using System.Linq;
using ArticleModel.Schema.Syntax;

namespace ArticleModel.Schema.Binding;

// Fits: whether a bound locator suits its field's type (and a record pattern its members).
internal sealed partial class Binder
{
    private bool CheckFit(FieldInfo info, TypeSpec type, LocatorSpec spec, LocatorSyntax locator)
    {
        var name = info.Syntax.Name.Text;
        var head = Span(locator.At, locator.Name);
        if (type.Kind == ValueKind.Quote && spec.Kind != LocatorKind.Quotes)
        {
            Report(SchemaDiagnosticIds.QuoteNeedsQuotes, head, name, type.ToString(), locator.Name.Text);
            return false;
        }
        switch (spec.Kind)
        {
            case LocatorKind.Line:
            case LocatorKind.Block:
                if (type.IsList)
                {
                    Report(SchemaDiagnosticIds.SingleLocatorOnList, head, locator.Name.Text, name, type.ToString());
                    return false;
                }
                if (type.Kind == ValueKind.Record)
                {
                    Report(SchemaDiagnosticIds.LocatorTypeMismatch, head, locator.Name.Text, name, type.ToString(),
                        "text, paragraph, int, date, url or handle (a record is filled only by @match with named groups)");
                    return false;
                }
                return true;
            case LocatorKind.Blocks:
                if (!type.IsList || (type.Kind != ValueKind.Text && type.Kind != ValueKind.Paragraph))
                {
                    Report(SchemaDiagnosticIds.BlocksNeedsTextList, head, name, type.ToString());
                    return false;
                }
                return true;
            case LocatorKind.Match:
                if (type.Kind == ValueKind.Record && spec.Pattern != null)
                    return CheckGroups(type.RecordName!, spec.Pattern, locator);
                return true;
            case LocatorKind.Quotes:
                if (type.Kind != ValueKind.Quote || !type.IsList)
                {
                    Report(SchemaDiagnosticIds.LocatorTypeMismatch, head, locator.Name.Text, name, type.ToString(), "quote[]");
                    return false;
                }
                return true;
            default:
                return true;
        }
    }

    private bool CheckGroups(string recordName, RegexSpec pattern, LocatorSyntax locator)
    {
        if (!_recordSyntax.TryGetValue(recordName, out var record)) return true;
        var members = record.Members.OfType<FieldSyntax>().ToList();
        var memberNames = members.Select(m => m.Name.Text).Distinct().ToList();
        var regexToken = locator.Arguments.First(a => a.Name == null).Values[0];
        var ok = true;
        foreach (var group in pattern.GroupNames)
        {
            if (memberNames.Contains(group)) continue;
            Report(SchemaDiagnosticIds.UnknownGroup, GroupRange(regexToken, group), group, recordName,
                Naming.JoinOr(memberNames) + Naming.DidYouMean(group, memberNames));
            ok = false;
        }
        // Required members: only those that bound (a member with its own error is not reported again here).
        if (_records.TryGetValue(recordName, out var spec))
        {
            foreach (var member in spec.Fields)
            {
                if (member.Type.IsOptional || pattern.GroupNames.Contains(member.Name)) continue;
                Report(SchemaDiagnosticIds.MissingGroup, regexToken.Range, member.Name, recordName, member.Type.ToString());
                ok = false;
            }
        }
        return ok;
    }

    /// <summary>The range of a group's name inside a regex literal, or the whole literal.</summary>
    private TextRange GroupRange(Token regex, string group)
    {
        foreach (var form in new[] { "(?<" + group + ">", "(?'" + group + "'", "(?<" + group + "-", "(?'" + group + "-" })
        {
            var at = regex.Text.IndexOf(form, StringComparison.Ordinal);
            if (at >= 0) return _source.Range(regex.Range.Start + at + 3, group.Length);
        }
        return regex.Range;
    }

    private static bool IsQuoteSource(TypeSpec t) => t.Kind is ValueKind.Text or ValueKind.Paragraph;
}
