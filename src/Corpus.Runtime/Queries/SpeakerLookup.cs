using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Corpus;

/// <summary>
/// Every name a quotation's speaker answers to (its canonical name, each word suffix of it, the name as written),
/// mapped to the quotations, built once per article set on first lookup: afterwards a lookup by speaker is one
/// case-insensitive dictionary probe instead of a walk over every quotation of the corpus.
/// </summary>
internal static class SpeakerLookup
{
    private static readonly ConditionalWeakTable<Article[], Dictionary<string, int[]>> Cache = new();

    /// <summary>The speaker's quotations as (article, quotation) index pairs, flattened; null when the name needs a scan (untrimmed).</summary>
    public static int[]? Find(Article[] articles, string speaker)
    {
        if (speaker.Length == 0 || char.IsWhiteSpace(speaker[0]) || char.IsWhiteSpace(speaker[speaker.Length - 1]))
        {
            return null; // SpeakerName.Matches trims; the keys are trimmed names
        }

        return Cache.GetValue(articles, Build).TryGetValue(speaker, out var hits) ? hits : Array.Empty<int>();
    }

    private static Dictionary<string, int[]> Build(Article[] articles)
    {
        var lists = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var a = 0; a < articles.Length; a++)
        {
            var quotations = articles[a].Quotations;
            for (var q = 0; q < quotations.Count; q++)
            {
                var quotation = quotations[q];
                if (quotation.Speaker is not { } canonical)
                {
                    continue;
                }

                Add(lists, canonical, a, q);
                for (var space = canonical.IndexOf(' '); space >= 0; space = canonical.IndexOf(' ', space + 1))
                {
                    Add(lists, canonical.Substring(space + 1), a, q);
                }

                if (quotation.SpeakerAsWritten is { Length: > 0 } written)
                {
                    Add(lists, written.Trim(), a, q);
                }
            }
        }

        var table = new Dictionary<string, int[]>(lists.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var pair in lists)
        {
            table[pair.Key] = pair.Value.ToArray();
        }

        return table;
    }

    // One quotation is listed once per name, however many of its forms give that name.
    private static void Add(Dictionary<string, List<int>> lists, string name, int article, int quotation)
    {
        if (name.Length == 0)
        {
            return;
        }

        if (!lists.TryGetValue(name, out var list))
        {
            lists[name] = list = new List<int>();
        }

        if (list.Count < 2 || list[list.Count - 2] != article || list[list.Count - 1] != quotation)
        {
            list.Add(article);
            list.Add(quotation);
        }
    }
}
