using System;
using System.Collections.Generic;
using ArticleModel.Schema.Syntax;

namespace ArticleModel.Schema.Binding;

// Locators: a locator's arguments, checked against its shape in the LocatorShapes table.
internal sealed partial class Binder
{
    /// <summary>Binds one locator; <paramref name="owner"/> is null for a drop rule. Null on error or for an HTML locator.</summary>
    private LocatorSpec? BindLocator(LocatorSyntax locator, ArticleContext ctx, FieldInfo? owner)
    {
        var name = locator.Name.Text;
        var head = Span(locator.At, locator.Name);
        var whole = Span(locator.At, locator.Close);
        var shape = LocatorShapes.Find(name);
        if (shape == null)
        {
            Report(SchemaDiagnosticIds.UnknownLocator, head, name, Naming.DidYouMean(name, LocatorShapes.Names));
            return null;
        }
        if (shape.Kind is not LocatorKind kind)
        {
            Report(SchemaDiagnosticIds.HtmlLocatorIgnored, head, name);
            return null;
        }
        if (owner == null && !shape.AllowedInDrop)
        {
            Report(SchemaDiagnosticIds.InvalidDropLocator, head, name);
            return null;
        }
        if (shape.Format == InputFormat.Html) return BindHtmlLocator(locator, shape, kind, owner);
        if (shape.Format == InputFormat.Markdown) return BindMarkdownLocator(locator, shape, kind, owner);

        var ok = true;
        var index = 0;
        RegexSpec? pattern = null;
        RegexSpec? where = null;
        string? source = null;
        AnchorSpec? start = null, end = null;
        bool startInclusive = false, endInclusive = false;
        Token? startName = null, endName = null;
        var part = BlockPart.Match;
        RegexSpec? strip = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sawPositional = false;
        string? dateFormat = null, dateZone = null;
        var quoteOptions = QuoteOptionsSpec.Default;
        var blockKinds = EquatableArray<string>.Empty;

        for (var a = 0; a < locator.Arguments.Count; a++)
        {
            var argument = locator.Arguments[a];
            if (argument.Name == null)
            {
                if (shape.Positional == null || sawPositional || a > 0)
                {
                    Report(SchemaDiagnosticIds.UnexpectedPositionalArgument, ArgumentRange(argument), name, shape.Form);
                    ok = false;
                    continue;
                }
                sawPositional = true;
                if (shape.Positional.Kind == ParameterKind.Position)
                {
                    var v = Single(argument, "the position", name, "a non-zero integer (1 is the first, -1 the last), as in " + shape.Form);
                    if (v == null || v.IsBad)
                    {
                        ok = false;
                    }
                    else if (v.Kind != TokenKind.Integer)
                    {
                        Report(SchemaDiagnosticIds.InvalidArgumentValue, v.Range, "the position", name, Describe(v), "a non-zero integer (1 is the first, -1 the last), as in " + shape.Form);
                        ok = false;
                    }
                    else if (v.IntValue == 0)
                    {
                        Report(SchemaDiagnosticIds.InvalidArgumentValue, v.Range, "the position", name, "0", "a non-zero integer (1 is the first, -1 the last; positions are 1-based)");
                        ok = false;
                    }
                    else
                    {
                        index = v.IntValue;
                    }
                }
                else
                {
                    var v = Single(argument, "the pattern", name, "one /regex/, as in " + shape.Form);
                    if (v == null || v.Kind != TokenKind.Regex)
                    {
                        if (v != null) Report(SchemaDiagnosticIds.InvalidArgumentValue, v.Range, "the pattern", name, Describe(v), "a /regex/, as in " + shape.Form);
                        ok = false;
                    }
                    else
                    {
                        pattern = BindRegex(v);
                        if (pattern == null) ok = false;
                    }
                }
                continue;
            }

            var argName = argument.Name.Text;
            var parameter = shape.FindNamed(argName);
            if (parameter == null)
            {
                var suggestion = Naming.DidYouMean(argName, shape.NamedNames);
                Report(SchemaDiagnosticIds.UnknownArgument, argument.Name.Range, argName, name, shape.Form + suggestion);
                ok = false;
                continue;
            }
            if (!seen.Add(argName))
            {
                Report(SchemaDiagnosticIds.DuplicateArgument, argument.Name.Range, argName, shape.Form);
                ok = false;
                continue;
            }
            switch (parameter.Kind)
            {
                case ParameterKind.Where:
                    {
                        var v = Single(argument, "'where:'", name, "one /regex/ the found text must match");
                        if (v == null || v.Kind != TokenKind.Regex)
                        {
                            if (v != null) Report(SchemaDiagnosticIds.InvalidArgumentValue, v.Range, "'where:'", name, Describe(v), "a /regex/ the found text must match");
                            ok = false;
                        }
                        else
                        {
                            where = BindRegex(v);
                            if (where == null) ok = false;
                        }
                        break;
                    }
                case ParameterKind.DateFormat:
                case ParameterKind.DateZone:
                    if (!BindDateArgument(argument, parameter.Kind, name, owner, ref dateFormat, ref dateZone)) ok = false;
                    break;
                case ParameterKind.Source:
                    {
                        var v = Single(argument, "'in:'", name, "the name of another field, as in @quotes(in: body)");
                        if (v == null || v.Kind != TokenKind.Identifier)
                        {
                            if (v != null) Report(SchemaDiagnosticIds.InvalidArgumentValue, v.Range, "'in:'", name, Describe(v), "the name of another field, as in @quotes(in: body)");
                            ok = false;
                        }
                        else if (owner != null)
                        {
                            var target = ResolveField(v, "in", ctx, owner);
                            if (target == null)
                            {
                                ok = false;
                            }
                            else
                            {
                                if (target.Type != null && !IsQuoteSource(target.Type))
                                {
                                    Report(SchemaDiagnosticIds.QuotesSourceType, v.Range, v.Text, target.Type.ToString());
                                    ok = false;
                                }
                                source = v.Text;
                            }
                        }
                        break;
                    }
                case ParameterKind.QuoteMinWords:
                case ParameterKind.QuoteMarks:
                case ParameterKind.QuoteOrganisations:
                    if (!BindQuoteOption(argument, parameter.Kind, name, ref quoteOptions)) ok = false;
                    break;
                case ParameterKind.Part:
                    if (!BindPart(argument, name, out part)) ok = false;
                    break;
                case ParameterKind.Strip:
                    if (!BindStrip(argument, name, out strip)) ok = false;
                    break;
                case ParameterKind.BlockKind:
                    if (!BindBlockKinds(argument, name, out blockKinds)) ok = false;
                    break;
                default:
                    {
                        var isStart = parameter.Kind == ParameterKind.RegionStart;
                        var conflict = isStart ? startName : endName;
                        if (conflict != null)
                        {
                            Report(SchemaDiagnosticIds.ConflictingRegionBounds, argument.Name.Range, argName, conflict.Text, isStart ? "starts" : "ends");
                            ok = false;
                            break;
                        }
                        var anchor = BindAnchor(argument, name, ctx, owner);
                        if (anchor == null)
                        {
                            ok = false;
                        }
                        if (isStart)
                        {
                            startName = argument.Name;
                            start = anchor;
                            startInclusive = parameter.Inclusive;
                        }
                        else
                        {
                            endName = argument.Name;
                            end = anchor;
                            endInclusive = parameter.Inclusive;
                        }
                        break;
                    }
            }
        }

        if (shape.Positional?.RequiredAs is { } positionalRequired && !sawPositional && ok)
        {
            Report(SchemaDiagnosticIds.MissingArgument, whole, name, positionalRequired, shape.Form);
            ok = false;
        }
        foreach (var required in shape.Named)
        {
            if (required.RequiredAs is null || seen.Contains(required.Name!) || !ok) continue;
            Report(SchemaDiagnosticIds.MissingArgument, whole, name, required.RequiredAs, shape.Form);
            ok = false;
        }
        if (!ok) return null;
        var region = start == null && end == null ? RegionSpec.Whole : new RegionSpec(start, startInclusive, end, endInclusive);
        return new LocatorSpec(kind, shape.Format, index, pattern, region, where, source, whole, part, strip)
        {
            Date = dateFormat is null && dateZone is null ? null : new DateSpec(dateFormat, dateZone),
            Quotes = quoteOptions.IsDefault ? null : quoteOptions,
            BlockKinds = blockKinds,
        };
    }

    private TextRange ArgumentRange(ArgumentSyntax argument)
    {
        var first = argument.Name ?? argument.Values[0];
        return Span(first, argument.Values[argument.Values.Count - 1]);
    }

    private static string Describe(Token t) => t.Kind switch
    {
        TokenKind.Integer => "an integer",
        TokenKind.Regex => "a regex",
        TokenKind.String => "a string",
        TokenKind.Identifier => "a name ('" + t.Text + "')",
        _ => t.Describe(),
    };

    /// <summary>The argument's one value, or null (reported) when it has '|' alternatives.</summary>
    private Token? Single(ArgumentSyntax argument, string what, string locator, string expected)
    {
        if (argument.Values.Count == 1) return argument.Values[0];
        Report(SchemaDiagnosticIds.InvalidArgumentValue, argument.Values[1].Range, what, locator, "a list of '|' alternatives", expected + " ('|' is only for region anchors and marks:)");
        return null;
    }
}
