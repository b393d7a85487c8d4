using System.Linq;
using ArticleModel.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArticleModel.Generators.Tests;

/// <summary>
/// Issue 8 item 9: a schema error in one field's locator, or a dependency cycle, gives that schema diagnostic and no
/// C# error in code that uses every declared property (the field is generated with its declared type, never found).
/// </summary>
public class OneMistakeOneErrorTests
{
    private const string Schema = """
        namespace Broken;
        article Release {
          title   : text        @line(1)
          body    : paragraph[] @blocks(after: title, until: contact)
          contact : Contact?    @match(/^Media contact:\n(?<name>.+)\n(?<email>.+$/)
          count   : int         @lines(2)
          quotes  : quote[]     @quotes(in: body)
          a       : text?       @block(1, after: b)
          b       : text?       @block(1, after: a)
        }
        record Contact { name: text; email: text }
        """;

    private const string Consumer = """
        #nullable enable
        namespace Consumer;
        public static class Use
        {
            public static string Read(Broken.Release r) =>
                r.Title + r.Body.Count + r.Contact?.Name + r.Contact?.Email + r.Count + r.Quotes.Count + r.A + r.B;
        }
        """;

    [Fact]
    public void Only_the_schema_errors_are_reported_and_code_using_every_property_compiles()
    {
        var (output, _, diagnostics) = GeneratorHarness.Run("Release.article", Schema, Consumer);
        var ids = diagnostics.Select(d => d.Id).OrderBy(i => i).ToArray();
        Assert.Equal(new[] { "AM0112", "AM0133", "AM0134" }, ids);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
    }
}
