using System.Globalization;
using System.Linq;
using ArticleModel.Generators.Model;
using ArticleModel.Schema;
using ArticleModel.Schema.Lowering;
using static ArticleModel.Generators.Emit.RuntimeTypes;

namespace ArticleModel.Generators.Emit;

// HTML locators: the HTML side of the parse ('html', null when the input was not read from HTML) and each HTML
// locator's static runtime object. The locators themselves are cases of LocatorExpr (ModelEmitter.Fields.cs), in the
// field's ordered fallbacks like the text locators. When the compilation does not reference ArticleModel.Html (AM1010
// is reported), HTML locators are left out.
internal static partial class ModelEmitter
{
    private const string HtmlParseContext = "global::ArticleModel.Html.CompilerServices.HtmlParseContext";
    private const string HtmlNamespace = "global::ArticleModel.Html";

    private static bool UsesHtml(ArticlePlan article, CompilationFacts facts) =>
        facts.HasHtmlRuntime && article.Fields.Any(f => f.Locators.Any(l => l.Html is not null));

    /// <summary>Writes <c>var html = …</c> after the drops when the article has HTML locators; returns whether it did.</summary>
    private static bool WriteHtmlContext(SourceWriter w, ArticlePlan article, CompilationFacts facts)
    {
        if (!UsesHtml(article, facts)) return false;
        w.Line($"var html = {HtmlParseContext}.For(context);");
        return true;
    }

    private static string HtmlLocatorVariable(int field, int locator) =>
        "html" + field.ToString(CultureInfo.InvariantCulture) + "_" + locator.ToString(CultureInfo.InvariantCulture);

    private static void WriteHtmlLocatorFields(SourceWriter w, ArticlePlan article, CompilationFacts facts)
    {
        if (!UsesHtml(article, facts)) return;
        w.Line();
        foreach (var field in article.Fields)
        {
            for (var k = 0; k < field.Locators.Count; k++)
            {
                if (field.Locators[k].Html is not { } l) continue;
                var values = "new string[] { " + string.Join(", ", l.Values.Select(Literal)) + " }";
                var create = l.Kind switch
                {
                    LocatorKind.Css => $"{HtmlParseContext}.Css({values}, {LiteralOrNull(l.Attribute)}, {LiteralOrNull(l.Clean)}, {Bool(l.ResolveUrls)})",
                    LocatorKind.XPath => $"{HtmlParseContext}.XPath({values}, {LiteralOrNull(l.Clean)}, {Bool(l.ResolveUrls)})",
                    LocatorKind.Meta => $"{HtmlParseContext}.Meta({values}, {Bool(l.ResolveUrls)})",
                    LocatorKind.Content => $"{HtmlParseContext}.Content({LiteralOrNull(l.Clean)})",
                    _ => $"{HtmlParseContext}.JsonLd({Literal(l.Values[0])}, {Bool(l.ResolveUrls)})",
                };
                var type = l.Kind switch { LocatorKind.Css => "CssLocator", LocatorKind.XPath => "XPathLocator", LocatorKind.Meta => "MetaLocator", LocatorKind.Content => "ContentLocator", _ => "JsonLdLocator" };
                w.Line($"private static readonly {HtmlNamespace}.{type} {HtmlLocatorVariable(field.Index, k)} = {create};");
            }
        }
    }
}
