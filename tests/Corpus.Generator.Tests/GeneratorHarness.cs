using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator.Tests;

/// <summary>A seed file for the harness: its path, its text and the corpus it joins (null: no metadata); or, with <paramref name="IsSummary"/>, the build task's summary file.</summary>
internal sealed record TestSeed(string Path, string Text, string? Corpus = "Seeds", bool IsSummary = false)
{
    /// <summary>The build task's summary of these seeds, as the targets hand it to the compiler instead of the seeds.</summary>
    public static TestSeed SummaryOf(IEnumerable<TestSeed> seeds, IDictionary<string, string>? globalOptions = null) =>
        new("/p/obj/corpus/corpus.summary", GeneratorHarness.Build(seeds, globalOptions).Summary.Write(), null, IsSummary: true);
}

/// <summary>Drives <see cref="CorpusGenerator"/> in-process over in-memory seed files, as the compiler would.</summary>
internal static class GeneratorHarness
{
    public const string Namespace = "TestProject";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(Corpus.Article).Assembly.Location))
            .ToImmutableArray();
    });

    public static IReadOnlyList<TestSeed> RepoSeeds()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "seeds");
        return Directory.GetFiles(folder, "*.txt").OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new TestSeed("/project/seeds/" + Path.GetFileName(p), File.ReadAllText(p)))
            .ToList();
    }

    public static CSharpCompilation Compilation(string code = "", LanguageVersion language = LanguageVersion.CSharp12, IEnumerable<MetadataReference>? references = null) =>
        CSharpCompilation.Create(
            "TestProject",
            string.IsNullOrEmpty(code) ? Array.Empty<SyntaxTree>() : new[] { CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(language), path: "Program.cs") },
            references is null ? References.Value : References.Value.Concat(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: false));

    public static GeneratorDriver Driver(IEnumerable<TestSeed> seeds, LanguageVersion language = LanguageVersion.CSharp12, IDictionary<string, string>? globalOptions = null, bool track = true) =>
        DriverOver(seeds, language, globalOptions, track).Driver;

    /// <summary>A driver and the additional texts it was given, so a test can replace one without reaching into the driver.</summary>
    public static (GeneratorDriver Driver, ImmutableArray<AdditionalText> Texts) DriverOver(IEnumerable<TestSeed> seeds, LanguageVersion language = LanguageVersion.CSharp12, IDictionary<string, string>? globalOptions = null, bool track = true)
    {
        var (texts, options) = Inputs(seeds, globalOptions);
        return (CreateDriver(texts, options, language, track), texts);
    }

    private static GeneratorDriver CreateDriver(ImmutableArray<AdditionalText> texts, AnalyzerConfigOptionsProvider options, LanguageVersion language, bool track)
    {
        return CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            texts,
            new CSharpParseOptions(language),
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));
    }

    /// <summary>
    /// Runs the generator and returns the run result and the compilation with the generated files. The corpus
    /// resources the build task would embed are built in-process on demand (<see cref="Resources"/>), from the same
    /// additional texts and options, and attached by <see cref="CompiledCorpus.Load"/>.
    /// </summary>
    public static (GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> Diagnostics) Run(IEnumerable<TestSeed> seeds, string code = "", LanguageVersion language = LanguageVersion.CSharp12, IEnumerable<MetadataReference>? references = null, IDictionary<string, string>? globalOptions = null)
    {
        var list = seeds.ToList();
        var driver = Driver(list, language, globalOptions).RunGeneratorsAndUpdateCompilation(Compilation(code, language, references), out var output, out var diagnostics);
        BuiltResources.AddOrUpdate(output, new Lazy<IReadOnlyList<Storage.CorpusResource>>(() => BuildResources(list, globalOptions)));
        return (driver.GetRunResult(), output, diagnostics);
    }

    /// <summary>The corpus resources for a compilation that <see cref="Run"/> made (none for any other).</summary>
    public static IReadOnlyList<Storage.CorpusResource> Resources(Compilation output) =>
        BuiltResources.TryGetValue(output, out var resources) ? resources.Value : Array.Empty<Storage.CorpusResource>();

    /// <summary>What the build task does, in-process: the same reader output, the same pure build.</summary>
    public static IReadOnlyList<Storage.CorpusResource> BuildResources(IEnumerable<TestSeed> seeds, IDictionary<string, string>? globalOptions = null) =>
        Build(seeds.Where(s => !s.IsSummary), globalOptions).Resources;

    /// <summary>The build task's whole result (resources and summary) for these seeds.</summary>
    public static Storage.CorpusBuildResult Build(IEnumerable<TestSeed> seeds, IDictionary<string, string>? globalOptions = null)
    {
        var (texts, options) = Inputs(seeds, globalOptions);
        var files = texts.Select(t => Reading.SeedFileReader.Read(t, options, CancellationToken.None)).Where(f => f is not null).Select(f => f!).ToList();
        options.GlobalOptions.TryGetValue(GeneratorOptions.NamespaceProperty, out var ns);
        options.GlobalOptions.TryGetValue(GeneratorOptions.RootNamespaceProperty, out var root);
        options.GlobalOptions.TryGetValue(GeneratorOptions.TextIndexProperty, out var index);
        options.GlobalOptions.TryGetValue(GeneratorOptions.ProjectDirectoryProperty, out var project);
        return Pipeline.CorpusBuild.Run(files, Storage.BuildOptions.Namespace(ns, root), Storage.BuildOptions.TextIndex(index), projectDirectory: string.IsNullOrWhiteSpace(project) ? null : project.Trim());
    }

    /// <summary>What the build task writes beside each resource: the HTML report of each corpus, and its counts.</summary>
    public static IReadOnlyList<(string Corpus, string Html, Reporting.ReportCounts Counts)> Reports(IEnumerable<TestSeed> seeds, string projectDirectory = "/p", bool typedMembers = true)
    {
        var (texts, options) = Inputs(seeds, null);
        var files = texts.Select(t => Reading.SeedFileReader.Read(t, options, CancellationToken.None)).Where(f => f is not null).Select(f => Storage.SeedSource.Of(f!));
        using var spillStream = new MemoryStream();
        var spill = new Storage.ArticleSpill(spillStream);
        var reports = new List<(string Corpus, string Html, Reporting.ReportCounts Counts)>();
        var plan = Pipeline.CorpusBuild.Plan(files, Namespace, textIndex: true, projectDirectory, spill, report: source =>
        {
            using var output = new MemoryStream();
            var counts = Reporting.CorpusReport.Write(output, source with { TypedMembers = typedMembers }, spill);
            reports.Add((source.CorpusName, System.Text.Encoding.UTF8.GetString(output.ToArray()), counts));
        });
        plan.ReportsWritten.GetAwaiter().GetResult();
        return reports;
    }

    private static readonly ConditionalWeakTable<Compilation, Lazy<IReadOnlyList<Storage.CorpusResource>>> BuiltResources = new();

    private static (ImmutableArray<AdditionalText> Texts, AnalyzerConfigOptionsProvider Options) Inputs(IEnumerable<TestSeed> seeds, IDictionary<string, string>? globalOptions)
    {
        var list = seeds.ToList();
        var texts = list.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)).ToImmutableArray();
        var byPath = list.GroupBy(s => s.Path).ToDictionary(g => g.Key, g => g.Last());
        var options = new TestOptions(globalOptions ?? new Dictionary<string, string> { ["build_property.RootNamespace"] = Namespace }, path =>
            !byPath.TryGetValue(path, out var seed) ? null
            : seed.IsSummary ? new Dictionary<string, string> { ["build_metadata.AdditionalFiles.CorpusSummary"] = "true" }
            : seed.Corpus is { } corpus ? TestOptions.Corpus(corpus)
            : null);
        return (texts, options);
    }

    /// <summary>Whether the generated corpus class declares a member for an article (one line each in <c>Corpus.g.cs</c>).</summary>
    public static bool HasMember(GeneratorDriverRunResult result, string member, string corpus = "Seeds") =>
        result.Results.Single().GeneratedSources
            .Where(s => s.HintName == corpus + ".g.cs")
            .Any(s => s.SourceText.ToString().Contains("public static global::Corpus.Article " + member + " => ", StringComparison.Ordinal));

    /// <summary>Every error and warning of the compilation (generated code included), with warnings as errors in spirit.</summary>
    public static IReadOnlyList<Diagnostic> CompilerProblems(Compilation output) =>
        output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    public sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text, System.Text.Encoding.UTF8);
        }

        public InMemoryAdditionalText(string path, SourceText text)
        {
            Path = path;
            _text = text;
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
