using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Corpus;

/// <summary>
/// The speakers of a set of articles with their quotation counts, most quoted first (ties by name). Built on
/// first request and cached for the article set, so later requests allocate nothing.
/// </summary>
internal static class SpeakerTable
{
    private static readonly ConditionalWeakTable<Article[], SpeakerCount[]> Cache = new();

    public static SpeakerCount[] For(Article[] articles) => Cache.GetValue(articles, Build);

    private static SpeakerCount[] Build(Article[] articles)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var quotation in article.Quotations)
            {
                if (quotation.Speaker is { } speaker)
                {
                    counts[speaker] = counts.TryGetValue(speaker, out var n) ? n + 1 : 1;
                }
            }
        }

        var table = new SpeakerCount[counts.Count];
        var i = 0;
        foreach (var pair in counts)
        {
            table[i++] = new SpeakerCount(pair.Key, pair.Value);
        }

        Array.Sort(table, (a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Name, b.Name));
        return table;
    }
}
