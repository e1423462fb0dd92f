using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Corpus.Generator.Naming;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// One regression test per naming failure of issue 17 and the naming diagnostics of issue 15: the generator never
/// throws (CS8785), whatever the names, and its output compiles with every warning counted (warning waves included).
/// </summary>
public class NamingTests
{
    private const string Text = "LONDON (AP) — A council voted on Monday to keep the old bridge open.";

    [Theory]
    [InlineData("/p/x.txt", "/p/X.txt")]
    [InlineData("/p/a/story.txt", "/p/c/Story.txt")]
    public void Seeds_whose_names_differ_only_in_case_both_generate(string first, string second)
    {
        var run = Strict.Run(new[] { new TestSeed(first, Text), new TestSeed(second, Text + " Again.") });

        Assert.Null(run.Exception);
        Assert.Equal(2, run.Count("Seeds"));
        Assert.Equal(run.Hints.Count, run.Hints.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Two_corpora_equal_up_to_case_report_CORPUS007_once_with_no_file_and_the_first_builds()
    {
        var seeds = new[] { new TestSeed("/p/a.txt", Text, "News"), new TestSeed("/p/b.txt", Text, "news"), new TestSeed("/p/c.txt", Text, "news") };
        var run = Strict.Run(seeds);

        Assert.Null(run.Exception);
        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "CORPUS007");
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.Contains("only in letter case", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(1, run.Count("News"));
    }

    [Fact]
    public void A_file_listed_by_two_items_is_one_seed_with_CORPUS020_at_it()
    {
        var seeds = new[] { new TestSeed("/p/seeds/a.txt", Text), new TestSeed("/p/seeds/a.txt", Text), new TestSeed("/p/seeds/b.txt", Text + " More.") };
        var run = Strict.Run(seeds, projectDirectory: "/p", allowWarnings: true);

        Assert.Null(run.Exception);
        Assert.Equal(2, run.Count("Seeds"));
        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "CORPUS020");
        Assert.Equal("/p/seeds/a.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("'seeds/a.txt' is listed by 2", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(run.Sources.Single(source => source.Contains("static partial class Seeds", StringComparison.Ordinal) && source.Contains("__Store", StringComparison.Ordinal)), @"Article a =>"));
    }

    [Theory]
    [InlineData("line\nbreak")]
    [InlineData("carriage\rreturn")]
    [InlineData("next\u0085line")]
    [InlineData("line\u2028separator")]
    [InlineData("paragraph\u2029separator")]
    [InlineData("lone\uD800surrogate")]
    [InlineData("lone\uDC00low")]
    [InlineData("non\uFFFEcharacter\uFFFF")]
    [InlineData("tab\tand\0nul")]
    public void File_names_that_break_comments_or_utf8_compile_and_emit(string name)
    {
        var run = Strict.Run(new[] { new TestSeed("/p/" + name + ".txt", Text), new TestSeed("/p/plain.txt", Text) });

        Assert.Null(run.Exception);
        Assert.Equal(2, run.Count("Seeds"));
    }

    [Fact]
    public void A_headline_with_noncharacters_makes_a_valid_xml_summary()
    {
        var run = Strict.Run(new[] { new TestSeed("/p/a.txt", "Bridge \uFFFE stays \uFFFF open & <safe>\n\nLONDON (AP) — The council voted.") });

        Assert.Null(run.Exception);
        Assert.Equal(1, run.Count("Seeds"));
    }

    [Theory]
    [InlineData("Equals")]
    [InlineData("ToString")]
    [InlineData("GetHashCode")]
    [InlineData("GetType")]
    [InlineData("ReferenceEquals")]
    [InlineData("MemberwiseClone")]
    [InlineData("Finalize")]
    [InlineData("Count")]
    [InlineData("__Index")]
    [InlineData("Seeds")]
    public void Seeds_named_like_an_inherited_or_generated_member_get_a_trailing_underscore(string name)
    {
        var run = Strict.Run(new[] { new TestSeed("/p/" + name + ".txt", Text) }, use: $"static class Use {{ static object A => TestProject.Seeds.{name}_; }}");

        Assert.Null(run.Exception);
        Assert.Equal(1, run.Count("Seeds"));
    }

    [Theory]
    [InlineData("Count", null)]
    [InlineData("Articles", null)]
    [InlineData("Find", null)]
    [InlineData("Index", null)]
    [InlineData("Stories", null)]
    [InlineData("Names", null)]
    [InlineData("ArticleRow", null)]
    [InlineData("ArticleData", null)]
    [InlineData("QuotationCases", null)]
    [InlineData("__Corpus", null)]
    [InlineData("__arglist", "is a C# keyword")]
    [InlineData("__makeref", "is a C# keyword")]
    [InlineData("class", "is a C# keyword")]
    [InlineData("file", "contextual keyword")]
    [InlineData("required", "contextual keyword")]
    [InlineData("scoped", "contextual keyword")]
    [InlineData("var", "contextual keyword")]
    [InlineData("record", "contextual keyword")]
    [InlineData("value", "contextual keyword")]
    [InlineData("my-news", "not a valid C# identifier")]
    [InlineData("2024", "not a valid C# identifier")]
    public void Corpus_names_that_cannot_name_the_class_get_CORPUS007_once_with_a_valid_suggestion(string corpus, string? reason)
    {
        var seeds = new[] { new TestSeed("/p/b.txt", Text, corpus), new TestSeed("/p/a.txt", Text, corpus), new TestSeed("/p/c.txt", Text, "Fine") };
        var run = Strict.Run(seeds);

        Assert.Null(run.Exception);
        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "CORPUS007");
        Assert.Equal(Location.None, diagnostic.Location); // a problem of the project, never of one of its files
        var message = diagnostic.GetMessage();
        Assert.Contains("the 2 file(s)", message, StringComparison.Ordinal);
        if (reason is not null)
        {
            Assert.Contains(reason, message, StringComparison.Ordinal);
        }

        // The suggestion is itself a name the generator takes: using it builds the corpus.
        var suggestion = message.Substring(message.LastIndexOf("Corpus=\"", StringComparison.Ordinal) + 8).TrimEnd('?', '"');
        Assert.Null(CorpusNames.Problem(suggestion, GeneratorHarness.Namespace, new[] { "Fine" }));
        var fixedRun = Strict.Run(seeds.Select(s => s.Corpus == corpus ? s with { Corpus = suggestion } : s));
        Assert.Empty(fixedRun.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal(2, fixedRun.Count(suggestion));
        Assert.Equal(1, run.Count("Fine"));
    }

    [Fact]
    public void My_news_suggests_MyNews()
    {
        var message = Assert.Single(Strict.Run(new[] { new TestSeed("/p/a.txt", Text, "my-news") }).Diagnostics, d => d.Id == "CORPUS007").GetMessage();
        Assert.EndsWith("Did you mean Corpus=\"MyNews\"?", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Corpus")]
    [InlineData("System")]
    [InlineData("Xunit")]
    public void Runtime_namespaces_are_corpus_names_only_under_a_root_namespace(string corpus)
    {
        var global = Strict.Run(new[] { new TestSeed("/p/a.txt", Text, corpus) }, ns: null);
        Assert.Contains("would hide the namespace", Assert.Single(global.Diagnostics, d => d.Id == "CORPUS007").GetMessage(), StringComparison.Ordinal);

        var rooted = Strict.Run(new[] { new TestSeed("/p/a.txt", Text, corpus) });
        Assert.DoesNotContain(rooted.Diagnostics, d => d.Id == "CORPUS007");
        Assert.Equal(1, rooted.Count(corpus));
    }

    [Theory]
    [InlineData("__arglist")]
    [InlineData("My.__makeref")]
    [InlineData("global")]
    [InlineData("A.__Corpus")]
    [InlineData("My-App")]
    public void Root_namespaces_that_cannot_be_namespaces_fall_back_to_the_global_namespace(string ns)
    {
        var run = Strict.Run(new[] { new TestSeed("/p/a.txt", Text, "News") }, ns: ns);

        Assert.Null(run.Exception);
        Assert.Equal(1, run.Count("News", ns: null));
    }

    [Theory]
    [InlineData("news")]
    [InlineData("stories")]
    public void Lower_case_corpus_names_compile_without_CS8981(string corpus)
    {
        var run = Strict.Run(new[] { new TestSeed("/p/a.txt", Text, corpus) });

        Assert.Equal(1, run.Count(corpus));
    }

    [Fact]
    public void Same_named_files_in_two_folders_have_ids_relative_to_the_project_that_Find_returns()
    {
        var seeds = new[] { new TestSeed("/home/me/app/sport/update.txt", Text), new TestSeed("/home/me/app/world/update.txt", Text + " World."), new TestSeed("/home/me/app/world/other.txt", Text + " Other.") };
        var run = Strict.Run(seeds, projectDirectory: "/home/me/app/"); // no warning: the README's own layout

        Assert.Equal(new[] { "other", "sport/update", "world/update" }, run.Ids("Seeds"));
        Assert.Contains(run.Sources, s => s.Contains("global::Corpus.Article sport_update => ", StringComparison.Ordinal) && s.Contains("global::Corpus.Article world_update => ", StringComparison.Ordinal));
        Assert.Equal("sport/update", run.Find("Seeds", "sport/update"));
        Assert.Equal("world/update", run.Find("Seeds", "world/update"));
        Assert.Null(run.Find("Seeds", "update"));
        Assert.DoesNotContain(run.Sources, s => s.Contains("/home/me", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_project_folder_ids_are_relative_to_the_folder_the_same_named_files_share()
    {
        var seeds = new[] { new TestSeed("/elsewhere/a/update.txt", Text), new TestSeed("/elsewhere/b/update.txt", Text + " B."), new TestSeed("/elsewhere/a/update.md", Text + " Md.") };
        var run = Strict.Run(seeds, allowWarnings: true);

        Assert.Equal(new[] { "a/update.md", "a/update.txt", "b/update" }, run.Ids("Seeds"));
        Assert.DoesNotContain(run.Sources, s => s.Contains("/elsewhere", StringComparison.Ordinal));
    }

    [Fact]
    public void CORPUS006_names_both_files_by_their_folders()
    {
        var seeds = new[] { new TestSeed("/p/a/my-story.txt", Text), new TestSeed("/p/b/my_story.txt", Text + " Again.") };
        var run = Strict.Run(seeds, projectDirectory: "/p", allowWarnings: true);

        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "CORPUS006");
        Assert.Equal("/p/b/my_story.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal("Seed file 'b/my_story.txt' maps to member 'my_story' of corpus 'Seeds', already taken by 'a/my-story.txt'; it is generated as 'my_story_2'", diagnostic.GetMessage());
    }

    [Fact]
    public void At_most_a_hundred_diagnostics_of_one_id_per_file_then_one_CORPUS021_with_the_count()
    {
        var flood = "Story.\n\n" + string.Concat(Enumerable.Repeat("The plan ” was dropped.\n\n", 250));
        var run = Strict.Run(new[] { new TestSeed("/p/flood.txt", flood), new TestSeed("/p/fine.txt", Text) }, allowWarnings: true);

        Assert.Equal(100, run.Diagnostics.Count(d => d.Id == "CORPUS005"));
        var summary = Assert.Single(run.Diagnostics, d => d.Id == "CORPUS021");
        Assert.Equal(DiagnosticSeverity.Info, summary.Severity);
        Assert.Equal("150 more CORPUS005 diagnostics in this file are not reported (only the first 100 are)", summary.GetMessage());
        Assert.Equal(2 + (100 * 2), summary.Location.GetLineSpan().StartLinePosition.Line); // the 101st mark's line
    }

    [Fact]
    public void Spans_are_measured_on_the_files_own_text_when_it_keeps_its_byte_order_mark()
    {
        const string text = "\uFEFF date 2023-13-45\n\nStory.";
        var run = Strict.Run(new[] { new TestSeed("/p/a.txt", text) }, allowWarnings: true);

        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "CORPUS004");
        Assert.Equal(text.IndexOf("2023", StringComparison.Ordinal), diagnostic.Location.SourceSpan.Start);
        Assert.Equal(10, diagnostic.Location.SourceSpan.Length);
    }

    [Fact]
    public void Two_builds_of_the_same_seeds_listed_in_different_orders_give_byte_identical_assemblies()
    {
        var seeds = GeneratorHarness.RepoSeeds().Concat(new[] { new TestSeed("/project/seeds/sub/x.txt", Text), new TestSeed("/project/seeds/X.txt", Text + " Two.") }).ToList();
        var forward = Strict.Run(seeds, allowWarnings: true).Assembly;
        var backward = Strict.Run(Enumerable.Reverse(seeds), allowWarnings: true).Assembly;
        var shuffled = Strict.Run(seeds.OrderBy(s => s.Text.Length), allowWarnings: true).Assembly;

        Assert.Equal(forward, backward);
        Assert.Equal(forward, shuffled);
    }
}

/// <summary>
/// Runs the generator as a strict consumer builds: nullable on, every warning wave, and every compiler warning
/// counted (a test fails on any). Corpus diagnostics are returned for the test to judge.
/// </summary>
internal static class Strict
{
    public static StrictRun Run(IEnumerable<TestSeed> seeds, string? ns = GeneratorHarness.Namespace, string? projectDirectory = null, string use = "", bool allowWarnings = false)
    {
        var list = seeds.ToList();
        var options = new Dictionary<string, string>();
        if (ns is not null)
        {
            options["build_property.RootNamespace"] = ns;
        }

        if (projectDirectory is not null)
        {
            options["build_property.MSBuildProjectDirectory"] = projectDirectory;
        }

        var compilation = GeneratorHarness.Compilation(use);
        compilation = compilation.WithOptions(compilation.Options.WithWarningLevel(9999).WithDeterministic(true));
        var driver = GeneratorHarness.Driver(list, globalOptions: options, track: false).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics);
        var result = driver.GetRunResult();
        var generated = result.Results.Single();
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Take(10)));
        Assert.DoesNotContain(driverDiagnostics, d => d.Id is "CS8785" or "CS8784");
        if (!allowWarnings)
        {
            Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        }

        // The resources the build task would embed, built in-process from the same seeds and options.
        var resources = GeneratorHarness.BuildResources(list, options)
            .Select(r => new ResourceDescription(r.ResourceName, () => new MemoryStream(r.Bytes, writable: false), isPublic: true))
            .ToList();
        using var stream = new MemoryStream();
        var emit = output.Emit(stream, manifestResources: resources);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        return new StrictRun(generated.Exception, result.Diagnostics, generated.GeneratedSources.Select(s => s.HintName).ToList(), generated.GeneratedSources.Select(s => s.SourceText.ToString()).ToList(), stream.ToArray(), ns);
    }
}

internal sealed record StrictRun(Exception? Exception, System.Collections.Immutable.ImmutableArray<Diagnostic> Diagnostics, List<string> Hints, List<string> Sources, byte[] Assembly, string? Namespace)
{
    private System.Reflection.Assembly Load() => new System.Runtime.Loader.AssemblyLoadContext("naming", isCollectible: true).LoadFromStream(new MemoryStream(Assembly));

    private Type Corpus(System.Reflection.Assembly assembly, string corpus, string? ns) =>
        assembly.GetType((ns is null ? string.Empty : ns + ".") + corpus, throwOnError: true)!;

    /// <summary>The number of articles of a corpus, read from the loaded assembly.</summary>
    public int Count(string corpus) => Count(corpus, Namespace);

    public int Count(string corpus, string? ns) => ((global::Corpus.ArticleList)Corpus(Load(), corpus, ns).GetProperty("Articles")!.GetValue(null)!).Count;

    public List<string> Ids(string corpus)
    {
        var articles = (global::Corpus.ArticleList)Corpus(Load(), corpus, Namespace).GetProperty("Articles")!.GetValue(null)!;
        var ids = new List<string>();
        foreach (var article in articles)
        {
            ids.Add(article.Id);
        }

        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    public string? Find(string corpus, string id)
    {
        var find = Corpus(Load(), corpus, Namespace).GetMethod("Find")!;
        // Find takes a ReadOnlySpan<char>: call it through a delegate of that shape.
        var call = find.CreateDelegate<FindById>();
        return call(id.AsSpan())?.Id;
    }

    private delegate global::Corpus.Article? FindById(ReadOnlySpan<char> id);
}
