using System.Globalization;
using System.Linq;
using ArticleModel.Generators.Model;
using ArticleModel.Schema;
using ArticleModel.Schema.Lowering;
using static ArticleModel.Generators.Emit.RuntimeTypes;

namespace ArticleModel.Generators.Emit;

// HTML locators (FieldPlan.Html): tried in order on HTML input before the field's text locator, which then runs inside
// a block with its own locals ('t' prefix). Transcribes the plan exactly as the interpreter's HtmlFieldStep runs it.
// When the compilation does not reference ArticleModel.Html (AM1010 is reported), HTML locators are left out.
internal static partial class ModelEmitter
{
    private const string HtmlParseContext = "global::ArticleModel.Html.CompilerServices.HtmlParseContext";
    private const string HtmlNamespace = "global::ArticleModel.Html";

    private static bool UsesHtml(ArticlePlan article, CompilationFacts facts) =>
        facts.HasHtmlRuntime && article.Fields.Any(f => !f.Html.IsEmpty);

    /// <summary>Writes <c>var html = …</c> after the drops when the article has HTML locators; returns whether it did.</summary>
    private static bool WriteHtmlContext(SourceWriter w, ArticlePlan article, CompilationFacts facts)
    {
        if (!UsesHtml(article, facts)) return false;
        w.Line($"var html = {HtmlParseContext}.For(context);");
        return true;
    }

    private static string HtmlHitsVariable(int field) => "hl" + field.ToString(CultureInfo.InvariantCulture);

    private static string HtmlLocatorVariable(int field, int locator) =>
        "html" + field.ToString(CultureInfo.InvariantCulture) + "_" + locator.ToString(CultureInfo.InvariantCulture);

    private static void WriteHtmlLocatorFields(SourceWriter w, ArticlePlan article, CompilationFacts facts)
    {
        if (!UsesHtml(article, facts)) return;
        w.Line();
        foreach (var field in article.Fields)
        {
            for (var k = 0; k < field.Html.Count; k++)
            {
                var l = field.Html[k];
                var values = "new string[] { " + string.Join(", ", l.Values.Select(Literal)) + " }";
                var create = l.Kind switch
                {
                    LocatorKind.Css => $"{HtmlParseContext}.Css({values}, {LiteralOrNull(l.Attribute)}, {LiteralOrNull(l.Clean)}, {Bool(l.ResolveUrls)})",
                    LocatorKind.Meta => $"{HtmlParseContext}.Meta({values}, {Bool(l.ResolveUrls)})",
                    _ => $"{HtmlParseContext}.JsonLd({Literal(l.Values[0])}, {Bool(l.ResolveUrls)})",
                };
                var type = l.Kind switch { LocatorKind.Css => "CssLocator", LocatorKind.Meta => "MetaLocator", _ => "JsonLdLocator" };
                w.Line($"private static readonly {HtmlNamespace}.{type} {HtmlLocatorVariable(field.Index, k)} = {create};");
            }
        }
    }

    private static void WriteHtmlField(SourceWriter w, SchemaPlan model, ArticlePlan article, FieldPlan field, bool html)
    {
        var index = field.Index;
        var hl = HtmlHitsVariable(index);
        if (!html)
        {
            // No HTML runtime: the text locator alone, and its hits for a quote source.
            WriteField(w, model, article, field);
            w.Line($"var {hl} = {TextHits(field, "")};");
            return;
        }
        var name = Literal(field.Name);
        var type = field.Type;
        var clr = ClrType(model, type);
        var h = HitVariable(index);
        var v = $"v{index}";
        var x = $"x{index}";
        w.Line($"// {Comment(field.Declaration)}");
        w.Line($"var {x} = false;");
        w.Line($"var {h} = {Hit}.None;");
        w.Line($"var {hl} = global::System.Array.Empty<{Hit}>();");
        w.Line($"{clr} {v} = {MissingExpr(model, type, field.Missing)};");
        w.Open("if (html is not null)");
        for (var k = 0; k < field.Html.Count; k++)
        {
            var l = field.Html[k];
            var locator = HtmlLocatorVariable(index, k);
            w.Line($"// {Comment(l.Display)}");
            w.Open($"if (!{x})");
            if (!type.IsList)
            {
                w.Line($"var hv = html.Find({locator}, {name});");
                w.Open("if (hv.Found)");
                w.Line($"{x} = true;");
                w.Line($"{h} = html.HitOf(hv);");
                w.Line($"{hl} = {h}.Found ? new[] {{ {h} }} : global::System.Array.Empty<{Hit}>();");
                w.Line($"context.Spans.Add({name}, hv.Span);");
                var value = field.Conversion switch
                {
                    ValueConversion.None => "hv.Text",
                    ValueConversion.Paragraph => $"{HtmlParseContext}.Paragraph(hv)",
                    _ => Convert(field.Conversion, "hv.Text", "hv.Span", name, field.ConversionRequired) + MissingFallback(field.Missing),
                };
                w.Line($"{v} = {value};");
                w.Close();
            }
            else
            {
                var find = l.Kind == LocatorKind.Css ? $"html.FindAll({locator}, {Bool(l.Blocks)}, {name})" : $"html.FindAll({locator}, {name})";
                w.Line($"var hvs = {find};");
                w.Open("if (hvs.Length > 0)");
                w.Line($"{x} = true;");
                w.Line($"{hl} = html.HitsOf(hvs);");
                w.Line($"{h} = {Hit}.Cover({hl});");
                w.Line($"context.Spans.Add({name}, {HtmlParseContext}.SpansOf(hvs));");
                switch (field.Conversion)
                {
                    case ValueConversion.None:
                        w.Line($"{v} = {HtmlParseContext}.Texts(hvs);");
                        break;
                    case ValueConversion.Paragraph:
                        w.Line($"{v} = {HtmlParseContext}.Paragraphs(hvs);");
                        break;
                    default:
                        var item = ClrItemType(model, type);
                        w.Line($"var items = new global::System.Collections.Generic.List<{item}>(hvs.Length);");
                        w.Open("foreach (var hvi in hvs)");
                        // List items are never required one by one: a bad item is left out with a warning.
                        w.Line($"var item = {Convert(field.Conversion, "hvi.Text", "hvi.Span", name, false)};");
                        w.Line(type.Kind is ValueKind.Int or ValueKind.Date ? "if (item is not null) items.Add(item.Value);" : "if (item is not null) items.Add(item);");
                        w.Close();
                        w.Line($"{v} = new {ValueList}<{item}>(items.ToArray());");
                        break;
                }
                w.Close();
            }
            w.Close();
        }
        if (field.HtmlMissingLocator is not null)
        {
            w.Open($"if (!{x})");
            w.Line($"{x} = true;");
            w.Line($"context.Missing({name}, {Literal(field.HtmlMissingLocator)});");
            w.Close();
        }
        w.Close();
        w.Open($"if (!{x})");
        WriteField(w, model, article, field, own: "t");
        w.Line($"{h} = t{h};");
        w.Line($"{v} = t{v};");
        w.Line($"{hl} = {TextHits(field, "t")};");
        w.Close();
    }

    // The hits the text locator found, as the field's hit list (what a @quotes source reads).
    private static string TextHits(FieldPlan field, string own)
    {
        var i = field.Index;
        return field.Strategy switch
        {
            LocateStrategy.Blocks => own + BlocksVariable(i),
            LocateStrategy.MatchList => $"{ParseContext}.HitsOf({own}{MatchesVariable(i)})",
            LocateStrategy.Line or LocateStrategy.Block or LocateStrategy.Match => $"{own}{HitVariable(i)}.Found ? new[] {{ {own}{HitVariable(i)} }} : global::System.Array.Empty<{Hit}>()",
            _ => $"global::System.Array.Empty<{Hit}>()",
        };
    }
}
