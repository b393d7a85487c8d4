using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArticleModel.Generators.Tests.Infrastructure;
using Xunit;

namespace ArticleModel.Generators.Tests;

/// <summary>
/// Issue 8 item 1: the generated code of every valid schema in the repository compiles clean for the strictest
/// consumer (nullable enabled, every warning wave, XML docs checked, warnings as errors).
/// </summary>
public class StrictCompileTests
{
    public static IEnumerable<object[]> ValidSchemas()
    {
        var root = StrictBuild.RepoRoot();
        var files = Directory.GetFiles(Path.Combine(root, "tests", "ArticleModel.Schema.Tests", "Corpus", "valid"), "*.article")
            .Concat(Directory.GetFiles(Path.Combine(root, "tests", "ArticleModel.Generators.Tests", "Schemas"), "*.article"))
            .Concat(Directory.GetFiles(Path.Combine(root, "src", "ArticleModel.Sample"), "*.article"));
        return files.Select(f => new object[] { Path.GetRelativePath(root, f) });
    }

    [Theory]
    [MemberData(nameof(ValidSchemas))]
    public void Generated_code_of_every_valid_schema_compiles_with_warnings_as_errors(string file)
    {
        var path = Path.Combine(StrictBuild.RepoRoot(), file);
        var result = StrictBuild.Run((path, File.ReadAllText(path)));
        Assert.NotEmpty(result.Sources);
        var problems = result.CompilerDiagnostics.Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Required_text_from_a_value_group_gives_no_CS8600()
    {
        var result = StrictBuild.Run(("/s/Value.article", """
            namespace Strict;
            article Story {
              title  : text   @match(/^Title: (?<value>.+)$/)
              tags   : text[] @match(/^Tag: (?<value>.+)$/)
              issue  : int    @match(/^Issue (?<value>\d+)$/)
              note   : text?  @match(/^Note: (?<value>.+)$/)
            }
            """));
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.True(!result.CompilerDiagnostics.Any(), result.Describe());
    }
}
