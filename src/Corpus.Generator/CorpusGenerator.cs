using System;
using System.Linq;
using Corpus.Generator.Analysis;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Emitting;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;
using Corpus.Generator.Parsing;
using Corpus.Generator.Reading;
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

        // Only names flow into the layout, so editing a seed's text leaves the layout (and every other article) cached.
        var layout = parsed
            .Select((seed, _) => new SeedName(seed.CorpusName, seed.Path, seed.Id, seed.FileName, HasArticle: seed.Article is not null)) // a seed left out gets no member
            .WithTrackingName(TrackingNames.SeedNames)
            .Collect()
            .Combine(options.Select((o, _) => new LayoutSettings(o.Namespace, o.ProjectDirectory)))
            .Select((input, _) => CorpusLayout.Build(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Layout);

        var settings = options.Combine(language);

        // Each file once, in path order: the compiler keeps generated trees in the order they are added, so emitting in
        // the order of the AdditionalTexts built different bytes on machines that list a folder differently; and a file
        // two AdditionalFiles items list arrives twice, as two equal values (CORPUS020), one of which is dropped here.
        // An edit leaves every other position equal, so only the edited seed's steps below re-run.
        var ordered = parsed
            .Collect()
            .SelectMany((all, _) => all
                .GroupBy(seed => (seed.Path, seed.CorpusName))
                .OrderBy(g => g.Key.Path, StringComparer.Ordinal)
                .ThenBy(g => g.Key.CorpusName, StringComparer.Ordinal)
                .Select(g => g.First()))
            .WithTrackingName(TrackingNames.OrderedSeeds);

        var articles = ordered
            .Combine(layout)
            .Combine(settings)
            .Select((input, _) => ArticleOutput.Create(input.Left.Left, input.Left.Right, input.Right.Left, input.Right.Right))
            .WithTrackingName(TrackingNames.ArticleSources);
        context.RegisterSourceOutput(articles, EmitArticle);

        // Near-duplicates need the whole corpus, but only each article's small signature flows into this step.
        var duplicates = parsed
            .Where(seed => seed.Article is not null)
            .Select((seed, _) => new ArticleFingerprint(seed.CorpusName, seed.Path, seed.Id, ShingleSignature.Compute(seed.Article!)))
            .WithTrackingName(TrackingNames.Fingerprints)
            .Collect()
            .Select((fingerprints, _) => NearDuplicateFinder.Find(fingerprints.GroupBy(f => (f.CorpusName, f.Path)).Select(g => g.First())))
            .WithTrackingName(TrackingNames.NearDuplicates);
        context.RegisterSourceOutput(duplicates, ReportNearDuplicates);

        // One story told many times: each article's content words, quotations and names, then the corpus as a whole.
        var stories = parsed
            .Where(seed => seed.Article is not null)
            .Select((seed, cancellationToken) => StoryFacts.Read(seed, cancellationToken))
            .WithTrackingName(TrackingNames.StoryFacts)
            .Collect()
            .Combine(layout)
            .Combine(settings)
            .Select((input, _) => StoryAnalysis.Build(input.Left.Left.GroupBy(f => (f.CorpusName, f.Path)).Select(g => g.First()), input.Left.Right, input.Right.Left.Namespace, input.Right.Right.Supported))
            .WithTrackingName(TrackingNames.Stories);
        context.RegisterSourceOutput(stories, EmitStories);

        var indexes = layout
            .Combine(settings)
            .Select((input, _) => IndexOutput.Create(input.Left, input.Right.Left, input.Right.Right))
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

        Indexing.TextIndexPipeline.Register(context, parsed, layout, settings);
    }

    private static void EmitArticle(SourceProductionContext context, ArticleOutput output)
    {
        foreach (var issue in output.Issues)
        {
            context.ReportDiagnostic(DiagnosticFactory.Create(output.Path, issue, output.TextOffset));
        }

        if (output.Source is { } source)
        {
            AddSource(context, source.HintName, () => ArticleEmitter.Emit(source), output.Path, source.Article.FileName);
        }
    }

    private static void ReportNearDuplicates(SourceProductionContext context, EquatableArray<NearDuplicate> duplicates)
    {
        foreach (var duplicate in duplicates)
        {
            context.ReportDiagnostic(DiagnosticFactory.AtFile(DiagnosticIds.NearDuplicateArticle, duplicate.Path, duplicate.Id, duplicate.OtherId, duplicate.Similarity));
        }
    }

    private static void EmitStories(SourceProductionContext context, StoryOutput output)
    {
        foreach (var issue in output.Issues)
        {
            context.ReportDiagnostic(DiagnosticFactory.Create(issue.Path, issue.Issue));
        }

        foreach (var source in output.Sources)
        {
            AddSource(context, source.HintName, () => StoryEmitter.Emit(source));
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
    /// Every file goes through here: an emitter failure becomes CORPUS012 (at the seed, when there is one) instead of
    /// dropping every output. Hint names are unique by construction (Naming/HintNames.cs); this is the net under it.
    /// </summary>
    private static void AddSource(SourceProductionContext context, string hintName, Func<string> emit, string? path = null, string? fileName = null)
    {
        try
        {
            context.AddSource(hintName, SourceText.From(emit(), System.Text.Encoding.UTF8));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var message = exception.GetType().Name + ": " + exception.Message;
            context.ReportDiagnostic(path is null
                ? Diagnostic.Create(DiagnosticDescriptors.GeneratorFailure, Location.None, hintName, message)
                : DiagnosticFactory.AtFile(DiagnosticIds.GeneratorFailure, path, fileName ?? hintName, message));
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

/// <summary>One article's output: its source (null when left out) and the issues to report at its file.</summary>
/// <param name="TextOffset">Added to the issues' spans (see <see cref="SeedFile.TextOffset"/>).</param>
public sealed record ArticleOutput(string Path, ArticleSource? Source, EquatableArray<SeedIssue> Issues, int TextOffset = 0)
{
    public static ArticleOutput Create(ParsedSeed seed, CorpusLayout layout, GeneratorOptions options, LanguageSupport language)
    {
        var issues = DiagnosticCap.Apply(seed.Article is null ? seed.FileIssues : seed.FileIssues.Concat(seed.Article.Issues));
        var member = layout.MemberFor(seed.CorpusName, seed.Path);
        var source = seed.Article is null || member is null || !language.Supported
            ? null
            : new ArticleSource(options.Namespace, seed.CorpusName, member.MemberName, seed.Article, ResourceNameFor(seed, options), member.Id, member.HintStem);
        return new ArticleOutput(seed.Path, source, issues, seed.TextOffset);
    }

    // The file's bytes are the parsed text only when it decoded cleanly (no CORPUS002): otherwise keep the literal.
    private static string? ResourceNameFor(ParsedSeed seed, GeneratorOptions options) =>
        options.TextInResources && !seed.FileIssues.Concat(seed.Article!.Issues).Any(i => i.Id == DiagnosticIds.InvalidText)
            ? "corpus:" + seed.Path
            : null;
}

/// <summary>The index files of every corpus, and the naming problems to report.</summary>
public sealed record IndexOutput(EquatableArray<CorpusIndexSource> Sources, EquatableArray<LayoutProblem> Problems, LanguageSupport Language)
{
    public static IndexOutput Create(CorpusLayout layout, GeneratorOptions options, LanguageSupport language)
    {
        var sources = layout.CorpusNames
            .Select(name => new CorpusIndexSource(options.Namespace, name, layout.Members.Where(m => m.CorpusName == name).ToEquatableArray()))
            .ToEquatableArray();
        return new IndexOutput(sources, layout.Problems, language);
    }
}
