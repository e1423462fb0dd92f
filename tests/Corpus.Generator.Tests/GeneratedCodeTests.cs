using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>The generator driven in-process over the repo's seeds: what it emits, and that it compiles cleanly.</summary>
public class GeneratedCodeTests
{
    [Fact]
    public void Seeds_generate_one_file_per_article_and_an_index()
    {
        var (result, _, _) = GeneratorHarness.Run(GeneratorHarness.RepoSeeds());

        var hintNames = result.Results.Single().GeneratedSources.Select(s => s.HintName).OrderBy(n => n, System.StringComparer.Ordinal).ToArray();
        Assert.Equal(
            new[]
            {
                "Corpus.Seeds.Index.g.cs",
                "Seeds._000_7357a1aa9a7ac386.g.cs",
                "Seeds._001_513e344c2a5b3e7a.g.cs",
                "Seeds._002_ce7064cef385668b.g.cs",
                "Seeds._003_0d319069ba9c6b8d.g.cs",
                "Seeds._004_30997ad6c51fc156.g.cs",
                "Seeds.__Fixtures.g.cs",
                "Seeds.__Stories.g.cs",
                "Seeds.g.cs",
            },
            hintNames);
    }

    [Fact]
    public void Article_files_declare_their_own_class_and_never_the_corpus_class()
    {
        // Roslyn lists every declaration of a partial type whenever it resolves one, so a corpus class declared once
        // per article made builds quadratic in articles (see GeneratedFile.ArticleNamespace).
        var (_, output, _) = GeneratorHarness.Run(GeneratorHarness.RepoSeeds());
        var seeds = output.GetTypeByMetadataName("TestProject.Seeds")!;
        var articleFiles = output.SyntaxTrees.Where(t => t.FilePath.Contains("Seeds._0", System.StringComparison.Ordinal)).ToList();

        Assert.Equal(5, articleFiles.Count);
        Assert.DoesNotContain(seeds.DeclaringSyntaxReferences, r => articleFiles.Contains(r.SyntaxTree));
        Assert.InRange(seeds.DeclaringSyntaxReferences.Length, 1, 4); // the index, stories, fixtures and text index files
        var generatedCode = output.GetTypeByMetadataName("System.CodeDom.Compiler.GeneratedCodeAttribute")!;
        var article = output.GetTypeByMetadataName("TestProject.__Corpus.Seeds.Article__000_7357a1aa9a7ac386")!;
        Assert.Single(article.DeclaringSyntaxReferences);
        Assert.Contains(article.GetAttributes(), a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, generatedCode));
        Assert.Equal(Accessibility.Internal, article.DeclaredAccessibility);
    }

    [Fact]
    public void Each_article_costs_one_data_field_so_large_corpora_load()
    {
        // Every UTF-8 literal is a static field of <PrivateImplementationDetails>; the runtime refuses a type with more
        // than 65,535 fields, so a 20,000-article corpus loads only if each article adds one.
        var (_, output, _) = GeneratorHarness.Run(GeneratorHarness.RepoSeeds());
        using var pe = new System.IO.MemoryStream();
        Assert.True(output.Emit(pe).Success);
        pe.Position = 0;
        using var reader = new System.Reflection.PortableExecutable.PEReader(pe);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(reader);
        var details = metadata.TypeDefinitions.Select(metadata.GetTypeDefinition)
            .Single(t => metadata.GetString(t.Name) == "<PrivateImplementationDetails>");

        var articleFields = details.GetFields().Count - GeneratorHarness.RepoSeeds().Count;

        // What is left is the corpus-wide literals: ids for Find, the story tables and the text index.
        Assert.InRange(articleFields, 0, 12);
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
        Assert.Equal(new[] { "Blogs.__Fixtures.g.cs", "Blogs.__Stories.g.cs", "Blogs.b.g.cs", "Blogs.g.cs", "Corpus.Blogs.Index.g.cs", "Corpus.News.Index.g.cs", "News.__Fixtures.g.cs", "News.__Stories.g.cs", "News.a.g.cs", "News.g.cs" }, hints);
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
}
