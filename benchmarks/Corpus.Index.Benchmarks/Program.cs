using System;
using System.Diagnostics;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Corpus;
using Corpus.Index.Benchmarks;

// One run: start-up and memory first (in a fresh process, so the compiled index is measured cold), then query latency
// with BenchmarkDotNet (in-process, short job). `-- --startup` stops after the first part.
Console.WriteLine($"Corpus: {Bench.Count} articles");

// Compiled index: nothing to build. Measured cold (JIT included): creating the article objects (type loads; every engine
// pays it, the corpus is the input of all three), then the first query, then the same query warm.
var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
var watch = Stopwatch.StartNew();
var articleCount = Bench.Articles.Count;
watch.Stop();
var articlesLoad = watch.Elapsed.TotalMilliseconds;
watch.Restart();
var first = IndexQueries.Sum(Bench.Index.Term("blinken"));
watch.Stop();
var corpusFirst = watch.Elapsed.TotalMilliseconds;
var corpusAllocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
watch.Restart();
first += IndexQueries.Sum(Bench.Index.Term("blinken"));
watch.Stop();
var corpusSecond = watch.Elapsed.TotalMilliseconds;
var textBytes = Bench.Articles.ToArray().Sum(a => (long)a.Utf8.Length);

// Naive scan: decode every article's text to a string once.
var heapBefore = GC.GetTotalMemory(true);
watch.Restart();
var scan = new NaiveScan(Bench.Articles);
watch.Stop();
var scanStart = watch.Elapsed.TotalMilliseconds;
var scanHeap = GC.GetTotalMemory(true) - heapBefore;

// Lucene: build the in-memory index three times, keep the median.
var builds = new double[3];
LuceneIndex? lucene = null;
long luceneHeap = 0;
for (var i = 0; i < builds.Length; i++)
{
    lucene?.Reader.Dispose();
    lucene?.Directory.Dispose();
    lucene = null;
    heapBefore = GC.GetTotalMemory(true);
    watch.Restart();
    lucene = LuceneIndex.Build(Bench.Articles);
    watch.Stop();
    builds[i] = watch.Elapsed.TotalMilliseconds;
    luceneHeap = GC.GetTotalMemory(true) - heapBefore;
}

Array.Sort(builds);
Console.WriteLine();
Console.WriteLine($"Text: {textBytes / 1024.0 / 1024.0:F2} MB UTF-8, {Bench.Index.TermCount:N0} terms, {Bench.Articles.ToArray().Sum(a => a.Paragraphs.Count):N0} paragraphs");
Console.WriteLine("| engine | start-up | index size | managed heap after start-up |");
Console.WriteLine("|---|---|---|---|");
Console.WriteLine($"| compiled index | no build; first query cold {corpusFirst:F1} ms (then {corpusSecond:F2} ms warm; {articleCount} article objects created first in {articlesLoad:F0} ms) | {Bench.Index.SizeInBytes / 1024.0 / 1024.0:F2} MB constant data in the assembly | {corpusAllocated / 1024.0:F0} KB (article objects) |");
Console.WriteLine($"| Lucene.NET (RAMDirectory) | build {builds[1]:F0} ms (median of 3) | {lucene!.Directory.GetSizeInBytes() / 1024.0 / 1024.0:F2} MB | {luceneHeap / 1024.0 / 1024.0:F1} MB |");
Console.WriteLine($"| IndexOf scan | decode texts {scanStart:F0} ms | none | {scanHeap / 1024.0 / 1024.0:F1} MB (strings) |");
Console.WriteLine();
Console.WriteLine("Sanity (corpus occurrences / Lucene paragraphs / IndexOf occurrences):");
Console.WriteLine($"  blinken: {Bench.Index.Term("blinken").Count()} / {lucene.Term("blinken")} / {scan.Count("blinken")}");
Console.WriteLine($"  blinken, paragraphs (corpus / Lucene): {Bench.Index.Term("blinken").Paragraphs.Count()} / {lucene.Term("blinken")}");
Console.WriteLine($"  blinken, occurrences (corpus / Lucene): {Bench.Index.Term("blinken").Count()} / {lucene.OccurrenceCount("blinken")}");
Console.WriteLine($"  acronym: {Bench.Index.Term("acronym").Count()} / {lucene.Term("acronym")} / {scan.Count("acronym")}");
Console.WriteLine($"  open channels: {Bench.Index.Phrase("open channels").Count()} / {lucene.Phrase("open", "channels")} / {scan.Count("open channels")}");
Console.WriteLine($"  the united states: {Bench.Index.Phrase("the united states").Count()} / {lucene.Phrase("the", "united", "states")} / {scan.Count("the United States")}");
Console.WriteLine($"  commun*: {Bench.Index.Prefix("commun").Count()} / {lucene.Prefix("commun")} / {scan.Count("commun", prefix: true)}");
GC.KeepAlive(first);
lucene.Reader.Dispose();
lucene.Directory.Dispose();

if (args.Contains("--startup"))
{
    return;
}

var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun.WithWarmupCount(5).WithIterationCount(15).WithToolchain(InProcessEmitToolchain.Instance))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkRunner.Run<IndexQueries>(config, args.Where(a => a != "--startup").ToArray());
