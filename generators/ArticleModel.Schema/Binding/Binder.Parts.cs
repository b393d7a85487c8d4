using System.Linq;
using ArticleModel.Schema.Syntax;

namespace ArticleModel.Schema.Binding;

// Part of a block: 'part: after|before' on @match, 'strip: /re/' on @line, @block and @blocks (docs/schema-language.md §5.4).
internal sealed partial class Binder
{
    private const string PartExpected = "'after' (the rest of the block after the match) or 'before' (the block up to the match)";

    private bool BindPart(ArgumentSyntax argument, string locator, out BlockPart part)
    {
        part = BlockPart.Match;
        var v = Single(argument, "'part:'", locator, PartExpected);
        if (v == null) return false;
        if (v.Kind == TokenKind.Identifier && v.Text == "after") part = BlockPart.After;
        else if (v.Kind == TokenKind.Identifier && v.Text == "before") part = BlockPart.Before;
        else
        {
            Report(SchemaDiagnosticIds.InvalidArgumentValue, v.Range, "'part:'", locator, Describe(v),
                PartExpected + Naming.DidYouMean(v.Text, new[] { "after", "before" }));
            return false;
        }
        return true;
    }

    private bool BindStrip(ArgumentSyntax argument, string locator, out RegexSpec? strip)
    {
        strip = null;
        const string expected = "one /regex/ whose match at the start of the found text is removed, as in strip: /^[A-Z]+, .*? -- /";
        var v = Single(argument, "'strip:'", locator, expected);
        if (v == null) return false;
        if (v.Kind != TokenKind.Regex)
        {
            Report(SchemaDiagnosticIds.InvalidArgumentValue, v.Range, "'strip:'", locator, Describe(v), expected);
            return false;
        }
        strip = BindRegex(v);
        return strip != null;
    }

    /// <summary>
    /// <c>part:</c> takes the text around the match, so it cannot fill a record (made of the match's groups) or be
    /// combined with a <c>value</c> group (which already says which text is the value).
    /// </summary>
    private bool CheckPart(FieldInfo info, TypeSpec type, LocatorSpec spec, LocatorSyntax locator)
    {
        if (spec.Part == BlockPart.Match) return true;
        var partName = spec.Part == BlockPart.After ? "after" : "before";
        var at = PartRange(locator);
        if (type.Kind == ValueKind.Record)
        {
            Report(SchemaDiagnosticIds.InvalidPart, at, partName, info.Syntax.Name.Text,
                "it is the record " + type.RecordName + ", which is filled from the match's named groups",
                "no 'part:' on a record field (capture the text you need with a named group)");
            return false;
        }
        if (spec.Pattern != null && spec.Pattern.GroupNames.Contains(Lowering.SchemaLowering.ValueGroup))
        {
            Report(SchemaDiagnosticIds.InvalidPart, at, partName, info.Syntax.Name.Text,
                "the pattern has a 'value' group, which already says which text is the value",
                "either the 'value' group or 'part:', not both");
            return false;
        }
        return true;
    }

    private TextRange PartRange(LocatorSyntax locator)
    {
        foreach (var argument in locator.Arguments)
        {
            if (argument.Name is { Text: "part" } name) return Span(name, argument.Values[argument.Values.Count - 1]);
        }
        return Span(locator.At, locator.Close);
    }

    /// <summary>A drop rule removes whole blocks: <c>part:</c> and <c>strip:</c>, which shape a value, are errors there (AM0158).</summary>
    private bool CheckDropArguments(LocatorSyntax locator, LocatorSpec spec)
    {
        if (spec.Part == BlockPart.Match && spec.Strip == null) return true;
        foreach (var argument in locator.Arguments)
        {
            if (argument.Name is { Text: "part" or "strip" } name) Report(SchemaDiagnosticIds.ValueArgumentOnDrop, name.Range, name.Text);
        }
        return false;
    }
}
