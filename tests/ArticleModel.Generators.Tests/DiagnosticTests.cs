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

    // One mistake, one error: a typo in one field's type used to leave out every field anchored on it (Body) and every
    // @quotes reading those (Quotes), so the user's code got unrelated CS1061 errors besides the schema's AM0102.
    [Fact]
    public void A_typo_in_one_field_type_leaves_the_fields_that_depend_on_it_in_the_model()
    {
        const string schema = """
            namespace Typo;

            record Contact { name: text; email: text? }

            article Release {
              title   : text        @line(1)
              contact : Contcat?    @match(/^Media contact: (?<name>.+)$/)
              about   : text[]      @blocks(after: contact)
              body    : paragraph[] @blocks(after: title, until: contact)
              quotes  : quote[]     @quotes(in: body)
            }
            """;
        const string user = """
            namespace User
            {
                internal static class Reader
                {
                    internal static int Count(global::Typo.Release r) => r.Body.Count + r.Quotes.Count + r.About.Count + r.Title.Length;
                }
            }
            """;
        var (output, _, diagnostics) = GeneratorHarness.Run("/project/Typo.article", schema, user);
        Assert.Equal(new[] { "AM0102" }, diagnostics.Select(d => d.Id));
        Assert.Contains("Contcat", diagnostics.Single().GetMessage());
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);

        // The anchor on the broken field is "not found": the body runs to the end, the section after it is empty.
        var json = GeneratorHarness.ParseToJson(GeneratorHarness.Load(output), "Typo.Release",
            "Acme ships\n\n\u201cWe ship,\u201d said Jane Roe.\n\nMedia contact: Jane Roe");
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var value = document.RootElement.GetProperty("value");
        Assert.Equal(2, value.GetProperty("body").GetArrayLength());
        Assert.Equal(0, value.GetProperty("about").GetArrayLength());
        Assert.Equal(1, value.GetProperty("quotes").GetArrayLength());
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
