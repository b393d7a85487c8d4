namespace ArticleModel.Generators.Model;

// A pipeline value: structurally equatable, no Roslyn objects (see CompiledSchema.cs).

/// <summary>The facts about the consuming compilation the emitter needs.</summary>
/// <param name="NeedsIsExternalInit">The target lacks <c>System.Runtime.CompilerServices.IsExternalInit</c> (netstandard2.0, .NET Framework), so one is emitted.</param>
/// <param name="SupportsRecords">The language version is C# 9 or later.</param>
/// <param name="HasNotNullWhen">The target has <c>NotNullWhenAttribute</c> (not in netstandard2.0), used on <c>TryParse</c>.</param>
/// <param name="HasHtmlRuntime">The compilation references ArticleModel.Html, so HTML locators are generated (else AM1010 and they are left out).</param>
/// <param name="HasMarkdownRuntime">The compilation references ArticleModel.Markdown, so Markdown locators are generated (else AM1011 and they are left out).</param>
internal readonly record struct CompilationFacts(bool NeedsIsExternalInit, bool SupportsRecords, bool HasNotNullWhen, bool HasHtmlRuntime = true, bool HasMarkdownRuntime = true);
