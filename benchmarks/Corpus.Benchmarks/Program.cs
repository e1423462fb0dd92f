using System;
using BenchmarkDotNet.Running;
using Corpus.Benchmarks;

// dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- [BenchmarkDotNet arguments, e.g. --filter *Generator*]
// dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- --cold corpus|resource|file  (one first access, then exit)
if (args.Length >= 2 && args[0] == "--cold")
{
    return ColdStart.Run(args[1]);
}

BenchmarkSwitcher.FromAssembly(typeof(BenchConfig).Assembly).Run(args, new BenchConfig());
return 0;
