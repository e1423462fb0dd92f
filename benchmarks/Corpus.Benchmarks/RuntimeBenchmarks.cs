using System;
using System.IO;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace Corpus.Benchmarks;

/// <summary>
/// Run-time access to the compiled corpus <c>Bench</c> against the same seed files as embedded resources and as files
/// beside the assembly: one article's text, a full scan of every article, lookups. Steady state (after first use);
/// the cold first access is <see cref="ColdStart"/>.
/// </summary>
public class RuntimeBenchmarks
{
    private static readonly Assembly Self = typeof(RuntimeBenchmarks).Assembly;
    private Article _article = null!;
    private string _id = "";
    private string _resource = "";
    private string _file = "";
    private string[] _resources = Array.Empty<string>();
    private string _speaker = "";

    [GlobalSetup]
    public void Setup()
    {
        _article = Bench.Articles[Bench.Count / 2];
        _id = _article.Id;
        _resource = "seeds/" + _article.FileName;
        _file = Path.Combine(AppContext.BaseDirectory, "seeds", _article.FileName);
        // The corpus's most quoted speaker, by the last word of the name ("Blinken"), as a user would type it.
        var speakers = Bench.Articles.Speakers();
        _speaker = speakers.Length == 0 ? "nobody" : speakers[0].Name.Substring(speakers[0].Name.LastIndexOf(' ') + 1);
        _ = Bench.Articles.QuotationsBy(_speaker).Count(); // the speaker index is built on the first lookup
        _resources = Self.GetManifestResourceNames().Where(n => n.StartsWith("seeds/", StringComparison.Ordinal)).ToArray();
        long total = 0;
        foreach (var article in Bench.Articles)
        {
            total += article.Utf8.Length;
            _ = article.Text; // decode and cache: the string views are measured in steady state
        }

        foreach (var method in new[] { nameof(ScanUtf8), nameof(ScanStrings), nameof(ScanParagraphs), nameof(ScanResourcesMapped) })
        {
            ThroughputColumn.Record(method, "", total);
        }

        var one = _article.Utf8.Length;
        foreach (var method in new[] { nameof(ArticleUtf8), nameof(ArticleText), nameof(ResourceBytes), nameof(ResourceString), nameof(FileBytes), nameof(FileString) })
        {
            ThroughputColumn.Record(method, "", one);
        }
    }

    [Benchmark(Baseline = true)]
    public int ArticleUtf8() => _article.Utf8.Length;

    [Benchmark]
    public int ArticleText() => _article.Text.Length;

    [Benchmark]
    public int ResourceBytes()
    {
        using var stream = Self.GetManifestResourceStream(_resource)!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes.Length;
    }

    [Benchmark]
    public int ResourceString()
    {
        using var reader = new StreamReader(Self.GetManifestResourceStream(_resource)!);
        return reader.ReadToEnd().Length;
    }

    [Benchmark]
    public int FileBytes() => File.ReadAllBytes(_file).Length;

    [Benchmark]
    public int FileString() => File.ReadAllText(_file).Length;

    [Benchmark]
    public Article? FindById() => Bench.Find(_id);

    [Benchmark]
    public int FindMissing() => Bench.Find("no-such-article") is null ? 0 : 1;

    /// <summary>How many quotations the most quoted speaker has, across the corpus (one index probe).</summary>
    [Benchmark]
    public int BySpeakerCount() => Bench.Articles.QuotationsBy(_speaker).Count();

    /// <summary>The speaker's first quotation's text (probe, then one quotation read).</summary>
    [Benchmark]
    public int BySpeakerFirst()
    {
        foreach (var quotation in Bench.Articles.QuotationsBy(_speaker))
        {
            return quotation.Text.Length;
        }

        return 0;
    }

    /// <summary>Every byte of every article, as spans over the compiled data.</summary>
    [Benchmark]
    public long ScanUtf8()
    {
        long lines = 0;
        foreach (var article in Bench.Articles)
        {
            lines += article.Utf8.Count((byte)'\n');
        }

        return lines;
    }

    /// <summary>Every character of every article, through the cached string views.</summary>
    [Benchmark]
    public long ScanStrings()
    {
        long lines = 0;
        foreach (var article in Bench.Articles)
        {
            lines += article.Text.AsSpan().Count('\n');
        }

        return lines;
    }

    /// <summary>Every paragraph's span through the offset tables (table decoding included).</summary>
    [Benchmark]
    public long ScanParagraphs()
    {
        long bytes = 0;
        foreach (var article in Bench.Articles)
        {
            foreach (var paragraph in article.Paragraphs)
            {
                bytes += paragraph.Utf8.Length;
            }
        }

        return bytes;
    }

    /// <summary>The prototype of the resource representation: spans over the mapped image, no copy.</summary>
    [Benchmark]
    public unsafe long ScanResourcesMapped()
    {
        long lines = 0;
        foreach (var name in _resources)
        {
            using var stream = (UnmanagedMemoryStream)Self.GetManifestResourceStream(name)!;
            lines += new ReadOnlySpan<byte>(stream.PositionPointer, (int)stream.Length).Count((byte)'\n');
        }

        return lines;
    }
}
