using System;
using System.Collections.Generic;
using ArticleModel.Schema.Syntax;
using ArticleModel.XPathExpressionRules;

namespace ArticleModel.Schema.Binding;

// HTML locators: @css("sel", … [, attr: "a"] [, clean: "sel"]), @xpath("expr", … [, clean: "sel"]), @meta("name", …), @jsonld("path"); each also takes a date field's format:/zone:. Their positional
// arguments are strings (several for @css and @meta: fallbacks tried in order); selectors and paths are checked here so
// a mistake is an error at its line and column in the build (AM0180, AM0181, AM0229).
internal sealed partial class Binder
{
    private LocatorSpec? BindHtmlLocator(LocatorSyntax locator, LocatorShape shape, LocatorKind kind, FieldInfo? owner)
    {
        var name = locator.Name.Text;
        var whole = Span(locator.At, locator.Close);
        var ok = true;
        var values = new List<string>();
        string? attribute = null, clean = null, dateFormat = null, dateZone = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var positionalDone = false;
        var what = kind switch { LocatorKind.Css => "a CSS selector", LocatorKind.XPath => "an XPath expression", LocatorKind.Meta => "a meta name", LocatorKind.Content => "an argument", _ => "a JSON-LD path" };

        foreach (var argument in locator.Arguments)
        {
            if (argument.Name == null)
            {
                if (positionalDone || kind == LocatorKind.Content || (kind == LocatorKind.JsonLd && values.Count == 1))
                {
                    Report(SchemaDiagnosticIds.UnexpectedPositionalArgument, ArgumentRange(argument), name, shape.Form);
                    ok = false;
                    continue;
                }
                var v = Single(argument, what, name, "a string, as in " + shape.Form);
                if (v == null || v.IsBad)
                {
                    ok = false;
                    continue;
                }
                if (v.Kind != TokenKind.String)
                {
                    Report(SchemaDiagnosticIds.InvalidArgumentValue, v.Range, what, name, Describe(v), "a string, as in " + shape.Form);
                    ok = false;
                    continue;
                }
                if (!CheckHtmlString(kind, v)) ok = false;
                values.Add(v.Value);
                continue;
            }

            positionalDone = true;
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
            if (parameter.Kind is ParameterKind.DateFormat or ParameterKind.DateZone)
            {
                // format:/zone: of a date field (Binder.Dates), as on the text locators.
                if (!BindDateArgument(argument, parameter.Kind, name, owner, ref dateFormat, ref dateZone)) ok = false;
                continue;
            }
            var expected = argName == "attr" ? "an attribute name as a string, as in attr: \"datetime\"" : "a CSS selector list as a string, as in clean: \".share, figcaption\"";
            var value = Single(argument, "'" + argName + ":'", name, expected);
            if (value == null || value.IsBad)
            {
                ok = false;
                continue;
            }
            if (value.Kind != TokenKind.String || value.Value.Trim().Length == 0)
            {
                Report(SchemaDiagnosticIds.InvalidArgumentValue, value.Range, "'" + argName + ":'", name, value.Kind == TokenKind.String ? "an empty string" : Describe(value), expected);
                ok = false;
                continue;
            }
            if (argName == "attr")
            {
                attribute = value.Value.Trim();
                CheckAttributeName(value, attribute);
            }
            else
            {
                if (!CheckHtmlString(LocatorKind.Css, value)) ok = false;
                clean = value.Value;
            }
        }

        if (values.Count == 0 && ok && kind != LocatorKind.Content)
        {
            Report(SchemaDiagnosticIds.MissingArgument, whole, name, what, shape.Form);
            ok = false;
        }
        if (!ok) return null;
        var html = new HtmlLocatorSpec(kind, values.ToEquatableArray(), attribute, clean);
        return new LocatorSpec(kind, InputFormat.Html, 0, null, RegionSpec.Whole, null, null, whole, Html: html)
        {
            Date = dateFormat is null && dateZone is null ? null : new DateSpec(dateFormat, dateZone),
        };
    }

    /// <summary>
    /// Warns (AM0185) when an <c>attr:</c> value cannot be an attribute's name: it holds white space or a character of
    /// CSS selector syntax, or starts like a class, id or attribute selector. Such a value is usually a selector meant as
    /// another element to take; no element has that attribute, so the locator would silently never find anything.
    /// </summary>
    private void CheckAttributeName(Token value, string name)
    {
        string? why = null;
        var at = 0;
        if (name[0] is '.' or '#' or '[' or '*')
        {
            why = "it starts with '" + name[0] + "' as a CSS selector does";
        }
        else
        {
            for (var i = 0; i < name.Length; i++)
            {
                var c = name[i];
                if (char.IsWhiteSpace(c) || c is ',' or '>' or '<' or '+' or '~' or '[' or ']' or '(' or ')' or '=' or '"' or '\'' or '/' or '*' or '#')
                {
                    why = char.IsWhiteSpace(c) ? "it holds white space" : "it holds '" + c + "'";
                    at = i;
                    break;
                }
            }
        }
        if (why is null) return;
        // Point at the offending character of the string as written (the value was trimmed).
        var offset = value.Value.IndexOf(name, StringComparison.Ordinal) + at;
        Report(SchemaDiagnosticIds.NotAnAttributeName, RangeInString(value, offset), name, why);
    }

    /// <summary>Checks a selector (AM0180), an XPath expression (AM0229, compiled by .NET's engine as the runtime does), a meta name (AM0117 when empty) or a path (AM0181), pointing into the string.</summary>
    private bool CheckHtmlString(LocatorKind kind, Token value)
    {
        var text = value.Value;
        int offset;
        string message;
        switch (kind)
        {
            case LocatorKind.Css:
                if (CssSelectorSyntax.TryValidate(text, out offset, out message)) return true;
                Report(SchemaDiagnosticIds.InvalidCssSelector, RangeInString(value, offset), text, message);
                return false;
            case LocatorKind.XPath:
                if (XPathExpressions.TryCompile(text, out var error, out var function) is not null) return true;
                Report(SchemaDiagnosticIds.InvalidXPath, value.Range, text,
                    error + (function is null ? string.Empty : Naming.DidYouMean(function, XPathExpressions.Functions)));
                return false;
            case LocatorKind.JsonLd:
                if (JsonLdPathSyntax.TryValidate(text, out offset, out message)) return true;
                Report(SchemaDiagnosticIds.InvalidJsonLdPath, RangeInString(value, offset), message);
                return false;
            default:
                if (text.Trim().Length > 0) return true;
                Report(SchemaDiagnosticIds.InvalidArgumentValue, value.Range, "a meta name", "meta", "an empty string", "a name such as \"og:title\" or \"article:published_time\"");
                return false;
        }
    }

    /// <summary>The one character at <paramref name="offset"/> of a string token's value, in the schema text (escapes counted as written).</summary>
    private TextRange RangeInString(Token token, int offset)
    {
        // Walk the token text past the opening quote, mapping value characters to source characters (\" and \\ are two).
        var source = token.Range.Start + 1;
        var text = token.Text;
        var i = 1;
        for (var k = 0; k < offset && i < text.Length - 1; k++)
        {
            i += text[i] == '\\' && i + 1 < text.Length && (text[i + 1] == '"' || text[i + 1] == '\\') ? 2 : 1;
        }
        var at = source + i - 1;
        var end = token.Range.End;
        return _source.Range(Math.Min(at, end), at < end - 1 ? 1 : 0);
    }

    /// <summary>Whether an HTML locator suits its field's type: scalars and lists of text, paragraph, int, date, url and handle.</summary>
    private bool CheckHtmlFit(FieldInfo info, TypeSpec type, LocatorSyntax locator)
    {
        if (locator.Name.Text == "content" && type.Kind is not (ValueKind.Text or ValueKind.Paragraph))
        {
            // The main content is prose: an int, date, url or handle could only come from it by accident.
            Report(SchemaDiagnosticIds.LocatorTypeMismatch, Span(locator.At, locator.Name), locator.Name.Text, info.Syntax.Name.Text, type.ToString(),
                "text or paragraph, or a list of them (@content gives the article's text: one value joins its paragraphs, a list has one per paragraph)");
            return false;
        }
        if (type.Kind is ValueKind.Record or ValueKind.Quote)
        {
            Report(SchemaDiagnosticIds.LocatorTypeMismatch, Span(locator.At, locator.Name), locator.Name.Text, info.Syntax.Name.Text, type.ToString(),
                "text, paragraph, int, date, url or handle, or a list of them (a record is filled only by @match with named groups; quotes only by @quotes)");
            return false;
        }
        return true;
    }
}
