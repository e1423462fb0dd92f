using System.Linq;
using Xunit;

namespace Corpus.Runtime.Tests;

/// <summary>Every public query type describes itself in a debugger or a failed assertion: counts and ids, not its type name.</summary>
public class DescriptionTests
{
    [Fact]
    public void Lists_give_their_counts()
    {
        var article = Seeds.Articles[0];

        Assert.StartsWith($"{Seeds.Count} articles: {article.Id}, ", Seeds.Articles.ToString(), System.StringComparison.Ordinal);
        Assert.Equal($"{article.Paragraphs.Count} paragraphs of {article.Id}", article.Paragraphs.ToString());
        Assert.Equal($"{article.Quotations.Count} quotations of {article.Id}", article.Quotations.ToString());
        Assert.Equal("0 articles", default(ArticleList).ToString());
    }

    [Fact]
    public void Stories_and_clusters_give_their_size_and_similarity()
    {
        var story = Seeds.Stories[0];
        var cluster = Seeds.QuotationClusters[0];

        Assert.Matches($@"^{story.Articles.Count} articles, similarity 0\.\d\d: {story.Articles[0].Id}, ", story.ToString());
        Assert.StartsWith($"{cluster.Count} quotations, similarity ", cluster.ToString(), System.StringComparison.Ordinal);
        Assert.DoesNotContain("Corpus.", story.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Queries_give_their_counts()
    {
        var speaker = Seeds.Articles.Speakers()[0];
        var hits = Seeds.Index.Term("the");

        Assert.Equal($"{speaker.Count} quotations by {speaker.Name}", Seeds.Articles.QuotationsBy(speaker.Name).ToString());
        Assert.Equal($"{hits.Count()} hits", hits.ToString());
    }
}
