using System.Collections.Generic;
using Corpus.Generator.Model;

namespace Corpus.Generator.Analysis;

/// <summary>
/// A MinHash signature of a set of word hashes: the share of equal positions in two signatures estimates the
/// Jaccard similarity of the two sets. Fixed hash constants, so the same words give the same signature everywhere.
/// </summary>
internal static class WordSetSignature
{
    public const int Length = 32;

    public static EquatableArray<uint> Compute(IReadOnlyCollection<uint> words)
    {
        if (words.Count == 0)
        {
            return EquatableArray<uint>.Empty;
        }

        var minimums = new uint[Length];
        for (var k = 0; k < Length; k++)
        {
            minimums[k] = uint.MaxValue;
        }

        foreach (var word in words)
        {
            for (var k = 0; k < Length; k++)
            {
                var h = unchecked((word * (0x9E3779B1u + (2u * (uint)k))) + (0x85EBCA77u * (uint)(k + 1)));
                h ^= h >> 15;
                h = unchecked(h * 0x2C1B3C6Du);
                h ^= h >> 12;
                if (h < minimums[k])
                {
                    minimums[k] = h;
                }
            }
        }

        return minimums.ToEquatableArray();
    }

    public static double Similarity(EquatableArray<uint> a, EquatableArray<uint> b)
    {
        if (a.Count != Length || b.Count != Length)
        {
            return 0;
        }

        var same = 0;
        for (var k = 0; k < Length; k++)
        {
            same += a[k] == b[k] ? 1 : 0;
        }

        return (double)same / Length;
    }
}
