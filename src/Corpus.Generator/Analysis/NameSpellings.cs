using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;

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

    [MethodImpl(JitHints.FullyOptimized)]
    public static List<Misspelling> Find(IReadOnlyList<StoryFacts> articles)
    {
        var spellings = new Dictionary<string, Spelling>(StringComparer.Ordinal);
        for (var a = 0; a < articles.Count; a++)
        {
            foreach (var name in articles[a].Names)
            {
                if (!spellings.TryGetValue(name.Name, out var spelling))
                {
                    spellings.Add(name.Name, spelling = new Spelling(name.Name));
                }

                spelling.UsedBy(a);
                if (name.Title.Length > 0)
                {
                    (spelling.Titles ??= new HashSet<string>(StringComparer.Ordinal)).Add(name.Title.ToLowerInvariant());
                }
            }
        }

        // Common spellings, reachable by each of their words and by their initials ("ml" for Maria Lopez); each by its
        // position in ordinal order, so a name's candidates are tried in that order by sorting numbers.
        var common = new List<Spelling>();
        foreach (var spelling in spellings.Values)
        {
            if (spelling.Articles >= 2)
            {
                common.Add(spelling);
            }
        }

        common.Sort(static (x, y) => string.CompareOrdinal(x.Name, y.Name));
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byInitials = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var c = 0; c < common.Count; c++)
        {
            foreach (var word in common[c].Words)
            {
                AddCandidate(byWord, word, c);
            }

            AddCandidate(byInitials, Initials(common[c].Words), c);
        }

        var found = new List<Misspelling>();
        var candidates = new List<int>();
        for (var a = 0; a < articles.Count; a++)
        {
            foreach (var use in articles[a].Names)
            {
                if (spellings[use.Name].Articles != 1)
                {
                    continue;
                }

                var likely = Likely(use, common, byWord, byInitials, candidates);
                if (likely is not null)
                {
                    found.Add(new Misspelling(a, use, likely.Name, likely.Articles));
                }
            }
        }

        return found;
    }

    [MethodImpl(JitHints.FullyOptimized)]
    private static Spelling? Likely(NameUse use, List<Spelling> common, Dictionary<string, List<int>> byWord, Dictionary<string, List<int>> byInitials, List<int> candidates)
    {
        var words = use.Name.Split(' ');
        candidates.Clear();
        foreach (var word in words)
        {
            AddAll(candidates, byWord, word);
        }

        AddAll(candidates, byInitials, Initials(words));
        candidates.Sort();

        var title = use.Title.Length > 0 ? use.Title.ToLowerInvariant() : null;
        for (var k = 0; k < candidates.Count; k++)
        {
            if (k > 0 && candidates[k] == candidates[k - 1])
            {
                continue;
            }

            var candidate = common[candidates[k]];
            var other = candidate.Words;
            if (other.Length != words.Length)
            {
                continue;
            }

            if (EveryWordClose(words, other))
            {
                return candidate;
            }

            if (title is not null && candidate.Titles is { } titles && titles.Contains(title) && ShareAWord(words, other))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool ShareAWord(string[] a, string[] b)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (string.Equals(x, y, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
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
    [MethodImpl(JitHints.FullyOptimized)]
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

    private static string Initials(string[] words)
    {
        var initials = new char[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            initials[i] = char.ToLowerInvariant(words[i][0]);
        }

        return new string(initials);
    }

    private static void AddCandidate(Dictionary<string, List<int>> map, string key, int spelling)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = new List<int>();
        }

        if (list.Count < CandidatesPerKey)
        {
            list.Add(spelling);
        }
    }

    private static void AddAll(List<int> into, Dictionary<string, List<int>> map, string key)
    {
        if (map.TryGetValue(key, out var list))
        {
            into.AddRange(list);
        }
    }

    /// <summary>One spelling of a full name: the articles that write it (counted once each) and the titles they give it.</summary>
    private sealed class Spelling
    {
        private int _lastArticle = -1;
        private string[]? _words;

        public Spelling(string name) => Name = name;

        public string Name { get; }

        /// <summary>The words of the name, split once.</summary>
        public string[] Words => _words ??= Name.Split(' ');

        public int Articles { get; private set; }

        /// <summary>The titles given with the name, lower-cased, or null when none is.</summary>
        public HashSet<string>? Titles { get; set; }

        /// <summary>Counts article <paramref name="article"/>; the articles come in order, so a repeat is the last one.</summary>
        public void UsedBy(int article)
        {
            if (article != _lastArticle)
            {
                _lastArticle = article;
                Articles++;
            }
        }
    }
}
