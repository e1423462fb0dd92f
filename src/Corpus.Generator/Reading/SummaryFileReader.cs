using System;
using System.Threading;
using Corpus.Generator.Storage;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator.Reading;

/// <summary>
/// Reads the build task's summary file (an additional file with <c>CorpusSummary="true"</c>): on a command-line build
/// the seeds reach the compiler only through it, so the generator neither reads nor parses them.
/// </summary>
internal static class SummaryFileReader
{
    public const string SummaryMetadata = "build_metadata.AdditionalFiles.CorpusSummary";

    /// <summary>The summary, or null when the file is not a summary (or not one this generator can read).</summary>
    public static CorpusSummary? Read(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        if (!options.GetOptions(file).TryGetValue(SummaryMetadata, out var flag) || !string.Equals(flag.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var text = file.GetText(cancellationToken);
            return text is null ? null : CorpusSummary.Read(text.ToString());
        }
        catch (Exception exception) when (exception is FormatException or OverflowException or IndexOutOfRangeException)
        {
            return null; // a damaged summary is as good as none: the next build rewrites it
        }
    }
}
