using System;

namespace Corpus;

/// <summary>Articles of a corpus that tell the same story, found at build time, and how similar they are (Jaccard of content words).</summary>
public sealed class StoryGroup
{
    private readonly Article[] _articles;

    /// <summary>Created from the corpus resource (StoryTables).</summary>
    internal StoryGroup(Article[] articles, double similarity)
    {
        _articles = articles ?? throw new ArgumentNullException(nameof(articles));
        Similarity = similarity;
    }

    /// <summary>The articles, in id order.</summary>
    public ArticleList Articles => new(_articles);

    /// <summary>The mean similarity of the linked pairs of the group (0–1).</summary>
    public double Similarity { get; }

    /// <summary>True when the group holds this article.</summary>
    public bool Contains(Article article) => Array.IndexOf(_articles, article) >= 0;

    /// <summary>The group for a debugger or a test message: <c>3 articles, similarity 0.27: a, b, c</c>.</summary>
    public override string ToString() =>
        Describe.Count(_articles.Length, "article") + ", similarity " + Similarity.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + ": " + Describe.Ids(_articles);
}
