using System;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using PublicApiGenerator;
using ArticleModel.Generators.Tests.Infrastructure;
using Xunit;

namespace ArticleModel.PublicApi.Tests;

/// <summary>
/// The public API of every shipped assembly matches its checked-in baseline <c>Baselines/ASSEMBLY.approved.txt</c>
/// (issue 10 item 3), so a change to what users can call is a reviewed diff, never an accident. On a mismatch the test
/// writes <c>ASSEMBLY.received.txt</c> beside the baseline and fails with a line diff; run with
/// <c>ARTICLEMODEL_ACCEPT_PUBLIC_API=1</c> to accept the new API as the baseline.
/// </summary>
/// <remarks>
/// The API is read from the assemblies this net10.0 test loads, that is the packages' net8.0 builds. The CLI is a tool
/// package with no library API (its surface is the command line, tested by ArticleModel.Cli.Tests). ArticleModel.Schema
/// is not a package but ships inside the interpreter package, so its public types are part of that package's API.
/// </remarks>
public class PublicApiTests
{
    public const string AcceptVariable = "ARTICLEMODEL_ACCEPT_PUBLIC_API";

    public static TheoryData<string> Assemblies => new()
    {
        "ArticleModel",
        "ArticleModel.Testing",
        "ArticleModel.Interpreter",
        "ArticleModel.Schema",
        "ArticleModel.Html",
        "ArticleModel.Markdown",
        "ArticleModel.Warc",
        "ArticleModel.Sites",
    };

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Public_api_matches_the_baseline(string assemblyName)
    {
        var assembly = Assembly.Load(new AssemblyName(assemblyName));
        var api = assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false });
        Verify(assemblyName, api);
    }

    [Fact]
    public void The_interpreter_exposes_its_own_types_not_the_schema_compilers()
    {
        var api = typeof(ArticleModel.Interpreter.InterpretedSchema).Assembly.GeneratePublicApi();
        Assert.DoesNotContain("ArticleModel.Schema.", api);
    }

    [Fact]
    public void Types_for_generated_code_are_hidden_from_users()
    {
        // Everything in ArticleModel.CompilerServices is for generated code and the interpreter only.
        var hidden = 0;
        foreach (var type in typeof(ParseResult<>).Assembly.GetExportedTypes())
        {
            if (type.Namespace != "ArticleModel.CompilerServices" || type.IsNested) continue;
            var attribute = type.GetCustomAttribute<System.ComponentModel.EditorBrowsableAttribute>();
            Assert.True(attribute?.State == System.ComponentModel.EditorBrowsableState.Never, $"{type} is not [EditorBrowsable(Never)]");
            hidden++;
        }
        Assert.True(hidden >= 6, $"only {hidden} types found in ArticleModel.CompilerServices");
    }

    private static void Verify(string name, string actual)
    {
        var directory = Path.Combine(Path.GetDirectoryName(ThisFile())!, "Baselines");
        Snapshot.VerifyFile(Path.Combine(directory, name + ".approved.txt"), Path.Combine(directory, name + ".received.txt"),
            actual.Replace("\r\n", "\n").TrimEnd() + "\n", AcceptVariable, "The public API of " + name);
    }

    // The baselines live in the source tree, found from this file's compile-time path.
    private static string ThisFile([CallerFilePath] string path = "") => path;
}
