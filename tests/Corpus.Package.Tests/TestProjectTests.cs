using System;
using System.Text.RegularExpressions;
using Xunit;

namespace Corpus.Package.Tests;

/// <summary>
/// Fresh test projects (xUnit v2 from <c>dotnet new xunit -n NewsTests</c>, a project named after the corpus; the same
/// moved to xUnit v3; NUnit; MSTest) with the README's test file word for word, over the README's folder layout (the
/// same file name in two folders) and with <c>TreatWarningsAsErrors</c>: each article and each quotation is its own,
/// readably named test case, everything builds and the tests pass.
/// </summary>
[Collection(PackageFeedCollectionDefinition.Name)]
public sealed class TestProjectTests
{
    // Sample seeds without warnings (the others have garbled quotation marks, CORPUS005, which these builds would fail on).
    private static readonly string[] Seeds = { "001_513e344c2a5b3e7a.txt", "002_ce7064cef385668b.txt" };

    private const string Strict = "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>";

    private readonly PackageFeed _feed;

    public TestProjectTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public void An_xunit_v2_project_named_after_the_corpus_lists_one_named_case_per_article_and_quotation_and_passes()
    {
        // Named NewsTests: the root namespace News is generated in, beside the README's test class.
        var project = FreshProject.Create(_feed, "xunit", "NewsTests")
            .WithProperties(Strict)
            .WithSampleSeeds(Seeds)
            .WithReadmeLayout()
            .WithItems(FreshProject.SeedItem)
            .WithFile("UnitTest1.cs", ReadmeBlocks.Get("xunit-tests"));

        var (list, test) = BuildListAndTest(project);

        // v2 names a case by its method and its argument's ToString; the same-named files by their folders.
        Assert.Contains("ArticleFixtureTests.Every_article_has_text_and_an_id(row: 001_513e344c2a5b3e7a)", list.Output, StringComparison.Ordinal);
        Assert.Contains("ArticleFixtureTests.Every_article_has_text_and_an_id(row: seeds/sport/update)", list.Output, StringComparison.Ordinal);
        Assert.Contains("ArticleFixtureTests.Every_article_has_text_and_an_id(row: seeds/world/update)", list.Output, StringComparison.Ordinal);
        Assert.Matches(@"Every_quotation_occurs_in_its_article\(row: [^\n]+: “[^\n]+”\)", list.Output);
        AssertEveryListedCasePassed(list, test);
    }

    [Fact]
    public void An_xunit_v3_project_labels_each_case_and_passes()
    {
        var project = FreshProject.Create(_feed, "xunit", "XunitV3News")
            .EditProject(text => Regex.Replace(text, @"<PackageReference Include=""xunit"" Version=""[^""]+"" />", @"<PackageReference Include=""xunit.v3"" Version=""3.2.1"" />"))
            .WithProperties("<OutputType>Exe</OutputType>" + Strict)
            .WithSampleSeeds(Seeds)
            .WithReadmeLayout()
            .WithItems(FreshProject.SeedItem)
            .WithFile("UnitTest1.cs", ReadmeBlocks.Get("xunit-tests"));

        var (list, test) = BuildListAndTest(project);

        // v3 3.0+ rows carry a label: Method [label].
        Assert.Contains("ArticleFixtureTests.Every_article_has_text_and_an_id [001_513e344c2a5b3e7a]", list.Output, StringComparison.Ordinal);
        Assert.Matches(@"Every_quotation_occurs_in_its_article \[[^\n]+: “[^\n]+”\]", list.Output);
        AssertEveryListedCasePassed(list, test);
    }

    [Fact]
    public void An_nunit_project_uses_the_framework_neutral_cases_and_passes()
    {
        var project = FreshProject.Create(_feed, "nunit", "NUnitNews")
            .WithProperties(Strict)
            .WithSampleSeeds(Seeds)
            .WithReadmeLayout()
            .WithItems(FreshProject.SeedItem)
            .WithFile("UnitTest1.cs", ReadmeBlocks.Get("nunit-tests"));

        var (list, test) = BuildListAndTest(project);

        Assert.Contains("Every_article_has_text_and_an_id(001_513e344c2a5b3e7a)", list.Output, StringComparison.Ordinal);
        Assert.Contains("Every_article_has_text_and_an_id(seeds/world/update)", list.Output, StringComparison.Ordinal);
        AssertEveryListedCasePassed(list, test);
    }

    [Fact]
    public void An_mstest_project_uses_the_framework_neutral_cases_and_passes()
    {
        var project = FreshProject.Create(_feed, "mstest", "MSTestNews")
            .WithProperties(Strict)
            .WithSampleSeeds(Seeds)
            .WithReadmeLayout()
            .WithItems(FreshProject.SeedItem)
            .WithFile("Test1.cs", ReadmeBlocks.Get("mstest-tests"));

        AssertNoWarnings(FreshProject.Succeeds(project.Build()));
        var test = FreshProject.Succeeds(project.Test());

        Assert.Matches(@"Passed:\s+\d+", test.Output);
        Assert.Matches(@"Failed:\s+0", test.Output);
    }

    /// <summary>Builds the project (no warnings), lists its test cases and runs them.</summary>
    private static (DotNet.Result List, DotNet.Result Test) BuildListAndTest(FreshProject project)
    {
        AssertNoWarnings(FreshProject.Succeeds(project.Build()));
        return (FreshProject.Succeeds(project.Test("--list-tests")), FreshProject.Succeeds(project.Test()));
    }

    // The generated code raises nothing in a user's project either: no compiler warning, no test-framework analyzer
    // (NuGet's NU warnings about the templates' package versions are not ours).
    private static void AssertNoWarnings(DotNet.Result build) =>
        Assert.False(Regex.IsMatch(build.Output, @": warning (?!NU\d|CORPUS\d)[A-Za-z]+\d+"), build.Output);

    // Every listed case ran and passed: the rows were enumerated at discovery, one case each.
    private static void AssertEveryListedCasePassed(DotNet.Result list, DotNet.Result test)
    {
        var listed = Regex.Count(list.Output, @"^\s{4}\S.*$", RegexOptions.Multiline);
        var passed = int.Parse(Regex.Match(test.Output, @"Passed:\s+(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(listed > 3, list.Output);
        Assert.Equal(listed, passed);
        Assert.Matches(@"Failed:\s+0", test.Output);
    }
}
