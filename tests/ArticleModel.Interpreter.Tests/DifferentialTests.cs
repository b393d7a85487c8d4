using ArticleModel.Generators.Tests.Infrastructure;
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using ArticleModel.Interpreter.Tests.Infrastructure;
using ArticleModel.Schema;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArticleModel.Interpreter.Tests;

/// <summary>
/// The guarantee that the two back ends never drift: for every schema in the repository and every article fixture
/// (plus generated edge cases), the interpreter's <c>ParseResult.WriteJson</c> output equals the generated parser's,
/// byte for byte — value, spans and diagnostics.
/// </summary>
public class DifferentialTests
{
    private static readonly Lazy<List<(string Name, byte[] Bytes)>> s_inputs = new(() => Repo.Inputs().ToList());

    public static TheoryData<string> SchemaFiles() => new(Repo.Schemas());

    public static TheoryData<string> InvalidSchemaFiles() => new(Repo.InvalidSchemas());

    [Fact]
    public void The_repository_schemas_and_fixtures_are_found()
    {
        var schemas = Repo.Schemas();
        Assert.Contains("src/ArticleModel.Sample/NewsStory.article", schemas);
        Assert.Contains("tests/ArticleModel.Generators.Tests/Schemas/Kitchen.article", schemas);
        Assert.True(schemas.Count(s => s.StartsWith("tests/ArticleModel.Schema.Tests/Corpus/valid/", StringComparison.Ordinal)) >= 5);
        var fixtures = Repo.Fixtures();
        Assert.True(fixtures.Count(f => f.StartsWith("src/ArticleModel.Sample/Articles/", StringComparison.Ordinal)) >= 5);
        Assert.Contains("tests/ArticleModel.Generators.Tests/Schemas/kitchen-release.txt", fixtures);
    }

    [Fact]
    public void With_quote_spans_interpreter_output_equals_generated_output_byte_for_byte()
    {
        const string schema = "src/ArticleModel.Sample/NewsStory.article";
        var path = Repo.File(schema);
        var text = File.ReadAllText(path);
        var interpreted = InterpretedSchema.Load(text, path);
        var (output, _) = GeneratorHarness.RunGenerator(path, text, MarkdownLocatorTests.FormatReferences);
        var assembly = GeneratorHarness.Load(output);
        var options = new ResultJsonOptions { IncludeQuoteSpans = true };
        var typeName = interpreted.Model.Namespace + ".NewsStory";

        var generated = Differential.Generated(assembly, typeName, options);
        var failures = Differential.Compare(generated, Differential.Interpreted(interpreted.GetParser("NewsStory"), options), s_inputs.Value).ToList();

        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(5)));
        // The option took effect: some input has a quote, and its spans are in the output.
        var withQuotes = s_inputs.Value.Select(input => Encoding.UTF8.GetString(generated(PlainTextReader.Read(input.Bytes)))).Where(j => j.Contains("\"speaker\"")).ToList();
        Assert.NotEmpty(withQuotes);
        Assert.All(withQuotes, j => Assert.Contains("\"spans\": [\n", j));
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Interpreter_output_equals_generated_output_byte_for_byte(string schema)
    {
        var path = Repo.File(schema);
        var text = File.ReadAllText(path);
        var interpreted = InterpretedSchema.Load(text, path);
        var (output, generatorDiagnostics) = GeneratorHarness.RunGenerator(path, text, MarkdownLocatorTests.FormatReferences);
        AssertSameDiagnostics(generatorDiagnostics, interpreted.Diagnostics);
        if (interpreted.HasErrors)
        {
            // Other test projects keep deliberately broken schemas (consumer-test templates and the like): for those
            // the same diagnostics are the whole contract. The sample's, the test schemas and the valid corpus must build.
            var mustBuild = schema.StartsWith("src/", StringComparison.Ordinal) || schema.Contains("/Schemas/", StringComparison.Ordinal)
                || schema.Contains("/Corpus/valid/", StringComparison.Ordinal);
            Assert.False(mustBuild, $"{schema} has errors: {string.Join("; ", interpreted.Diagnostics)}");
            return;
        }
        Assert.NotEmpty(interpreted.ArticleNames);

        var assembly = GeneratorHarness.Load(output);
        var failures = new List<string>();
        foreach (var article in interpreted.ArticleNames)
        {
            var typeName = (interpreted.Model.Namespace is null ? "" : interpreted.Model.Namespace + ".") + article;
            var generated = Differential.Generated(assembly, typeName);
            var mine = Differential.Interpreted(interpreted.GetParser(article));
            failures.AddRange(Differential.Compare(generated, mine, s_inputs.Value).Select(f => article + ": " + f));
        }
        Assert.True(failures.Count == 0,
            $"{failures.Count} of {s_inputs.Value.Count * 2 * interpreted.ArticleNames.Count} parses differ for {schema}:\n" + string.Join("\n\n", failures.Take(5)));
    }

    [Theory]
    [MemberData(nameof(InvalidSchemaFiles))]
    public void Schema_errors_are_the_diagnostics_the_generator_reports(string schema)
    {
        var path = Repo.File(schema);
        var text = File.ReadAllText(path);
        var interpreted = InterpretedSchema.Load(text, path);
        var (output, generatorDiagnostics) = GeneratorHarness.RunGenerator(path, text, MarkdownLocatorTests.FormatReferences);
        Assert.NotEmpty(interpreted.Diagnostics);
        AssertSameDiagnostics(generatorDiagnostics, interpreted.Diagnostics);
        // The file name says which diagnostic the schema is about.
        var id = Path.GetFileName(path).Split('-')[0];
        Assert.Contains(interpreted.Diagnostics, d => d.Id == id);
        if (interpreted.HasErrors) return;

        // Warnings only: the schema builds, so both back ends must parse alike too.
        var assembly = GeneratorHarness.Load(output);
        var failures = new List<string>();
        foreach (var article in interpreted.ArticleNames)
        {
            var typeName = (interpreted.Model.Namespace is null ? "" : interpreted.Model.Namespace + ".") + article;
            failures.AddRange(Differential.Compare(Differential.Generated(assembly, typeName), Differential.Interpreted(interpreted.GetParser(article)), s_inputs.Value)
                .Select(f => article + ": " + f));
        }
        Assert.True(failures.Count == 0, $"{failures.Count} parses differ for {schema}:\n" + string.Join("\n\n", failures.Take(5)));
    }

    private static void AssertSameDiagnostics(ImmutableArray<Diagnostic> generator, IReadOnlyList<InterpretedSchemaDiagnostic> interpreter)
    {
        static string Severity(Microsoft.CodeAnalysis.DiagnosticSeverity s) => s switch
        {
            Microsoft.CodeAnalysis.DiagnosticSeverity.Error => "error",
            Microsoft.CodeAnalysis.DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        var expected = generator
            .Select(d =>
            {
                var p = d.Location.GetLineSpan().StartLinePosition;
                return $"({p.Line + 1},{p.Character + 1}): {Severity(d.Severity)} {d.Id}: {d.GetMessage()}";
            })
            .ToList();
        var actual = interpreter.Select(d => $"({d.Line},{d.Column}): {d.SeverityText} {d.Id}: {d.Message}").ToList();
        Assert.Equal(expected, actual);
    }
}
