using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Corpus.Index.Benchmarks;

/// <summary>
/// The same queries on the three engines. Lucene counts matching paragraphs (one document a paragraph; IndexSearcher +
/// TotalHitCountCollector: less work than positions), except in "term occurrences" where it walks every position with
/// its offsets. The compiled index enumerates every occurrence (article, paragraph, span) and sums the starts, except in
/// "term paragraphs", where it counts the matching paragraphs as Lucene does (<see cref="TextHits.Paragraphs"/>,
/// <c>Count()</c>: the same set, each paragraph once) and, in a second line, enumerates them and sums their positions,
/// and "term count", where it reads the count from its term table. The scan counts whole-word occurrences.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class IndexQueries
{
    private LuceneIndex _lucene = null!;
    private NaiveScan _scan = null!;

    [GlobalSetup]
    public void Setup()
    {
        _lucene = LuceneIndex.Build(Bench.Articles);
        _scan = new NaiveScan(Bench.Articles);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _lucene.Reader.Dispose();
        _lucene.Directory.Dispose();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("term paragraphs (frequent): blinken")]
    public long TermParagraphs_Corpus() => Bench.Index.Term("blinken").Paragraphs.Count();

    [Benchmark, BenchmarkCategory("term paragraphs (frequent): blinken")]
    public long TermParagraphsListed_Corpus() => Sum(Bench.Index.Term("blinken").Paragraphs);

    [Benchmark, BenchmarkCategory("term paragraphs (frequent): blinken")]
    public long TermParagraphs_Lucene() => _lucene.Term("blinken");

    [Benchmark(Baseline = true), BenchmarkCategory("term count: blinken")]
    public long TermCount_Corpus() => Bench.Index.Term("blinken").Count();

    [Benchmark, BenchmarkCategory("term count: blinken")]
    public long TermCount_Lucene() => _lucene.Term("blinken");

    [Benchmark(Baseline = true), BenchmarkCategory("term occurrences: blinken")]
    public long TermOccurrences_Corpus() => Sum(Bench.Index.Term("blinken"));

    [Benchmark, BenchmarkCategory("term occurrences: blinken")]
    public long TermOccurrences_Lucene() => _lucene.TermOccurrences("blinken");

    [Benchmark, BenchmarkCategory("term occurrences: blinken")]
    public long TermOccurrences_IndexOf() => _scan.Count("blinken");

    [Benchmark(Baseline = true), BenchmarkCategory("term (rare): acronym")]
    public long RareTerm_Corpus() => Sum(Bench.Index.Term("acronym"));

    [Benchmark, BenchmarkCategory("term (rare): acronym")]
    public long RareTerm_Lucene() => _lucene.Term("acronym");

    [Benchmark, BenchmarkCategory("term (rare): acronym")]
    public long RareTerm_IndexOf() => _scan.Count("acronym");

    [Benchmark(Baseline = true), BenchmarkCategory("phrase: open channels")]
    public long Phrase_Corpus() => Sum(Bench.Index.Phrase("open channels"));

    [Benchmark, BenchmarkCategory("phrase: open channels")]
    public long Phrase_Lucene() => _lucene.Phrase("open", "channels");

    [Benchmark, BenchmarkCategory("phrase: open channels")]
    public long Phrase_IndexOf() => _scan.Count("open channels");

    [Benchmark(Baseline = true), BenchmarkCategory("phrase: the united states")]
    public long Phrase3_Corpus() => Sum(Bench.Index.Phrase("the United States"));

    [Benchmark, BenchmarkCategory("phrase: the united states")]
    public long Phrase3_Lucene() => _lucene.Phrase("the", "united", "states");

    [Benchmark, BenchmarkCategory("phrase: the united states")]
    public long Phrase3_IndexOf() => _scan.Count("the United States");

    [Benchmark(Baseline = true), BenchmarkCategory("prefix: commun*")]
    public long Prefix_Corpus() => Sum(Bench.Index.Prefix("commun"));

    [Benchmark, BenchmarkCategory("prefix: commun*")]
    public long Prefix_Lucene() => _lucene.Prefix("commun");

    [Benchmark, BenchmarkCategory("prefix: commun*")]
    public long Prefix_IndexOf() => _scan.Count("commun", prefix: true);

    internal static long Sum(TextHits hits)
    {
        long total = 0;
        foreach (var hit in hits)
        {
            total += hit.Start + hit.Paragraph.Index;
        }

        return total;
    }

    internal static long Sum(ParagraphHits paragraphs)
    {
        long total = 0;
        foreach (var paragraph in paragraphs)
        {
            total += paragraph.Index;
        }

        return total;
    }
}
