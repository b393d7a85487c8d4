using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using ArticleModel.Generators;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ArticleModel.Benchmarks;

/// <summary>
/// The source generator's cost over a project of 100 schemas of realistic size (issue 13 item 4): the schemas of the
/// repository (the samples, the generator and schema test schemas, WebArticle, the 48 site schemas), each given a
/// namespace of its own, 100 in all. <b>Cold</b>: a new driver, nothing cached, every schema compiled and emitted.
/// <b>Warm</b>: the driver of an earlier run after one keystroke — in a C# file (no schema step runs again) or in one
/// schema (that schema alone is compiled and emitted again). The incrementality itself is proven step by step in
/// tests/ArticleModel.Generators.Tests/IncrementalityTests.cs. docs/performance.md, "Generator cost".
/// Run: <c>dotnet run -c Release --project tests/Benchmarks -- --filter '*GeneratorBenchmarks*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    /// <summary>How many schemas the project has.</summary>
    public const int SchemaCount = 100;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);
    private ImmutableArray<AdditionalText> _schemas;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _editedCompilation = null!;
    private AdditionalText _editedSchema = null!;
    private GeneratorDriver _warm = null!;

    [GlobalSetup]
    public void Setup()
    {
        _schemas = LoadSchemas();
        _compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("namespace App { public static class A { public static int X = 1; } }", ParseOptions) },
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        _editedCompilation = _compilation.ReplaceSyntaxTree(
            _compilation.SyntaxTrees[0],
            CSharpSyntaxTree.ParseText("namespace App { public static class A { public static int X = 2; } }", ParseOptions));
        var first = _schemas[0];
        _editedSchema = new InMemorySchema(first.Path, first.GetText()!.ToString().Replace("\n}", "\n  // edited\n}"));
        _warm = CreateDriver().RunGenerators(_compilation);
        var result = _warm.GetRunResult();
        var errors = result.Diagnostics.Count(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Console.WriteLine($"// generator: {_schemas.Length} schemas, {_schemas.Sum(s => s.GetText()!.Lines.Count)} lines, " +
                          $"{result.GeneratedTrees.Length} generated files, {result.GeneratedTrees.Sum(t => t.Length)} characters, {errors} errors");
    }

    [Benchmark(Baseline = true, Description = "cold: new driver, 100 schemas")]
    public int Cold() => CreateDriver().RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    [Benchmark(Description = "warm: a C# file edited")]
    public int WarmCSharpEdit()
    {
        // Alternate between the two compilations so that every run sees a change, as a keystroke does.
        _warm = _warm.RunGenerators(_editedCompilation).RunGenerators(_compilation);
        return _warm.GetRunResult().GeneratedTrees.Length;
    }

    [Benchmark(Description = "warm: one schema edited")]
    public int WarmSchemaEdit()
    {
        _warm = _warm.ReplaceAdditionalText(_schemas[0], _editedSchema).RunGenerators(_compilation);
        var edited = _warm.GetRunResult().GeneratedTrees.Length;
        _warm = _warm.ReplaceAdditionalText(_editedSchema, _schemas[0]).RunGenerators(_compilation);
        return edited;
    }

    private GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(new[] { new ArticleSchemaGenerator().AsSourceGenerator() }, additionalTexts: _schemas, parseOptions: ParseOptions);

    /// <summary>The repository's valid schemas, cycled to <see cref="SchemaCount"/>, each in a namespace of its own.</summary>
    private static ImmutableArray<AdditionalText> LoadSchemas()
    {
        var folders = new[]
        {
            Path.Combine("src", "ArticleModel.Sample"),
            Path.Combine("src", "ArticleModel.Html", "WebArticles"),
            Path.Combine("tests", "ArticleModel.Generators.Tests", "Schemas"),
            Path.Combine("tests", "ArticleModel.Schema.Tests", "Corpus", "valid"),
            Path.Combine("tests", "SiteEvaluation", "Sites"),
        };
        var sources = folders
            .SelectMany(f => Directory.GetFiles(RepositoryFolders.Require(f), "*.article"))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (Name: Path.GetFileName(p), Text: File.ReadAllText(p).Replace("\r\n", "\n")))
            .ToArray();
        var namespaceLine = new Regex(@"^namespace [^;\n]+;", RegexOptions.Multiline);
        var result = ImmutableArray.CreateBuilder<AdditionalText>(SchemaCount);
        for (var i = 0; i < SchemaCount; i++)
        {
            var (name, text) = sources[i % sources.Length];
            var own = $"namespace Bench.Schema{i:D3};";
            text = namespaceLine.IsMatch(text) ? namespaceLine.Replace(text, own, 1) : own + "\n" + text;
            result.Add(new InMemorySchema($"/bench/{i:D3}/{name}", text));
        }
        return result.MoveToImmutable();
    }

    /// <summary>The running framework's assemblies and the ArticleModel runtimes, so the generator sees what a real project gives it.</summary>
    private static IEnumerable<MetadataReference> References()
    {
        var platform = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return platform
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(ParseResult<>).Assembly.Location)
            .Append(typeof(ArticleModel.Html.HtmlReader).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray();
    }

    private sealed class InMemorySchema(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
