using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>The generator driven in-process over the repo's seeds: what it emits, and that it compiles cleanly.</summary>
public class GeneratedCodeTests
{
    [Fact]
    public void Seeds_generate_the_corpus_class_and_the_fixtures_only()
    {
        var (result, _, _) = GeneratorHarness.Run(GeneratorHarness.RepoSeeds());

        var hintNames = result.Results.Single().GeneratedSources.Select(s => s.HintName).OrderBy(n => n, System.StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "Seeds.__Fixtures.g.cs", "Seeds.g.cs", "__GlobalUsing.g.cs" }, hintNames);
        foreach (var seed in GeneratorHarness.RepoSeeds())
        {
            Assert.True(GeneratorHarness.HasMember(result, "_" + System.IO.Path.GetFileNameWithoutExtension(seed.Path)));
        }
    }

    [Fact]
    public void No_seed_byte_reaches_the_compiler()
    {
        // The text, tables and index are in the resource: the generated code is a few hundred bytes per article.
        var seeds = GeneratorHarness.RepoSeeds();
        var (result, output, _) = GeneratorHarness.Run(seeds);
        var generated = result.Results.Single().GeneratedSources.Sum(s => s.SourceText.Length);

        Assert.InRange(generated, 1, 20_000 + (500 * seeds.Count));
        foreach (var seed in seeds)
        {
            var paragraph = seed.Text.Split("\n\n").OrderByDescending(p => p.Length).First();
            Assert.DoesNotContain(result.Results.Single().GeneratedSources, s => s.SourceText.ToString().Contains(paragraph, System.StringComparison.Ordinal));
        }

        using var pe = new System.IO.MemoryStream();
        Assert.True(output.Emit(pe).Success);
        pe.Position = 0;
        using var reader = new System.Reflection.PortableExecutable.PEReader(pe);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(reader);
        Assert.DoesNotContain(metadata.TypeDefinitions.Select(metadata.GetTypeDefinition), t => metadata.GetString(t.Name) == "<PrivateImplementationDetails>");
    }

    [Fact]
    public void Seeds_named_in_lower_case_compile_without_any_warning()
    {
        // A class named "bridge" would be warning CS8981 (lower-case type names may become keywords).
        var seeds = new[] { new TestSeed("/p/bridge.txt", "LONDON (AP) — The bridge reopened on Monday."), new TestSeed("/p/unicode.txt", "Café owners said little.") };

        var (_, output, diagnostics) = GeneratorHarness.Run(seeds, "public static class Use { public static int N => TestProject.Seeds.bridge.Paragraphs.Count; }");

        Assert.Empty(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        // CS8981 belongs to a warning wave (level 7); the SDK's default for net10.0 reports every wave.
        Assert.Empty(GeneratorHarness.CompilerProblems(output.WithOptions(((Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions)output.Options).WithWarningLevel(9999))));
    }

    [Fact]
    public void Generated_code_compiles_without_any_warning()
    {
        var (result, output, driverDiagnostics) = GeneratorHarness.Run(GeneratorHarness.RepoSeeds(), "public static class Use { public static int N => TestProject.Seeds.Count; }");

        // The seeds are real scraped text: their only warnings are the three garbled quotation marks, at the seed file.
        var warnings = driverDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.All(warnings, d => Assert.Equal("CORPUS005", d.Id));
        Assert.All(warnings, d => Assert.EndsWith(".txt", d.Location.GetLineSpan().Path, System.StringComparison.Ordinal));
        Assert.Equal(3, warnings.Count);
        Assert.Null(result.Results.Single().Exception);
        Assert.Empty(GeneratorHarness.CompilerProblems(output));
    }

    [Fact]
    public void Generated_sources_match_the_snapshots()
    {
        var (result, _, _) = GeneratorHarness.Run(GeneratorHarness.RepoSeeds());

        foreach (var source in result.Results.Single().GeneratedSources)
        {
            Snapshot.Match(source.HintName, source.SourceText.ToString());
        }
    }

    [Fact]
    public void Same_seeds_in_any_order_give_byte_identical_sources()
    {
        var seeds = GeneratorHarness.RepoSeeds();
        var forward = GeneratorHarness.Run(seeds).Result.Results.Single().GeneratedSources;
        var backward = GeneratorHarness.Run(seeds.Reverse()).Result.Results.Single().GeneratedSources;

        var a = forward.OrderBy(s => s.HintName, System.StringComparer.Ordinal).Select(s => (s.HintName, s.SourceText.ToString()));
        var b = backward.OrderBy(s => s.HintName, System.StringComparer.Ordinal).Select(s => (s.HintName, s.SourceText.ToString()));
        Assert.Equal(a, b);
    }

    [Fact]
    public void Two_corpora_in_one_project_both_generate()
    {
        var seeds = new[]
        {
            new TestSeed("/p/news/a.txt", "BEIJING (AP) — One story.", "News"),
            new TestSeed("/p/blogs/b.txt", "Another story, told twice.", "Blogs"),
        };

        var (result, output, _) = GeneratorHarness.Run(seeds, "static class Use { static int N => TestProject.News.Count + TestProject.Blogs.Count; static object A => TestProject.News.a; static object B => TestProject.Blogs.b; }");

        var hints = result.Results.Single().GeneratedSources.Select(s => s.HintName).OrderBy(h => h, System.StringComparer.Ordinal);
        Assert.Equal(new[] { "Blogs.__Fixtures.g.cs", "Blogs.g.cs", "News.__Fixtures.g.cs", "News.g.cs", "__GlobalUsing.g.cs" }, hints);
        Assert.Empty(GeneratorHarness.CompilerProblems(output));
    }

    [Fact]
    public void Text_files_without_Corpus_metadata_are_ignored()
    {
        var seeds = new[]
        {
            new TestSeed("/p/PublicAPI.Shipped.txt", "#nullable enable\nFoo.Bar() -> void", null),
            new TestSeed("/p/BannedSymbols.txt", "T:System.Console", null),
        };

        var (result, _, _) = GeneratorHarness.Run(seeds);

        Assert.Empty(result.Results.Single().GeneratedSources);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Generated_docs_count_one_thing_in_the_singular()
    {
        var seeds = new[] { new TestSeed("/p/one.txt", "“We will go on,” Mayor Jane Roe said.") };
        var source = GeneratorHarness.Run(seeds).Result.Results.Single().GeneratedSources.Single(s => s.HintName == "Seeds.g.cs").SourceText.ToString();

        Assert.Contains("corpus: 1 article compiled from seed files.", source, System.StringComparison.Ordinal);
        Assert.Contains("1 paragraph, 1 quotation.", source, System.StringComparison.Ordinal);
        Assert.DoesNotContain("1 quotations", source, System.StringComparison.Ordinal);
        Assert.DoesNotContain("1 articles", source, System.StringComparison.Ordinal);
    }
}
