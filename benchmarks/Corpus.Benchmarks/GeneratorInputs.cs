using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Corpus.Generator;
using Corpus.Synth;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Benchmarks;

/// <summary>
/// What the compiler hands the generator, built in memory: synthetic seeds as additional files of corpus "Bench",
/// the project's options and an empty compilation. The benchmarks drive <see cref="CorpusGenerator"/> through
/// <see cref="CSharpGeneratorDriver"/>, so every pipeline step runs as it does in a build.
/// </summary>
public sealed class GeneratorInputs
{
    private static readonly CSharpParseOptions Parse = new(LanguageVersion.CSharp12);

    private GeneratorInputs(ImmutableArray<AdditionalText> texts, long bytes)
    {
        Texts = texts;
        Bytes = bytes;
        Provider = new OptionsProvider(texts.Select(t => t.Path));
        Compilation = CSharpCompilation.Create(
            "Bench",
            Array.Empty<SyntaxTree>(),
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    public ImmutableArray<AdditionalText> Texts { get; }

    /// <summary>The UTF-8 size of the seeds.</summary>
    public long Bytes { get; }

    public CSharpCompilation Compilation { get; }

    private OptionsProvider Provider { get; }

    public static GeneratorInputs OfSize(long bytes) => From(SynthCorpus.ArticlesOfSize(1, bytes));

    public static GeneratorInputs OfArticles(int count) => From(SynthCorpus.Articles(1, count));

    /// <summary>A driver that has not run yet (the first run is a full run).</summary>
    public GeneratorDriver NewDriver() => CSharpGeneratorDriver.Create(
        new[] { new CorpusGenerator().AsSourceGenerator() },
        Texts,
        Parse,
        Provider,
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    /// <summary>The same file with one sentence added to its last paragraph: an edit a user makes.</summary>
    public static AdditionalText Edited(AdditionalText text) =>
        new InMemoryText(text.Path, text.GetText()!.ToString() + " The minister said nothing more on Tuesday.");

    public static GeneratorInputs From(IEnumerable<SynthArticle> articles)
    {
        var list = articles.ToList();
        var texts = list.Select(a => (AdditionalText)new InMemoryText("/bench/seeds/" + a.FileName, a.Text)).ToImmutableArray();
        return new GeneratorInputs(texts, list.Sum(a => (long)SynthCorpus.Bytes(a).Length));
    }

    private sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text, System.Text.Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly ConfigOptions Empty = new(new Dictionary<string, string>());
        private static readonly ConfigOptions Seed = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.Corpus"] = "Bench" });
        private readonly HashSet<string> _seeds;

        public OptionsProvider(IEnumerable<string> seeds) => _seeds = new HashSet<string>(seeds, StringComparer.Ordinal);

        public override AnalyzerConfigOptions GlobalOptions { get; } = new ConfigOptions(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Bench" });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _seeds.Contains(textFile.Path) ? Seed : Empty;
    }

    private sealed class ConfigOptions : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public ConfigOptions(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value)
        {
            var found = _values.TryGetValue(key, out var text);
            value = text ?? string.Empty;
            return found;
        }
    }
}
