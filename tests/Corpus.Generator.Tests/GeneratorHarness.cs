using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator.Tests;

/// <summary>A seed file for the harness: its path, its text and the corpus it joins (null: no metadata).</summary>
public sealed record TestSeed(string Path, string Text, string? Corpus = "Seeds");

/// <summary>Drives <see cref="CorpusGenerator"/> in-process over in-memory seed files, as the compiler would.</summary>
public static class GeneratorHarness
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

    public static GeneratorDriver Driver(IEnumerable<TestSeed> seeds, LanguageVersion language = LanguageVersion.CSharp12, IDictionary<string, string>? globalOptions = null, bool track = true)
    {
        var texts = seeds.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)).ToImmutableArray();
        var options = new TestOptionsProvider(seeds.GroupBy(s => s.Path).ToDictionary(g => g.Key, g => g.Last().Corpus), globalOptions ?? new Dictionary<string, string> { ["build_property.RootNamespace"] = Namespace });
        return CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            texts,
            new CSharpParseOptions(language),
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));
    }

    /// <summary>Runs the generator and returns the run result and the compilation with the generated files.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> Diagnostics) Run(IEnumerable<TestSeed> seeds, string code = "", LanguageVersion language = LanguageVersion.CSharp12, IEnumerable<MetadataReference>? references = null)
    {
        var driver = Driver(seeds, language).RunGeneratorsAndUpdateCompilation(Compilation(code, language, references), out var output, out var diagnostics);
        return (driver.GetRunResult(), output, diagnostics);
    }

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

    private sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Dictionary<string, string?> _corpusByPath;

        public TestOptionsProvider(Dictionary<string, string?> corpusByPath, IDictionary<string, string> global)
        {
            _corpusByPath = corpusByPath;
            GlobalOptions = new DictionaryOptions(global);
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            _corpusByPath.TryGetValue(textFile.Path, out var corpus) && corpus is not null
                ? new DictionaryOptions(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.Corpus"] = corpus })
                : DictionaryOptions.Empty;
    }

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        private readonly IDictionary<string, string> _values;

        public DictionaryOptions(IDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value)
        {
            if (_values.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }

            value = string.Empty;
            return false;
        }
    }
}
