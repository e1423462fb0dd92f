using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// Compiles generated code to an in-memory assembly with the corpus resources embedded (as the build task's targets
/// embed them) and loads it, to read the corpus back at run time.
/// </summary>
internal static class CompiledCorpus
{
    public static Assembly Load(Compilation output) => Load(output, GeneratorHarness.Resources(output));

    public static Assembly Load(Compilation output, System.Collections.Generic.IEnumerable<Storage.CorpusResource> corpusResources)
    {
        var resources = corpusResources.Select(r => new ResourceDescription(r.ResourceName, () => new MemoryStream(r.Bytes, writable: false), isPublic: true)).ToList();
        using var stream = new MemoryStream();
        var emit = output.Emit(stream, manifestResources: resources);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;
        return new AssemblyLoadContext("corpus-test", isCollectible: true).LoadFromStream(stream);
    }

    /// <summary>The articles of the generated class <c>TestProject.{corpus}</c>.</summary>
    public static Corpus.ArticleList Articles(Assembly assembly, string corpus = "Seeds")
    {
        var type = assembly.GetType(GeneratorHarness.Namespace + "." + corpus, throwOnError: true)!;
        return (Corpus.ArticleList)type.GetProperty("Articles")!.GetValue(null)!;
    }

    /// <summary>The store behind the generated class <c>TestProject.{corpus}</c> (its <c>Find</c> takes a span, which reflection cannot pass).</summary>
    public static Corpus.CorpusStore Store(Assembly assembly, string corpus = "Seeds")
    {
        var holder = assembly.GetType(GeneratorHarness.Namespace + "." + corpus + "+__Store", throwOnError: true)!;
        return (Corpus.CorpusStore)holder.GetField("Instance", BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)!.GetValue(null)!;
    }
}
