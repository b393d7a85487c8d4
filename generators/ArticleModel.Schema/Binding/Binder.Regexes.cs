using System;
using System.Text.RegularExpressions;
using ArticleModel.Schema.Syntax;

namespace ArticleModel.Schema.Binding;

// Regexes: pattern literals, their flags, and the facts the back ends need (required literal, group names).
internal sealed partial class Binder
{
    private RegexSpec? BindRegex(Token token)
    {
        if (token.IsBad) return null;
        var flags = RegexFlags.None;
        var ok = true;
        for (var i = 0; i < token.Flags.Length; i++)
        {
            var c = token.Flags[i];
            var flag = c switch
            {
                'i' => RegexFlags.IgnoreCase,
                'm' => RegexFlags.Multiline,
                _ => RegexFlags.None,
            };
            if (flag == RegexFlags.None || (flags & flag) != 0)
            {
                Report(SchemaDiagnosticIds.InvalidRegexFlag, _source.Range(token.FlagsStart + i, 1), c.ToString());
                ok = false;
                continue;
            }
            flags |= flag;
        }
        Regex regex;
        try
        {
            regex = new Regex(token.Value, RegexAnalysis.ToOptions(flags));
        }
        catch (ArgumentException e)
        {
            Report(SchemaDiagnosticIds.InvalidRegex, token.Range, token.Value, e.Message.TrimEnd('.'));
            return null;
        }
        if (!ok) return null;
        if (BacktrackingAnalysis.Construct(token.Value) is { } construct) Report(SchemaDiagnosticIds.BacktrackingPattern, token.Range, GeneratedNames.ForMessage(token.Text), construct);
        return new RegexSpec(token.Value, flags, RegexAnalysis.RequiredLiteral(token.Value, flags), RegexAnalysis.NamedGroups(regex).ToEquatableArray());
    }
}
