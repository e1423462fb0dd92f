using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Collections.Immutable;
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

    /// <summary>
    /// Sets this long together cost more to compare again than to look the pair up among those already found unlike;
    /// shorter ones (most quotations) are compared again, which keeps the remembered pairs few.
    /// </summary>
    private const int RememberedFrom = 64;

    /// <param name="sets">Sorted, distinct word hashes per item.</param>
    /// <param name="signatures">Each set's <see cref="WordSetSignature"/>.</param>
    /// <param name="threshold">The least exact Jaccard similarity of a reported pair.</param>
    /// <param name="rows">Signature positions per band: 1 finds pairs down to 0.15, 2 pairs from about 0.4.</param>
    /// <param name="owners">Each set's owner, or null for none: two sets of one owner are never linked (two quotations of one article), nor is a set whose owner is negative.</param>
    /// <returns>The links that joined two groups: a spanning forest of the similar pairs, in (first, second) order.</returns>
    [MethodImpl(JitHints.FullyOptimized)]
    public static List<SimilarPair> Find(IReadOnlyList<EquatableArray<uint>> sets, IReadOnlyList<EquatableArray<uint>> signatures, double threshold, int rows, int[]? owners = null)
    {
        var words = new ImmutableArray<uint>[sets.Count];
        var prints = new ImmutableArray<uint>[sets.Count];
        for (var i = 0; i < sets.Count; i++)
        {
            words[i] = sets[i].AsImmutableArray();
            prints[i] = signatures[i].AsImmutableArray();
        }

        return Find(words, prints, threshold, rows, owners);
    }

    /// <inheritdoc cref="Find(IReadOnlyList{EquatableArray{uint}}, IReadOnlyList{EquatableArray{uint}}, double, int, int[])"/>
    [MethodImpl(JitHints.FullyOptimized)]
    public static List<SimilarPair> Find(ImmutableArray<uint>[] sets, ImmutableArray<uint>[] signatures, double threshold, int rows, int[]? owners = null)
    {
        var links = new Linker(sets, threshold, owners);
        var bands = new SignatureBands(signatures, rows);
        for (var band = 0; band < bands.Count; band++)
        {
            var buckets = bands.Group(band);
            for (var b = 0; b < buckets; b++)
            {
                var size = bands.Starts[b + 1] - bands.Starts[b];
                if (size >= 2 && size <= LargestBucket)
                {
                    links.CompareAll(bands.Members, bands.Starts[b], size);
                }
            }
        }

        var pairs = links.Pairs;
        pairs.Sort((p, q) => p.First != q.First ? p.First.CompareTo(q.First) : p.Second.CompareTo(q.Second));
        return pairs;
    }

    /// <summary>Connected components of the pairs, each sorted, ordered by their first member.</summary>
    [MethodImpl(JitHints.FullyOptimized)]
    public static List<List<int>> Groups(int count, IEnumerable<SimilarPair> pairs)
    {
        var union = new UnionFind(count);
        foreach (var pair in pairs)
        {
            union.Join(pair.First, pair.Second);
        }

        // The root of a component is its smallest member, so walking the items in order meets each component at its
        // root first: the components come out ordered by their first member, each sorted, with no list per lone item.
        var roots = new int[count];
        var sizes = new int[count];
        for (var i = 0; i < count; i++)
        {
            roots[i] = union.Root(i);
            sizes[roots[i]]++;
        }

        var result = new List<List<int>>();
        var groupOfRoot = new Dictionary<int, List<int>>();
        for (var i = 0; i < count; i++)
        {
            var root = roots[i];
            if (sizes[root] < 2)
            {
                continue;
            }

            if (root == i)
            {
                var members = new List<int>(sizes[root]);
                groupOfRoot.Add(root, members);
                result.Add(members);
            }

            groupOfRoot[root].Add(i);
        }

        return result;
    }

    /// <summary>The mean similarity of the pairs inside each group, by the group's first member.</summary>
    [MethodImpl(JitHints.FullyOptimized)]
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

        // Summed in the pairs' order, so the means are the same doubles whatever holds the sums.
        var sums = new Dictionary<int, (double Sum, int Count)>(groups.Count);
        foreach (var pair in pairs)
        {
            if (firstOf.TryGetValue(pair.First, out var first) && firstOf.TryGetValue(pair.Second, out var other) && first == other)
            {
                sums.TryGetValue(first, out var sum);
                sums[first] = (sum.Sum + pair.Similarity, sum.Count + 1);
            }
        }

        var means = new Dictionary<int, double>(groups.Count);
        foreach (var group in groups)
        {
            means[group[0]] = sums.TryGetValue(group[0], out var sum) ? sum.Sum / sum.Count : 0;
        }

        return means;
    }

    /// <summary>
    /// The candidates of one bucket after another, compared in order and linked when similar: the order decides
    /// which links make up the forest, and so the mean similarities reported.
    /// </summary>
    private sealed class Linker
    {
        private readonly uint[] _flat;
        private readonly int[] _starts;
        private readonly double _threshold;
        private readonly int[]? _owners;
        private readonly UnionFind _groups;
        private readonly HashSet<long> _unlike = new(); // compared, below the threshold, and long: not compared again in a later band
        private readonly int[] _roots = new int[LargestBucket];

        [MethodImpl(JitHints.FullyOptimized)]
        public Linker(ImmutableArray<uint>[] sets, double threshold, int[]? owners)
        {
            // The sets side by side in one array: a bucket's candidates are compared from memory that lies together,
            // not from one small array each scattered over the heap (most of a comparison's cost).
            _starts = new int[sets.Length + 1];
            for (var i = 0; i < sets.Length; i++)
            {
                _starts[i + 1] = _starts[i] + sets[i].Length;
            }

            _flat = new uint[_starts[sets.Length]];
            for (var i = 0; i < sets.Length; i++)
            {
                sets[i].CopyTo(_flat, _starts[i]);
            }

            _threshold = threshold;
            _owners = owners;
            _groups = new UnionFind(sets.Length);
        }

        public List<SimilarPair> Pairs { get; } = new();

        /// <summary>Compares every pair of <paramref name="members"/>[start..start+size) not yet in one group.</summary>
        [MethodImpl(JitHints.FullyOptimized)]
        public void CompareAll(int[] members, int start, int size)
        {
            // The members' roots, kept current as this bucket's links merge them: an integer compare per candidate
            // instead of two finds, and a bucket already in one group (a story seen in an earlier band) costs one pass.
            var roots = _roots;
            var merged = true;
            for (var k = 0; k < size; k++)
            {
                roots[k] = _groups.Root(members[start + k]);
                merged &= roots[k] == roots[0];
            }

            if (merged)
            {
                return;
            }

            var owners = _owners;
            for (var x = 0; x < size; x++)
            {
                var a = members[start + x];
                for (var y = x + 1; y < size; y++)
                {
                    if (roots[x] == roots[y])
                    {
                        continue;
                    }

                    var b = members[start + y];
                    if (owners is not null && (owners[a] == owners[b] || owners[a] < 0 || owners[b] < 0))
                    {
                        continue;
                    }

                    var first = Words(a);
                    var second = Words(b);
                    var remembered = first.Length + second.Length >= RememberedFrom;
                    var key = ((long)a << 32) | (uint)b;
                    if (remembered && _unlike.Contains(key))
                    {
                        continue;
                    }

                    var similarity = Jaccard(first, second);
                    if (similarity >= _threshold)
                    {
                        Pairs.Add(new SimilarPair(a, b, similarity));
                        _groups.Join(a, b);
                        Relabel(roots, size, Math.Max(roots[x], roots[y]), Math.Min(roots[x], roots[y]));
                    }
                    else if (remembered)
                    {
                        _unlike.Add(key);
                    }
                }
            }
        }


        private ReadOnlySpan<uint> Words(int set) => new(_flat, _starts[set], _starts[set + 1] - _starts[set]);

        /// <summary>Joining two groups makes the smaller root the root of both (<see cref="UnionFind"/>).</summary>
        [MethodImpl(JitHints.FullyOptimized)]
        private static void Relabel(int[] roots, int size, int from, int to)
        {
            for (var k = 0; k < size; k++)
            {
                if (roots[k] == from)
                {
                    roots[k] = to;
                }
            }
        }

        /// <summary>Exact Jaccard similarity of two sorted, distinct arrays (as <see cref="StoryFacts.Jaccard"/>, on spans).</summary>
        [MethodImpl(JitHints.FullyOptimized)]
        private static double Jaccard(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
        {
            if (a.Length == 0 || b.Length == 0)
            {
                return 0;
            }

            // Without branches on the words (conditional moves): which side steps is a coin toss for the processor,
            // and its wrong guesses cost more than the comparisons themselves.
            int i = 0, j = 0, common = 0;
            while (i < a.Length && j < b.Length)
            {
                var (x, y) = (a[i], b[j]);
                common += x == y ? 1 : 0;
                i += x <= y ? 1 : 0;
                j += y <= x ? 1 : 0;
            }

            return (double)common / (a.Length + b.Length - common);
        }
    }
}
