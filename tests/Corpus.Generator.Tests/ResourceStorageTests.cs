using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Corpus.Synth;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The resource representation (CorpusStorage=Resource, a prototype): the build embeds each seed as a manifest resource
/// and the generated code reads spans over it. Whatever the storage, the corpus reads back the same.
/// </summary>
public class ResourceStorageTests
{
    private static readonly Dictionary<string, string> ResourceOptions = new()
    {
        ["build_property.RootNamespace"] = GeneratorHarness.Namespace,
        ["build_property.CorpusStorage"] = "Resource",
    };

    [Fact]
    public void Articles_read_the_same_from_resources_as_from_literals()
    {
        var seeds = GeneratorHarness.RepoSeeds()
            .Concat(SynthCorpus.Articles(9, 15).Select(a => new TestSeed("/p/synth/" + a.FileName, a.Text)))
            .Append(new TestSeed("/p/bom.txt", "\uFEFFA seed saved with a byte order mark.\n\n“Yes,” she said."))
            .Append(new TestSeed("/p/lone.txt", "A lone \uD800 surrogate keeps the literal form."))
            .ToList();

        var literal = CompiledCorpus.Articles(CompiledCorpus.Load(GeneratorHarness.Run(seeds).Output));
        var fromResources = CompiledCorpus.Articles(LoadWithResources(seeds));

        Assert.Equal(literal.Count, fromResources.Count);
        for (var i = 0; i < literal.Count; i++)
        {
            Assert.Equal(literal[i].Id, fromResources[i].Id);
            Assert.Equal(literal[i].Text, fromResources[i].Text);
            Assert.True(literal[i].Utf8.SequenceEqual(fromResources[i].Utf8));
            Assert.Equal(literal[i].Paragraphs.Select(p => (p.Kind, p.Text)), fromResources[i].Paragraphs.Select(p => (p.Kind, p.Text)));
            Assert.Equal(literal[i].Quotations.Select(q => (q.Text, q.Speaker, q.Cue)), fromResources[i].Quotations.Select(q => (q.Text, q.Speaker, q.Cue)));
        }
    }

    [Fact]
    public void Only_the_tables_are_compiled_when_text_is_in_resources()
    {
        var seed = new TestSeed("/p/one.txt", "BEIJING (AP) — Officials met on Monday.");
        var driver = GeneratorHarness.Driver(new[] { seed }, globalOptions: ResourceOptions).RunGenerators(GeneratorHarness.Compilation());
        var source = driver.GetRunResult().GeneratedTrees.Single(t => t.FilePath.EndsWith("Seeds.one.g.cs", StringComparison.Ordinal)).ToString();

        Assert.Contains("new global::Corpus.ResourceText(typeof(Article_one).Assembly, \"corpus:/p/one.txt\", 41)", source, StringComparison.Ordinal);
        Assert.DoesNotContain("Officials met", source, StringComparison.Ordinal);
    }

    // Emits with each seed file's bytes as the manifest resource the build target would add.
    private static Assembly LoadWithResources(IReadOnlyList<TestSeed> seeds)
    {
        GeneratorHarness.Driver(seeds, globalOptions: ResourceOptions).RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out var output, out _);
        var resources = seeds.Select(s => new ResourceDescription("corpus:" + s.Path, () => new MemoryStream(new UTF8Encoding(false).GetBytes(s.Text)), isPublic: true));
        using var stream = new MemoryStream();
        var emit = output.Emit(stream, manifestResources: resources);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;
        return new AssemblyLoadContext("corpus-resources", isCollectible: true).LoadFromStream(stream);
    }
}
