using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace ArticleModel.Cli.Tests;

/// <summary>What one run of a tool gave.</summary>
public sealed record RunResult(int ExitCode, byte[] StdoutBytes, string Stderr)
{
    public string Stdout => Encoding.UTF8.GetString(StdoutBytes);

    public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Runs the built CLI and the built sample app as processes (<c>dotnet X.dll …</c>).</summary>
public static class Cli
{
    private static readonly Lazy<string> s_root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ArticleModel.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("ArticleModel.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => s_root.Value;

    public static string RepoFile(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Debug or Release: the configuration this test assembly was built in (the referenced tools were built the same way).</summary>
    private static string Configuration =>
        AppContext.BaseDirectory.Replace('\\', '/').Contains("/bin/Release/", StringComparison.Ordinal) ? "Release" : "Debug";

    private static string Dll(string project, string assembly)
    {
        var path = RepoFile($"src/{project}/bin/{Configuration}/net10.0/{assembly}.dll");
        Assert.True(File.Exists(path), $"{path} was not built");
        return path;
    }

    public static string CliDll => Dll("ArticleModel.Cli", "ArticleModel.Cli");

    public static string SampleDll => Dll("ArticleModel.Sample", "ArticleModel.Sample");

    public static string NewsSchema => RepoFile("src/ArticleModel.Sample/NewsStory.article");

    public static string SampleArticles => RepoFile("src/ArticleModel.Sample/Articles");

    public static RunResult Run(params string[] args) => RunDll(CliDll, null, args);

    public static RunResult RunWithInput(byte[] stdin, params string[] args) => RunDll(CliDll, stdin, args);

    public static RunResult RunSample(params string[] args) => RunDll(SampleDll, null, args);

    public static RunResult RunDll(string dll, byte[]? stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = Root,
        };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var stderr = process.StandardError.ReadToEndAsync();
        var input = Task.Run(() =>
        {
            try
            {
                if (stdin is not null) process.StandardInput.BaseStream.Write(stdin);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The tool may exit before reading all of its input (usage errors).
            }
        });
        if (!process.WaitForExit(300_000))
        {
            // A hung tool must not outlive the test (it would hold a pipe, a folder, a core).
            process.Kill(entireProcessTree: true);
            Assert.Fail("the process did not finish in 5 minutes");
        }
        copy.Wait();
        input.Wait();
        return new RunResult(process.ExitCode, stdout.ToArray(), stderr.Result);
    }

    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "articlemodel-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    public static string[] SampleFiles() =>
        Directory.GetFiles(SampleArticles, "*.txt").OrderBy(p => p, StringComparer.Ordinal).ToArray();
}
