using System.Linq;
using Corpus.Synth;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>The synthetic corpus is a fixture: the same seed must give the same bytes on every machine and run.</summary>
public class SynthTests
{
    [Fact]
    public void The_same_seed_gives_the_same_bytes()
    {
        var first = SynthCorpus.Articles(7, 20).Select(SynthCorpus.Bytes).ToList();
        var second = SynthCorpus.Articles(7, 20).Select(SynthCorpus.Bytes).ToList();

        Assert.Equal(first, second);
        Assert.Equal(SynthCorpus.Articles(7, 20).Select(a => a.FileName), SynthCorpus.Articles(7, 20).Select(a => a.FileName));
    }

    [Fact]
    public void Different_seeds_give_different_articles()
    {
        var one = SynthCorpus.Articles(1, 5).ToList();
        var two = SynthCorpus.Articles(2, 5).ToList();

        Assert.All(one.Zip(two), pair => Assert.NotEqual(pair.First.Text, pair.Second.Text));
    }

    [Fact]
    public void A_larger_corpus_starts_with_the_smaller_one()
    {
        Assert.Equal(SynthCorpus.Articles(3, 5), SynthCorpus.Articles(3, 50).Take(5));
    }

    [Fact]
    public void Size_mode_stops_once_the_size_is_reached()
    {
        var articles = SynthCorpus.ArticlesOfSize(1, 200_000).ToList();
        var bytes = articles.Sum(a => (long)SynthCorpus.Bytes(a).Length);

        Assert.InRange(bytes, 200_000, 200_000 + 20_000);
    }

    [Fact]
    public void Articles_look_like_news()
    {
        var text = string.Concat(SynthCorpus.Articles(1, 200).Select(a => a.Text));

        Assert.Contains(" date 20", text, System.StringComparison.Ordinal);
        Assert.Contains("(AP) — ", text, System.StringComparison.Ordinal);
        Assert.Contains("/AP .", text, System.StringComparison.Ordinal);
        Assert.Contains("” said spokesman ", text, System.StringComparison.Ordinal);
        Assert.Contains(" told reporters: “", text, System.StringComparison.Ordinal);
        Assert.Contains("\" ", text, System.StringComparison.Ordinal);
        Assert.Contains("Leave a Reply", text, System.StringComparison.Ordinal);
        Assert.Contains("\r\n", text, System.StringComparison.Ordinal);
    }
}
