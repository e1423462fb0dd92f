using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Generator.Analysis;

/// <summary>
/// Finds full names that one article writes and at least two others write differently: "Mario Lopes" where the
/// rest have "Maria Lopez" (every word a small edit away), "Luis Silva" where the rest have "Ana Silva" (the same
/// title, "Foreign Minister", and a word in common). Two spellings that each appear in several articles are
/// two people, not a typo, and are never reported.
/// </summary>
internal static class NameSpellings
{
    private const int CandidatesPerKey = 64;

    public static List<Misspelling> Find(IReadOnlyList<StoryFacts> articles)
    {
        var usedBy = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var titles = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var a = 0; a < articles.Count; a++)
        {
            foreach (var name in articles[a].Names)
            {
                Add(usedBy, name.Name, a);
                if (name.Title.Length > 0)
                {
                    Add(titles, name.Name, name.Title.ToLowerInvariant());
                }
            }
        }

        // Common spellings, reachable by each of their words and by their initials ("A B" for Maria Lopez).
        var common = usedBy.Where(p => p.Value.Count >= 2).Select(p => p.Key).OrderBy(n => n, StringComparer.Ordinal).ToList();
        var byKey = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var name in common)
        {
            foreach (var word in name.Split(' '))
            {
                AddCandidate(byKey, "w:" + word, name);
            }

            AddCandidate(byKey, "i:" + Initials(name), name);
        }

        var found = new List<Misspelling>();
        for (var a = 0; a < articles.Count; a++)
        {
            foreach (var use in articles[a].Names)
            {
                if (usedBy[use.Name].Count != 1)
                {
                    continue;
                }

                var likely = Likely(use, byKey, titles);
                if (likely is not null)
                {
                    found.Add(new Misspelling(a, use, likely, usedBy[likely].Count));
                }
            }
        }

        return found;
    }

    private static string? Likely(NameUse use, Dictionary<string, List<string>> byKey, Dictionary<string, HashSet<string>> titles)
    {
        var words = use.Name.Split(' ');
        var candidates = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            AddAll(candidates, byKey, "w:" + word);
        }

        AddAll(candidates, byKey, "i:" + Initials(use.Name));

        foreach (var candidate in candidates)
        {
            var other = candidate.Split(' ');
            if (other.Length != words.Length)
            {
                continue;
            }

            if (EveryWordClose(words, other))
            {
                return candidate;
            }

            var sameTitle = use.Title.Length > 0 && titles.TryGetValue(candidate, out var candidateTitles) && candidateTitles.Contains(use.Title.ToLowerInvariant());
            if (sameTitle && words.Intersect(other, StringComparer.Ordinal).Any())
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Every word equal or a small edit away (two for long words, one for short), and the first letters equal.</summary>
    private static bool EveryWordClose(string[] a, string[] b)
    {
        var differs = false;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                continue;
            }

            differs = true;
            var allowed = Math.Min(a[i].Length, b[i].Length) >= 6 ? 2 : 1;
            if (char.ToLowerInvariant(a[i][0]) != char.ToLowerInvariant(b[i][0]) || EditDistance(a[i], b[i], allowed) > allowed)
            {
                return false;
            }
        }

        return differs;
    }

    /// <summary>Levenshtein distance, stopping early once it exceeds <paramref name="limit"/>.</summary>
    public static int EditDistance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static string Initials(string name) => new(name.Split(' ').Select(w => char.ToLowerInvariant(w[0])).ToArray());

    private static void Add<T>(Dictionary<string, HashSet<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var set))
        {
            map[key] = set = new HashSet<T>();
        }

        set.Add(value);
    }

    private static void AddCandidate(Dictionary<string, List<string>> map, string key, string name)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = new List<string>();
        }

        if (list.Count < CandidatesPerKey)
        {
            list.Add(name);
        }
    }

    private static void AddAll(SortedSet<string> into, Dictionary<string, List<string>> map, string key)
    {
        if (map.TryGetValue(key, out var list))
        {
            into.UnionWith(list);
        }
    }
}
