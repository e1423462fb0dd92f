using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace Corpus.Package.Tests;

/// <summary>What is inside the nupkg: the generator as an analyzer only, the runtime as lib, props, docs, and no build-time dependencies.</summary>
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
            "lib/net8.0/Corpus.Runtime.dll", "lib/net8.0/Corpus.Runtime.xml",
            "lib/netstandard2.0/Corpus.Runtime.dll", "lib/netstandard2.0/Corpus.Runtime.xml",
            "build/Corpus.props", "buildTransitive/Corpus.props",
            "README.md", "LICENSE",
        })
        {
            Assert.Contains(expected, entries);
        }

        // The generator is never a lib reference, and Roslyn never travels with it (the compiler provides it).
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.EndsWith("Corpus.Generator.dll", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Contains("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase) || e.Contains("PolySharp", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_nuspec_has_license_readme_repository_and_no_build_time_dependencies()
    {
        var nuspec = Nuspec();
        var ns = nuspec.Root!.GetDefaultNamespace();
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
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

        Assert.Contains("lib/net8.0/Corpus.Runtime.pdb", entries);
        Assert.Contains("lib/netstandard2.0/Corpus.Runtime.pdb", entries);
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
