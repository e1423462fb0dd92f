using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
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

    public override bool Execute()
    {
        var seeds = Seeds
            .Where(item => !string.IsNullOrWhiteSpace(item.GetMetadata("Corpus")))
            .Select(item => SeedFileDecoder.Read(item.GetMetadata("FullPath"), item.GetMetadata("Corpus").Trim()))
            .ToList();
        var result = CorpusBuild.Run(seeds, BuildOptions.Namespace(CorpusNamespace, RootNamespace), BuildOptions.TextIndex(TextIndex), projectDirectory: ProjectDirectory);

        Directory.CreateDirectory(OutputDirectory);
        var written = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var resource in result.Resources)
        {
            var path = Path.Combine(OutputDirectory, resource.ResourceName);
            WriteIfChanged(path, resource.Bytes);
            written.Add(Path.GetFullPath(path));
        }

        // A corpus renamed or removed leaves no stale resource behind to be embedded.
        foreach (var stale in Directory.GetFiles(OutputDirectory, "*.corpus").Where(p => !written.Contains(Path.GetFullPath(p))))
        {
            File.Delete(stale);
        }

        File.WriteAllText(SummaryFile, result.Summary.Write(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return !Log.HasLoggedErrors;
    }

    // An unchanged resource keeps its time stamp, so the compiler's own up-to-date check can skip it.
    private static void WriteIfChanged(string path, byte[] bytes)
    {
        if (File.Exists(path) && new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
        {
            return;
        }

        File.WriteAllBytes(path, bytes);
    }
}
