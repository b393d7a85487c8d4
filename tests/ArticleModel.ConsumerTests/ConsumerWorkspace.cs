using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace ArticleModel.ConsumerTests;

/// <summary>
/// Once per test run: packs ArticleModel and ArticleModel.Testing (already built by this project's build) into a temp
/// feed under a unique prerelease version, copies Templates/ to a fresh temp folder outside the repository, and
/// restores every consumer project in one go into an isolated NuGet packages folder. The tests then build with
/// --no-restore. Set ARTICLEMODEL_KEEP_CONSUMER=1 to keep the temp folder for a look afterwards.
/// </summary>
public sealed class ConsumerWorkspace : IDisposable
{
    private static readonly string[] Projects =
    {
        "App/ConsumerApp.csproj", "AppEdits/ConsumerAppEdits.csproj", "Library/ConsumerLibrary.csproj", "LibraryApp/ConsumerLibraryApp.csproj", "Broken/ConsumerBroken.csproj",
        "Docs/ConsumerDocs.csproj", "DocsBroken/ConsumerDocsBroken.csproj", "Sites/ConsumerSites.csproj",
    };

    private readonly List<string> _timings = new();
    private readonly Stopwatch _total = Stopwatch.StartNew();

    public ConsumerWorkspace()
    {
        RepoRoot = Metadata("ArticleModel.RepoRoot");
        Configuration = Metadata("ArticleModel.Configuration");
        // A version no NuGet cache has seen, so a cache can never serve bits from an earlier run.
        var baseVersion = Metadata("ArticleModel.BaseVersion").Split('-')[0];
        Version = $"{baseVersion}-ci.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        Root = Path.Combine(Path.GetTempPath(), $"articlemodel-consumer-{DateTime.UtcNow:yyyyMMddHHmmss}-{Guid.NewGuid().ToString("N")[..8]}");
        Feed = Path.Combine(Root, "feed");
        PackagesFolder = Metadata("ArticleModel.ConsumerPackagesFolder");
        Directory.CreateDirectory(Feed);

        Time("pack", () =>
        {
            // The packs at once: each is mostly MSBuild start-up. BuildProjectReferences=false: packing the Interpreter and
            // Sites resolves their project references, which would otherwise ask them to build under --no-build (NETSDK1085).
            var packs = new[]
                {
                    "src/ArticleModel/ArticleModel.csproj", "src/ArticleModel.Testing/ArticleModel.Testing.csproj", "src/ArticleModel.Html/ArticleModel.Html.csproj",
                    "src/ArticleModel.Markdown/ArticleModel.Markdown.csproj", "src/ArticleModel.Interpreter/ArticleModel.Interpreter.csproj", "src/ArticleModel.Sites/ArticleModel.Sites.csproj",
                }
                .Select(project => Task.Run(() => Dotnet(RepoRoot,
                    $"pack \"{Path.Combine(RepoRoot, project)}\" --no-build -p:BuildProjectReferences=false -c {Configuration} -o \"{Feed}\" -p:Version={Version} -nologo")))
                .ToArray();
            foreach (var pack in packs) pack.Result.AssertSuccess("dotnet pack");
        });
        ArticleModelPackage = Path.Combine(Feed, $"ArticleModel.{Version}.nupkg");
        TestingPackage = Path.Combine(Feed, $"ArticleModel.Testing.{Version}.nupkg");

        Time("copy templates", () =>
        {
            CopyDirectory(Metadata("ArticleModel.TemplatesFolder"), Root);
            // A second copy of App for the test that edits and deletes schemas.
            CopyDirectory(Path.Combine(Root, "App"), Path.Combine(Root, "AppEdits"));
            File.Move(Path.Combine(Root, "AppEdits/ConsumerApp.csproj"), Path.Combine(Root, "AppEdits/ConsumerAppEdits.csproj"));
            Replace(Path.Combine(Root, "Directory.Build.props"), "__ARTICLEMODEL_VERSION__", Version);
            Replace(Path.Combine(Root, "nuget.config"), "__FEED__", Feed);
            File.WriteAllText(Path.Combine(Root, "consumers.slnx"),
                "<Solution>\n" + string.Concat(Projects.Select(p => $"  <Project Path=\"{p}\" />\n")) + "</Solution>\n");
        });

        Time("restore", () =>
        {
            RemoveOldTestPackages();
            Dotnet(Root, "restore consumers.slnx -nologo").AssertSuccess("dotnet restore");
        });
    }

    /// <summary>The repository root.</summary>
    public string RepoRoot { get; }

    /// <summary>The configuration this test project (and so the packed projects) was built in.</summary>
    public string Configuration { get; }

    /// <summary>The unique package version of this run.</summary>
    public string Version { get; }

    /// <summary>The temp folder holding the feed and the consumer projects.</summary>
    public string Root { get; }

    /// <summary>The folder the packages were packed into.</summary>
    public string Feed { get; }

    /// <summary>The isolated NuGet packages folder (NUGET_PACKAGES) of the consumer restore; it persists under obj/.</summary>
    public string PackagesFolder { get; }

    /// <summary>The packed ArticleModel package.</summary>
    public string ArticleModelPackage { get; }

    /// <summary>The packed ArticleModel.Testing package.</summary>
    public string TestingPackage { get; }

    /// <summary>How long each step took, for the test output.</summary>
    public IReadOnlyList<string> Timings
    {
        get { lock (_timings) return _timings.ToArray(); }
    }

    /// <summary>A path under <see cref="Root"/>.</summary>
    public string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Runs <c>dotnet build</c> on a consumer project (no restore: the fixture restored everything once).</summary>
    public ProcessResult Build(string project) =>
        Time("build " + project, () => Dotnet(Root, $"build \"{project}\" --no-restore -nologo -clp:NoSummary -v:q"));

    /// <summary>Runs a built consumer app's DLL with <c>dotnet</c>.</summary>
    public ProcessResult RunApp(string dll, string arguments) =>
        Time("run " + Path.GetFileName(dll), () => Dotnet(Root, $"\"{dll}\" {arguments}"));

    /// <summary>Runs the dotnet CLI with an isolated NuGet packages folder and without the test host's MSBuild settings.</summary>
    public ProcessResult Dotnet(string workingDirectory, string arguments, int timeoutSeconds = 300)
    {
        var start = new ProcessStartInfo(DotnetPath(), arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly", "VSTEST_HOST_DEBUG" })
            start.Environment.Remove(name);
        start.Environment["NUGET_PACKAGES"] = PackagesFolder;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["ARTICLEMODEL_ACCEPT_FIXTURES"] = null;

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {arguments} did not finish in {timeoutSeconds} s. Output so far:\n{output}");
        }
        process.WaitForExit(); // drains the output
        lock (output) return new ProcessResult($"dotnet {arguments}", process.ExitCode, output.ToString());
    }

    public void Dispose()
    {
        lock (_timings) _timings.Add($"total {_total.Elapsed.TotalSeconds:F1} s");
        if (Environment.GetEnvironmentVariable("ARTICLEMODEL_KEEP_CONSUMER") == "1") return;
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private T Time<T>(string step, Func<T> action)
    {
        var watch = Stopwatch.StartNew();
        try { return action(); }
        finally { lock (_timings) _timings.Add($"{step}: {watch.Elapsed.TotalSeconds:F1} s"); }
    }

    private void Time(string step, Action action) => Time(step, () => { action(); return 0; });

    // Packages of earlier runs (unique versions) would pile up in the isolated folder; drop those older than a day.
    private void RemoveOldTestPackages()
    {
        foreach (var id in new[] { "articlemodel", "articlemodel.testing" })
        {
            var folder = Path.Combine(PackagesFolder, id);
            if (!Directory.Exists(folder)) continue;
            foreach (var version in Directory.EnumerateDirectories(folder, "*-ci.*"))
            {
                if (Directory.GetLastWriteTimeUtc(version) > DateTime.UtcNow.AddDays(-1)) continue;
                try { Directory.Delete(version, recursive: true); }
                catch (IOException) { }
            }
        }
    }

    private static string DotnetPath()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host)) return host;
        var process = Environment.ProcessPath;
        if (process is not null && Path.GetFileNameWithoutExtension(process) == "dotnet") return process;
        return "dotnet";
    }

    private static string Metadata(string key) =>
        typeof(ConsumerWorkspace).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"assembly metadata {key} is missing");

    private static void CopyDirectory(string from, string to)
    {
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj")) continue;
            File.Copy(file, Path.Combine(to, relative), overwrite: true);
        }
    }

    private static void Replace(string path, string placeholder, string value) =>
        File.WriteAllText(path, File.ReadAllText(path).Replace(placeholder, value));
}

/// <summary>What a dotnet CLI run gave.</summary>
public sealed record ProcessResult(string Command, int ExitCode, string Output)
{
    public void AssertSuccess(string what)
    {
        if (ExitCode != 0) throw new Xunit.Sdk.XunitException($"{what} failed (exit code {ExitCode}): {Command}\n{Output}");
    }
}

[CollectionDefinition(Name)]
public sealed class ConsumerCollection : ICollectionFixture<ConsumerWorkspace>
{
    public const string Name = "consumer";
}
