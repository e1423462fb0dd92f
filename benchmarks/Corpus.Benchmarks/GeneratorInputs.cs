using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Corpus.Generator;
using Corpus.Generator.Tests;
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
        var seeds = new HashSet<string>(texts.Select(t => t.Path), StringComparer.Ordinal);
        Provider = TestOptions.WithCorpus(path => seeds.Contains(path) ? "Bench" : null, new Dictionary<string, string> { ["build_property.RootNamespace"] = "Bench" });
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

    private AnalyzerConfigOptionsProvider Provider { get; }

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
}
