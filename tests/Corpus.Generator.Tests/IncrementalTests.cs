using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The pipeline re-runs only what changed: proven with tracked steps (<see cref="TrackingNames"/>) and
/// <see cref="IncrementalStepRunReason"/> per step, as the IDE would drive the generator on each keystroke.
/// </summary>
public class IncrementalTests
{
    /// <summary>Every step the generator names, read from <see cref="TrackingNames"/> so a new step is covered without a list to keep.</summary>
    private static readonly string[] NamedSteps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    /// <summary>The steps that read the project's settings or its compilation rather than the seeds.</summary>
    private static readonly string[] SettingsSteps = { TrackingNames.Options, TrackingNames.LanguageVersion, TrackingNames.TestFrameworks };

    /// <summary>The steps that carry the seeds: none of them may re-run for a C# edit.</summary>
    private static readonly string[] CorpusSteps = NamedSteps.Except(SettingsSteps).ToArray();

    // Roslyn's own input step: a new compilation object is Modified by definition; our steps after it must not be.
    private const string RoslynCompilationInput = "Compilation";

    [Fact]
    public void A_second_run_with_the_same_inputs_is_entirely_cached()
    {
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(WithBuiltCorpus(ManySeeds(20))).RunGenerators(compilation);

        driver = driver.RunGenerators(compilation.Clone());

        // Every named step ran (none was renamed or left untracked), and every step, named or Roslyn's own, was reused.
        Assert.Empty(NamedSteps.Except(AllSteps(driver).Keys));
        foreach (var step in AllSteps(driver).Where(s => s.Key != RoslynCompilationInput))
        {
            Assert.All(step.Value.SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step.Key}: {o.Reason}"));
        }
    }

    [Fact]
    public void Editing_a_cs_file_reruns_nothing_of_the_corpus_pipeline()
    {
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(WithBuiltCorpus(ManySeeds(50))).RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(), CSharpSyntaxTree.ParseText("class A { int B; }", (CSharpParseOptions)compilation.SyntaxTrees.Single().Options, path: "Program.cs"));
        driver = driver.RunGenerators(edited);

        foreach (var name in CorpusSteps)
        {
            Assert.All(Outputs(driver, name), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }

        // Detecting xUnit must look at the new compilation, but finds the same answer: Unchanged, so the fixtures stay cached.
        Assert.All(Outputs(driver, TrackingNames.TestFrameworks), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
    }

    [Fact]
    public void Adding_an_xunit_reference_regenerates_the_fixtures_and_nothing_else()
    {
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(WithBuiltCorpus(ManySeeds(20))).RunGenerators(compilation);

        driver = driver.RunGenerators(compilation.AddReferences(XunitReferences.V2));

        Assert.All(Outputs(driver, TrackingNames.TestFrameworks), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        Assert.All(Outputs(driver, TrackingNames.FixtureSources), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        foreach (var name in CorpusSteps.Where(n => n != TrackingNames.FixtureSources))
        {
            Assert.All(Outputs(driver, name), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }
    }

    [Fact]
    public void Editing_one_seed_of_a_thousand_reparses_only_that_seed_and_changes_only_the_corpus_file()
    {
        // Seeds that tell different stories: the corpus-wide story file does not change when one of them is edited.
        var seeds = DistinctSeeds(1000);
        var compilation = GeneratorHarness.Compilation();
        var (created, texts) = GeneratorHarness.DriverOver(seeds);
        var driver = created.RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

        (driver, texts) = Replace(driver, texts, "/p/seeds/s0500.txt", text => text.Replace("agreed", "refused", StringComparison.Ordinal));
        driver = driver.RunGenerators(compilation);

        var parsed = Outputs(driver, TrackingNames.ParsedArticles);
        Assert.Single(parsed, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(999, parsed.Count(o => o.Reason == IncrementalStepRunReason.Cached));

        foreach (var name in new[] { TrackingNames.SeedReports, TrackingNames.SeedEntries })
        {
            var outputs = Outputs(driver, name);
            Assert.Single(outputs, o => o.Reason != IncrementalStepRunReason.Cached); // the edited seed: Modified, or Unchanged when its issues are
            Assert.Equal(999, outputs.Count(o => o.Reason == IncrementalStepRunReason.Cached));
        }

        var facts = Outputs(driver, TrackingNames.StoryFacts);
        Assert.Single(facts, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(999, facts.Count(o => o.Reason == IncrementalStepRunReason.Cached));

        foreach (var name in new[] { TrackingNames.Layout, TrackingNames.Stories, TrackingNames.FixtureSources })
        {
            Assert.All(Outputs(driver, name), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {o.Reason}"));
        }

        // The corpus file carries the member's doc and the fingerprint of the texts, so it (and only it) changes.
        Assert.All(Outputs(driver, TrackingNames.CorpusIndexes), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        var after = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        var changed = after.Where(kv => before[kv.Key] != kv.Value).Select(kv => kv.Key).OrderBy(k => k, StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { "Seeds.g.cs" }, changed);
        AssertSameAsFreshRun(driver, texts, compilation);
    }

    [Fact]
    public void Editing_a_seed_that_belongs_to_a_story_changes_the_corpus_file_only()
    {
        var compilation = GeneratorHarness.Compilation();
        var (created, texts) = GeneratorHarness.DriverOver(ManySeeds(200));
        var driver = created.RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

        (driver, texts) = Replace(driver, texts, "/p/seeds/s0100.txt", text => text.Replace("agreed on a plan", "rejected a costly plan", StringComparison.Ordinal));
        driver = driver.RunGenerators(compilation);

        // The story tables and the text index live in the resource the build task writes, not in generated code.
        var after = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        var changed = after.Where(kv => before[kv.Key] != kv.Value).Select(kv => kv.Key).ToList();
        Assert.Equal(new[] { "Seeds.g.cs" }, changed);
        AssertSameAsFreshRun(driver, texts, compilation);
    }

    /// <summary>
    /// The kept (tracked) driver's output equals a fresh, untracked run over the texts it now holds: the step reasons
    /// above say what re-ran, this says the result is still right (tracking has a Roslyn bug: RoslynTrackingBugTests).
    /// </summary>
    private static void AssertSameAsFreshRun(GeneratorDriver driver, IEnumerable<AdditionalText> texts, Compilation compilation)
    {
        var seeds = texts.Select(t => new TestSeed(t.Path, t.GetText()!.ToString())).ToList();
        var fresh = GeneratorHarness.Driver(seeds, track: false).RunGenerators(compilation).GetRunResult();
        var kept = driver.GetRunResult();
        Assert.Equal(
            fresh.Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())),
            kept.Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())));
        Assert.Equal(fresh.Diagnostics.Select(d => d.ToString()), kept.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void No_step_output_holds_a_compilation_symbol_or_syntax_node()
    {
        var driver = GeneratorHarness.Driver(WithBuiltCorpus(GeneratorHarness.RepoSeeds())).RunGenerators(GeneratorHarness.Compilation("class A { }"));

        // Our named steps only: Roslyn's own "SourceOutput" step holds the diagnostics it reports, by design.
        foreach (var name in NamedSteps)
        {
            foreach (var output in Outputs(driver, name))
            {
                AssertNoRoslynObjects(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    /// <summary>
    /// The seeds, and a second corpus as a command-line build hands it over (the build task's summary instead of its
    /// seeds), so the steps of both paths run.
    /// </summary>
    private static IReadOnlyList<TestSeed> WithBuiltCorpus(IReadOnlyList<TestSeed> seeds) =>
        seeds.Append(TestSeed.SummaryOf(ManySeeds(5).Select(s => s with { Path = s.Path.Replace("/p/seeds/", "/p/built/", StringComparison.Ordinal), Corpus = "Built" }))).ToList();

    /// <summary>Seeds whose words are their own (no two tell the same story or share a quotation).</summary>
    internal static IReadOnlyList<TestSeed> DistinctSeeds(int count) =>
        Enumerable.Range(0, count)
            .Select(i => new TestSeed($"/p/seeds/s{i:D4}.txt", $" date 2024-01-{(i % 28) + 1:D2} \n\nCITY{i % 7} (AP) — Officials of town{i} agreed on plan{i}x.\n\n“We are ready for plan{i}y and plan{i}z,” said Mayor Ann Lee{i}.\n\nThe plan{i}w costs {i} million."))
            .ToList();

    internal static IReadOnlyList<TestSeed> ManySeeds(int count) =>
        Enumerable.Range(0, count)
            .Select(i => new TestSeed($"/p/seeds/s{i:D4}.txt", $" date 2024-01-{(i % 28) + 1:D2} \n\nCITY{i % 7} (AP) — Officials of town {i} agreed on a plan.\n\n“We are ready,” said Mayor Ann Lee{i}.\n\nThe plan costs {i} million."))
            .ToList();

    /// <summary>Edits one seed as the IDE does, and returns the driver with the texts it now holds.</summary>
    private static (GeneratorDriver Driver, ImmutableArray<AdditionalText> Texts) Replace(GeneratorDriver driver, ImmutableArray<AdditionalText> texts, string path, Func<string, string> edit)
    {
        var target = texts.Single(t => t.Path == path);
        var edited = new GeneratorHarness.InMemoryAdditionalText(path, edit(target.GetText()!.ToString()));
        return (driver.ReplaceAdditionalText(target, edited), texts.Replace(target, edited));
    }

    private static IReadOnlyDictionary<string, System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep>> AllSteps(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().TrackedSteps;

    private static List<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorDriver driver, string step) =>
        AllSteps(driver)[step].SelectMany(s => s.Outputs).ToList();

    private static void AssertNoRoslynObjects(object? value, string step, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or AdditionalText or Location, $"step {step} holds a {value.GetType().Name}");
        if (value is IEnumerable sequence)
        {
            foreach (var item in sequence)
            {
                AssertNoRoslynObjects(item, step, seen);
            }

            return;
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(value), step, seen);
        }
    }
}
