using System.Linq;
using Corpus.Generator.Model;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>Test fixtures: framework-neutral cases always; xUnit theory data when the project references xUnit v2 or v3.</summary>
public class FixtureTests
{
    private const string Use = """
        public static class Use
        {
            public static int Cases() => System.Linq.Enumerable.Count(TestProject.Seeds.ArticleCases) + System.Linq.Enumerable.Count(TestProject.Seeds.QuotationCases);
        }
        """;

    [Theory]
    [InlineData(new[] { "xunit.core", "xunit.abstractions", "xunit.assert" }, nameof(XunitVersion.V2))]
    [InlineData(new[] { "xunit.v3.core", "xunit.v3.common", "xunit.v3.assert" }, nameof(XunitVersion.V3))]
    [InlineData(new[] { "xunit.core", "xunit.abstractions", "xunit.v3.core", "xunit.v3.common" }, nameof(XunitVersion.V3))]
    [InlineData(new[] { "XUnit.Core", "XUnit.Abstractions" }, nameof(XunitVersion.V2))]
    [InlineData(new[] { "xunit.assert" }, nameof(XunitVersion.None))]
    [InlineData(new[] { "xunit.core" }, nameof(XunitVersion.None))]
    [InlineData(new[] { "nunit.framework", "System.Runtime" }, nameof(XunitVersion.None))]
    public void XUnit_is_detected_from_the_referenced_assembly_names(string[] names, string expected)
    {
        // By name: the generator's types are internal, and a public test method cannot take one.
        Assert.Equal(System.Enum.Parse<XunitVersion>(expected), TestFrameworkSupport.Detect(names).Xunit);
    }

    [Fact]
    public void Without_xunit_only_the_framework_neutral_cases_are_emitted_and_compile()
    {
        var (result, output, _) = GeneratorHarness.Run(GeneratorHarness.RepoSeeds(), Use);

        var fixtures = Fixtures(result);
        Assert.Contains("ArticleCases", fixtures, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Xunit", fixtures, System.StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.CompilerProblems(output));
    }

    [Fact]
    public void With_xunit_v2_the_theory_data_is_serialisable_and_compiles_without_warnings()
    {
        const string code = """
            public static class Use
            {
                public static Xunit.TheoryData<TestProject.Seeds.ArticleRow> A => TestProject.Seeds.ArticleData;
                public static Xunit.TheoryData<TestProject.Seeds.QuotationRow> Q => TestProject.Seeds.QuotationData;
            }
            """;
        var (result, output, _) = GeneratorHarness.Run(GeneratorHarness.RepoSeeds(), code, references: XunitReferences.V2);

        Assert.Contains("global::Xunit.Abstractions.IXunitSerializable", Fixtures(result), System.StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.CompilerProblems(output));
        Snapshot.Match("Seeds.Fixtures.xunit2.g.cs", Fixtures(result));
    }

    [Fact]
    public void With_xunit_v3_the_theory_data_rows_carry_display_names_and_compile_without_warnings()
    {
        const string code = """
            public static class Use
            {
                public static System.Collections.Generic.IEnumerable<Xunit.TheoryDataRow<TestProject.Seeds.ArticleRow>> A => TestProject.Seeds.ArticleData;
                public static System.Collections.Generic.IEnumerable<Xunit.TheoryDataRow<TestProject.Seeds.QuotationRow>> Q => TestProject.Seeds.QuotationData;
            }
            """;
        var (result, output, _) = GeneratorHarness.Run(GeneratorHarness.RepoSeeds(), code, references: XunitReferences.V3);

        var fixtures = Fixtures(result);
        Assert.Contains("global::Xunit.Sdk.IXunitSerializable", fixtures, System.StringComparison.Ordinal);
        Assert.Contains("Label = row.ToString()", fixtures, System.StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.CompilerProblems(output));
        Snapshot.Match("Seeds.Fixtures.xunit3.g.cs", fixtures);
    }

    [Fact]
    public void With_xunit_v3_before_3_0_the_rows_carry_a_test_display_name_instead_of_a_label()
    {
        var (result, output, _) = GeneratorHarness.Run(GeneratorHarness.RepoSeeds(), Use, references: XunitReferences.V3Before3_0);

        var fixtures = Fixtures(result);
        Assert.Contains("TestDisplayName = row.ToString()", fixtures, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Label", fixtures, System.StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.CompilerProblems(output));
    }

    [Theory]
    [InlineData("3.2.1.0", true)]
    [InlineData("3.0.0.0", true)]
    [InlineData("2.0.3.0", false)]
    public void Row_labels_come_with_xunit_v3_3_0(string version, bool labels)
    {
        var assemblies = new[] { ("xunit.v3.core", new System.Version(version)), ("xunit.v3.common", new System.Version(version)) };

        Assert.Equal(labels, TestFrameworkSupport.Detect(assemblies).RowLabels);
    }

    [Fact]
    public void Fixture_cases_list_every_article_and_every_quotation_at_run_time()
    {
        var (_, output, _) = GeneratorHarness.Run(GeneratorHarness.RepoSeeds(), Use);
        var assembly = CompiledCorpus.Load(output);

        var articles = CompiledCorpus.Articles(assembly);
        var cases = (int)assembly.GetType("Use")!.GetMethod("Cases")!.Invoke(null, null)!;
        Assert.Equal(articles.Count + articles.Sum(a => a.Quotations.Count), cases);
    }

    [Theory]
    [InlineData("ArticleData")]
    [InlineData("ArticleRow")]
    [InlineData("QuotationCases")]
    public void A_seed_named_like_a_fixture_member_gets_a_trailing_underscore(string name)
    {
        var seeds = new[] { new TestSeed($"/p/seeds/{name}.txt", "A story.") };
        var (result, output, _) = GeneratorHarness.Run(seeds, "", references: XunitReferences.V2);

        Assert.True(GeneratorHarness.HasMember(result, name + "_"));
        Assert.Empty(GeneratorHarness.CompilerProblems(output));
    }

    private static string Fixtures(GeneratorDriverRunResult result) =>
        result.Results.Single().GeneratedSources.Single(s => s.HintName == "Seeds.__Fixtures.g.cs").SourceText.ToString();
}
