using System.Collections.Concurrent;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Corpus.Benchmarks;

/// <summary>
/// MB/s of a benchmark that processes a known number of bytes per operation: each benchmark class records its
/// bytes in <see cref="Record"/> during setup (in-process toolchain, so the column sees the same statics).
/// </summary>
public sealed class ThroughputColumn : IColumn
{
    private static readonly ConcurrentDictionary<string, long> BytesPerOperation = new();

    public string Id => "Throughput";

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Megabytes (10^6 bytes) of seed text processed per second";

    /// <summary>Records the bytes one call of <paramref name="method"/> processes; parameters as "Name=value", comma-separated.</summary>
    public static void Record(string method, string parameters, long bytes) => BytesPerOperation[method + "|" + parameters] = bytes;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Median;
        var parameters = string.Join(",", benchmarkCase.Parameters.Items.Select(p => p.Name + "=" + p.Value));
        var key = benchmarkCase.Descriptor.WorkloadMethod.Name + "|" + parameters;
        return mean is > 0 && BytesPerOperation.TryGetValue(key, out var bytes)
            ? (bytes / (mean.Value / 1e9) / 1e6).ToString("N0", CultureInfo.InvariantCulture)
            : "-";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
