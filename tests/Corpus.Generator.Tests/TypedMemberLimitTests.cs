using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// <c>CorpusTypedMemberLimit</c>: a corpus of more articles gets no typed member per article (CORPUS025, info), and
/// everything else of the class still reads every article.
/// </summary>
public sealed class TypedMemberLimitTests
{
    private static readonly IReadOnlyList<TestSeed> Seeds = Enumerable.Range(0, 6)
        .Select(i => new TestSeed($"/p/seeds/story{i}.txt", $"Headline number {i}\n\nThe council met on day {i}. “We will build it,” Mayor Ana Ruiz said."))
        .ToList();

    private static Dictionary<string, string> Limit(string value) =>
        new() { ["build_property.RootNamespace"] = GeneratorHarness.Namespace, ["build_property.CorpusTypedMemberLimit"] = value };

    [Fact]
    public void Below_the_default_every_article_has_a_member_and_nothing_is_reported()
    {
        var (result, output, diagnostics) = GeneratorHarness.Run(Seeds);

        Assert.True(GeneratorHarness.HasMember(result, "story0"));
        Assert.DoesNotContain(diagnostics, d => d.Id == "CORPUS025");
        Assert.Equal(Seeds.Count, ArticleProperties(CompiledCorpus.Load(output)).Count);
    }

    [Theory]
    [InlineData("6", true)]
    [InlineData("5", false)]
    [InlineData("0", false)]
    public void Members_are_all_or_none_at_the_limit(string limit, bool expectMembers)
    {
        var (result, output, diagnostics) = GeneratorHarness.Run(Seeds, globalOptions: Limit(limit));

        Assert.Equal(expectMembers, GeneratorHarness.HasMember(result, "story0"));
        Assert.Equal(expectMembers ? Seeds.Count : 0, ArticleProperties(CompiledCorpus.Load(output)).Count);
        Assert.Equal(expectMembers ? 0 : 1, diagnostics.Count(d => d.Id == "CORPUS025"));
        Assert.Empty(GeneratorHarness.CompilerProblems(output));
    }

    [Fact]
    public void Past_the_limit_the_class_still_reads_every_article_and_says_why_in_CORPUS025()
    {
        var (result, output, diagnostics) = GeneratorHarness.Run(Seeds, globalOptions: Limit("2"));

        var report = Assert.Single(diagnostics, d => d.Id == "CORPUS025");
        Assert.Equal(DiagnosticSeverity.Info, report.Severity);
        Assert.Equal(Location.None, report.Location);
        var message = report.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("Corpus 'Seeds' has 6 articles, more than CorpusTypedMemberLimit (2)", message, StringComparison.Ordinal);
        Assert.Contains("Seeds.Find(id)", message, StringComparison.Ordinal);
        Assert.Contains("CorpusTypedMemberLimit", Source(result), StringComparison.Ordinal); // the class's doc says so too

        var assembly = CompiledCorpus.Load(output);
        var articles = CompiledCorpus.Articles(assembly);
        Assert.Equal(Seeds.Count, articles.Count);
        var store = CompiledCorpus.Store(assembly);
        for (var i = 0; i < Seeds.Count; i++)
        {
            var found = store.Find("story" + i);
            Assert.NotNull(found);
            Assert.StartsWith("Headline number " + i, found!.Headline, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_limit_holds_on_the_command_line_path_through_the_summary()
    {
        var options = Limit("3");
        var (result, output, diagnostics) = GeneratorHarness.Run(new[] { TestSeed.SummaryOf(Seeds, options) }, globalOptions: options);

        Assert.False(GeneratorHarness.HasMember(result, "story0"));
        Assert.Single(diagnostics, d => d.Id == "CORPUS025");
        Assert.Empty(GeneratorHarness.CompilerProblems(output));
    }

    [Theory]
    [InlineData(null, Storage.BuildOptions.DefaultTypedMemberLimit)]
    [InlineData("", Storage.BuildOptions.DefaultTypedMemberLimit)]
    [InlineData(" 120 ", 120)]
    [InlineData("0", 0)]
    [InlineData("-1", Storage.BuildOptions.DefaultTypedMemberLimit)]
    [InlineData("lots", Storage.BuildOptions.DefaultTypedMemberLimit)]
    [InlineData("1e4", Storage.BuildOptions.DefaultTypedMemberLimit)]
    [InlineData("70000", Storage.BuildOptions.MaxTypedMemberLimit)]
    [InlineData("123456789012345678901234567890", Storage.BuildOptions.MaxTypedMemberLimit)]
    public void The_property_reads_as_a_whole_number_capped_at_what_one_class_holds(string? value, int expected) =>
        Assert.Equal(expected, Storage.BuildOptions.TypedMemberLimit(value));

    private static string Source(GeneratorDriverRunResult result) =>
        result.Results.Single().GeneratedSources.Single(s => s.HintName == "Seeds.g.cs").SourceText.ToString();

    private static IReadOnlyList<PropertyInfo> ArticleProperties(Assembly assembly) =>
        assembly.GetType(GeneratorHarness.Namespace + ".Seeds", throwOnError: true)!
            .GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(Corpus.Article))
            .ToList();
}
