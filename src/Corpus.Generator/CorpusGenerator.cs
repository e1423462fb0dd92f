using System;
using System.Linq;
using Corpus.Generator.Analysis;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Emitting;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;
using Corpus.Generator.Parsing;
using Corpus.Generator.Reading;
using Corpus.Generator.Storage;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator;

/// <summary>
/// The thin Roslyn wiring between the stages: read (AdditionalText to SeedFile), parse (SeedFile to ArticleModel),
/// name (all seeds to member names), emit (model to source). Every step is named for the incremental tests.
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

        var seeds = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select((pair, cancellationToken) => SeedFileReader.Read(pair.Left, pair.Right, cancellationToken))
            .Where(seed => seed is not null)
            .Select((seed, _) => seed!)
            .WithTrackingName(TrackingNames.SeedFiles);

        var parsed = seeds
            .Select((seed, _) => SeedParser.Parse(seed))
            .WithTrackingName(TrackingNames.ParsedArticles);

        // On a command-line build the seeds reach the compiler only through the build task's summary (one file), so
        // nothing here reads or parses them; a design-time build or an in-memory test hands over the seeds themselves.
        var summaries = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select((pair, cancellationToken) => SummaryFileReader.Read(pair.Left, pair.Right, cancellationToken))
            .Where(summary => summary is not null)
            .Select((summary, _) => summary!)
            .WithTrackingName(TrackingNames.Summaries);

        // Only names flow into the layout, so editing a seed's text leaves the layout (and the fixtures) cached.
        var summaryNames = summaries
            .Select((summary, _) => summary.Entries.Select(entry => entry.Name).ToEquatableArray())
            .Collect();
        var layout = parsed
            .Select((seed, _) => new SeedName(seed.CorpusName, seed.Path, seed.Id, seed.FileName, HasArticle: seed.Article is not null)) // a seed left out gets no member
            .WithTrackingName(TrackingNames.SeedNames)
            .Collect()
            .Combine(summaryNames)
            .Combine(options.Select((o, _) => new LayoutSettings(o.Namespace, o.ProjectDirectory)))
            .Select((input, _) => CorpusLayout.Build(input.Left.Left.Concat(input.Left.Right.SelectMany(n => n)), input.Right))
            .WithTrackingName(TrackingNames.Layout);

        var settings = options.Combine(language);

        var reports = parsed
            .Select((seed, _) => PathIssues.Of(seed))
            .WithTrackingName(TrackingNames.SeedReports);
        context.RegisterSourceOutput(reports, ReportIssues);
        context.RegisterSourceOutput(summaries, (spc, summary) => ReportIssues(spc, summary.Issues));

        // Near-duplicates need the whole corpus, but only each article's small signature flows into this step.
        var duplicates = parsed
            .Where(seed => seed.Article is not null)
            .Select((seed, _) => new ArticleFingerprint(seed.CorpusName, seed.Path, seed.Id, ShingleSignature.Compute(seed.Article!)))
            .WithTrackingName(TrackingNames.Fingerprints)
            .Collect()
            .Select((fingerprints, _) => NearDuplicateFinder.Find(fingerprints))
            .WithTrackingName(TrackingNames.NearDuplicates);
        context.RegisterSourceOutput(duplicates, ReportNearDuplicates);

        // Names one article spells differently from the rest (CORPUS013); the story tables themselves are the build task's.
        var stories = parsed
            .Where(seed => seed.Article is not null)
            .Select((seed, cancellationToken) => StoryFacts.Read(seed, cancellationToken))
            .WithTrackingName(TrackingNames.StoryFacts)
            .Collect()
            .Combine(layout)
            .Combine(settings)
            .Select((input, _) => StoryAnalysis.Build(input.Left.Left, input.Left.Right, input.Right.Left.Namespace, emit: false))
            .WithTrackingName(TrackingNames.Stories);
        context.RegisterSourceOutput(stories, ReportStories);

        // The member docs and the fingerprint change with a seed's text; the corpus file is one line per article.
        var entries = parsed
            .Where(seed => seed.Article is not null)
            .Select((seed, _) => SeedEntry.Of(seed, seed.Article!))
            .WithTrackingName(TrackingNames.SeedEntries)
            .Collect()
            .Combine(summaries.Collect())
            .Select((input, _) => input.Left.Concat(input.Right.SelectMany(s => s.Entries)).ToEquatableArray());

        var indexes = layout
            .Combine(entries)
            .Combine(settings)
            .Select((input, _) => IndexOutput.Create(input.Left.Left, input.Left.Right, input.Right.Left, input.Right.Right))
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
            .Select((input, _) => FixturesOutput.Create(input.Left.Left, input.Left.Right.Left, input.Left.Right.Right, input.Right))
            .WithTrackingName(TrackingNames.FixtureSources);
        context.RegisterSourceOutput(fixtures, EmitFixtures);
    }

    private static void ReportIssues(SourceProductionContext context, PathIssues issues)
    {
        foreach (var issue in issues.Issues)
        {
            context.ReportDiagnostic(DiagnosticFactory.Create(issues.Path, issue, issues.TextOffset));
        }
    }

    private static void ReportIssues(SourceProductionContext context, EquatableArray<PathIssue> issues)
    {
        foreach (var issue in issues)
        {
            context.ReportDiagnostic(DiagnosticFactory.Create(issue.Path, issue.Issue));
        }
    }

    private static void ReportNearDuplicates(SourceProductionContext context, EquatableArray<NearDuplicate> duplicates)
    {
        foreach (var duplicate in duplicates)
        {
            context.ReportDiagnostic(DiagnosticFactory.AtFile(DiagnosticIds.NearDuplicateArticle, duplicate.Path, duplicate.Id, duplicate.OtherId, duplicate.Similarity));
        }
    }

    private static void ReportStories(SourceProductionContext context, StoryOutput output)
    {
        foreach (var issue in output.Issues)
        {
            context.ReportDiagnostic(DiagnosticFactory.Create(issue.Path, issue.Issue));
        }
    }

    private static void EmitFixtures(SourceProductionContext context, FixturesOutput output)
    {
        foreach (var source in output.Sources)
        {
            AddSource(context, source.HintName, () => FixturesEmitter.Emit(source));
        }
    }

    /// <summary>Adds one corpus-wide file; an emitter failure becomes CORPUS012 instead of dropping every output.</summary>
    private static void AddSource(SourceProductionContext context, string hintName, Func<string> emit)
    {
        try
        {
            context.AddSource(hintName, SourceText.From(emit(), System.Text.Encoding.UTF8));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.GeneratorFailure, Location.None, hintName, exception.GetType().Name + ": " + exception.Message));
        }
    }

    private static void EmitIndexes(SourceProductionContext context, IndexOutput output)
    {
        foreach (var problem in output.Problems)
        {
            context.ReportDiagnostic(DiagnosticFactory.AtFile(problem.Id, problem.Path, problem.Arguments.Cast<object>().ToArray()));
        }

        if (!output.Language.Supported)
        {
            if (output.Sources.Count > 0)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LanguageVersionTooLow, Location.None, output.Language.Version));
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
}

/// <summary>The fixtures file of every corpus (none when the language version is too low: the index reports it).</summary>
public sealed record FixturesOutput(EquatableArray<CorpusFixturesSource> Sources)
{
    public static FixturesOutput Create(CorpusLayout layout, GeneratorOptions options, LanguageSupport language, TestFrameworkSupport frameworks) =>
        new(language.Supported
            ? layout.CorpusNames.Select(name => new CorpusFixturesSource(options.Namespace, name, frameworks.Xunit, frameworks.RowLabels)).ToEquatableArray()
            : EquatableArray<CorpusFixturesSource>.Empty);
}

/// <summary>Whether the consuming project's C# version can compile the generated code (UTF-8 literals need C# 11).</summary>
public sealed record LanguageSupport(bool Supported, string Version)
{
    public static LanguageSupport Of(ParseOptions options)
    {
        var version = options is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.Latest;
        return new LanguageSupport(version >= LanguageVersion.CSharp11, version.ToDisplayString());
    }
}


/// <summary>The corpus file of every corpus, and the naming problems to report.</summary>
/// <param name="GlobalUsing">The namespace to bring into scope everywhere (<see cref="GlobalUsingEmitter"/>), or null.</param>
public sealed record IndexOutput(EquatableArray<CorpusIndexSource> Sources, EquatableArray<LayoutProblem> Problems, LanguageSupport Language, string? GlobalUsing = null)
{
    public static IndexOutput Create(CorpusLayout layout, EquatableArray<SeedEntry> entries, GeneratorOptions options, LanguageSupport language)
    {
        var byPath = new System.Collections.Generic.Dictionary<(string, string), SeedEntry>();
        foreach (var entry in entries)
        {
            byPath[(entry.CorpusName, entry.Path)] = entry;
        }

        var sources = layout.CorpusNames
            .Select(name =>
            {
                var members = layout.Members.Where(m => m.CorpusName == name).ToList();
                var found = members.Select(m => byPath.TryGetValue((name, m.Path), out var e) ? e : null).ToList();
                var fingerprint = CorpusFingerprint.Compute(members, found.Select(e => e?.ContentHash ?? 0).ToList(), options.TextIndex);
                return new CorpusIndexSource(options.Namespace, name, members.ToEquatableArray(), found.Select(e => e?.Summary ?? string.Empty).ToEquatableArray(), fingerprint, options.TextIndex);
            })
            .ToEquatableArray();
        return new IndexOutput(sources, layout.Problems, language, options.GlobalUsing ? options.Namespace : null);
    }
}
