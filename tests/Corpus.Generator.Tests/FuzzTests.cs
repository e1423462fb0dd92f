using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The generator as the compiler drives it, over random corpora with hostile file, corpus and namespace names in
/// three configurations, random edit sequences, and pathological text shapes. Seeded, so a failure reproduces with
/// its seed in the test name; bounded to a few seconds a case. Asserted every time: no exception (CS8785), no
/// diagnostic outside the catalogue, generated code that compiles and emits with every compiler warning counted
/// (nullable on, all warning waves), and, for edits, output equal to a fresh run over the same inputs.
/// </summary>
public class FuzzTests
{
    private static readonly HashSet<string> Catalogue = Diagnostics.DiagnosticCatalog.All.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>File-name pieces that have broken generators: keywords, inherited and generated members, case twins, line breaks, bad UTF-16.</summary>
    private static readonly string[] FileNamePieces =
    {
        "story", "Story", "STORY", "x", "X", "update", "Update", "class", "var", "record", "file", "required", "scoped", "value",
        "__arglist", "__makeref", "Equals", "ToString", "GetHashCode", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize",
        "Count", "Articles", "Find", "Index", "Stories", "Names", "ArticleRow", "ArticleData", "Speakers", "__Index", "__Corpus",
        "Seeds", "News", "news", "Corpus", "System", "TestProject", "2024", "0", "my-story", "my_story", "my.story", "a b", "",
        "ünïcödé", "日本語", "e\u0301", "😀", "line\nbreak", "cr\rlf", "nel\u0085", "ls\u2028", "ps\u2029", "lone\uD800", "\uDC00",
        "non\uFFFE", "\uFFFF", "tab\t", "nul\0", "<b>", "&amp;", "\"quoted\"", "back\\slash", "*?", "con", "a.g", "g",
        new string('l', 200),
    };

    /// <summary>Corpus values: valid, lower-case, reserved, keywords, case twins, and not identifiers at all.</summary>
    private static readonly string[] CorpusValues =
    {
        "News", "news", "NEWS", "Seeds", "Blogs", "value", "record", "file", "required", "scoped", "var", "Count", "Articles",
        "Find", "Index", "Stories", "Names", "ArticleRow", "ArticleData", "__Corpus", "__arglist", "__makeref", "Corpus",
        "System", "Xunit", "Equals", "ToString", "my-news", "2024", "ünïcödé", "TestProject", "global", "dynamic", "_",
        "News_2", "a", "Article_x",
    };

    /// <summary>Namespaces, through RootNamespace or CorpusNamespace: none, plain, hostile, and equal to a corpus.</summary>
    private static readonly string?[] Namespaces =
    {
        null, "TestProject", "My.App", "News", "Seeds.Inner", "System", "Corpus", "__arglist", "global", "My-App", "A.__Corpus", "Xunit.Tests",
    };

    private static readonly string[] TextPieces =
    {
        "LONDON (AP) — ", "The council voted on Monday. ", "“We will not wait,” said Mara Quell, a spokeswoman. ", "\n\n",
        " date 2023-06-19\n", " date 2023-13-45\n", "“", "”", "\"", "‘", "’", "Dr. Tovan Rell said. ", "\0", "\uFFFD", "\uFFFE",
        "\uD800", "â€™", "\r\n", "\u2028", "Headline <b> & more\n\n", "— AP", "(Reuters) ", "😀", "\t", "Rell ", "Quell ",
    };

    public static IEnumerable<object[]> CorpusSeeds() => Enumerable.Range(0, 12).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(CorpusSeeds))]
    public void Random_corpora_with_hostile_names_compile_in_three_configurations(int seed)
    {
        var random = new Random(1000 + seed);
        for (var trial = 0; trial < 4; trial++)
        {
            var seeds = RandomSeeds(random, random.Next(1, 9));
            var ns = Namespaces[random.Next(Namespaces.Length)];
            var project = random.Next(3) == 0 ? null : "/p";

            // 1. RootNamespace, 2. CorpusNamespace over RootNamespace, 3. no namespace at all.
            foreach (var options in new[]
            {
                Options(("build_property.RootNamespace", ns), ("build_property.MSBuildProjectDirectory", project)),
                Options(("build_property.RootNamespace", "TestProject"), ("build_property.CorpusNamespace", ns), ("build_property.MSBuildProjectDirectory", project)),
                Options(("build_property.MSBuildProjectDirectory", project)),
            })
            {
                AssertBuilds(seeds, options, $"seed {seed}, trial {trial}, namespace '{ns}'");
            }
        }
    }

    public static IEnumerable<object[]> EditSeeds() => Enumerable.Range(0, 6).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(EditSeeds))]
    public void Edit_sequences_give_the_output_of_a_fresh_run_at_every_step(int seed) => EditSequence(seed, track: false);

    private static void EditSequence(int seed, bool track)
    {
        var random = new Random(2000 + seed);
        var files = RandomSeeds(random, random.Next(2, 8)).Select(s => (Text: (AdditionalText)new GeneratorHarness.InMemoryAdditionalText(s.Path, s.Text), s.Corpus)).ToList();
        var global = Options(("build_property.RootNamespace", "TestProject"));
        var compilation = GeneratorHarness.Compilation();
        // Untracked, as the compiler and the IDE run: with tracking on, Roslyn itself loses outputs (RoslynTrackingBugTests).
        GeneratorDriver driver = CreateDriver(files, global, track);
        driver = driver.RunGenerators(compilation);
        for (var step = 0; step < 14; step++)
        {
            var action = random.Next(6);
            string what;
            if (action == 0 || files.Count < 2)
            {
                var added = RandomSeeds(random, 1)[0];
                var text = new GeneratorHarness.InMemoryAdditionalText(added.Path, added.Text);
                files.Add((text, added.Corpus));
                driver = driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(text)).WithUpdatedAnalyzerConfigOptions(Provider(files, global));
                what = "add " + added.Path;
            }
            else if (action == 1)
            {
                var index = random.Next(files.Count);
                var removed = files[index];
                files.RemoveAt(index);
                driver = driver.RemoveAdditionalTexts(ImmutableArray.Create(removed.Text)).WithUpdatedAnalyzerConfigOptions(Provider(files, global));
                what = "remove " + removed.Text.Path;
            }
            else if (action == 2)
            {
                // The same path listed by a second item (an overlapping glob).
                var copy = files[random.Next(files.Count)];
                var text = new GeneratorHarness.InMemoryAdditionalText(copy.Text.Path, copy.Text.GetText()!);
                files.Add((text, copy.Corpus));
                driver = driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(text)).WithUpdatedAnalyzerConfigOptions(Provider(files, global));
                what = "list again " + copy.Text.Path;
            }
            else if (action == 3)
            {
                global = Options(("build_property.RootNamespace", Namespaces[random.Next(Namespaces.Length)]), ("build_property.MSBuildProjectDirectory", random.Next(2) == 0 ? "/p" : null));
                driver = driver.WithUpdatedAnalyzerConfigOptions(Provider(files, global));
                what = "options";
            }
            else
            {
                var index = random.Next(files.Count);
                var old = files[index];
                var edited = new GeneratorHarness.InMemoryAdditionalText(old.Text.Path, old.Text.GetText()!.ToString() + RandomText(random, random.Next(1, 6)));
                files[index] = (edited, old.Corpus);
                driver = driver.ReplaceAdditionalText(old.Text, edited);
                what = "edit " + old.Text.Path;
            }

            try
            {
                driver = driver.RunGenerators(compilation);
            }
            catch (InvalidOperationException e)
            {
                throw new InvalidOperationException($"seed {seed}, step {step} ({what}) files {string.Join(",", files.Select(f => Show(f.Text.Path)))}", e);
            }

            var fresh = CreateDriver(files, global).RunGenerators(compilation);
            var context = $"seed {seed}, step {step} ({what})";
            Assert.True(driver.GetRunResult().Results.Single().Exception is null, context + ": " + driver.GetRunResult().Results.Single().Exception);
            Assert.True(Outputs(fresh).SequenceEqual(Outputs(driver)), context + ": generated sources differ from a fresh run's");
            Assert.True(DiagnosticsOf(fresh).SequenceEqual(DiagnosticsOf(driver)), context + ": diagnostics differ from a fresh run's");
        }
    }

    public static IEnumerable<object[]> Shapes() => new[]
    {
        new object[] { "quotation marks", "“" },
        new object[] { "straight quotes", "\"a " },
        new object[] { "closing marks", "The plan ” was dropped.\n\n" },
        new object[] { "one line", "word " },
        new object[] { "blank lines", "A.\n\n" },
        new object[] { "quotations in one paragraph", "“Yes,” she said. " },
        new object[] { "many people", null! },
        new object[] { "control characters", "\0\u0001x\uFFFD" },
        new object[] { "mojibake", "â€™s " },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Pathological_shapes_build_and_report_at_most_a_hundred_diagnostics_of_an_id(string shape, string? piece)
    {
        var text = piece is null ? ManyPeople(64 * 1024) : Repeat(piece, 64 * 1024);
        var result = AssertBuilds(new[] { new TestSeed("/p/seeds/shape.txt", text), new TestSeed("/p/seeds/fine.txt", "LONDON (AP) — The council voted.") }, Options(("build_property.RootNamespace", "TestProject")), shape);

        foreach (var group in result.Where(d => d.Location.GetLineSpan().Path == "/p/seeds/shape.txt").GroupBy(d => d.Id, StringComparer.Ordinal))
        {
            Assert.True(group.Count() <= Model.DiagnosticCap.PerIdPerFile, $"{shape}: {group.Count()} {group.Key}");
        }
    }

    [Fact]
    public void In_a_long_article_every_speaker_reads_back_as_parsed()
    {
        // Past 16 KB a speaker's name is looked for near its quotation only (ArticleTableBuilder): it must still read back.
        var text = ManyPeople(96 * 1024);
        var model = Parsing.SeedParser.Parse(new Model.SeedFile("/p/seeds/people.txt", "people.txt", "Seeds", text, DecodedAsUtf8: true)).Article!;
        var (_, output, _) = GeneratorHarness.Run(new[] { new TestSeed("/p/seeds/people.txt", text) });
        var article = CompiledCorpus.Articles(CompiledCorpus.Load(output))[0];

        Assert.True(model.Quotations.Count > 500);
        Assert.Equal(model.Quotations.Count, article.Quotations.Count);
        for (var i = 0; i < model.Quotations.Count; i++)
        {
            Assert.Equal(model.Quotations[i].Speaker, article.Quotations[i].Speaker);
        }
    }

    private static ImmutableArray<Diagnostic> AssertBuilds(IReadOnlyList<TestSeed> seeds, Dictionary<string, string> options, string context)
    {
        var files = seeds.Select(s => (Text: (AdditionalText)new GeneratorHarness.InMemoryAdditionalText(s.Path, s.Text), s.Corpus)).ToList();
        var compilation = GeneratorHarness.Compilation();
        compilation = compilation.WithOptions(compilation.Options.WithWarningLevel(9999));
        var driver = CreateDriver(files, options).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics);
        var result = driver.GetRunResult();
        var names = string.Join(", ", seeds.Select(s => $"{Show(s.Path)}:{Show(s.Corpus ?? "")}"));
        Assert.True(result.Results.Single().Exception is null, $"{context}: {result.Results.Single().Exception} [{names}]");
        Assert.DoesNotContain(driverDiagnostics, d => d.Id is "CS8785" or "CS8784");
        Assert.All(result.Diagnostics, d => Assert.True(Catalogue.Contains(d.Id), $"{context}: {d} [{names}]"));
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, $"{context} [{names}]:\n" + string.Join("\n", problems.Take(5)));
        using var stream = new System.IO.MemoryStream();
        var emit = output.Emit(stream);
        Assert.True(emit.Success, $"{context} [{names}]:\n" + string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        return result.Diagnostics;
    }

    private static GeneratorDriver CreateDriver(List<(AdditionalText Text, string? Corpus)> files, Dictionary<string, string> global, bool track = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            files.Select(f => f.Text),
            new CSharpParseOptions(LanguageVersion.CSharp12),
            Provider(files, global),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    private static List<(string, string)> Outputs(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToList();

    private static List<string> DiagnosticsOf(GeneratorDriver driver) =>
        driver.GetRunResult().Diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan()} {d.Location.SourceSpan} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}").OrderBy(s => s, StringComparer.Ordinal).ToList();

    private static List<TestSeed> RandomSeeds(Random random, int count)
    {
        var folders = new[] { "/p/", "/p/seeds/", "/p/seeds/sport/", "/p/seeds/World/", "/elsewhere/", "/p/ünï/" };
        var extensions = new[] { ".txt", ".TXT", ".md", "", ".a.b" };
        var corpora = Enumerable.Range(0, random.Next(1, 3)).Select(_ => CorpusValues[random.Next(CorpusValues.Length)]).ToArray();
        var seeds = new List<TestSeed>();
        for (var i = 0; i < count; i++)
        {
            var name = FileNamePieces[random.Next(FileNamePieces.Length)] + (random.Next(4) == 0 ? FileNamePieces[random.Next(FileNamePieces.Length)] : string.Empty);
            var path = folders[random.Next(folders.Length)] + name + extensions[random.Next(extensions.Length)];
            seeds.Add(new TestSeed(path, RandomText(random, random.Next(0, 25)), corpora[random.Next(corpora.Length)]));
        }

        return seeds;
    }

    private static string RandomText(Random random, int pieces)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < pieces; i++)
        {
            builder.Append(TextPieces[random.Next(TextPieces.Length)]);
        }

        return builder.ToString();
    }

    private static string Repeat(string piece, int length)
    {
        var builder = new StringBuilder(length + piece.Length);
        while (builder.Length < length)
        {
            builder.Append(piece);
        }

        return builder.ToString();
    }

    // One article naming a different person in every paragraph (the shape that made story facts quadratic).
    private static string ManyPeople(int length)
    {
        var random = new Random(7);
        var syllables = new[] { "ka", "ro", "mi", "tan", "vel", "su", "dor", "ne", "li", "bar" };
        string Word(int parts)
        {
            var word = string.Concat(Enumerable.Range(0, parts).Select(_ => syllables[random.Next(syllables.Length)]));
            return char.ToUpperInvariant(word[0]) + word.Substring(1);
        }

        string Numbered(int n)
        {
            var word = string.Empty;
            do
            {
                word += syllables[n % syllables.Length];
                n /= syllables.Length;
            }
            while (n > 0);

            return char.ToUpperInvariant(word[0]) + word.Substring(1);
        }

        var builder = new StringBuilder(length + 256).Append("PORTVILLE (AP) — The council met on Monday.\n\n");
        for (var n = 0; builder.Length < length; n++)
        {
            var last = Numbered(n);
            builder.Append("Councillor ").Append(Word(2)).Append(' ').Append(last).Append(" asked about the roads. “We will vote next week,” ").Append(last).Append(" said.\n\n");
        }

        return builder.ToString();
    }

    private static Dictionary<string, string> Options(params (string Key, string? Value)[] values) =>
        values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!, StringComparer.Ordinal);

    private static string Show(string text) => string.Concat(text.Select(c => c < 32 || c > 126 ? $"\\u{(int)c:X4}" : c.ToString()));

    // Per-file Corpus metadata (the last item's, as MSBuild gives it) and the project's properties.
    private static AnalyzerConfigOptionsProvider Provider(List<(AdditionalText Text, string? Corpus)> files, Dictionary<string, string> global)
    {
        var corpusByPath = files.GroupBy(f => f.Text.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Corpus, StringComparer.Ordinal);
        return TestOptions.WithCorpus(path => corpusByPath.TryGetValue(path, out var corpus) ? corpus : null, global);
    }
}
