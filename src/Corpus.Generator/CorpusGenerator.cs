using System;
using System.Linq;
using Corpus.Generator.Analysis;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Diagnostics.Compiler;
using Corpus.Generator.Emitting;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;
using Corpus.Generator.Parsing;
using Corpus.Generator.Pipeline;
using Corpus.Generator.Reading;
using Corpus.Generator.Storage;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator;

/// <summary>
/// The thin Roslyn wiring between the stages: read (AdditionalText to SeedFile, or the build task's summary), parse
/// (SeedFile to ParsedSeed), name (all seeds to member names), analyse (the corpus-wide checks), emit (models to
/// source). What it takes from each seed are the <see cref="SeedSteps"/> the build task runs too, one step each.
/// Every step is named (<see cref="TrackingNames"/>) for the incremental tests; every problem reaches the build through
/// <see cref="DiagnosticFactory.Report"/>.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CorpusGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(GeneratorOptions.Read)
            .WithTrackingName(TrackingNames.Options);

        var language = context.ParseOptionsProvider
            .Select((parseOptions, _) => LanguageSupport.Of(parseOptions))
            .WithTrackingName(TrackingNames.LanguageVersion);

        var settings = options
            .Combine(language)
            .Select((pair, _) => new GeneratorSettings(pair.Left, pair.Right));

        // Read. On a command-line build the seeds reach the compiler only through the build task's summary (one
        // file), so nothing here reads or parses them; a design-time build or an in-memory test hands over the seeds.
        var seeds = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select((pair, cancellationToken) => SeedFileReader.Read(pair.Left, pair.Right, cancellationToken))
            .Where(seed => seed is not null)
            .Select((seed, _) => seed!)
            .WithTrackingName(TrackingNames.SeedFiles);

        var summaries = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select((pair, cancellationToken) => SummaryFileReader.Read(pair.Left, pair.Right, cancellationToken))
            .Where(summary => summary is not null)
            .Select((summary, _) => summary!)
            .WithTrackingName(TrackingNames.Summaries);

        // Parse.
        var parsed = seeds
            .Select((seed, _) => SeedParser.Parse(seed))
            .WithTrackingName(TrackingNames.ParsedArticles);
        var articles = parsed.Where(seed => seed.Article is not null);

        var seedProblems = parsed
            .Select((seed, _) => SeedSteps.Issues(seed))
            .WithTrackingName(TrackingNames.SeedReports);
        context.RegisterSourceOutput(seedProblems, DiagnosticFactory.Report);
        context.RegisterSourceOutput(summaries, (spc, summary) => DiagnosticFactory.Report(spc, summary.Issues));

        // Name. Only names flow into the layout, so editing a seed's text leaves the layout (and the fixtures) cached;
        // a seed left out gets no member.
        var summaryNames = summaries
            .Select((summary, _) => summary.Entries.Select(entry => entry.Name).ToEquatableArray())
            .Collect();
        var layout = parsed
            .Select((seed, _) => SeedSteps.Name(seed))
            .WithTrackingName(TrackingNames.SeedNames)
            .Collect()
            .Combine(summaryNames)
            .Combine(options.Select((o, _) => new LayoutSettings(o.Namespace, o.ProjectDirectory)))
            .Select((input, _) =>
            {
                var ((parsedNames, builtNames), layoutSettings) = input;
                return CorpusLayout.Build(parsedNames.Concat(builtNames.SelectMany(names => names)), layoutSettings);
            })
            .WithTrackingName(TrackingNames.Layout);

        // Analyse. Near-duplicates need the whole corpus, but only each article's small signature flows into this step.
        var duplicates = articles
            .Select((seed, _) => SeedSteps.Fingerprint(seed))
            .WithTrackingName(TrackingNames.Fingerprints)
            .Collect()
            .Select((fingerprints, _) => NearDuplicateFinder.Find(fingerprints))
            .WithTrackingName(TrackingNames.NearDuplicates);
        context.RegisterSourceOutput(duplicates, DiagnosticFactory.Report);

        // Names one article spells differently from the rest (CORPUS013); the story tables themselves are the build task's.
        var stories = articles
            .Select((seed, cancellationToken) => SeedSteps.Facts(seed, cancellationToken))
            .WithTrackingName(TrackingNames.StoryFacts)
            .Collect()
            .Combine(layout)
            .Combine(options)
            .Select((input, _) =>
            {
                var ((facts, corpusLayout), projectOptions) = input;
                return StoryAnalysis.Build(facts, corpusLayout, projectOptions.Namespace, emit: false);
            })
            .WithTrackingName(TrackingNames.Stories);
        context.RegisterSourceOutput(stories, (spc, output) => DiagnosticFactory.Report(spc, output.Issues));

        // Emit. The member docs and the fingerprint change with a seed's text; the corpus file is one line per article.
        var entries = articles
            .Select((seed, _) => SeedSteps.Entry(seed))
            .WithTrackingName(TrackingNames.SeedEntries)
            .Collect()
            .Combine(summaries.Collect())
            .Select((input, _) => input.Left.Concat(input.Right.SelectMany(summary => summary.Entries)).ToEquatableArray());

        var indexes = layout
            .Combine(entries)
            .Combine(settings)
            .Select((input, _) =>
            {
                var ((corpusLayout, seedEntries), project) = input;
                return IndexOutput.Create(corpusLayout, seedEntries, project.Options, project.Language);
            })
            .WithTrackingName(TrackingNames.CorpusIndexes);
        context.RegisterSourceOutput(indexes, EmitIndexes);

        // Every code edit makes a new compilation: this step re-runs, but its small output stays equal (Unchanged),
        // so the fixtures step after it stays cached.
        var testFrameworks = context.CompilationProvider
            .Select((compilation, _) => TestFrameworkSupport.Detect(compilation.ReferencedAssemblyNames.Select(identity => (identity.Name, identity.Version))))
            .WithTrackingName(TrackingNames.TestFrameworks);

        var fixtures = layout
            .Combine(settings)
            .Combine(testFrameworks)
            .Select((input, _) =>
            {
                var ((corpusLayout, project), frameworks) = input;
                return FixturesOutput.Create(corpusLayout, project.Options, project.Language, frameworks);
            })
            .WithTrackingName(TrackingNames.FixtureSources);
        context.RegisterSourceOutput(fixtures, EmitFixtures);
    }

    private static void EmitIndexes(SourceProductionContext context, IndexOutput output)
    {
        DiagnosticFactory.Report(context, output.Problems);
        if (!output.Language.Supported)
        {
            if (output.Sources.Count > 0)
            {
                DiagnosticFactory.Report(context, new[] { PathIssue.AtFile(DiagnosticCatalog.LanguageVersionTooLow, string.Empty, output.Language.Version) }.ToEquatableArray());
            }

            return;
        }

        foreach (var source in output.Sources)
        {
            AddSource(context, source.HintName, () => CorpusIndexEmitter.Emit(source));
        }

        if (output.GlobalUsing is { } ns && output.Sources.Count > 0)
        {
            AddSource(context, GlobalUsingEmitter.HintName, () => GlobalUsingEmitter.Emit(ns));
        }
    }

    private static void EmitFixtures(SourceProductionContext context, FixturesOutput output)
    {
        foreach (var source in output.Sources)
        {
            AddSource(context, source.HintName, () => FixturesEmitter.Emit(source));
        }
    }

    /// <summary>
    /// Adds one generated file under the stages' guard: an emitter failure, or a hint name the host refuses, is
    /// reported as CORPUS012 and the other files are still added.
    /// </summary>
    private static void AddSource(SourceProductionContext context, string hintName, Func<string> emit)
    {
        if (StageGuard.Run(hintName, () => context.AddSource(hintName, SourceText.From(emit(), System.Text.Encoding.UTF8))) is { } failure)
        {
            DiagnosticFactory.Report(context, new[] { new PathIssue(string.Empty, failure) }.ToEquatableArray());
        }
    }
}
