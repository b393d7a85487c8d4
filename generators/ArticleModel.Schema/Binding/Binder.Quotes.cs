using System.Collections.Generic;
using System.Globalization;
using ArticleModel.Schema.Syntax;

namespace ArticleModel.Schema.Binding;

// @quotes options: 'minWords:' (AM0200), 'marks:' (AM0201, AM0202) and 'organisations:'. Unknown, repeated and
// wrongly typed arguments are the generic AM0114, AM0116 and AM0117, as for every locator.
internal sealed partial class Binder
{
    private const string MinWordsExpected = "a whole number of words, as in minWords: 2";
    private const string OrganisationsExpected = "true or false";

    /// <summary>The names <c>marks:</c> takes, as messages list them.</summary>
    private static readonly string s_markNames = MarkNameList();

    /// <summary>Binds <c>minWords:</c>, <c>marks:</c> or <c>organisations:</c> into <paramref name="options"/>; false when it is in error (reported).</summary>
    private bool BindQuoteOption(ArgumentSyntax argument, ParameterKind kind, string locator, ref QuoteOptionsSpec options)
    {
        switch (kind)
        {
            case ParameterKind.QuoteMinWords:
            {
                var v = Single(argument, "'minWords:'", locator, MinWordsExpected);
                if (v == null || v.IsBad) return false;
                if (v.Kind != TokenKind.Integer)
                {
                    Report(SchemaDiagnosticIds.InvalidArgumentValue, v.Range, "'minWords:'", locator, Describe(v), MinWordsExpected);
                    return false;
                }
                if (v.IntValue < QuoteOptionsSpec.MinWordsLowest || v.IntValue > QuoteOptionsSpec.MinWordsHighest)
                {
                    Report(SchemaDiagnosticIds.QuoteMinWordsOutOfRange, v.Range, v.IntValue.ToString(CultureInfo.InvariantCulture),
                        QuoteOptionsSpec.MinWordsLowest.ToString(CultureInfo.InvariantCulture), QuoteOptionsSpec.MinWordsHighest.ToString(CultureInfo.InvariantCulture));
                    return false;
                }
                options = options with { MinWords = v.IntValue };
                return true;
            }
            case ParameterKind.QuoteMarks:
                return BindQuoteMarks(argument, locator, ref options);
            default:
            {
                var v = Single(argument, "'organisations:'", locator, OrganisationsExpected);
                if (v == null || v.IsBad) return false;
                if (v.Kind != TokenKind.Identifier || v.Text is not ("true" or "false"))
                {
                    var suggestion = v.Kind == TokenKind.Identifier ? Naming.DidYouMean(v.Text, new[] { "true", "false" }) : "";
                    Report(SchemaDiagnosticIds.InvalidArgumentValue, v.Range, "'organisations:'", locator, Describe(v), OrganisationsExpected + suggestion);
                    return false;
                }
                options = options with { OrganisationsAsSpeakers = v.Text == "true" };
                return true;
            }
        }
    }

    /// <summary><c>marks: curly | straightDouble</c>: the union of the named kinds, each name checked.</summary>
    private bool BindQuoteMarks(ArgumentSyntax argument, string locator, ref QuoteOptionsSpec options)
    {
        var ok = true;
        var marks = QuoteMarkKinds.None;
        var earlier = new List<KeyValuePair<string, QuoteMarkKinds>>();
        foreach (var v in argument.Values)
        {
            if (v.IsBad) { ok = false; continue; }
            if (v.Kind != TokenKind.Identifier)
            {
                Report(SchemaDiagnosticIds.InvalidArgumentValue, v.Range, "'marks:'", locator, Describe(v), "names of quote marks separated by '|', as in marks: curly | straightDouble");
                ok = false;
                continue;
            }
            var kind = FindMarkKind(v.Text);
            if (kind == QuoteMarkKinds.None)
            {
                var names = new List<string>();
                foreach (var k in QuoteOptionsSpec.MarkKinds) names.Add(k.Key);
                Report(SchemaDiagnosticIds.UnknownQuoteMark, v.Range, v.Text, s_markNames, Naming.DidYouMean(v.Text, names));
                ok = false;
                continue;
            }
            if ((kind & ~marks) == 0)
            {
                // Every mark it names is counted already: say by which earlier names.
                var by = new List<string>();
                foreach (var e in earlier)
                {
                    if ((e.Value & kind) != 0) by.Add(e.Key);
                }
                Report(SchemaDiagnosticIds.RedundantQuoteMark, v.Range, v.Text, string.Join(" | ", by));
            }
            marks |= kind;
            earlier.Add(new KeyValuePair<string, QuoteMarkKinds>(v.Text, kind));
        }
        if (ok) options = options with { Marks = marks };
        return ok;
    }

    private static QuoteMarkKinds FindMarkKind(string name)
    {
        foreach (var kind in QuoteOptionsSpec.MarkKinds)
        {
            if (kind.Key == name) return kind.Value;
        }
        return QuoteMarkKinds.None;
    }

    private static string MarkNameList()
    {
        var names = new List<string>();
        foreach (var kind in QuoteOptionsSpec.MarkKinds) names.Add(kind.Key);
        return Naming.JoinOr(names);
    }
}
