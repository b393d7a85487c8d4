using System.Globalization;
using System.Linq;
using ArticleModel.Generators.Model;
using ArticleModel.Schema;
using ArticleModel.Schema.Lowering;
using static ArticleModel.Generators.Emit.RuntimeTypes;

namespace ArticleModel.Generators.Emit;

// Layouts: an article with layout blocks parses with its own fields (ParseCurrent) or a layout's (a nested class per
// layout, holding that variant's parse and static fields, written by the same code as the article's). Which one runs
// is the runtime's Layouts.Choose, given the candidates in the plan's order — the interpreter hands it the same list.
internal static partial class ModelEmitter
{
    private const string LayoutCandidate = CompilerServices + ".LayoutCandidate";
    private const string LayoutsType = CompilerServices + ".Layouts";

    private static string LayoutClass(int layout) => "__Layout" + (layout + 1).ToString(CultureInfo.InvariantCulture);

    private static void WriteLayoutDispatch(SourceWriter w, SchemaPlan model, ArticlePlan article, CompilationFacts facts, string result)
    {
        var self = TypeName(model, article.Name);
        w.Line("/// <summary>Parses a document that a reader has already read, trying the article's layouts in order (the result's <c>Layout</c> names the one that matched).</summary>");
        w.Line("/// <param name=\"document\">The document.</param>");
        w.Line($"public static {result} {GeneratedNames.Parse}({ArticleDocument} document) => {GeneratedNames.Parse}(document, null);");
        w.Line();
        w.Line("/// <summary>Parses a document with the layout in use on <paramref name=\"layoutDate\"/> (the day the page was published or fetched); without a date, tries the layouts in order.</summary>");
        w.Line("/// <param name=\"document\">The document.</param>");
        w.Line("/// <param name=\"layoutDate\">The day the page is from, or null.</param>");
        w.Line($"public static {result} {GeneratedNames.Parse}({ArticleDocument} document, global::System.DateTime? layoutDate) =>");
        w.Line($"    {LayoutsType}.Choose(document ?? throw new global::System.ArgumentNullException(nameof(document)), layoutDate, __layouts);");
        w.Line();
        w.Line($"private static readonly {LayoutCandidate}<{self}>[] __layouts =");
        w.Open();
        w.Line($"new {LayoutCandidate}<{self}>({LayoutsType}.Current, null, {Names(article.CurrentKeyFields)}, __ParseCurrent),");
        for (var i = 0; i < article.Layouts.Count; i++)
        {
            var layout = article.Layouts[i];
            w.Line($"new {LayoutCandidate}<{self}>({Literal(layout.Name)}, {DateOrNull(layout.Until)}, {Names(layout.KeyFields)}, {LayoutClass(i)}.Parse),");
        }
        w.Close(";");
        w.Line();
        WriteParseDocument(w, model, article, facts, $"private static {result} __ParseCurrent");
    }

    private static void WriteLayoutClasses(SourceWriter w, SchemaPlan model, ArticlePlan article, CompilationFacts facts, string result)
    {
        for (var i = 0; i < article.Layouts.Count; i++)
        {
            var layout = article.Layouts[i];
            w.Line();
            w.Line($"// layout {Comment(layout.Name)}{(layout.Until is null ? "" : " until " + layout.Until)}");
            w.Open($"private static class {LayoutClass(i)}");
            WriteParseDocument(w, model, layout.Variant, facts, $"public static {result} Parse");
            WriteParseStatics(w, layout.Variant, facts);
            w.Close();
        }
    }

    private static string Names(EquatableArray<string> names) =>
        "new string[] { " + string.Join(", ", names.Select(Literal)) + " }";

    // "yyyy-MM-dd" (checked by the binder) as a DateTime constructor call.
    private static string DateOrNull(string? day)
    {
        if (day is null) return "null";
        var parts = day.Split('-');
        return $"new global::System.DateTime({int.Parse(parts[0], CultureInfo.InvariantCulture)}, {int.Parse(parts[1], CultureInfo.InvariantCulture)}, {int.Parse(parts[2], CultureInfo.InvariantCulture)})";
    }
}
