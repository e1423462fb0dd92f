using System.Collections.Generic;
using System.IO;
using System.Linq;
using Corpus.Generator.Analysis;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;
using Corpus.Generator.Parsing;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>One story told many times: story groups, quotation clusters and misspelled names, on the seeds and on texts of our own.</summary>
public sealed class StoryTests
{
    private static StoryOutput Analyse(IEnumerable<(string Path, string Text)> seeds)
    {
        var parsed = seeds.Select(s =>
        {
            var id = Path.GetFileNameWithoutExtension(s.Path);
            return new ParsedSeed(s.Path, "Seeds", id, id + ".txt", ArticleParser.Parse(id, id + ".txt", s.Text), EquatableArray<SeedIssue>.Empty);
        }).ToList();
        var layout = CorpusLayout.Build(parsed.Select(p => new SeedName(p.CorpusName, p.Path, p.Id, p.FileName)));
        return StoryAnalysis.Build(parsed.Select(StoryFacts.Of), layout, "Test", emit: true);
    }

    private static StoryOutput Seeds() => Analyse(GeneratorHarness.RepoSeeds().Select(s => (s.Path, s.Text)));

    [Fact]
    public void The_five_seeds_are_one_story()
    {
        var story = Assert.Single(Assert.Single(Seeds().Sources).Stories);

        Assert.Equal(5, story.Members.Count);
        Assert.InRange(story.Similarity / 100.0, StoryAnalysis.SameStory, 1.0);
    }

    [Fact]
    public void Qin_Gangs_quotation_translated_two_ways_is_one_cluster()
    {
        var clusters = Assert.Single(Seeds().Sources).Clusters;
        var seeds = GeneratorHarness.RepoSeeds().ToDictionary(s => "_" + Path.GetFileNameWithoutExtension(s.Path), s => ArticleParser.Parse("x", "x.txt", s.Text));

        var qin = Assert.Single(clusters, c => c.Occurrences.Any(o => Text(seeds, o).StartsWith("It does not serve the fundamental interests", System.StringComparison.Ordinal)));
        Assert.Contains(qin.Occurrences, o => Text(seeds, o).StartsWith("This is not in line with the fundamental interests", System.StringComparison.Ordinal));
        Assert.All(clusters, c => Assert.Equal(c.Occurrences.Count, c.Occurrences.Select(o => o.Member).Distinct().Count()));
    }

    [Fact]
    public void Names_spelled_differently_in_one_seed_are_reported_where_they_stand()
    {
        var issues = Seeds().Issues;
        var seeds = GeneratorHarness.RepoSeeds().ToDictionary(s => s.Path, s => s.Text);

        Assert.All(issues, i => Assert.Equal(DiagnosticCatalog.LikelyMisspelledName, i.Issue.Id));
        var anthony = Assert.Single(issues, i => i.Issue.Arguments[0] == "Anthony Blinkenin");
        Assert.Equal("Antony Blinken", anthony.Issue.Arguments[1]);
        Assert.EndsWith("004_30997ad6c51fc156.txt", anthony.Path, System.StringComparison.Ordinal);
        Assert.Equal("Anthony Blinkenin", anthony.Issue.Range.Of(seeds[anthony.Path]));

        var chen = Assert.Single(issues, i => i.Issue.Arguments[0] == "Chen Gang");
        Assert.Equal("Qin Gang", chen.Issue.Arguments[1]);
        Assert.Equal("Chen Gang", chen.Issue.Range.Of(seeds[chen.Path]));
        Assert.Equal(2, issues.Count);
    }

    [Fact]
    public void Unrelated_articles_are_no_story_and_share_no_quotation()
    {
        var output = Analyse(new[]
        {
            ("/p/a.txt", "PARIS (AFP) — A fire killed three people in an apartment block.\n\n“We could not see anything through the smoke,” said neighbour Paul Dubois."),
            ("/p/b.txt", "LONDON (Reuters) — The central bank held interest rates at five percent.\n\n“Inflation is falling faster than expected this spring,” said governor Andrew Bailey."),
        });

        var source = Assert.Single(output.Sources);
        Assert.Empty(source.Stories);
        Assert.Empty(source.Clusters);
        Assert.Empty(output.Issues);
    }

    [Fact]
    public void Two_spellings_that_several_articles_use_are_two_people()
    {
        var output = Analyse(new[]
        {
            ("/p/a.txt", "Governor Mary Hale spoke.\n\nMayor Mark Hale listened."),
            ("/p/b.txt", "Governor Mary Hale left.\n\nMayor Mark Hale stayed."),
            ("/p/c.txt", "Governor Mary Hale returned.\n\nMayor Mark Hale waited."),
        });

        Assert.Empty(output.Issues);
    }

    [Fact]
    public void A_corpus_that_is_one_story_is_joined_by_one_link_per_article()
    {
        // Sixty versions of one report: every pair is similar, but a group needs only the links that join it.
        var sets = Enumerable.Range(0, 60)
            .Select(i => Enumerable.Range(0, 40).Select(w => (uint)(w * 7919)).Append((uint)(1_000_000 + i)).OrderBy(w => w).ToEquatableArray())
            .ToList();

        var links = SimilarSets.Find(sets, sets.Select(s => WordSetSignature.Compute(s.AsImmutableArray())).ToList(), StoryAnalysis.SameStory, rows: 1);

        Assert.Equal(59, links.Count);
        Assert.All(links, l => Assert.True(l.Similarity >= StoryAnalysis.SameStory));
        Assert.Equal(Enumerable.Range(0, 60), Assert.Single(SimilarSets.Groups(sets.Count, links)));
    }

    [Fact]
    public void Edit_distance_stops_early()
    {
        Assert.Equal(1, NameSpellings.EditDistance("Antony", "Anthony", 2));
        Assert.Equal(2, NameSpellings.EditDistance("Blinken", "Blinkenin", 2));
        Assert.Equal(3, NameSpellings.EditDistance("Qin", "Xavier", 2));
    }

    private static string Text(Dictionary<string, ArticleModel> seeds, QuotationOccurrence occurrence)
    {
        var article = seeds[occurrence.Member];
        return article.Quotations[occurrence.Index].Text.Of(article.Text);
    }
}
