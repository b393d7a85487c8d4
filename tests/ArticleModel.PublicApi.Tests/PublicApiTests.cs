using System;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using PublicApiGenerator;
using Xunit;
using Xunit.Sdk;

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
        var approved = Path.Combine(directory, name + ".approved.txt");
        var received = Path.Combine(directory, name + ".received.txt");
        actual = actual.Replace("\r\n", "\n").TrimEnd() + "\n";
        var expected = File.Exists(approved) ? File.ReadAllText(approved).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        if (Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(approved, actual);
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        Directory.CreateDirectory(directory);
        File.WriteAllText(received, actual);
        throw new XunitException(expected is null
            ? $"No public API baseline {approved}. The API was written to {received}; review it and run with {AcceptVariable}=1 to accept it."
            : $"The public API of {name} differs from {approved} (received: {received}; review the diff and run with {AcceptVariable}=1 to accept it):\n{Diff(expected, actual)}");
    }

    // The baselines live in the source tree, found from this file's compile-time path.
    private static string ThisFile([CallerFilePath] string path = "") => path;

    /// <summary>Changed lines with two lines of context, numbered by the baseline.</summary>
    private static string Diff(string expected, string actual)
    {
        var lines = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false).Lines;
        var show = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type == ChangeType.Unchanged) continue;
            for (var c = Math.Max(0, i - 2); c <= Math.Min(lines.Count - 1, i + 2); c++) show[c] = true;
        }
        var sb = new StringBuilder();
        var gap = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!show[i])
            {
                gap = true;
                continue;
            }
            if (gap && sb.Length > 0) sb.Append("  ...\n");
            gap = false;
            var prefix = lines[i].Type switch { ChangeType.Inserted => "+ ", ChangeType.Deleted => "- ", _ => "  " };
            sb.Append(prefix).Append(lines[i].Position?.ToString().PadLeft(4) ?? "    ").Append(' ').Append(lines[i].Text).Append('\n');
        }
        return sb.ToString();
    }
}
