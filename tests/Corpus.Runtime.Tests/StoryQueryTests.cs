using System;
using System.Linq;
using Xunit;

namespace Corpus.Runtime.Tests;

/// <summary>Story groups and quotation clusters, as the compiled seeds expose them.</summary>
public class StoryQueryTests
{
    [Fact]
    public void The_seeds_are_one_story_group_with_every_article()
    {
        var story = Assert.Single(Seeds.Stories.ToArray());

        Assert.Equal(Seeds.Count, story.Articles.Count);
        Assert.True(story.Contains(Seeds._004_30997ad6c51fc156));
        Assert.InRange(story.Similarity, 0.15, 1.0);
    }

    [Fact]
    public void Every_quotation_cluster_spans_articles_and_its_occurrences_share_words()
    {
        Assert.NotEmpty(Seeds.QuotationClusters.ToArray());
        foreach (var cluster in Seeds.QuotationClusters)
        {
            var occurrences = Enumerable.Range(0, cluster.Count).Select(i => cluster[i]).ToList();
            Assert.Equal(cluster.Count, occurrences.Select(q => q.Article).Distinct().Count());
            var shared = occurrences.Select(q => q.Text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3).ToHashSet())
                .Aggregate((a, b) => { a.IntersectWith(b); return a; });
            Assert.True(shared.Count >= 3, string.Join(" | ", occurrences.Select(q => q.Text)));
        }
    }

    [Fact]
    public void Enumerating_a_cluster_allocates_nothing_after_first_access()
    {
        var cluster = Seeds.QuotationClusters[0];
        foreach (var q in cluster)
        {
            _ = q.Text;
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var length = 0;
        foreach (var q in cluster)
        {
            length += q.Text.Length;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(length > 0);
    }
}

/// <summary>The people and organisations the compiled seeds name.</summary>
public class NamedEntityTests
{
    [Fact]
    public void Blinken_is_named_in_every_article_and_every_mention_holds_his_name()
    {
        var blinken = Assert.Single(Seeds.Names.ToArray(), n => n.Name == "Antony Blinken");

        // Every seed but the one that spells him "Anthony Blinkenin" and quotes him only as "Blinken", a surname no
        // full name of that article ends in.
        Assert.Equal(Seeds.Count - 1, blinken.Articles.Count);
        for (var i = 0; i < blinken.MentionCount; i++)
        {
            Assert.Contains("Blinken", blinken.Mention(i).Text, StringComparison.Ordinal);
        }

        Assert.Equal(Seeds.Articles.QuotationsBy("Antony Blinken").Count(), blinken.Quotations.Count());
    }

    [Fact]
    public void Organisations_that_speak_are_names_too_and_places_that_do_not_are_not()
    {
        var names = Seeds.Names.ToArray().Select(n => n.Name).ToList();

        Assert.Contains("State Department", names);
        Assert.Contains("Qin Gang", names);
        Assert.DoesNotContain("Hong Kong", names);
        Assert.DoesNotContain("Great Hall", names);
    }
}
