using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace Corpus.Package.Tests;

/// <summary>What is inside the nupkg: the generator as an analyzer only, the runtime as lib (and ReadyToRun under runtimes/, see ReadyToRunTests), props, docs, and no build-time dependencies.</summary>
[Collection(PackageFeedCollectionDefinition.Name)]
public sealed class PackageLayoutTests
{
    private readonly PackageFeed _feed;

    public PackageLayoutTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public void The_package_holds_the_generator_as_an_analyzer_the_runtime_as_lib_and_the_props()
    {
        var entries = Entries($"Corpus.{_feed.Version}.nupkg");

        foreach (var expected in new[]
        {
            "analyzers/dotnet/cs/Corpus.Generator.dll",
            "tasks/netstandard2.0/Corpus.Build.dll",
            "lib/net10.0/Corpus.Runtime.dll", "lib/net10.0/Corpus.Runtime.xml",
            "lib/net8.0/Corpus.Runtime.dll", "lib/net8.0/Corpus.Runtime.xml",
            "lib/netstandard2.0/Corpus.Runtime.dll", "lib/netstandard2.0/Corpus.Runtime.xml",
            "build/Corpus.props", "buildTransitive/Corpus.props",
            "README.md", "LICENSE", "THIRD-PARTY-NOTICES.md", "icon.png", "docs/diagnostics.md", "docs/release-notes.md",
        })
        {
            Assert.Contains(expected, entries);
        }

        // The generator is never a lib reference, and Roslyn never travels with it (the compiler provides it).
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.EndsWith("Corpus.Generator.dll", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Contains("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase) || e.Contains("PolySharp", StringComparison.OrdinalIgnoreCase));
        // MSBuild provides its own assemblies (and System.Collections.Immutable) to the build task.
        Assert.DoesNotContain(entries, e => e.Contains("Microsoft.Build", StringComparison.OrdinalIgnoreCase) || e.Contains("System.Collections.Immutable", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_nuspec_has_license_readme_repository_and_no_build_time_dependencies()
    {
        var nuspec = Nuspec();
        var ns = nuspec.Root!.GetDefaultNamespace();
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
        Assert.Equal("icon.png", metadata.Element(ns + "icon")!.Value);
        Assert.Contains("Release notes", metadata.Element(ns + "releaseNotes")!.Value, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(metadata.Element(ns + "repository")?.Attribute("url")?.Value));

        var dependencies = nuspec.Descendants(ns + "dependency").Select(d => (string)d.Attribute("id")!).ToList();
        Assert.DoesNotContain(dependencies, id => id.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        Assert.DoesNotContain("PolySharp", dependencies);
        Assert.DoesNotContain("Microsoft.CodeAnalysis.Analyzers", dependencies);
    }

    [Fact]
    public void Symbols_come_as_a_snupkg()
    {
        var entries = Entries($"Corpus.{_feed.Version}.snupkg");

        Assert.Contains("lib/net10.0/Corpus.Runtime.pdb", entries);
        Assert.Contains("lib/net8.0/Corpus.Runtime.pdb", entries);
        Assert.Contains("lib/netstandard2.0/Corpus.Runtime.pdb", entries);
    }

    [Fact]
    public void A_second_build_of_the_same_commit_gives_byte_identical_dlls()
    {
        var packed = Dlls($"Corpus.{_feed.Version}.nupkg");

        // Rebuild from scratch with the pack's settings; the bin folders then hold a second, independent build.
        var repo = DotNet.RepoRoot();
        var project = Path.Combine(repo, "src", "Corpus.Runtime", "Corpus.Runtime.csproj");
        FreshProject.Succeeds(DotNet.Run(repo, $"build \"{project}\" -c Release --no-incremental -p:Version={_feed.Version}"));
        // The ReadyToRun images again, from the rebuilt net10.0 IL (crossgen2 is deterministic too).
        FreshProject.Succeeds(DotNet.Run(repo, $"msbuild \"{project}\" -t:CorpusReadyToRunImages -p:Configuration=Release -p:TargetFramework=net10.0 -p:Version={_feed.Version} -nologo"));

        var rebuilt = new Dictionary<string, byte[]>
        {
            ["analyzers/dotnet/cs/Corpus.Generator.dll"] = File.ReadAllBytes(Path.Combine(repo, "src", "Corpus.Generator", "bin", "Release", "netstandard2.0", "Corpus.Generator.dll")),
            ["tasks/netstandard2.0/Corpus.Build.dll"] = File.ReadAllBytes(Path.Combine(repo, "src", "Corpus.Build", "bin", "Release", "netstandard2.0", "Corpus.Build.dll")),
            ["lib/net8.0/Corpus.Runtime.dll"] = File.ReadAllBytes(Path.Combine(repo, "src", "Corpus.Runtime", "bin", "Release", "net8.0", "Corpus.Runtime.dll")),
            ["lib/net10.0/Corpus.Runtime.dll"] = File.ReadAllBytes(Path.Combine(repo, "src", "Corpus.Runtime", "bin", "Release", "net10.0", "Corpus.Runtime.dll")),
            ["lib/netstandard2.0/Corpus.Runtime.dll"] = File.ReadAllBytes(Path.Combine(repo, "src", "Corpus.Runtime", "bin", "Release", "netstandard2.0", "Corpus.Runtime.dll")),
        };
        foreach (var image in packed.Keys.Where(k => k.StartsWith("runtimes/", StringComparison.Ordinal)))
        {
            var rid = image.Split('/')[1];
            rebuilt[image] = File.ReadAllBytes(Path.Combine(repo, "src", "Corpus.Runtime", "obj", "Release", "readytorun", rid, "Corpus.Runtime.dll"));
        }

        Assert.Equal(rebuilt.Keys.Order(StringComparer.Ordinal), packed.Keys.Order(StringComparer.Ordinal));
        foreach (var (entry, bytes) in rebuilt)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(packed[entry]), $"{entry} differs between two builds of the same sources");
        }
    }

    private Dictionary<string, byte[]> Dlls(string fileName)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(_feed.Feed, fileName));
        var dlls = new Dictionary<string, byte[]>();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".dll", StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            dlls[entry.FullName] = copy.ToArray();
        }

        return dlls;
    }

    private string[] Entries(string fileName)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(_feed.Feed, fileName));
        return zip.Entries.Select(e => e.FullName).ToArray();
    }

    private XDocument Nuspec()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(_feed.Feed, $"Corpus.{_feed.Version}.nupkg"));
        using var stream = zip.GetEntry("Corpus.nuspec")!.Open();
        return XDocument.Load(stream);
    }
}
