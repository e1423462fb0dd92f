using System;
using System.Collections.Generic;
using Corpus.Generator.Model;

namespace Corpus.Generator.Analysis;

/// <summary>A pair of sets (by index) and their exact Jaccard similarity.</summary>
public readonly record struct SimilarPair(int First, int Second, double Similarity);

/// <summary>
/// Finds the pairs of word sets whose Jaccard similarity reaches a threshold without comparing every pair:
/// MinHash signatures split into bands propose candidates (locality-sensitive hashing), and only candidates are
/// compared exactly. Oversized buckets (a word every set shares) are skipped, which keeps the work near-linear.
/// </summary>
public static class SimilarSets
{
    private const int LargestBucket = 256;

    /// <param name="sets">Sorted, distinct word hashes per item.</param>
    /// <param name="threshold">The least exact Jaccard similarity of a reported pair.</param>
    /// <param name="rows">Signature positions per band: 1 finds pairs down to 0.15, 2 pairs from about 0.4.</param>
    /// <param name="sameGroup">Pairs for which this is true are skipped (for example, two quotations of one article).</param>
    public static List<SimilarPair> Find(IReadOnlyList<EquatableArray<uint>> sets, double threshold, int rows, Func<int, int, bool>? sameGroup = null)
    {
        var signatures = new EquatableArray<uint>[sets.Count];
        for (var i = 0; i < sets.Count; i++)
        {
            signatures[i] = WordSetSignature.Compute(sets[i].AsImmutableArray());
        }

        var pairs = new List<SimilarPair>();
        var compared = new HashSet<(int, int)>();
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
                        if ((sameGroup is not null && sameGroup(a, b)) || !compared.Add((a, b)))
                        {
                            continue;
                        }

                        var similarity = StoryFacts.Jaccard(sets[a], sets[b]);
                        if (similarity >= threshold)
                        {
                            pairs.Add(new SimilarPair(a, b, similarity));
                        }
                    }
                }
            }
        }

        pairs.Sort((p, q) => p.First != q.First ? p.First.CompareTo(q.First) : p.Second.CompareTo(q.Second));
        return pairs;
    }

    /// <summary>Connected components of the pairs (union–find), each sorted, ordered by their first member.</summary>
    public static List<List<int>> Groups(int count, IEnumerable<SimilarPair> pairs)
    {
        var parent = new int[count];
        for (var i = 0; i < count; i++)
        {
            parent[i] = i;
        }

        int Root(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        foreach (var pair in pairs)
        {
            var (a, b) = (Root(pair.First), Root(pair.Second));
            if (a != b)
            {
                parent[Math.Max(a, b)] = Math.Min(a, b);
            }
        }

        var groups = new Dictionary<int, List<int>>();
        for (var i = 0; i < count; i++)
        {
            var root = Root(i);
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
}
