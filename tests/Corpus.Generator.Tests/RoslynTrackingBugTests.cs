using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// A minimal repro, with a 10-line generator of our pipeline's shape, of a Roslyn bug in step tracking: with
/// <c>trackIncrementalGeneratorSteps: true</c> a kept driver drops an untouched file's output (or throws) after a
/// file is removed and equal options are given again. With tracking off, as the compiler and the IDE run, the
/// output is right, so our incremental tests compare with a fresh untracked run (FuzzTests) as well.
/// </summary>
public class RoslynTrackingBugTests
{
    /// <summary>
    /// Where it stands upstream. The closest report found is dotnet/roslyn#60759 (step tracking of an output that a
    /// modified input removes; open); this exact repro is not filed yet, because the machine it was found on has no
    /// network: file it with this test and put its link here.
    /// </summary>
    private const string Report = "Roslyn step-tracking bug (Microsoft.CodeAnalysis 4.8.0), closest upstream report https://github.com/dotnet/roslyn/pull/60759: un-skip to see whether the Roslyn in use still has it";

    [Fact]
    public void Untracked_a_kept_driver_keeps_the_untouched_files_output()
    {
        Assert.Equal(new[] { "a.g.cs", "c.g.cs" }, RemoveThenEqualOptions(track: false));
    }

    [Fact(Skip = Report)]
    public void Tracked_a_kept_driver_keeps_the_untouched_files_output()
    {
        Assert.Equal(new[] { "a.g.cs", "c.g.cs" }, RemoveThenEqualOptions(track: true));
    }

    // Three files; remove the second and run; give equal (new) options and run: with tracking on, one of the two
    // untouched files' outputs is missing.
    private static List<string> RemoveThenEqualOptions(bool track)
    {
        var texts = new[] { "/p/a.txt", "/p/b.txt", "/p/c.txt" }.Select(p => (AdditionalText)new GeneratorHarness.InMemoryAdditionalText(p, p)).ToArray();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new ShapeGenerator().AsSourceGenerator() },
            texts,
            new CSharpParseOptions(),
            new TestOptions(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Repro" }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));
        var compilation = CSharpCompilation.Create("repro");
        driver = driver.RunGenerators(compilation);
        driver = driver.RemoveAdditionalTexts(ImmutableArray.Create(texts[1])).RunGenerators(compilation);
        driver = driver.WithUpdatedAnalyzerConfigOptions(new TestOptions(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Repro" })).RunGenerators(compilation);
        return driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.HintName).OrderBy(h => h, StringComparer.Ordinal).ToList();
    }

    /// <summary>Our pipeline's shape: each file read with the options, the names collected into a layout, combined back.</summary>
    private sealed class ShapeGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var files = context.AdditionalTextsProvider.Combine(context.AnalyzerConfigOptionsProvider).Select((x, ct) => x.Left.GetText(ct)!.ToString()).Where(t => t.Length > 0).Select((t, _) => System.IO.Path.GetFileNameWithoutExtension(t));
            var layout = files.Collect().Select((all, _) => string.Join(",", all.OrderBy(n => n, StringComparer.Ordinal)));
            var options = context.AnalyzerConfigOptionsProvider.Select((p, _) => p.GlobalOptions.TryGetValue("build_property.RootNamespace", out var ns) ? ns : "");
            context.RegisterSourceOutput(files.Combine(layout).Combine(options), (c, x) => c.AddSource(x.Left.Left + ".g.cs", "// " + x.Left.Right));
        }
    }
}
