using System.Globalization;
using System.Linq;
using ArticleModel.Generators.Model;
using ArticleModel.Schema;
using ArticleModel.Schema.Lowering;
using static ArticleModel.Generators.Emit.RuntimeTypes;

namespace ArticleModel.Generators.Emit;

// Markdown locators: the Markdown side of the parse ('markdown', null when the input was not read from Markdown) and
// the calls of @heading and @frontmatter, cases of LocatorExpr (ModelEmitter.Fields.cs) in the field's ordered
// fallbacks. When the compilation does not reference ArticleModel.Markdown (AM1011), they are left out. Also the
// kind: filter of @blocks, which any format's blocks answer.
internal static partial class ModelEmitter
{
    private const string MarkdownParseContext = "global::ArticleModel.Markdown.CompilerServices.MarkdownParseContext";
    private const string BlockKind = "global::ArticleModel.BlockKind";

    private static bool UsesMarkdown(ArticlePlan article, CompilationFacts facts) =>
        facts.HasMarkdownRuntime && article.Fields.Any(f => f.Locators.Any(l => l.Markdown is not null));

    /// <summary>Writes <c>var markdown = …</c> after the drops when the article has Markdown locators; returns whether it did.</summary>
    private static bool WriteMarkdownContext(SourceWriter w, ArticlePlan article, CompilationFacts facts)
    {
        if (!UsesMarkdown(article, facts)) return false;
        w.Line($"var markdown = {MarkdownParseContext}.For(context);");
        return true;
    }

    private static string MarkdownLocatorExpr(MarkdownLocatorPlan l, bool list, string name)
    {
        if (l.Kind == LocatorKind.Heading)
        {
            var level = l.Level.ToString(CultureInfo.InvariantCulture);
            return list
                ? $"(markdown?.FindHeadings({level}, {name}) ?? global::System.Array.Empty<{FoundText}>())"
                : $"(markdown?.FindHeading({level}, {l.Position.ToString(CultureInfo.InvariantCulture)}, {name}) ?? default({FoundText}))";
        }
        return list
            ? $"(markdown?.FindFrontMatterAll({Literal(l.Key!)}, {name}) ?? global::System.Array.Empty<{FoundText}>())"
            : $"(markdown?.FindFrontMatter({Literal(l.Key!)}, {name}) ?? default({FoundText}))";
    }

    /// <summary>The mask argument of <c>FindBlocks</c> for <c>kind:</c> (a constant the C# compiler folds), or nothing when every kind is kept.</summary>
    private static string BlockKindsArgument(EquatableArray<string> kinds) =>
        kinds.Count == 0 ? "" : ", " + string.Join(" | ", kinds.Select(k => $"(1 << (int){BlockKind}.{k})"));
}
