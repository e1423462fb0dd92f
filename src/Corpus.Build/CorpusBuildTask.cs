using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Pipeline;
using Corpus.Generator.Reporting;
using Corpus.Generator.Storage;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Corpus.Build;

/// <summary>
/// Builds every corpus of a project before the compiler runs: reads the seeds (items with <c>Corpus</c> metadata),
/// parses, names, analyses and indexes them with the generator's own code (<see cref="CorpusBuild"/>), and writes one
/// resource per corpus (named as it is embedded: <c>Corpus.Ns.Name.corpus</c>) and the summary the generator reads.
/// The targets embed the resources and hand the compiler the summary instead of the seeds.
/// </summary>
public sealed class CorpusBuildTask : Microsoft.Build.Utilities.Task
{
    /// <summary>The seed files, each with <c>Corpus</c> metadata.</summary>
    [Required]
    public ITaskItem[] Seeds { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The folder for the resources and the summary (under obj/).</summary>
    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    /// <summary>The summary file to write.</summary>
    [Required]
    public string SummaryFile { get; set; } = string.Empty;

    /// <summary>The project's <c>CorpusNamespace</c> (read with <c>RootNamespace</c> as the generator reads them).</summary>
    public string? CorpusNamespace { get; set; }

    /// <summary>The project's <c>RootNamespace</c>.</summary>
    public string? RootNamespace { get; set; }

    /// <summary>The project folder (<c>MSBuildProjectDirectory</c>): ids of same-named files are their paths relative to it.</summary>
    public string? ProjectDirectory { get; set; }

    /// <summary><c>CorpusTextIndex</c>: anything but <c>false</c> builds the text index.</summary>
    public string? TextIndex { get; set; }

    /// <summary><c>CorpusTypedMemberLimit</c>, read as the generator reads it: the report names a typed member only when the class has them.</summary>
    public string? TypedMemberLimit { get; set; }

    /// <summary><c>CorpusReport</c>: anything but <c>false</c> writes each corpus's HTML report beside its resource.</summary>
    public string? Report { get; set; }

    /// <summary>The project file: where a problem of the whole project is reported (never the package's targets file).</summary>
    public string? ProjectFile { get; set; }

    /// <summary>The file the task writes the build's summary lines to (one per corpus); the targets print it on every build.</summary>
    public string? ReportLinesFile { get; set; }

    /// <summary>A seed item's <c>Language</c> metadata, trimmed, or null when it has none (the language is then detected).</summary>
    private static string? LanguageOf(ITaskItem item)
    {
        var language = item.GetMetadata("Language");
        return string.IsNullOrWhiteSpace(language) ? null : language.Trim();
    }

    public override bool Execute()
    {
        var steps = new BuildSteps();
        var seeds = Seeds
            .Where(item => !string.IsNullOrWhiteSpace(item.GetMetadata("Corpus")))
            .Select(item => (Path: item.GetMetadata("FullPath"), Corpus: item.GetMetadata("Corpus").Trim(), Language: LanguageOf(item)))
            .Select(seed => new SeedSource(seed.Path, () => SeedFileDecoder.Read(seed.Path, seed.Corpus, seed.Language), SeedDigestCache.KeyOf(seed.Path, seed.Corpus, seed.Language)))
            .ToList();

        steps.Done("list the seeds");
        Directory.CreateDirectory(OutputDirectory);
        var spillPath = Path.Combine(OutputDirectory, "articles.spill");
        var textIndex = BuildOptions.TextIndex(TextIndex);
        // Each seed's parse, kept for the next build: after an edit of one seed only that seed is parsed again.
        using var cache = new SeedDigestCache(Path.Combine(OutputDirectory, "seeds"), textIndex);
        var written = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        CorpusBuildPlan plan;
        var reports = new List<WrittenReport>();
        using (var spillStream = new FileStream(spillPath, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose))
        {
            var spill = new ArticleSpill(spillStream);
            // The reports are written while the text index is built (CorpusBuild calls this on another thread, in turn).
            Action<CorpusReportSource>? report = BuildOptions.Report(Report) ? source => reports.Add(WriteReport(source, spill)) : null;
            plan = CorpusBuild.Plan(seeds, BuildOptions.Namespace(CorpusNamespace, RootNamespace), textIndex, ProjectDirectory, spill, cache, steps, report);
            // The summary and the cache's clean-up need nothing of the resources: written beside them, on the other core.
            var summary = plan.Summary;
            var besides = System.Threading.Tasks.Task.Run(() =>
            {
                using (var output = new StreamWriter(SummaryFile, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16))
                {
                    summary.WriteTo(output);
                }

                cache.Finish();
            });
            try
            {
                // One assembly holds at most 2 GB (and the format's offsets are 32-bit): refused here with what to do, not
                // as an overflow in the task or the compiler.
                var total = plan.Resources.Sum(resource => resource.Length);
                foreach (var resource in plan.Resources)
                {
                    var path = Path.Combine(OutputDirectory, resource.ResourceName);
                    if (total > CorpusResourceWriter.MaxLength)
                    {
                        Log.LogError(null, DiagnosticCatalog.ResourceTooLarge, null, ProjectFile, 0, 0, 0, 0, DiagnosticCatalog.ResourceTooLargeMessage,
                            resource.CorpusName, resource.Length, total, CorpusResourceWriter.MaxLength);
                        continue;
                    }

                    WriteIfChanged(path, resource);
                    written.Add(Path.GetFullPath(path));
                }
            }
            finally
            {
                try
                {
                    besides.GetAwaiter().GetResult(); // never left running past the cache's disposal
                    steps.Done("write the resources and the summary");
                }
                finally
                {
                    plan.ReportsWritten.GetAwaiter().GetResult(); // nor the reports past the spill's
                }
            }
        }

        // A report goes with its corpus's resource: none for a corpus too large to embed (CORPUS023).
        var lines = new List<string>();
        foreach (var report in reports.Where(r => written.Contains(Path.GetFullPath(Path.Combine(OutputDirectory, r.ResourceName)))))
        {
            written.Add(report.Path);
            lines.Add(ReportLine.Of(report.CorpusName, report.Counts, Shown(report.Path)));
            Log.LogMessage(MessageImportance.Normal, string.Format(CultureInfo.InvariantCulture, "Corpus: report {0}: {1} ms, beside the text index", report.CorpusName, report.Milliseconds));
        }

        // A corpus renamed or removed (or too large to embed) leaves no stale resource or report behind.
        foreach (var stale in Directory.GetFiles(OutputDirectory, "*.corpus").Concat(Directory.GetFiles(OutputDirectory, "*.html")).Where(p => !written.Contains(Path.GetFullPath(p))))
        {
            File.Delete(stale);
        }

        if (ReportLinesFile is { Length: > 0 } linesFile)
        {
            File.WriteAllLines(linesFile, lines, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        steps.Done("wait for the reports");
        foreach (var line in steps.Lines)
        {
            Log.LogMessage(MessageImportance.Normal, "Corpus: " + line);
        }

        return !Log.HasLoggedErrors;
    }

    // One corpus's HTML file beside its resource, read back from the spill (which is open until every report is done).
    private WrittenReport WriteReport(CorpusReportSource source, ArticleSpill spill)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var typed = source with { TypedMembers = source.Members.Count <= BuildOptions.TypedMemberLimit(TypedMemberLimit) };
        var path = Path.GetFullPath(Path.Combine(OutputDirectory, source.CorpusName + ".html"));
        using var output = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        var counts = CorpusReport.Write(output, typed, spill);
        return new WrittenReport(source.CorpusName, source.ResourceName, path, counts, clock.ElapsedMilliseconds);
    }

    private sealed record WrittenReport(string CorpusName, string ResourceName, string Path, ReportCounts Counts, long Milliseconds);

    // A path under the project folder as the user types it (obj/Debug/...), any other in full.
    private string Shown(string path)
    {
        var folder = ProjectDirectory is { Length: > 0 } directory ? Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar : null;
        return folder is not null && path.StartsWith(folder, StringComparison.Ordinal) ? path.Substring(folder.Length) : path;
    }

    // Written beside the old one and swapped in only when its bytes differ: an unchanged resource keeps its time stamp,
    // so the compiler's own up-to-date check can skip it.
    private static void WriteIfChanged(string path, CorpusResourcePlan resource)
    {
        var fresh = path + ".new";
        using (var output = new FileStream(fresh, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            resource.WriteTo(output);
        }

        if (File.Exists(path) && SameBytes(path, fresh))
        {
            File.Delete(fresh);
            return;
        }

        File.Delete(path);
        File.Move(fresh, path);
    }

    private static bool SameBytes(string left, string right)
    {
        using var a = new FileStream(left, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var b = new FileStream(right, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        if (a.Length != b.Length)
        {
            return false;
        }

        var x = new byte[1 << 16];
        var y = new byte[1 << 16];
        while (true)
        {
            var n = a.Read(x, 0, x.Length);
            if (n == 0)
            {
                return true;
            }

            var m = 0;
            while (m < n && b.Read(y, m, n - m) is var r and > 0)
            {
                m += r;
            }

            if (m != n || !x.AsSpan(0, n).SequenceEqual(y.AsSpan(0, n)))
            {
                return false;
            }
        }
    }
}
