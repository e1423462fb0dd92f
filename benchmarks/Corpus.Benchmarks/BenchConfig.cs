using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Corpus.Benchmarks;

/// <summary>
/// One short job for every benchmark: in-process (BenchmarkDotNet's usual out-of-process rebuild would compile the
/// project again without the -p:BenchSeeds the script passes), 1 warm-up and 5 measured iterations (a 2-core machine
/// shared with other builds: short runs, medians and ratios matter more than the last digit), allocations measured.
/// </summary>
public sealed class BenchConfig : ManualConfig
{
    public BenchConfig()
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(1)
            .WithIterationCount(5)
            .WithId("Short"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new ThroughputColumn(), StatisticColumn.Median, BaselineRatioColumn.RatioMean);
        AddExporter(MarkdownExporter.GitHub);
        AddLogger(BenchmarkDotNet.Loggers.ConsoleLogger.Default);
        AddColumnProvider(DefaultColumnProviders.Instance);
        WithOptions(ConfigOptions.DisableOptimizationsValidator);
    }
}
