using System.Collections.Generic;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing;

namespace Corpus.Generator.Analysis;

/// <summary>
/// A MinHash signature of an article's story text: for each of <see cref="Length"/> fixed hash functions, the
/// smallest hash over the article's word shingles. The share of equal positions in two signatures estimates the
/// Jaccard similarity of their shingle sets. Hashes are fixed (FNV-1a and constant multipliers), never
/// <c>string.GetHashCode</c>, so the same text gives the same signature in every process.
/// </summary>
internal static class ShingleSignature
{
    public const int Length = 32;
    public const int ShingleWords = 5;

    private static readonly uint[] Multipliers = CreateConstants(0x9E3779B9u);
    private static readonly uint[] Offsets = CreateConstants(0x85EBCA6Bu);

    public static EquatableArray<uint> Compute(ArticleModel article)
    {
        var words = new List<uint>();
        foreach (var paragraph in article.Paragraphs)
        {
            if (paragraph.Kind != ParagraphKind.Body)
            {
                continue;
            }

            foreach (var word in TextScan.WordsIn(article.Text, paragraph.Range))
            {
                words.Add(WordHash(article.Text, word));
            }
        }

        var minimums = new uint[Length];
        for (var k = 0; k < Length; k++)
        {
            minimums[k] = uint.MaxValue;
        }

        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            var shingle = 2166136261u;
            for (var w = 0; w < ShingleWords; w++)
            {
                shingle = unchecked((shingle ^ words[i + w]) * 16777619u);
            }

            for (var k = 0; k < Length; k++)
            {
                var h = unchecked((shingle * Multipliers[k]) + Offsets[k]);
                h ^= h >> 15;
                if (h < minimums[k])
                {
                    minimums[k] = h;
                }
            }
        }

        return words.Count < ShingleWords ? EquatableArray<uint>.Empty : minimums.ToEquatableArray();
    }

    /// <summary>The estimated Jaccard similarity: the share of positions where two signatures agree.</summary>
    public static double Similarity(EquatableArray<uint> a, EquatableArray<uint> b)
    {
        if (a.Count != Length || b.Count != Length)
        {
            return 0;
        }

        var same = 0;
        for (var k = 0; k < Length; k++)
        {
            if (a[k] == b[k])
            {
                same++;
            }
        }

        return (double)same / Length;
    }

    // Case-insensitive FNV-1a of one word.
    private static uint WordHash(string text, TextRange word)
    {
        var hash = 2166136261u;
        for (var i = word.Start; i < word.End; i++)
        {
            hash = unchecked((hash ^ Parsing.TextScan.ToLowerInvariant(text[i])) * 16777619u);
        }

        return hash;
    }

    private static uint[] CreateConstants(uint seed)
    {
        var values = new uint[Length];
        var state = seed;
        for (var k = 0; k < Length; k++)
        {
            state = unchecked((state * 1664525u) + 1013904223u); // a fixed LCG: the same constants everywhere
            values[k] = state | 1u;
        }

        return values;
    }
}
