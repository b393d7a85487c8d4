using System.Linq;
using System;
using System.Collections.Immutable;
using ArticleModel.Generators.Diagnostics;
using ArticleModel.Generators.Model;
using ArticleModel.Schema;
using ArticleModel.Schema.Lowering;

namespace ArticleModel.Generators.Pipeline;

/// <summary>
/// HTML locators need the ArticleModel.Html package (AngleSharp) at run time. Text-only projects do not reference it;
/// when a schema uses HTML locators anyway, the generator leaves them out of the generated parsers and reports one
/// AM1010 for the whole compilation, at the first HTML locator (by schema path), saying which package to add.
/// </summary>
internal static class HtmlRuntimeCheck
{
    /// <summary>The type generated code calls; its presence in the compilation means the package is referenced.</summary>
    public const string RuntimeType = "ArticleModel.Html.CompilerServices.HtmlParseContext";

    /// <summary>Where a schema first uses an HTML locator; null when it uses none.</summary>
    public static DiagnosticInfo? FirstUse(SchemaPlan? plan)
    {
        if (plan is null) return null;
        foreach (var article in plan.Articles)
        {
            foreach (var field in article.Fields)
            {
                var first = field.Locators.Select(l => l.Html).FirstOrDefault(h => h is not null);
                if (first is null) continue;
                return new DiagnosticInfo(DiagnosticDescriptors.HtmlPackageMissing.Id, SchemaSeverity.Warning,
                    $"field '{field.Name}' of '{article.Name}' uses {first.Display}, and HTML locators need the ArticleModel.Html package, which this project does not reference; add <PackageReference Include=\"ArticleModel.Html\" /> (until then the generated parsers use only the text locators)",
                    plan.FilePath, first.Range);
            }
        }
        return null;
    }

    /// <summary>The one diagnostic for the compilation, or null.</summary>
    public static DiagnosticInfo? Diagnostic(ImmutableArray<DiagnosticInfo?> uses, CompilationFacts facts)
    {
        if (facts.HasHtmlRuntime) return null;
        DiagnosticInfo? first = null;
        foreach (var use in uses)
        {
            if (use is not null && (first is null || string.CompareOrdinal(use.Path, first.Path) < 0)) first = use;
        }
        return first;
    }
}
