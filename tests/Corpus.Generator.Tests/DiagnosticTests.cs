using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// One bad input per catalogue entry, asserting id, severity and exact location (zero-based line and column,
/// as Roslyn stores them; build output prints them one-based). The rest of the corpus must still generate.
/// </summary>
public class DiagnosticTests
{
    private const string Good = "LONDON (AP) — A good article stays in the corpus.";

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("   \n\n\t  \r\n", "holds only white space")]
    public void CORPUS001_empty_or_blank_seed(string text, string reason)
    {
        var diagnostic = Single(Run(text), "CORPUS001");

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("/p/seeds/bad.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains(reason, diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void CORPUS001_unreadable_seed()
    {
        var texts = new AdditionalText[] { new NullText("/p/seeds/bad.txt"), new GeneratorHarness.InMemoryAdditionalText("/p/seeds/good.txt", Good) };
        var diagnostics = RunTexts(texts, out var result);

        var diagnostic = Single(diagnostics, "CORPUS001");
        Assert.Contains("could not be read", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.True(GeneratorHarness.HasMember(result, "good"));
    }

    [Fact]
    public void CORPUS002_nul_character_at_its_line_and_column()
    {
        var diagnostic = Single(Run("First line.\n\nSecond\0 line."), "CORPUS002");

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        AssertAt(diagnostic, 2, 6, 2, 7);
        Assert.Contains("NUL", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void CORPUS002_replacement_character()
    {
        AssertAt(Single(Run("Caf\uFFFD au lait."), "CORPUS002"), 0, 3, 0, 4);
    }

    [Fact]
    public void CORPUS002_lone_surrogate_is_replaced_and_reported()
    {
        AssertAt(Single(Run("Broken \uD800 pair."), "CORPUS002"), 0, 7, 0, 8);
    }

    [Fact]
    public void CORPUS002_text_the_compiler_could_not_decode_as_utf8()
    {
        var latin1 = SourceText.From("Caf\u00E9 au lait.", System.Text.Encoding.Latin1);
        var diagnostics = RunTexts(new AdditionalText[] { new GeneratorHarness.InMemoryAdditionalText("/p/seeds/bad.txt", latin1) }, out _);

        Assert.Contains("not valid UTF-8", Single(diagnostics, "CORPUS002").GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_and_crlf_do_not_shift_locations()
    {
        var diagnostic = Single(Run("\uFEFFFirst line.\r\n\r\nSecond\0 line."), "CORPUS002");

        AssertAt(diagnostic, 2, 6, 2, 7);
    }

    [Fact]
    public void CORPUS003_mojibake()
    {
        var diagnostic = Single(Run("The minister\u00E2\u20AC\u2122s visit."), "CORPUS003");

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        AssertAt(diagnostic, 0, 12, 0, 15);
        Assert.Contains("\u2019", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" date 2023-13-45 \n\nStory.", 6, 16)]
    [InlineData(" date 19/06/2023\n\nStory.", 6, 16)]
    public void CORPUS004_malformed_date_header(string text, int start, int end)
    {
        var diagnostic = Single(Run(text), "CORPUS004");

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        AssertAt(diagnostic, 0, start, 0, end);
    }

    [Theory]
    [InlineData("Story.\n\nShe said “we will win and left.\n\nMore story.", "“", "opens a quotation that is never closed")]
    [InlineData("Story.\n\nThe plan ” was dropped, officials said.", "”", "has no opening mark")]
    [InlineData("Story.\n\n“It works.” well.” the minister said.", "”", "has no opening mark")]
    public void CORPUS005_unbalanced_quotation_mark_at_the_mark(string text, string mark, string message)
    {
        var diagnostic = Single(Run(text), "CORPUS005");

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        var at = text.IndexOf(mark, System.StringComparison.Ordinal) - text.LastIndexOf('\n', text.IndexOf(mark, System.StringComparison.Ordinal)) - 1;
        AssertAt(diagnostic, 2, at, 2, at + 1);
    }

    [Fact]
    public void CORPUS005_a_quotation_running_over_paragraphs_is_not_unbalanced()
    {
        const string text = "Story.\n\n“We have waited long enough,\n\n“and we will not wait any longer,” she said.";
        Assert.DoesNotContain(Run(text), d => d.Id == "CORPUS005");
    }

    [Fact]
    public void The_same_file_name_in_two_folders_is_two_members_named_by_their_folders_and_no_warning()
    {
        var seeds = new[] { new TestSeed("/p/a/story.txt", Good), new TestSeed("/p/b/story.txt", "GENEVA (AP) — The council voted on Tuesday to close the old port for good.") };
        var (result, output, _) = GeneratorHarness.Run(seeds, "static class Use { static object A => TestProject.Seeds.a_story; static object B => TestProject.Seeds.b_story; }");

        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.CompilerProblems(output));
    }

    [Fact]
    public void CORPUS006_two_file_names_that_make_one_member_name()
    {
        var seeds = new[] { new TestSeed("/p/my-story.txt", Good), new TestSeed("/p/my_story.txt", Good + " Again.") };
        var (result, output, _) = GeneratorHarness.Run(seeds, "static class Use { static object A => TestProject.Seeds.my_story; static object B => TestProject.Seeds.my_story_2; }");

        var diagnostic = Single(result.Diagnostics, "CORPUS006");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("/p/my_story.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Empty(GeneratorHarness.CompilerProblems(output));
    }

    [Fact]
    public void CORPUS007_corpus_name_that_is_not_an_identifier()
    {
        var seeds = new[] { new TestSeed("/p/a.txt", Good, "My-Corpus"), new TestSeed("/p/b.txt", Good, "Fine") };
        var (result, output, _) = GeneratorHarness.Run(seeds);

        var diagnostic = Single(result.Diagnostics, "CORPUS007");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(Location.None, diagnostic.Location); // a problem of the project, not of the file a.txt
        Assert.Equal(new[] { "Fine.__Fixtures.g.cs", "Fine.g.cs", "__GlobalUsing.g.cs" }, result.Results.Single().GeneratedSources.Select(s => s.HintName).OrderBy(h => h, System.StringComparer.Ordinal));
        Assert.True(GeneratorHarness.HasMember(result, "b", "Fine"));
        Assert.Empty(GeneratorHarness.CompilerProblems(output));
    }

    [Fact]
    public void CORPUS008_quotation_without_a_speaker_is_informational()
    {
        const string text = "Critics called the plan “a mess” on Monday.";
        var diagnostic = Single(Run(text), "CORPUS008");

        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        var at = text.IndexOf("a mess", System.StringComparison.Ordinal);
        AssertAt(diagnostic, 0, at, 0, at + 6);
    }

    [Fact]
    public void CORPUS009_near_duplicate_articles_with_their_similarity()
    {
        var story = string.Join(" ", Enumerable.Range(0, 60).Select(i => $"Sentence number {i} tells the council's plan for the river bank."));
        var seeds = new[] { new TestSeed("/p/one.txt", story), new TestSeed("/p/two.txt", story + " One more line at the end."), new TestSeed("/p/other.txt", Good) };
        var (result, _, _) = GeneratorHarness.Run(seeds);

        var diagnostic = Single(result.Diagnostics, "CORPUS009");
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal("/p/two.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Matches(@"'two' is a near-duplicate of 'one' \(similarity (0\.[89]\d|1\.00)\)", diagnostic.GetMessage());
    }

    [Fact]
    public void CORPUS013_a_name_one_seed_spells_differently_at_its_spelling()
    {
        const string odd = "Talks went on.\n\nThe US Secretary of State, Anthony Blinkenin met his counterpart.";
        var seeds = new[]
        {
            new TestSeed("/p/a.txt", "Secretary of State Antony Blinken arrived.\n\nHe met officials."),
            new TestSeed("/p/b.txt", "Antony Blinken left on Monday.\n\nThe visit ended."),
            new TestSeed("/p/c.txt", odd),
        };
        var (result, output, _) = GeneratorHarness.Run(seeds);

        var diagnostic = Single(result.Diagnostics, "CORPUS013");
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal("/p/c.txt", diagnostic.Location.GetLineSpan().Path);
        var column = odd.IndexOf("Anthony", System.StringComparison.Ordinal) - odd.LastIndexOf('\n', odd.IndexOf("Anthony", System.StringComparison.Ordinal)) - 1;
        AssertAt(diagnostic, 2, column, 2, column + "Anthony Blinkenin".Length);
        Assert.Contains("'Anthony Blinkenin' is likely a misspelling of 'Antony Blinken'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.CompilerProblems(output));
    }

    [Fact]
    public void CORPUS010_language_version_too_low_gives_one_clear_error_and_no_code()
    {
        var (result, output, _) = GeneratorHarness.Run(new[] { new TestSeed("/p/a.txt", Good) }, "class Program { }", LanguageVersion.CSharp9);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CORPUS010", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("C# 9.0", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.Empty(result.Results.Single().GeneratedSources);
        Assert.Empty(GeneratorHarness.CompilerProblems(output));
    }

    [Fact]
    public void The_generated_code_compiles_without_warnings_on_the_oldest_supported_language_version()
    {
        var (result, output, diagnostics) = GeneratorHarness.Run(new[] { new TestSeed("/p/a.txt", Good) }, "class Program { static int N => TestProject.Seeds.Count; }", LanguageVersion.CSharp10, XunitReferences.V2);

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CORPUS010");
        Assert.NotEmpty(result.Results.Single().GeneratedSources);
        Assert.Empty(GeneratorHarness.CompilerProblems(output));
        Assert.DoesNotContain(diagnostics, d => d.Severity >= DiagnosticSeverity.Warning && !d.Id.StartsWith("CORPUS", System.StringComparison.Ordinal));
    }

    [Fact]
    public void CORPUS011_seed_too_large()
    {
        var huge = new string('a', SeedParser.MaxSeedLength + 1);
        var parsed = SeedParser.Parse(new SeedFile("/p/huge.txt", "huge.txt", "Seeds", huge, DecodedAsUtf8: true));

        Assert.Null(parsed.Article);
        var issue = Assert.Single(parsed.FileIssues);
        Assert.Equal("CORPUS011", issue.Id);
        Assert.Equal(DiagnosticSeverity.Error, Diagnostics.DiagnosticCatalog.ForId(issue.Id).DefaultSeverity);
    }

    [Fact]
    public void CORPUS012_a_parser_failure_is_contained_to_its_seed()
    {
        var parsed = SeedParser.Parse(
            new SeedFile("/p/a.txt", "a.txt", "Seeds", "Some text.", DecodedAsUtf8: true),
            (_, _, _) => throw new System.InvalidOperationException("boom"));

        Assert.Null(parsed.Article);
        var issue = Assert.Single(parsed.FileIssues);
        Assert.Equal("CORPUS012", issue.Id);
        Assert.Contains("boom", issue.Arguments[1], System.StringComparison.Ordinal);
    }

    [Fact]
    public void Severity_can_be_raised_per_id_and_warnings_become_errors()
    {
        var driver = GeneratorHarness.Driver(new[] { new TestSeed("/p/a.txt", " date 2023-13-45 \n\nStory.") });
        var raised = GeneratorHarness.Compilation().WithOptions(GeneratorHarness.Compilation().Options
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CORPUS004"] = ReportDiagnostic.Error }));
        driver.RunGeneratorsAndUpdateCompilation(raised, out _, out var perId);
        Assert.Equal(DiagnosticSeverity.Error, Single(perId, "CORPUS004").Severity);

        var warnAsError = GeneratorHarness.Compilation().WithOptions(GeneratorHarness.Compilation().Options.WithGeneralDiagnosticOption(ReportDiagnostic.Error));
        GeneratorHarness.Driver(new[] { new TestSeed("/p/a.txt", " date 2023-13-45 \n\nStory.") }).RunGeneratorsAndUpdateCompilation(warnAsError, out _, out var all);
        Assert.Equal(DiagnosticSeverity.Error, Single(all, "CORPUS004").Severity);
    }

    [Fact]
    public void The_catalogue_the_docs_the_release_file_and_the_targets_agree_both_ways()
    {
        var ids = typeof(Diagnostics.DiagnosticCatalog).GetFields()
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetValue(null)!)
            .Where(value => System.Text.RegularExpressions.Regex.IsMatch(value, "^CORPUS[0-9]{3}$"))
            .ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());

        // docs/diagnostics.md: a section and a table row for every id, none for an id the catalogue lacks (but the retired).
        var docs = System.IO.File.ReadAllText(System.IO.Path.Combine(RepoRoot(), "docs", "diagnostics.md"));
        var retired = new[] { "CORPUS024" };
        var sections = System.Text.RegularExpressions.Regex.Matches(docs, "^## (CORPUS[0-9]{3})", System.Text.RegularExpressions.RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        var rows = System.Text.RegularExpressions.Regex.Matches(docs, @"^\| \[(CORPUS[0-9]{3})\]", System.Text.RegularExpressions.RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Concat(retired).OrderBy(id => id), sections.OrderBy(id => id));
        Assert.Equal(ids.Concat(retired).OrderBy(id => id), rows.OrderBy(id => id));

        // Every id has a message; the generator's have a descriptor, tracked in the release file, and only those.
        var descriptors = Diagnostics.DiagnosticCatalog.All.Select(d => d.Id).ToList();
        var released = System.Text.RegularExpressions.Regex.Matches(
                System.IO.File.ReadAllText(System.IO.Path.Combine(RepoRoot(), "src", "Corpus.Generator", "AnalyzerReleases.Unshipped.md"))
                + System.IO.File.ReadAllText(System.IO.Path.Combine(RepoRoot(), "src", "Corpus.Generator", "AnalyzerReleases.Shipped.md")),
                "^(CORPUS[0-9]{3}) \\|", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).ToList();
        Assert.All(ids, id => Assert.NotNull(Diagnostics.DiagnosticCatalog.Describe(id)));
        Assert.Equal(ids.Except(Diagnostics.DiagnosticCatalog.WithoutDescriptor).OrderBy(id => id), descriptors.OrderBy(id => id));
        Assert.Equal(descriptors.OrderBy(id => id), released.OrderBy(id => id));
        foreach (var descriptor in Diagnostics.DiagnosticCatalog.All)
        {
            Assert.EndsWith("docs/diagnostics.md#" + descriptor.Id.ToLowerInvariant(), descriptor.HelpLinkUri, System.StringComparison.Ordinal);
        }

        // The package's targets: their Code= values are the catalogue's ReportedByTargets, their Text= its message (MSBuild's
        // expressions standing for the arguments), their HelpLink= the id's section.
        var reported = TargetsDiagnostics().ToList();
        Assert.Equal(Diagnostics.DiagnosticCatalog.ReportedByTargets.OrderBy(id => id), reported.Select(r => r.Code).Distinct().OrderBy(id => id));
        foreach (var (code, text, help) in reported)
        {
            Assert.Equal(Diagnostics.DiagnosticCatalog.TargetsMessage(code), text);
            Assert.EndsWith("docs/diagnostics.md#" + code.ToLowerInvariant(), help, System.StringComparison.Ordinal);
        }
    }

    // Each <Warning>/<Error> of the package's build folder: its code, its text with every MSBuild expression (adjacent
    // ones together) as {0}, {1} … in order, and its help link.
    private static IEnumerable<(string Code, string Text, string Help)> TargetsDiagnostics()
    {
        var expression = new System.Text.RegularExpressions.Regex(@"(?:[%@$]\((?>[^()]+|\((?<d>)|\)(?<-d>))*(?(d)(?!))\))+");
        var folder = System.IO.Path.Combine(RepoRoot(), "src", "Corpus.Generator", "build");
        foreach (var file in System.IO.Directory.GetFiles(folder, "*.props").Concat(System.IO.Directory.GetFiles(folder, "*.targets")))
        {
            foreach (var element in System.Xml.Linq.XDocument.Load(file).Descendants().Where(e => e.Name.LocalName is "Warning" or "Error"))
            {
                var n = 0;
                var text = expression.Replace((string)element.Attribute("Text")!, _ => "{" + (n++).ToString(System.Globalization.CultureInfo.InvariantCulture) + "}");
                yield return ((string)element.Attribute("Code")!, text, (string)element.Attribute("HelpLink")!);
            }
        }
    }

    [Fact]
    public void The_build_task_reports_its_own_id_with_the_catalogues_message()
    {
        var task = System.IO.File.ReadAllText(System.IO.Path.Combine(RepoRoot(), "src", "Corpus.Build", "CorpusBuildTask.cs"));
        Assert.Contains("DiagnosticCatalog.ResourceTooLarge", task, System.StringComparison.Ordinal);
        Assert.Contains("DiagnosticCatalog.ResourceTooLargeMessage", task, System.StringComparison.Ordinal);
        Assert.DoesNotMatch("\"CORPUS[0-9]{3}\"", task);
    }

    [Fact]
    public void The_report_describes_each_id_with_its_descriptors_severity_and_message()
    {
        foreach (var descriptor in Diagnostics.DiagnosticCatalog.All)
        {
            var described = Diagnostics.DiagnosticCatalog.Describe(descriptor.Id);
            Assert.NotNull(described);
            Assert.Equal(descriptor.DefaultSeverity.ToString().ToLowerInvariant(), described!.Value.Severity);
            Assert.Equal(descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), described.Value.Message);
        }
    }

    internal static string RepoRoot()
    {
        for (var dir = new System.IO.DirectoryInfo(System.AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "Corpus.sln")))
            {
                return dir.FullName;
            }
        }

        throw new System.InvalidOperationException("Corpus.sln not found");
    }

    private static IReadOnlyList<Diagnostic> Run(string badText)
    {
        var seeds = new[] { new TestSeed("/p/seeds/bad.txt", badText), new TestSeed("/p/seeds/good.txt", Good) };
        var (result, output, _) = GeneratorHarness.Run(seeds);

        // Whatever is wrong with one seed, the other still generates and everything compiles.
        Assert.True(GeneratorHarness.HasMember(result, "good"));
        Assert.Empty(GeneratorHarness.CompilerProblems(output));
        return result.Diagnostics;
    }

    [Fact]
    public void Language_metadata_that_is_no_code_is_reported_at_its_seed()
    {
        var options = new TestOptions(
            new Dictionary<string, string> { ["build_property.RootNamespace"] = "App" },
            path => new Dictionary<string, string> { [TestOptions.CorpusKey] = "Seeds", ["build_metadata.AdditionalFiles.Language"] = path.EndsWith("bad.txt", System.StringComparison.Ordinal) ? "deutsch" : "de" });
        var driver = CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            new AdditionalText[] { new GeneratorHarness.InMemoryAdditionalText("/p/seeds/bad.txt", Good), new GeneratorHarness.InMemoryAdditionalText("/p/seeds/good.txt", Good) },
            new CSharpParseOptions(LanguageVersion.CSharp12),
            options);
        var result = driver.RunGenerators(GeneratorHarness.Compilation()).GetRunResult();

        var diagnostic = Single(result.Diagnostics, "CORPUS026");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("/p/seeds/bad.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("Language=\"deutsch\"", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(GeneratorHarness.HasMember(result, "bad"));
    }

    private static IReadOnlyList<Diagnostic> RunTexts(AdditionalText[] texts, out GeneratorDriverRunResult result)
    {
        var driver = CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            texts,
            new CSharpParseOptions(LanguageVersion.CSharp12),
            TestOptions.WithCorpus(_ => "Seeds"));
        result = driver.RunGenerators(GeneratorHarness.Compilation()).GetRunResult();
        return result.Diagnostics;
    }

    private static Diagnostic Single(IEnumerable<Diagnostic> diagnostics, string id) => Assert.Single(diagnostics, d => d.Id == id);

    private static void AssertAt(Diagnostic diagnostic, int startLine, int startColumn, int endLine, int endColumn)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal((startLine, startColumn, endLine, endColumn), (span.StartLinePosition.Line, span.StartLinePosition.Character, span.EndLinePosition.Line, span.EndLinePosition.Character));
    }

    private sealed class NullText : AdditionalText
    {
        public NullText(string path) => Path = path;

        public override string Path { get; }

        public override SourceText? GetText(System.Threading.CancellationToken cancellationToken = default) => null;
    }
}
