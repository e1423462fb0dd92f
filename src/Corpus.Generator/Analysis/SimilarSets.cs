using System;
using System.Collections.Generic;
using Corpus.Generator.Model;

namespace Corpus.Generator.Analysis;

/// <summary>
/// Links the word sets whose Jaccard similarity reaches a threshold without comparing every pair:
/// MinHash signatures split into bands propose candidates (locality-sensitive hashing), and only candidates are
/// compared exactly. Oversized buckets (a word every set shares) are skipped, and a candidate already in the same
/// group as the other is not compared (the groups are all that is kept), which keeps the work near-linear even when
/// most of a corpus tells one story.
/// </summary>
internal static class SimilarSets
{
    private const int LargestBucket = 256;

    /// <param name="sets">Sorted, distinct word hashes per item.</param>
    /// <param name="signatures">Each set's <see cref="WordSetSignature"/>.</param>
    /// <param name="threshold">The least exact Jaccard similarity of a reported pair.</param>
    /// <param name="rows">Signature positions per band: 1 finds pairs down to 0.15, 2 pairs from about 0.4.</param>
    /// <param name="sameGroup">Pairs for which this is true are skipped (for example, two quotations of one article).</param>
    /// <returns>The links that joined two groups: a spanning forest of the similar pairs, in (first, second) order.</returns>
    public static List<SimilarPair> Find(IReadOnlyList<EquatableArray<uint>> sets, IReadOnlyList<EquatableArray<uint>> signatures, double threshold, int rows, Func<int, int, bool>? sameGroup = null)
    {
        var pairs = new List<SimilarPair>();
        var groups = new UnionFind(sets.Count);
        var unlike = new HashSet<(int, int)>(); // compared and below the threshold: not compared again in a later band
        for (var band = 0; band + rows <= WordSetSignature.Length; band += rows)
        {
            var buckets = new Dictionary<ulong, List<int>>();
            for (var i = 0; i < sets.Count; i++)
            {
                if (signatures[i].Count != WordSetSignature.Length)
                {
                    continue;
                }

                var key = rows == 1 ? signatures[i][band] : ((ulong)signatures[i][band] << 32) | signatures[i][band + 1];
                if (!buckets.TryGetValue(key, out var members))
                {
                    buckets[key] = members = new List<int>();
                }

                members.Add(i);
            }

            foreach (var members in buckets.Values)
            {
                if (members.Count < 2 || members.Count > LargestBucket)
                {
                    continue;
                }

                for (var x = 0; x < members.Count; x++)
                {
                    for (var y = x + 1; y < members.Count; y++)
                    {
                        var (a, b) = (members[x], members[y]);
                        if (groups.Root(a) == groups.Root(b) || (sameGroup is not null && sameGroup(a, b)) || unlike.Contains((a, b)))
                        {
                            continue;
                        }

                        var similarity = StoryFacts.Jaccard(sets[a], sets[b]);
                        if (similarity >= threshold)
                        {
                            pairs.Add(new SimilarPair(a, b, similarity));
                            groups.Join(a, b);
                        }
                        else
                        {
                            unlike.Add((a, b));
                        }
                    }
                }
            }
        }

        pairs.Sort((p, q) => p.First != q.First ? p.First.CompareTo(q.First) : p.Second.CompareTo(q.Second));
        return pairs;
    }

    /// <summary>Connected components of the pairs, each sorted, ordered by their first member.</summary>
    public static List<List<int>> Groups(int count, IEnumerable<SimilarPair> pairs)
    {
        var union = new UnionFind(count);
        foreach (var pair in pairs)
        {
            union.Join(pair.First, pair.Second);
        }

        var groups = new Dictionary<int, List<int>>();
        for (var i = 0; i < count; i++)
        {
            var root = union.Root(i);
            if (!groups.TryGetValue(root, out var members))
            {
                groups[root] = members = new List<int>();
            }

            members.Add(i);
        }

        var result = new List<List<int>>();
        foreach (var members in groups.Values)
        {
            if (members.Count > 1)
            {
                result.Add(members);
            }
        }

        result.Sort((a, b) => a[0].CompareTo(b[0]));
        return result;
    }

    /// <summary>The mean similarity of the pairs inside each group, by the group's first member.</summary>
    public static Dictionary<int, double> MeanSimilarities(List<List<int>> groups, IEnumerable<SimilarPair> pairs)
    {
        var firstOf = new Dictionary<int, int>();
        foreach (var group in groups)
        {
            foreach (var member in group)
            {
                firstOf[member] = group[0];
            }
        }

        var sums = new Dictionary<int, (double Sum, int Count)>();
        foreach (var pair in pairs)
        {
            if (firstOf.TryGetValue(pair.First, out var first) && firstOf.TryGetValue(pair.Second, out var other) && first == other)
            {
                sums.TryGetValue(first, out var sum);
                sums[first] = (sum.Sum + pair.Similarity, sum.Count + 1);
            }
        }

        var means = new Dictionary<int, double>();
        foreach (var group in groups)
        {
            means[group[0]] = sums.TryGetValue(group[0], out var sum) ? sum.Sum / sum.Count : 0;
        }

        return means;
    }
}
