using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleModel.Generators.Tests.Infrastructure;

/// <summary>
/// Runs the generator over several schemas and compiles the result the way the strictest consumer would: nullable
/// enabled, every warning wave (warning level 9999), XML documentation checked, and every warning an error.
/// </summary>
public static class StrictBuild
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>For error-only runs: doc comments are not analysed (their problems are warnings), which is faster.</summary>
    public static readonly CSharpParseOptions LooseParseOptions = new(LanguageVersion.Latest, DocumentationMode.None);

    public static CSharpCompilationOptions Options { get; } =
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 9999,
                generalDiagnosticOption: ReportDiagnostic.Error)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
            {
                // Reference unification between the runtime's net8.0 build and the .NET 10 reference assemblies.
                ["CS1701"] = ReportDiagnostic.Suppress,
                ["CS1702"] = ReportDiagnostic.Suppress,
            });

    /// <summary>A finished run: the generator's diagnostics, the compiler's, and the generated sources by hint name.</summary>
    public sealed record Result(ImmutableArray<Diagnostic> GeneratorDiagnostics, ImmutableArray<Diagnostic> CompilerDiagnostics,
        IReadOnlyDictionary<string, string> Sources, Compilation Output)
    {
        public IEnumerable<Diagnostic> Errors => GeneratorDiagnostics.Concat(CompilerDiagnostics).Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);

        public IEnumerable<Diagnostic> CompilerErrors => CompilerDiagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);

        public string Describe() => string.Join("\n", GeneratorDiagnostics.Concat(CompilerDiagnostics).Select(d => d.ToString()));
    }

    public static Result Run(params (string Path, string Text)[] schemas) => Run(schemas, strict: true);

    /// <summary>
    /// The reference assemblies generated code can touch, and no others: binding against 10 references instead of
    /// 160 makes one compile several times faster, which the property test needs.
    /// </summary>
    public static IReadOnlyList<MetadataReference> LeanReferences { get; } = Basic.Reference.Assemblies.Net100.References.All
        .Where(r => new[] { "System.Runtime", "System.Text.RegularExpressions", "System.Text.Json", "System.Memory", "System.Collections",
                "System.ComponentModel.Primitives", "System.ComponentModel", "netstandard", "System.Runtime.InteropServices", "System.Private.Uri" }
            .Contains(Path.GetFileNameWithoutExtension(r.FilePath)))
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(global::ArticleModel.ParseResult<>).Assembly.Location))
        .ToArray();

    public static Result Run(IReadOnlyList<(string Path, string Text)> schemas, bool strict, bool lean = false)
    {
        var compilation = BaseCompilation(strict, lean);
        var driver = CSharpGeneratorDriver.Create(
            new[] { new ArticleSchemaGenerator().AsSourceGenerator() },
            additionalTexts: schemas.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)),
            parseOptions: strict ? ParseOptions : LooseParseOptions);
        var ran = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var run = ran.GetRunResult();
        var sources = run.Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        var exceptions = run.Results.Where(r => r.Exception is not null).Select(r => r.Exception!).ToList();
        if (exceptions.Count > 0) throw new InvalidOperationException("the generator threw", exceptions[0]);
        return new Result(generatorDiagnostics, output.GetDiagnostics(), sources, output);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(bool, bool), CSharpCompilation> s_bases = new();

    /// <summary>
    /// One consumer compilation per setting, shared: the generator adds its trees to it, and compilations derived from
    /// one base share its resolved references, which makes each run many times cheaper than a fresh compilation.
    /// </summary>
    private static CSharpCompilation BaseCompilation(bool strict, bool lean) => s_bases.GetOrAdd((strict, lean), key =>
    {
        var options = key.Item1 ? Options : Options.WithGeneralDiagnosticOption(ReportDiagnostic.Default).WithWarningLevel(4);
        var compilation = CSharpCompilation.Create("Consumer",
            new[] { CSharpSyntaxTree.ParseText("namespace Placeholder { internal static class Nothing { } }", key.Item1 ? ParseOptions : LooseParseOptions, path: "Source0.cs") },
            key.Item2 ? LeanReferences : GeneratorHarness.References, options);
        compilation.GetDiagnostics(); // bind the references once
        return compilation;
    });

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ArticleModel.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("repository root not found");
    }
}
