using System;
using System.IO;
using Xunit;

namespace Corpus.Package.Tests;

/// <summary>
/// Packs the Corpus package once into a fresh local feed, with a version unique to this run so that no earlier
/// package in the machine's NuGet cache can stand in for it.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    public PackageFeed()
    {
        Root = Path.Combine(Path.GetTempPath(), "corpus-package-tests", Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(Feed);
        Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);

        // The README's "From a clone" command, with this run's folder and version.
        var command = ReadmeBlocks.Get("pack-from-clone").Split('\n')[0];
        Assert.StartsWith("dotnet pack src/Corpus.Runtime ", command, StringComparison.Ordinal);
        var arguments = command["dotnet ".Length..].Replace("~/corpus-feed", $"\"{Feed}\"", StringComparison.Ordinal).Replace("0.1.0-local", Version, StringComparison.Ordinal);
        var pack = DotNet.Run(DotNet.RepoRoot(), arguments);
        Assert.True(pack.ExitCode == 0, pack.ToString());

        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
    }

    /// <summary>A temporary folder outside the repo (so none of the repo's build settings apply), holding nuget.config.</summary>
    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    /// <summary>A new empty folder under <see cref="Root"/>.</summary>
    public string NewFolder(string name)
    {
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static void CopySeeds(string seedsFolder, params string[] names)
    {
        Directory.CreateDirectory(seedsFolder);
        var source = Path.Combine(DotNet.RepoRoot(), "samples", "Corpus.Sample", "seeds");
        foreach (var name in names)
        {
            File.Copy(Path.Combine(source, name), Path.Combine(seedsFolder, name));
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);

            // Restores extracted this run's unique version into the global packages folder; nothing else will use it.
            var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            var extracted = Path.Combine(packages, "corpus", Version.ToLowerInvariant());
            if (Directory.Exists(extracted))
            {
                Directory.Delete(extracted, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackageFeedCollectionDefinition : ICollectionFixture<PackageFeed>
{
    public const string Name = "package feed";
}
