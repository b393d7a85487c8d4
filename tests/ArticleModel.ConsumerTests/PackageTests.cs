using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Xunit;

namespace ArticleModel.ConsumerTests;

/// <summary>What the packed packages hold, read from the .nupkg files the consumer workspace packed.</summary>
[Collection(ConsumerCollection.Name)]
public sealed class PackageTests
{
    /// <summary>The Roslyn the generator is built against; every SDK since .NET 8 loads it. Newer would not load in older SDKs.</summary>
    private static readonly Version MaxRoslyn = new(4, 8, 0, 0);

    private readonly ConsumerWorkspace _workspace;

    public PackageTests(ConsumerWorkspace workspace) => _workspace = workspace;

    [Fact]
    public void The_packed_generator_references_Roslyn_4_8_at_most()
    {
        using var package = ZipFile.OpenRead(_workspace.ArticleModelPackage);
        var generator = ReadAssembly(package, "analyzers/dotnet/cs/ArticleModel.Generators.dll");
        var schema = ReadAssembly(package, "analyzers/dotnet/cs/ArticleModel.Schema.dll");

        var roslyn = References(generator).Where(r => r.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)).ToList();
        Assert.Contains(roslyn, r => r.Name == "Microsoft.CodeAnalysis");
        Assert.Contains(roslyn, r => r.Name == "Microsoft.CodeAnalysis.CSharp");
        Assert.All(roslyn, r => Assert.True(r.Version <= MaxRoslyn,
            $"the packed generator references {r.Name} {r.Version}; it must reference {MaxRoslyn} or older so it loads in the .NET 8 SDK"));

        // The schema compiler has no Roslyn dependency; both are netstandard2.0 so every compiler host loads them.
        Assert.DoesNotContain(References(schema), r => r.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        Assert.Equal(".NETStandard,Version=v2.0", TargetFramework(generator));
        Assert.Equal(".NETStandard,Version=v2.0", TargetFramework(schema));
        Assert.Contains(References(generator), r => r.Name == "ArticleModel.Schema");
    }

    [Fact]
    public void The_ArticleModel_package_has_the_runtime_the_analyzers_the_build_files_and_metadata()
    {
        using var package = ZipFile.OpenRead(_workspace.ArticleModelPackage);
        var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        foreach (var expected in new[]
        {
            "lib/netstandard2.0/ArticleModel.dll", "lib/netstandard2.0/ArticleModel.xml",
            "lib/net8.0/ArticleModel.dll", "lib/net8.0/ArticleModel.xml",
            "lib/net10.0/ArticleModel.dll", "lib/net10.0/ArticleModel.xml", // long JSON strings in segments (.NET 9+ API)
            "analyzers/dotnet/cs/ArticleModel.Generators.dll", "analyzers/dotnet/cs/ArticleModel.Schema.dll",
            "buildTransitive/ArticleModel.props", "buildTransitive/ArticleModel.targets", "README.md",
        })
        {
            Assert.Contains(expected, entries);
        }
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.Contains("Generators", StringComparison.Ordinal));

        var nuspec = Nuspec(package);
        Assert.Equal(_workspace.Version, Element(nuspec, "version"));
        Assert.Equal("MIT", Element(nuspec, "license"));
        Assert.Equal("README.md", Element(nuspec, "readme"));
        Assert.False(string.IsNullOrWhiteSpace(Element(nuspec, "description")));
        Assert.Contains("source-generator", Element(nuspec, "tags"));
        Assert.Equal("https://github.com/articlemodel/articlemodel", nuspec.Descendants().Single(e => e.Name.LocalName == "repository").Attribute("url")?.Value);
        // The generator and schema compiler are inside the package, not dependencies of it.
        var dependencies = nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")!.Value).ToList();
        Assert.DoesNotContain(dependencies, d => d.StartsWith("ArticleModel", StringComparison.Ordinal));
        Assert.DoesNotContain(dependencies, d => d.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));

        // Deterministic build with the PDB embedded in the DLL.
        var runtime = ReadAssembly(package, "lib/net8.0/ArticleModel.dll");
        using var pe = new PEReader(new MemoryStream(runtime));
        Assert.Contains(pe.ReadDebugDirectory(), d => d.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
        Assert.Contains(pe.ReadDebugDirectory(), d => d.Type == DebugDirectoryEntryType.Reproducible);
    }

    [Fact]
    public void The_testing_package_depends_on_the_same_ArticleModel_version()
    {
        using var package = ZipFile.OpenRead(_workspace.TestingPackage);
        var entries = package.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("lib/net8.0/ArticleModel.Testing.dll", entries);
        Assert.Contains("lib/netstandard2.0/ArticleModel.Testing.dll", entries);
        Assert.Contains("README.md", entries);

        var nuspec = Nuspec(package);
        var articleModel = nuspec.Descendants().Where(e => e.Name.LocalName == "dependency" && e.Attribute("id")?.Value == "ArticleModel").ToList();
        Assert.NotEmpty(articleModel);
        Assert.All(articleModel, d => Assert.Equal(_workspace.Version, d.Attribute("version")?.Value));
        Assert.Equal("MIT", Element(nuspec, "license"));
    }

    private static byte[] ReadAssembly(ZipArchive package, string path)
    {
        var entry = package.GetEntry(path) ?? throw new Xunit.Sdk.XunitException($"{path} is not in the package");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static (string Name, Version Version)[] References(byte[] assembly)
    {
        using var pe = new PEReader(new MemoryStream(assembly));
        var reader = pe.GetMetadataReader();
        return reader.AssemblyReferences.Select(h => reader.GetAssemblyReference(h))
            .Select(r => (reader.GetString(r.Name), r.Version)).ToArray();
    }

    private static string? TargetFramework(byte[] assembly)
    {
        using var pe = new PEReader(new MemoryStream(assembly));
        var reader = pe.GetMetadataReader();
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != HandleKind.MemberReference) continue;
            var constructor = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
            if (constructor.Parent.Kind != HandleKind.TypeReference) continue;
            if (reader.GetString(reader.GetTypeReference((TypeReferenceHandle)constructor.Parent).Name) != "TargetFrameworkAttribute") continue;
            var blob = reader.GetBlobReader(attribute.Value);
            blob.ReadUInt16(); // prolog
            return blob.ReadSerializedString();
        }
        return null;
    }

    private static XDocument Nuspec(ZipArchive package)
    {
        var entry = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    private static string Element(XDocument nuspec, string name) =>
        nuspec.Descendants().First(e => e.Name.LocalName == name).Value;
}
