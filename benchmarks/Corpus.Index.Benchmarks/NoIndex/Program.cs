// Compiled instead of the benchmarks when building with -p:CorpusTextIndex=false, to measure build time and assembly
// size without the text index (the benchmarks need Bench.Index, which the property removes).
System.Console.WriteLine($"{Corpus.Index.Benchmarks.Bench.Count} articles, no text index");
