using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ArticleModel.Generators.Tests.Infrastructure;

/// <summary>An additional file held in memory.</summary>
public sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>
/// Runs the generator over schemas and C# sources, compiles the result in memory and loads it. Also compiled into the
/// interpreter tests (linked), which compare the generated parsers with interpreted ones.
/// </summary>
public static class GeneratorHarness
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static IEnumerable<MetadataReference> References { get; } =
        Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(global::ArticleModel.ParseResult<>).Assembly.Location)).ToArray();

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer" + Guid.NewGuid().ToString("N"),
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Source{i}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                // The runtime is built for net8.0 and referenced from .NET 10 reference assemblies: unify silently.
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
                {
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                }));

    public static GeneratorDriver CreateDriver(params AdditionalText[] schemas) =>
        CSharpGeneratorDriver.Create(
            new[] { new ArticleSchemaGenerator().AsSourceGenerator() },
            additionalTexts: schemas,
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once and returns the updated compilation and every diagnostic (generator + compiler).</summary>
    public static (Compilation Output, GeneratorDriverRunResult Run, ImmutableArray<Diagnostic> Diagnostics) Run(string schemaPath, string schema, params string[] sources)
    {
        var compilation = CreateCompilation(sources.Length == 0 ? new[] { "namespace Placeholder { internal static class Nothing { } }" } : sources);
        var driver = CreateDriver(new InMemoryAdditionalText(schemaPath, schema));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var all = generatorDiagnostics.AddRange(output.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
        return (output, driver.GetRunResult(), all);
    }

    /// <summary>Runs the generator once; returns the updated compilation and the generator's own diagnostics only.</summary>
    public static (Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics) RunGenerator(string schemaPath, string schema) =>
        RunGenerator(schemaPath, schema, Array.Empty<MetadataReference>());

    /// <summary>As <see cref="RunGenerator(string, string)"/>, with more references (ArticleModel.Html for HTML locators).</summary>
    public static (Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics) RunGenerator(string schemaPath, string schema, IEnumerable<MetadataReference> extraReferences)
    {
        var compilation = CreateCompilation("namespace Placeholder { internal static class Nothing { } }").AddReferences(extraReferences);
        CreateDriver(new InMemoryAdditionalText(schemaPath, schema)).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return (output, diagnostics);
    }

    /// <summary>Emits <paramref name="compilation"/> and loads it into a collectible context.</summary>
    public static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        if (!emit.Success)
        {
            throw new InvalidOperationException("generated code does not compile:\n" +
                string.Join("\n", emit.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)));
        }
        stream.Position = 0;
        var context = new AssemblyLoadContext("generated" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return context.LoadFromStream(stream);
    }

    /// <summary>Calls the generated <c>TYPE.Parse(string)</c> and returns the whole result as JSON.</summary>
    public static string ParseToJson(Assembly assembly, string typeName, string text)
    {
        var type = assembly.GetType(typeName, throwOnError: true)!;
        var parse = type.GetMethod("Parse", new[] { typeof(string) })!;
        var result = parse.Invoke(null, new object[] { text })!;
        var writeJson = result.GetType().GetMethod("WriteJson")!;
        using var stream = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream, global::ArticleModel.ResultJson.WriterOptions(indented: true)))
        {
            writeJson.Invoke(result, new object[] { writer });
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string TestFile(params string[] parts) => Path.Combine(new[] { AppContext.BaseDirectory }.Concat(parts).ToArray());
}
