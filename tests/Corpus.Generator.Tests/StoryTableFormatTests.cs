using System;
using System.Linq;
using Corpus.Synth;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The story tables of a corpus resource (Storage/StoryTableEncoding.cs, read by Corpus.StoryTables): a name's
/// mentions and a cluster's quotations are (article, index) pairs stored against the pair before, so over a corpus of
/// some hundred articles (positions past one varint byte, pairs in and across articles) each must still point at the
/// paragraph or quotation it was made from.
/// </summary>
public class StoryTableFormatTests
{
    [Fact]
    public void Every_mention_and_clustered_quotation_of_a_few_hundred_articles_points_where_it_was_found()
    {
        var seeds = SynthCorpus.ArticlesOfSize(seed: 7, 1_000_000).Select(a => new TestSeed("/p/seeds/" + a.FileName, a.Text)).ToList();
        var (_, output, _) = GeneratorHarness.Run(seeds);
        var store = CompiledCorpus.Store(CompiledCorpus.Load(output));
        Assert.True(store.Articles.Count > 150, store.Articles.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var names = store.Names.ToArray();
        Assert.Contains(names, n => n.Articles.Count > 1 && n.Articles.Any(a => Position(store, a) >= 128));
        // A mention may be an alias the analysis resolved ("the agency"), so not every one spells the name; a pair
        // read against the wrong pair before would land in an unrelated paragraph nearly every time.
        var (mentions, spelled) = (0, 0);
        foreach (var name in names)
        {
            var words = name.Name.Split(' ').Where(w => w.Length > 1).ToArray();
            for (var i = 0; i < name.MentionCount; i++)
            {
                var text = name.Mention(i).Text;
                mentions++;
                spelled += words.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)) ? 1 : 0;
            }
        }

        Assert.True(mentions > 500 && spelled >= 0.9 * mentions, $"{spelled} of {mentions} mentions spell their name");

        var clusters = store.QuotationClusters.ToArray();
        Assert.NotEmpty(clusters);
        foreach (var cluster in clusters)
        {
            // A cluster gathers the same words quoted in several articles: every member shares a word of four letters
            // or more with the first.
            var first = Words(cluster[0].Text);
            for (var i = 1; i < cluster.Count; i++)
            {
                Assert.True(Words(cluster[i].Text).Overlaps(first), $"{cluster[0].Text} / {cluster[i].Text}");
            }
        }
    }

    private static int Position(Corpus.CorpusStore store, Corpus.Article article)
    {
        for (var i = 0; i < store.Articles.Count; i++)
        {
            if (ReferenceEquals(store.Articles[i], article))
            {
                return i;
            }
        }

        return -1;
    }

    private static System.Collections.Generic.HashSet<string> Words(string text) =>
        new(text.Split(' ', ',', '.', '"', '\u201C', '\u201D').Where(w => w.Length >= 4), StringComparer.OrdinalIgnoreCase);
}
