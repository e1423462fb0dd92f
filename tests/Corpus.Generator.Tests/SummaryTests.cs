using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// On a command-line build the generator gets the build task's summary instead of the seeds: it must generate the same
/// code and report the same diagnostics, at the same files, lines and columns, without parsing anything.
/// </summary>
public class SummaryTests
{
    private static readonly TestSeed[] Broken =
    {
        new("/p/seeds/broken.txt", " date 2023-13-45 \n\nBEIJING (AP) — Officials said “talks will go on.\n\nThe talks resume on Monday."),
        new("/p/seeds/fine.txt", "LONDON (AP) — The bridge reopened, officials said."),
        new("/p/seeds/empty.txt", "  \n"),
    };

    [Fact]
    public void The_summary_generates_the_same_sources_as_the_seeds()
    {
        var seeds = GeneratorHarness.RepoSeeds();
        var fromSeeds = Sources(GeneratorHarness.Run(seeds).Result);
        var fromSummary = Sources(GeneratorHarness.Run(new[] { TestSeed.SummaryOf(seeds) }).Result);

        Assert.Equal(fromSeeds, fromSummary);
    }

    [Fact]
    public void The_summary_reports_the_same_diagnostics_at_the_same_places()
    {
        var fromSeeds = Located(GeneratorHarness.Run(Broken).Result.Diagnostics);
        var fromSummary = Located(GeneratorHarness.Run(new[] { TestSeed.SummaryOf(Broken) }).Result.Diagnostics);

        Assert.Contains(fromSeeds, d => d.StartsWith("CORPUS004 /p/seeds/broken.txt(0,6)", StringComparison.Ordinal));
        Assert.Contains(fromSeeds, d => d.StartsWith("CORPUS001 /p/seeds/empty.txt", StringComparison.Ordinal));
        Assert.Equal(fromSeeds, fromSummary);
    }

    [Fact]
    public void The_summary_and_the_resources_read_back_as_the_seeds()
    {
        var seeds = GeneratorHarness.RepoSeeds();
        var (_, output, _) = GeneratorHarness.Run(new[] { TestSeed.SummaryOf(seeds) });
        var articles = CompiledCorpus.Articles(CompiledCorpus.Load(output, GeneratorHarness.BuildResources(seeds)));

        Assert.Equal(seeds.Select(s => s.Text), articles.Select(a => a.Text));
    }

    [Fact]
    public void A_summary_of_another_format_is_ignored()
    {
        var summary = TestSeed.SummaryOf(Broken);
        var (result, _, _) = GeneratorHarness.Run(new[] { summary with { Text = summary.Text.Replace("corpus-summary\t1", "corpus-summary\t0", StringComparison.Ordinal) } });

        Assert.Empty(result.Results.Single().GeneratedSources);
        Assert.Empty(result.Diagnostics);
    }

    private static List<(string, string)> Sources(GeneratorDriverRunResult result) =>
        result.Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).OrderBy(s => s.HintName, StringComparer.Ordinal).ToList();

    private static List<string> Located(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d =>
        {
            var span = d.Location.GetLineSpan();
            return $"{d.Id} {span.Path}({span.StartLinePosition.Line},{span.StartLinePosition.Character})-({span.EndLinePosition.Line},{span.EndLinePosition.Character}) {d.Location.SourceSpan} {d.Severity} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
        }).OrderBy(d => d, StringComparer.Ordinal).ToList();
}
