using System.Globalization;
using System.Linq;
using ArticleModel.Schema;
using ArticleModel.Schema.Lowering;
using static ArticleModel.Generators.Emit.RuntimeTypes;

namespace ArticleModel.Generators.Emit;

// Fields: a field's locators as ordered fallbacks, its transforms and its value (docs/architecture.md, "Lowering").
internal static partial class ModelEmitter
{
    // html/markdown: whether the generated parser has the HTML ('html') or Markdown ('markdown') side of the parse;
    // without it (AM1010, AM1011) that format's locators are left out.
    private static void WriteField(SourceWriter w, SchemaPlan model, ArticlePlan article, FieldPlan field, bool html, bool markdown)
    {
        var index = field.Index;
        var name = Literal(field.Name);
        var type = field.Type;
        w.Line($"// {Comment(field.Declaration)}");
        var h = HitVariable(index);
        var v = $"v{index}";
        // Locals of single values are nullable: null is "not found", whatever the property's type.
        var clr = LocalType(model, type);
        var missing = field.MissingLocator is null ? null : $"context.Missing({name}, {Literal(field.MissingLocator)});";

        if (field.QuoteSource is { } source)
        {
            var hits = source.Kind switch
            {
                QuoteSourceKind.NoText => $"global::System.Array.Empty<{Hit}>()",
                QuoteSourceKind.Blocks => BlocksVariable(source.Field),
                _ => HitVariable(source.Field),
            };
            w.Line($"var {h} = {Hit}.None;");
            // With options, the static QuoteOptions field built once (WriteQuoteOptionsField); without, the extractor's defaults.
            w.Line(field.QuoteOptions is null ? $"var {v} = context.Quotes({hits});" : $"var {v} = context.Quotes({hits}, {GeneratedNames.QuotesField(index)});");
            w.Line($"context.Spans.Add({name}, {ParseContext}.SpansOf({v}));");
            return;
        }
        if (field.Locators.Count == 0)
        {
            w.Line($"var {h} = {Hit}.None;");
            if (type.IsList) w.Line($"var {BlocksVariable(index)} = global::System.Array.Empty<{Hit}>();");
            w.Line($"{clr} {v} = {MissingExpr(model, type, field.Missing)};");
            if (missing is not null) w.Line(missing);
            return;
        }

        // Ordered fallbacks: each locator runs only when the ones before it found nothing (for a list: no item).
        var found = type.IsList ? $"xs{index}" : $"x{index}";
        w.Line(type.IsList ? $"var {found} = global::System.Array.Empty<{FoundText}>();" : $"var {found} = default({FoundText});");
        // With fallbacks, found text that does not convert lets the next locator be tried; the first such text is kept
        // for the value (and its AM3002) when no locator finds text that converts.
        var unconverted = field.FallsThroughFailedConversion ? $"u{index}" : null;
        if (unconverted is not null) w.Line($"var {unconverted} = default({FoundText});");
        // Without the HTML (AM1010) or Markdown (AM1011) runtime that format's locators are left out: they find nothing,
        // as on input of another format.
        var run = Enumerable.Range(0, field.Locators.Count)
            .Where(i => (html || field.Locators[i].Format != InputFormat.Html) && (markdown || field.Locators[i].Format != InputFormat.Markdown)).ToList();
        for (var k = 0; k < run.Count; k++)
        {
            var locator = field.Locators[run[k]];
            w.Line($"// {Comment(locator.Display)}");
            if (k == 0) w.Open();
            else w.Open(type.IsList ? $"if ({found}.Length == 0)" : $"if (!{found}.Found)");
            var expr = LocatorExpr(w, article, field, locator, run[k], $"r{index}l{k}", name);
            if (field.Transforms.Count > 0) expr = $"context.Transform({expr}, {GeneratedNames.TransformsField(index)}, {name})";
            w.Line($"{found} = {expr};");
            if (unconverted is not null)
                w.Line($"if ({found}.Found && !{ParseContext}.Converts({found}, {Literal(field.FallThroughConversion!)}{(DateSpecOf(field) is { } spec ? ", " + spec : "")})) {{ if (!{unconverted}.Found) {unconverted} = {found}; {found} = default; }}");
            w.Close();
        }
        if (unconverted is not null) w.Line($"if (!{found}.Found) {found} = {unconverted};");

        if (type.IsList)
        {
            var hs = BlocksVariable(index);
            w.Line($"var {hs} = {ParseContext}.HitsOf({found});");
            w.Line($"var {h} = {Hit}.Cover({hs});");
            w.Line($"context.Spans.Add({name}, context.SpansOf({found}));");
            WriteListValue(w, model, field, found, v, name);
            return;
        }
        w.Line($"var {h} = {found}.Hit;");
        w.Line($"{clr} {v} = {MissingExpr(model, type, field.Missing)};");
        w.Open($"if ({found}.Found)");
        w.Line($"context.Spans.Add({name}, context.Span({found}));");
        w.Line($"{v} = {ScalarValue(model, field, found, name)};");
        w.Close();
        if (missing is not null) w.Line("else " + missing);
    }

    /// <summary>
    /// The expression for what one locator finds: a <c>FoundText</c> (a <c>FoundText[]</c> for a list). The one switch
    /// over the locator kinds; it writes the region's pattern-anchor lookups first.
    /// </summary>
    private static string LocatorExpr(SourceWriter w, ArticlePlan article, FieldPlan field, LocatorPlan locator, int k, string prefix, string name)
    {
        var isRecord = field.Conversion == ValueConversion.Record;
        string expr;
        switch (locator.Strategy)
        {
            case LocateStrategy.Line:
                expr = $"context.FromHit(context.FindLine({locator.Position}, {RegexOrNull(locator.WhereRegex)}, {name}))";
                break;
            case LocateStrategy.Block:
                expr = $"context.FromHit(context.FindBlock({locator.Position}, {RegionExpr(w, article, locator.Region, prefix, name)}, {RegexOrNull(locator.WhereRegex)}, {name}))";
                break;
            case LocateStrategy.Blocks:
                expr = $"context.FromHits(context.FindBlocks({RegionExpr(w, article, locator.Region, prefix, name)}{BlockKindsArgument(locator.BlockKinds)}))";
                break;
            case LocateStrategy.Match:
            {
                var find = $"context.FindMatch({FindArgs(article, locator.PatternRegex!.Value)}, {RegionExpr(w, article, locator.Region, prefix, name)}, {name}, out var m)";
                expr = isRecord ? $"context.FromRecordMatch({find}, m)"
                    : locator.Part != BlockPart.Match ? $"context.FromPart({find}, m, after: {Bool(locator.Part == BlockPart.After)})"
                    : $"context.FromMatch({find}, m, {LiteralOrNull(locator.ValueGroup)})";
                break;
            }
            case LocateStrategy.MatchList:
            {
                var find = $"context.FindMatches({FindArgs(article, locator.PatternRegex!.Value)}, {RegionExpr(w, article, locator.Region, prefix, name)}, {name})";
                expr = isRecord ? $"context.FromRecordMatches({find})"
                    : locator.Part != BlockPart.Match ? $"context.FromParts({find}, after: {Bool(locator.Part == BlockPart.After)})"
                    : $"context.FromMatches({find}, {LiteralOrNull(locator.ValueGroup)})";
                break;
            }
            // HTML locators (ModelEmitter.Html.cs): nothing on input that was not read from HTML ('html' is null).
            case LocateStrategy.Css:
            case LocateStrategy.XPath:
                expr = field.Type.IsList
                    ? $"(html?.FindTexts({HtmlLocatorVariable(field.Index, k)}, {Bool(locator.Html!.Blocks)}, {name}) ?? global::System.Array.Empty<{FoundText}>())"
                    : $"(html?.FindText({HtmlLocatorVariable(field.Index, k)}, {name}) ?? default({FoundText}))";
                break;
            case LocateStrategy.Meta:
            case LocateStrategy.JsonLd:
            case LocateStrategy.Content:
                expr = field.Type.IsList
                    ? $"(html?.FindTexts({HtmlLocatorVariable(field.Index, k)}, {name}) ?? global::System.Array.Empty<{FoundText}>())"
                    : $"(html?.FindText({HtmlLocatorVariable(field.Index, k)}, {name}) ?? default({FoundText}))";
                break;
            // Markdown locators (ModelEmitter.Markdown.cs): nothing on input that was not read from Markdown ('markdown' is null).
            case LocateStrategy.Heading:
            case LocateStrategy.FrontMatter:
                expr = MarkdownLocatorExpr(locator.Markdown!, field.Type.IsList, name);
                break;
            default:
                throw new System.InvalidOperationException("no expression for " + locator.Strategy);
        }
        if (locator.StripRegex is int strip) expr = $"context.Strip({expr}, {FindArgs(article, strip)}, {name})";
        return expr;
    }

    private static string ScalarValue(SchemaPlan model, FieldPlan field, string found, string name) => field.Conversion switch
    {
        ValueConversion.None => $"{found}.Text",
        ValueConversion.Paragraph => $"context.Paragraph({found})",
        ValueConversion.Record => $"{TypeName(model, field.Type.RecordName!)}.{GeneratedNames.FromMatch}(context, {found}.Match!, {name}, {Bool(field.RecordMemberSpans)})",
        // A conversion that can fail (a handle) is nullable; a required field's local is not (no CS8600).
        _ => Convert(field.Conversion, $"{found}.Text", $"context.Span({found})", name, field.ConversionRequired, DateSpecOf(field)),
    };

    private static void WriteListValue(SourceWriter w, SchemaPlan model, FieldPlan field, string found, string v, string name)
    {
        switch (field.Conversion)
        {
            case ValueConversion.None:
                w.Line($"var {v} = {ParseContext}.Texts({found});");
                return;
            case ValueConversion.Paragraph:
                w.Line($"var {v} = context.Paragraphs({found});");
                return;
        }
        var index = field.Index;
        var item = ClrItemType(model, field.Type);
        w.Line($"var items{index} = new global::System.Collections.Generic.List<{item}>({found}.Length);");
        w.Open($"foreach (var x in {found})");
        if (field.Conversion == ValueConversion.Record)
        {
            w.Line($"items{index}.Add({TypeName(model, field.Type.RecordName!)}.{GeneratedNames.FromMatch}(context, x.Match!, {name}, {Bool(field.RecordMemberSpans)}));");
        }
        else
        {
            w.Line($"var item = {Convert(field.Conversion, "x.Text", "context.Span(x)", name, field.ConversionRequired, DateSpecOf(field))};");
            w.Line(field.Type.Kind is ValueKind.Int or ValueKind.Date ? $"if (item is not null) items{index}.Add(item.Value);" : $"if (item is not null) items{index}.Add(item);");
        }
        w.Close();
        w.Line($"var {v} = new {ValueList}<{item}>(items{index}.ToArray());");
    }

    /// <summary>The static array of a field's (or record member's) transform steps; nothing when it has none.</summary>
    private static void WriteTransformsField(SourceWriter w, int index, EquatableArray<TransformStepPlan> steps)
    {
        if (steps.Count == 0) return;
        var items = string.Join(", ", steps.Select(TransformExpr));
        w.Line($"private static readonly {TextTransform}[] {GeneratedNames.TransformsField(index)} = new {TextTransform}[] {{ {items} }};");
    }

    private static string TransformExpr(TransformStepPlan step) => step.Kind switch
    {
        TransformKind.Trim => $"{TextTransform}.Trim({Literal(step.Text!)})",
        TransformKind.TrimPrefix => $"{TextTransform}.TrimPrefix({Literal(step.Text!)})",
        TransformKind.TrimSuffix => $"{TextTransform}.TrimSuffix({Literal(step.Text!)})",
        TransformKind.Replace => $"{TextTransform}.Replace({RegexVariable(step.Regex!.Value)}, {Literal(step.Text!)})",
        TransformKind.Collapse => $"{TextTransform}.Collapse",
        TransformKind.Lowercase => $"{TextTransform}.Lowercase",
        TransformKind.Uppercase => $"{TextTransform}.Uppercase",
        TransformKind.Split => $"{TextTransform}.Split({RegexVariable(step.Regex!.Value)})",
        _ => $"{TextTransform}.Titlecase",
    };

    /// <summary>A <c>@quotes</c> field's options as a static field: <c>new QuoteOptions(minWords: 2, marks: QuoteMarks.Curly, organisationsAsSpeakers: false)</c>.</summary>
    private static void WriteQuoteOptionsField(SourceWriter w, FieldPlan field)
    {
        if (field.QuoteOptions is not { } options) return;
        var marks = string.Join(" | ", QuoteOptionsSpec.MarkNames(options.Marks).Select(m => $"{QuoteMarks}.{m.Value}"));
        w.Line($"private static readonly {QuoteOptions} {GeneratedNames.QuotesField(field.Index)} = new {QuoteOptions}(minWords: {options.MinWords.ToString(CultureInfo.InvariantCulture)}, marks: {marks}, organisationsAsSpeakers: {Bool(options.OrganisationsAsSpeakers)});");
    }
}
