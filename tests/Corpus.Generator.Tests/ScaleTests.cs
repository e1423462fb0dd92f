using System;
using System.Linq;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Model;
using Corpus.Synth;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// A CI-sized scale check: a few megabytes of synthetic news through the generator, compiled and emitted, with no
/// CS8103 (user-string heap full) or any other error, and every article's text read back byte for byte.
/// The 100 MB build is scripts/scale-build.sh (too slow for every test run).
/// </summary>
public class ScaleTests
{
    private const long Bytes = 2_000_000;

    [Fact]
    public void Two_megabytes_of_synthetic_news_compile_and_round_trip()
    {
        var synth = SynthCorpus.ArticlesOfSize(seed: 5, Bytes).ToList();
        var seeds = synth.Select(a => new TestSeed("/p/seeds/" + a.FileName, a.Text)).ToList();

        var (result, output, _) = GeneratorHarness.Run(seeds);

        Assert.Null(result.Results.Single().Exception);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error || d.Id == DiagnosticCatalog.GeneratorFailure);
        Assert.Equal(3, result.GeneratedTrees.Length); // the corpus class, the fixtures and the global using: the text is in the resource

        var articles = CompiledCorpus.Articles(CompiledCorpus.Load(output)); // fails on CS8103 or any emit error
        Assert.Equal(synth.Count, articles.Count);
        var byId = synth.ToDictionary(a => System.IO.Path.GetFileNameWithoutExtension(a.FileName));
        foreach (var article in articles)
        {
            var expected = byId[article.Id];
            Assert.True(article.Utf8.SequenceEqual(SynthCorpus.Bytes(expected).AsSpan()), article.Id);
            Assert.Equal(expected.Text, article.Text);
        }

        // Find probes the resource's id hash table: every id of a few hundred articles is found, near misses are not.
        var store = CompiledCorpus.Store(CompiledCorpus.Load(output));
        foreach (var article in articles)
        {
            Assert.Equal(article.Id, store.Find(article.Id.AsSpan())?.Id);
            Assert.Null(store.Find((article.Id + "x").AsSpan()));
            Assert.Null(store.Find(article.Id.AsSpan(0, article.Id.Length - 1)));
        }

        Assert.Null(store.Find(System.ReadOnlySpan<char>.Empty));
    }
}
