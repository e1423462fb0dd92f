using System;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using Corpus.Generator.Emitting;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing;
using Corpus.Synth;
using Microsoft.CodeAnalysis;

namespace Corpus.Benchmarks;

/// <summary>
/// Generator throughput on synthetic news (tools/Corpus.Synth, seed 1): the parse stage alone and parse + emit,
/// against a plain UTF-8 scan of the same bytes (the baseline) and a UTF-8 decode to string (what the compiler
/// does before the generator sees the text); and the whole generator, every step, driven as the compiler drives it.
/// </summary>
public class GeneratorBenchmarks
{
    private byte[][] _utf8 = Array.Empty<byte[]>();
    private SeedFile[] _seeds = Array.Empty<SeedFile>();
    private GeneratorInputs? _inputs;

    /// <summary>1, 10 and 100 MB; <c>CORPUS_BENCH_MEGABYTES=10</c> (a comma list) runs only those sizes, for a quick A/B.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Megabytes { get; set; }

    public static System.Collections.Generic.IEnumerable<int> Sizes() =>
        Environment.GetEnvironmentVariable("CORPUS_BENCH_MEGABYTES") is { Length: > 0 } sizes
            ? sizes.Split(',').Select(size => int.Parse(size.Trim(), System.Globalization.CultureInfo.InvariantCulture))
            : new[] { 1, 10, 100 };

    [GlobalSetup]
    public void Setup()
    {
        var articles = SynthCorpus.ArticlesOfSize(1, Megabytes * SynthCorpus.Megabyte).ToArray();
        _utf8 = articles.Select(SynthCorpus.Bytes).ToArray();
        _seeds = articles.Select(a => new SeedFile("/seeds/" + a.FileName, a.FileName, "Bench", a.Text, DecodedAsUtf8: true)).ToArray();
        _inputs = GeneratorInputs.From(articles);
        var bytes = _utf8.Sum(b => (long)b.Length);
        foreach (var method in new[] { nameof(Utf8Scan), nameof(Utf8Decode), nameof(Parse), nameof(BuildTask), nameof(WholeGenerator) })
        {
            ThroughputColumn.Record(method, "Megabytes=" + Megabytes, bytes);
        }
    }

    [Benchmark(Baseline = true)]
    public long Utf8Scan()
    {
        long chars = 0;
        foreach (var bytes in _utf8)
        {
            chars += Encoding.UTF8.GetCharCount(bytes);
        }

        return chars;
    }

    [Benchmark]
    public long Utf8Decode()
    {
        long chars = 0;
        foreach (var bytes in _utf8)
        {
            chars += Encoding.UTF8.GetString(bytes).Length;
        }

        return chars;
    }

    [Benchmark]
    public int Parse()
    {
        var paragraphs = 0;
        foreach (var seed in _seeds)
        {
            paragraphs += SeedParser.Parse(seed).Article!.Paragraphs.Count;
        }

        return paragraphs;
    }

    /// <summary>What the build task does: parse, name, analyse, index and write the corpus resource.</summary>
    [Benchmark]
    public long BuildTask()
    {
        long bytes = 0;
        foreach (var resource in Corpus.Generator.Pipeline.CorpusBuild.Run(_seeds, "Bench", textIndex: true).Resources)
        {
            bytes += resource.Bytes.Length;
        }

        return bytes;
    }

    /// <summary>Every step of the generator as the compiler runs it (parse, names, stories, text index, every file emitted), a cold run.</summary>
    [Benchmark]
    public GeneratorDriver WholeGenerator() => _inputs!.NewDriver().RunGenerators(_inputs.Compilation);
}
