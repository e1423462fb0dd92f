using System;
using System.IO;
using Xunit;

namespace Corpus.Package.Tests;

/// <summary>The README's "Add it to your project" section is what the fresh-project tests do, word for word.</summary>
public sealed class ReadmeTests
{
    [Fact]
    public void The_readme_adds_the_package_and_the_seed_item_the_way_the_fresh_projects_do()
    {
        var section = Section(File.ReadAllText(Path.Combine(DotNet.RepoRoot(), "README.md")), "## Add it to your project");

        Assert.Contains("dotnet add package Corpus\n", section, StringComparison.Ordinal);
        Assert.Equal("<ItemGroup>\n  " + FreshProject.SeedItem + "\n</ItemGroup>\n", ReadmeBlocks.Get("seed-item"));
        Assert.Contains(ReadmeBlocks.Get("console-program"), section, StringComparison.Ordinal);
    }

    private static string Section(string readme, string heading)
    {
        var start = readme.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, heading + " not found");
        var end = readme.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return readme[start..(end < 0 ? readme.Length : end)].Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
