using System;
using System.Linq;
using ArticleModel.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArticleModel.Generators.Tests;

/// <summary>Schema errors reach the build at their .article line and column; nothing throws.</summary>
public class DiagnosticTests
{
    private const string Broken = """
        namespace Broken;

        article Story {
          headline : text   @line(1)
          byline   : Bylne? @match(/^(?<name>.+) wrote$/)
          body     : paragraph[] @blocks(after: headlin)
        }
        """;

    [Fact]
    public void Each_schema_error_is_reported_at_its_line_and_column()
    {
        var (_, _, diagnostics) = GeneratorHarness.Run("/project/Broken.article", Broken);
        var schemaErrors = diagnostics.Where(d => d.Id.StartsWith("AM0", StringComparison.Ordinal) && d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();
        Assert.True(schemaErrors.Count >= 2, string.Join("\n", diagnostics));

        var unknownType = schemaErrors.Single(d => d.GetMessage().Contains("Bylne"));
        var span = unknownType.Location.GetLineSpan();
        Assert.Equal("/project/Broken.article", span.Path);
        Assert.Equal(4, span.StartLinePosition.Line);       // 0-based: line 5
        Assert.Equal(13, span.StartLinePosition.Character); // 0-based: column 14
        Assert.Contains(schemaErrors, d => d.GetMessage().Contains("headlin") && d.Location.GetLineSpan().StartLinePosition.Line == 5);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AM1001");
    }

    [Fact]
    public void Every_schema_diagnostic_id_has_a_generator_descriptor()
    {
        foreach (var id in ArticleModel.Schema.SchemaDiagnosticIds.All.Select(d => d.Id))
        {
            Assert.True(Diagnostics.DiagnosticDescriptors.ById.ContainsKey(id), $"no descriptor for {id}");
        }
    }

    [Fact]
    public void Garbage_schemas_never_crash_the_generator()
    {
        var random = new Random(1234);
        const string alphabet = "article record namespace drop text paragraph quote @line@block@blocks@match@quotes(after:until:from:through:where:in:)/^$.*+?[]{}|\\\"; :{}\n\t abcXYZ019-";
        for (var i = 0; i < 200; i++)
        {
            var length = random.Next(0, 300);
            var chars = new char[length];
            for (var c = 0; c < length; c++) chars[c] = alphabet[random.Next(alphabet.Length)];
            var (_, run, diagnostics) = GeneratorHarness.Run("/g/garbage.article", new string(chars));
            Assert.Null(run.Results.Single().Exception);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AM1001");
        }
    }
}
