using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using ArticleModel.Generators.Pipeline;
using ArticleModel.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ArticleModel.Generators.Tests;

/// <summary>The generator re-runs only what an edit touches, and its pipeline holds no Roslyn objects.</summary>
public class IncrementalityTests
{
    private static readonly string[] TrackedSteps =
    {
        TrackingNames.SchemaText, TrackingNames.CompiledSchema, TrackingNames.SourceSpec,
        TrackingNames.SchemaDiagnostics, TrackingNames.CompilationFacts, TrackingNames.EmitInput,
        TrackingNames.DeclaredTypes, TrackingNames.TypeNameTable, TrackingNames.TypeNameDiagnostics, TrackingNames.ResolvedSourceSpec,
    };

    private static (GeneratorDriver Driver, CSharpCompilation Compilation, InMemoryAdditionalText Schema) FirstRun()
    {
        var path = GeneratorHarness.TestFile("Schemas", "NewsStory.article");
        var schema = new InMemoryAdditionalText(path, File.ReadAllText(path));
        var compilation = GeneratorHarness.CreateCompilation("namespace App { public static class A { public static int X = 1; } }");
        var driver = GeneratorHarness.CreateDriver(schema).RunGenerators(compilation);
        return (driver, compilation, schema);
    }

    private static IEnumerable<(string Step, IncrementalStepRunReason Reason)> Reasons(GeneratorDriver driver)
    {
        var result = driver.GetRunResult().Results.Single();
        foreach (var step in TrackedSteps)
        {
            if (!result.TrackedSteps.TryGetValue(step, out var runs)) continue;
            foreach (var run in runs)
                foreach (var output in run.Outputs)
                    yield return (step, output.Reason);
        }
    }

    [Fact]
    public void Every_named_step_is_tracked()
    {
        var (driver, _, _) = FirstRun();
        var tracked = driver.GetRunResult().Results.Single().TrackedSteps.Keys.ToHashSet();
        foreach (var step in TrackedSteps) Assert.Contains(step, tracked);
    }

    [Fact]
    public void Editing_an_unrelated_cs_file_reruns_nothing()
    {
        var (driver, compilation, _) = FirstRun();
        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.First(),
            CSharpSyntaxTree.ParseText("namespace App { public static class A { public static int X = 2; public static int Y = 3; } }",
                (CSharpParseOptions)compilation.SyntaxTrees.First().Options));
        driver = driver.RunGenerators(edited);

        var reasons = Reasons(driver).ToList();
        Assert.NotEmpty(reasons);
        Assert.All(reasons, r => Assert.True(
            r.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
            $"step {r.Step} ran with reason {r.Reason}"));
        // The generated output itself is reused, not re-emitted.
        var outputs = driver.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(r => r.Outputs);
        Assert.All(outputs, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }

    [Fact]
    public void Editing_the_schema_reruns_compilation_and_emit()
    {
        var (driver, compilation, schema) = FirstRun();
        var changed = new InMemoryAdditionalText(schema.Path, schema.GetText()!.ToString().Replace("headline : text", "headline : text?"));
        driver = driver.ReplaceAdditionalText(schema, changed).RunGenerators(compilation);
        var reasons = Reasons(driver).ToList();
        Assert.Contains(reasons, r => r.Step == TrackingNames.CompiledSchema && r.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(reasons, r => r.Step == TrackingNames.EmitInput && r.Reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void Editing_one_schema_does_not_re_emit_another()
    {
        var news = GeneratorHarness.TestFile("Schemas", "NewsStory.article");
        var first = new InMemoryAdditionalText(news, File.ReadAllText(news));
        var second = new InMemoryAdditionalText("/schemas/Other.article", "namespace Other;\narticle Note { title : text @line(1) }\n");
        var compilation = GeneratorHarness.CreateCompilation("namespace App { public static class A { } }");
        var driver = GeneratorHarness.CreateDriver(first, second).RunGenerators(compilation);
        var changed = new InMemoryAdditionalText(second.Path, "namespace Other;\narticle Note { title : text @line(2) }\n");
        driver = driver.ReplaceAdditionalText(second, changed).RunGenerators(compilation);

        var result = driver.GetRunResult().Results.Single();
        // The cross-file table changed (a schema was edited) but NewsStory's resolved spec is equal, so its emit is cached.
        var emits = result.TrackedSteps[TrackingNames.EmitInput].SelectMany(r => r.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(2, emits.Count);
        Assert.Single(emits, r => r == IncrementalStepRunReason.Modified);
        Assert.Single(emits, r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Removing_the_schema_removes_its_generated_source()
    {
        var (driver, compilation, schema) = FirstRun();
        Assert.NotEmpty(driver.GetRunResult().GeneratedTrees);
        driver = driver.RemoveAdditionalTexts(System.Collections.Immutable.ImmutableArray.Create<AdditionalText>(schema)).RunGenerators(compilation);
        Assert.DoesNotContain(driver.GetRunResult().GeneratedTrees, t => t.FilePath.Contains("NewsStory"));
    }

    [Fact]
    public void Pipeline_values_hold_no_symbols_compilations_syntax_or_locations()
    {
        var (driver, _, _) = FirstRun();
        var result = driver.GetRunResult().Results.Single();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var checkedValues = 0;
        // Only our own steps: Roslyn's built-in input nodes (named "Compilation" etc.) hold Roslyn objects by design.
        foreach (var steps in result.TrackedSteps.Where(s => TrackedSteps.Contains(s.Key)).Select(s => s.Value))
            foreach (var run in steps)
                foreach (var (value, _) in run.Outputs)
                {
                    AssertHoldsNoRoslynObjects(value, seen, run.Name ?? "?");
                    checkedValues++;
                }
        Assert.True(checkedValues > 0);
    }

    private static void AssertHoldsNoRoslynObjects(object? value, HashSet<object> seen, string path)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum) return;
        var type = value.GetType();
        Assert.False(value is ISymbol, $"{path} holds an ISymbol ({type})");
        Assert.False(value is Compilation, $"{path} holds a Compilation");
        Assert.False(value is SyntaxNode, $"{path} holds a SyntaxNode");
        Assert.False(value is SyntaxTree, $"{path} holds a SyntaxTree");
        Assert.False(value is Location, $"{path} holds a Location");
        Assert.False(value is SemanticModel, $"{path} holds a SemanticModel");
        if (!type.IsValueType && !seen.Add(value)) return;
        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items) AssertHoldsNoRoslynObjects(item, seen, $"{path}[{i++}]");
        }
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType.IsPointer) continue;
                AssertHoldsNoRoslynObjects(field.GetValue(value), seen, $"{path}.{field.Name}");
            }
        }
    }
}
