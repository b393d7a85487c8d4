using System;
using System.Collections.Immutable;
using System.IO;
using ArticleModel.Generators.Diagnostics;
using ArticleModel.Generators.Emit;
using ArticleModel.Generators.Model;
using ArticleModel.Generators.Pipeline;
using ArticleModel.Schema;
using ArticleModel.Schema.Lowering;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ArticleModel.Generators;

/// <summary>
/// Compiles every <c>*.article</c> additional file into a partial record model and its parser.
/// Stages: read (path + text) → compile (schema front end → bound <see cref="SchemaModel"/> lowered to an equatable
/// <see cref="SchemaPlan"/>, + diagnostics) → emit (C# from the plan alone). Diagnostics are a separate output, so a message-only change does not re-emit source.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ArticleSchemaGenerator : IIncrementalGenerator
{
    /// <summary>The file extension of schema files.</summary>
    public const string SchemaExtension = ".article";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var inputs = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(SchemaExtension, StringComparison.OrdinalIgnoreCase))
            .Select(static (text, ct) => new SchemaInput(text.Path, text.GetText(ct)?.ToString()))
            .WithTrackingName(TrackingNames.SchemaText);

        var compiled = inputs
            .Select(static (input, _) => Compile(input))
            .WithTrackingName(TrackingNames.CompiledSchema);

        var models = compiled
            .Select(static (c, _) => c.Plan)
            .WithTrackingName(TrackingNames.SourceSpec);

        // Cross-file step: every declared type of every schema, so that duplicates and case-only differences are
        // reported (AM1004/AM1005) instead of ending in CS8785, and every hint name is unique.
        var typeTable = compiled
            .Select(static (c, _) => TypeNameTable.Declarations(c.Path, c.Plan))
            .WithTrackingName(TrackingNames.DeclaredTypes)
            .Collect()
            .Select(static (all, _) => TypeNameTable.Create(all))
            .WithTrackingName(TrackingNames.TypeNameTable);

        var typeDiagnostics = typeTable
            .Select(static (table, _) => table.Diagnostics())
            .WithTrackingName(TrackingNames.TypeNameDiagnostics);

        var resolved = models
            .Combine(typeTable)
            .Select(static (pair, _) => Resolve(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.ResolvedSourceSpec);

        var diagnostics = compiled
            .Select(static (c, _) => c.Diagnostics)
            .WithTrackingName(TrackingNames.SchemaDiagnostics);

        var facts = context.CompilationProvider
            .Select(static (compilation, _) => new CompilationFacts(
                NeedsIsExternalInit: compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.IsExternalInit") is null,
                SupportsRecords: compilation is not CSharpCompilation cs || cs.LanguageVersion >= LanguageVersion.CSharp9,
                HasNotNullWhen: compilation.GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.NotNullWhenAttribute") is not null,
                HasHtmlRuntime: compilation.GetTypeByMetadataName(HtmlRuntimeCheck.RuntimeType) is not null,
                HasMarkdownRuntime: compilation.GetTypeByMetadataName(MarkdownRuntimeCheck.RuntimeType) is not null))
            .WithTrackingName(TrackingNames.CompilationFacts);

        context.RegisterSourceOutput(diagnostics, static (spc, items) =>
        {
            foreach (var d in items) spc.ReportDiagnostic(DiagnosticDescriptors.Create(d));
        });

        context.RegisterSourceOutput(typeDiagnostics, static (spc, items) =>
        {
            foreach (var d in items) spc.ReportDiagnostic(DiagnosticDescriptors.Create(d));
        });

        context.RegisterSourceOutput(
            resolved.Combine(facts).WithTrackingName(TrackingNames.EmitInput),
            static (spc, pair) => Emit(spc, pair.Left, pair.Right));

        // One AM1010 for the compilation when schemas use HTML locators and ArticleModel.Html is not referenced.
        var htmlUses = models
            .Select(static (plan, _) => HtmlRuntimeCheck.FirstUse(plan))
            .WithTrackingName(TrackingNames.HtmlLocatorUse)
            .Collect()
            .Combine(facts)
            .Select(static (pair, _) => HtmlRuntimeCheck.Diagnostic(pair.Left, pair.Right));
        context.RegisterSourceOutput(htmlUses, static (spc, d) =>
        {
            if (d is not null) spc.ReportDiagnostic(DiagnosticDescriptors.Create(d));
        });

        // One AM1011 for the compilation when schemas use Markdown locators and ArticleModel.Markdown is not referenced.
        var markdownUses = models
            .Select(static (plan, _) => MarkdownRuntimeCheck.FirstUse(plan))
            .WithTrackingName(TrackingNames.MarkdownLocatorUse)
            .Collect()
            .Combine(facts)
            .Select(static (pair, _) => MarkdownRuntimeCheck.Diagnostic(pair.Left, pair.Right));
        context.RegisterSourceOutput(markdownUses, static (spc, d) =>
        {
            if (d is not null) spc.ReportDiagnostic(DiagnosticDescriptors.Create(d));
        });

        context.RegisterSourceOutput(facts, static (spc, f) =>
        {
            if (f.NeedsIsExternalInit) spc.AddSource("ArticleModel.IsExternalInit.g.cs", Polyfills.IsExternalInit);
        });
    }

    private static ResolvedSchema? Resolve(SchemaPlan? model, TypeNameTable table)
    {
        try
        {
            return table.Resolve(model);
        }
        catch (Exception)
        {
            // Written not to throw; should it, emit the schema with default hint names rather than lose every file
            // (a clash then surfaces as AM1001 from the emit step, not as CS8785).
            return model is null ? null : new ResolvedSchema(model, EquatableArray<HintName>.Empty);
        }
    }

    private static CompiledSchema Compile(SchemaInput input)
    {
        if (input.Text is null)
        {
            return new CompiledSchema(input.Path, null, new EquatableArray<DiagnosticInfo>(new[]
            {
                new DiagnosticInfo(DiagnosticDescriptors.UnreadableSchema.Id, SchemaSeverity.Error,
                    $"the schema file '{input.Path}' could not be read", input.Path, default),
            }));
        }
        try
        {
            var result = SchemaCompiler.Compile(input.Path, input.Text);
            var items = new DiagnosticInfo[result.Diagnostics.Count];
            for (var i = 0; i < items.Length; i++)
            {
                var d = result.Diagnostics[i];
                items[i] = new DiagnosticInfo(d.Id, d.Severity, d.Message, d.FilePath, d.Range);
            }
            return new CompiledSchema(input.Path, SchemaLowering.Lower(result.Model), new EquatableArray<DiagnosticInfo>(items));
        }
        catch (Exception e)
        {
            // The schema compiler is written not to throw; this is the last line of defence against CS8785.
            return new CompiledSchema(input.Path, null, new EquatableArray<DiagnosticInfo>(new[]
            {
                new DiagnosticInfo(DiagnosticDescriptors.InternalError.Id, SchemaSeverity.Error,
                    $"the ArticleModel generator failed on '{Path.GetFileName(input.Path)}': {e.GetType().Name}: {e.Message}", input.Path, default),
            }));
        }
    }

    private static void Emit(SourceProductionContext context, ResolvedSchema? resolved, CompilationFacts facts)
    {
        if (resolved is null) return;
        var model = resolved.Plan;
        if (!facts.SupportsRecords)
        {
            if (model.Articles.Count + model.Records.Count > 0)
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LanguageVersionTooLow, Location.None, Path.GetFileName(model.FilePath)));
            return;
        }
        try
        {
            var files = ImmutableArray.CreateBuilder<ModelEmitter.GeneratedFile>();
            files.AddRange(ModelEmitter.Emit(model, facts, resolved.HintNames));
            foreach (var file in files) context.AddSource(file.HintName, SourceText.From(file.Source, System.Text.Encoding.UTF8));
        }
        catch (Exception e)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError,
                Location.Create(model.FilePath, default, default),
                $"the ArticleModel generator failed while emitting '{Path.GetFileName(model.FilePath)}': {e.GetType().Name}: {e.Message}"));
        }
    }
}
