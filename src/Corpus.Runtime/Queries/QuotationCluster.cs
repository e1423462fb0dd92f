using System;

namespace Corpus;

/// <summary>
/// One quotation as several articles report it (even translated or worded differently), found at build time.
/// Enumerating its occurrences allocates nothing.
/// </summary>
public sealed class QuotationCluster
{
    private readonly Article[] _articles;
    private readonly int[] _indexes;

    /// <summary>Created from the corpus resource (StoryTables): the i-th occurrence is quotation <c>indexes[i]</c> of <c>articles[i]</c>.</summary>
    internal QuotationCluster(Article[] articles, int[] indexes, double similarity)
    {
        _articles = articles ?? throw new ArgumentNullException(nameof(articles));
        _indexes = indexes ?? throw new ArgumentNullException(nameof(indexes));
        if (articles.Length != indexes.Length)
        {
            throw new ArgumentException("One index per article.", nameof(indexes));
        }

        Similarity = similarity;
    }

    /// <summary>The number of occurrences.</summary>
    public int Count => _articles.Length;

    /// <summary>An occurrence.</summary>
    public Quotation this[int index] => _articles[index].Quotations[_indexes[index]];

    /// <summary>The mean similarity of the linked pairs (Jaccard of content words, 0–1).</summary>
    public double Similarity { get; }

    /// <summary>Returns a struct enumerator (no allocation).</summary>
    public Enumerator GetEnumerator() => new(this);

    /// <summary>Enumerates the occurrences without allocating.</summary>
    public struct Enumerator
    {
        private readonly QuotationCluster _cluster;
        private int _index;

        internal Enumerator(QuotationCluster cluster)
        {
            _cluster = cluster;
            _index = -1;
        }

        /// <summary>The current occurrence.</summary>
        public readonly Quotation Current => _cluster[_index];

        /// <summary>Advances to the next occurrence.</summary>
        public bool MoveNext() => ++_index < _cluster.Count;
    }

    /// <summary>The cluster for a debugger or a test message: <c>2 quotations, similarity 0.82: Speaker: “…”</c>.</summary>
    public override string ToString() =>
        Describe.Count(Count, "quotation") + ", similarity " + Similarity.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + (Count == 0 ? string.Empty : ": " + TestCaseNames.Of(this[0]));
}
