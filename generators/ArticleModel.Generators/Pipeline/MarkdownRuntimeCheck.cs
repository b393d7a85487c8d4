using System.Collections.Immutable;
using System.Linq;
using ArticleModel.Generators.Diagnostics;
using ArticleModel.Generators.Model;
using ArticleModel.Schema;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Generators.Pipeline;

/// <summary>
/// Markdown locators need the ArticleModel.Markdown package (Markdig) at run time. When a schema uses them and the
/// project does not reference it, the generator leaves them out of the generated parsers and reports one AM1011 for
/// the whole compilation, at the first Markdown locator (by schema path), saying which package to add — as
/// <see cref="HtmlRuntimeCheck"/> does for HTML.
/// </summary>
internal static class MarkdownRuntimeCheck
{
    /// <summary>The type generated code calls; its presence in the compilation means the package is referenced.</summary>
    public const string RuntimeType = "ArticleModel.Markdown.CompilerServices.MarkdownParseContext";

    /// <summary>Where a schema first uses a Markdown locator; null when it uses none.</summary>
    public static DiagnosticInfo? FirstUse(SchemaPlan? plan)
    {
        if (plan is null) return null;
        foreach (var article in plan.Articles)
        {
            foreach (var field in article.Fields)
            {
                var first = field.Locators.Select(l => l.Markdown).FirstOrDefault(m => m is not null);
                if (first is null) continue;
                return new DiagnosticInfo(DiagnosticDescriptors.MarkdownPackageMissing.Id, SchemaSeverity.Warning,
                    $"field '{field.Name}' of '{article.Name}' uses {first.Display}, and Markdown locators need the ArticleModel.Markdown package, which this project does not reference; add <PackageReference Include=\"ArticleModel.Markdown\" /> (until then the generated parsers leave the Markdown locators out)",
                    plan.FilePath, first.Range);
            }
        }
        return null;
    }

    /// <summary>The one diagnostic for the compilation, or null.</summary>
    public static DiagnosticInfo? Diagnostic(ImmutableArray<DiagnosticInfo?> uses, CompilationFacts facts)
    {
        if (facts.HasMarkdownRuntime) return null;
        DiagnosticInfo? first = null;
        foreach (var use in uses)
        {
            if (use is not null && (first is null || string.CompareOrdinal(use.Path, first.Path) < 0)) first = use;
        }
        return first;
    }
}
