using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>Top-level statements live in the global namespace: the corpus class reaches them through one global using.</summary>
public sealed class GlobalUsingTests
{
    // A class in the global namespace sees what top-level statements see (a library compilation cannot hold those).
    private const string TopLevel = "public static class Probe { public static int Articles => Seeds.Count; }";

    [Fact]
    public void Top_level_statements_reach_the_corpus_class_without_a_using()
    {
        var (_, output, _) = GeneratorHarness.Run(GeneratorHarness.RepoSeeds(), TopLevel);

        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void CorpusGlobalUsing_false_leaves_it_out()
    {
        var options = new Dictionary<string, string> { ["build_property.RootNamespace"] = GeneratorHarness.Namespace, ["build_property.CorpusGlobalUsing"] = "false" };
        var (result, output, _) = GeneratorHarness.Run(GeneratorHarness.RepoSeeds(), TopLevel, globalOptions: options);

        Assert.DoesNotContain(result.Results.Single().GeneratedSources, s => s.HintName == "__GlobalUsing.g.cs");
        Assert.Contains(output.GetDiagnostics(), d => d.Id == "CS0103"); // Seeds is not in scope any more
    }

    [Fact]
    public void A_corpus_in_the_global_namespace_needs_none()
    {
        var (result, output, _) = GeneratorHarness.Run(GeneratorHarness.RepoSeeds(), TopLevel, globalOptions: new Dictionary<string, string>());

        Assert.DoesNotContain(result.Results.Single().GeneratedSources, s => s.HintName == "__GlobalUsing.g.cs");
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }
}
