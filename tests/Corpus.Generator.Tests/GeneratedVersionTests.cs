using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>Generated code names the version of the package the user added, not the assembly's 1.0.0.0 default.</summary>
public sealed class GeneratedVersionTests
{
    [Fact]
    public void GeneratedCode_carries_the_package_version_of_Directory_Build_props()
    {
        var props = File.ReadAllText(Path.Combine(DiagnosticTests.RepoRoot(), "Directory.Build.props"));
        var version = Regex.Match(props, "<Version>([^<]+)</Version>").Groups[1].Value;
        var (result, _, _) = GeneratorHarness.Run(GeneratorHarness.RepoSeeds());

        var sources = result.Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()).ToList();

        Assert.False(string.IsNullOrEmpty(version));
        Assert.All(sources, source => Assert.DoesNotContain("\"1.0.0.0\"", source, System.StringComparison.Ordinal));
        Assert.Contains(sources, source => source.Contains($"GeneratedCode(\"Corpus.Generator\", \"{version}\")", System.StringComparison.Ordinal));
    }
}
