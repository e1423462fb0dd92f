using System;
using System.Collections.Generic;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing.Lexicons;

namespace Corpus.Generator.Analysis;

/// <summary>
/// Every name of a corpus with the paragraphs that mention it, most widely mentioned first (by articles, then
/// paragraphs, then name): the names each article gives, and, where an article writes only "Lopez", the "Maria
/// Lopez" the others give in full, when no other full name starts or ends with that word.
/// </summary>
internal static class NamedEntities
{
    /// <param name="articles">The corpus's articles, in member order.</param>
    /// <param name="members">Each article's member name; an article without one is left out.</param>
    public static EquatableArray<NamedEntityModel> Find(List<StoryFacts> articles, List<string?> members)
    {
        var memberIds = MemberIds(members);
        var mentions = new Dictionary<string, Entity>(StringComparer.Ordinal);
        for (var a = 0; a < articles.Count; a++)
        {
            if (members[a] is not { } member)
            {
                continue;
            }

            foreach (var mention in articles[a].Mentions)
            {
                if (!mentions.TryGetValue(mention.Name, out var entity))
                {
                    mentions.Add(mention.Name, entity = new Entity(mention.Name));
                }

                foreach (var paragraph in mention.Paragraphs)
                {
                    entity.Add(member, memberIds[a], paragraph);
                }
            }
        }

        var byWord = FullNamesByWord(mentions.Keys);
        var added = new SortedDictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        for (var a = 0; a < articles.Count; a++)
        {
            if (members[a] is not { } member)
            {
                continue;
            }

            // The words of the article's own names, split only when one of its words names someone else in full.
            HashSet<string>? ownWords = null;
            foreach (var word in articles[a].Surnames)
            {
                if (!byWord.TryGetValue(word.Name, out var name) || name is null)
                {
                    continue;
                }

                // The article's own use of the word (its own name holding it, that full name included) wins.
                ownWords ??= OwnWords(articles[a]);
                if (ownWords.Contains(word.Name))
                {
                    continue;
                }

                if (!added.TryGetValue(name, out var paragraphs))
                {
                    added.Add(name, paragraphs = new SortedSet<int>());
                }

                paragraphs.UnionWith(word.Paragraphs);
            }

            foreach (var pair in added)
            {
                var entity = mentions[pair.Key];
                foreach (var paragraph in pair.Value)
                {
                    entity.Add(member, memberIds[a], paragraph);
                }
            }

            added.Clear();
        }

        var entities = new Entity[mentions.Count];
        mentions.Values.CopyTo(entities, 0);
        var seen = new int[articles.Count];
        for (var e = 0; e < entities.Length; e++)
        {
            entities[e].CountArticles(seen, e + 1);
        }

        // The name breaks every tie (names are distinct), so the order is total and an unstable sort gives it.
        Array.Sort(entities, static (x, y) =>
            x.Articles != y.Articles ? y.Articles.CompareTo(x.Articles)
            : x.Mentions.Count != y.Mentions.Count ? y.Mentions.Count.CompareTo(x.Mentions.Count)
            : string.CompareOrdinal(x.Name, y.Name));
        var result = new NamedEntityModel[entities.Length];
        for (var e = 0; e < entities.Length; e++)
        {
            result[e] = new NamedEntityModel(entities[e].Name, entities[e].Mentions.ToEquatableArray());
        }

        return result.ToEquatableArray();
    }

    /// <summary>
    /// The first and the last word of each person's full name, with the name, or null for a word that starts or ends
    /// two names. People only: an organisation's "Chinese" or "State" is no name of its own.
    /// </summary>
    private static Dictionary<string, string?> FullNamesByWord(IEnumerable<string> names)
    {
        var byWord = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var firstSpace = name.IndexOf(' ');
            if (firstSpace <= 0)
            {
                continue;
            }

            var last = name.Substring(name.LastIndexOf(' ') + 1);
            if (SpeechLexicon.OrganisationHeads.Contains(last))
            {
                continue;
            }

            Claim(byWord, name.Substring(0, firstSpace), name);
            Claim(byWord, last, name);
        }

        return byWord;
    }

    private static void Claim(Dictionary<string, string?> byWord, string word, string name)
    {
        if (!byWord.TryGetValue(word, out var owner))
        {
            byWord.Add(word, name);
        }
        else if (owner is not null && !string.Equals(owner, name, StringComparison.Ordinal))
        {
            byWord[word] = null;
        }
    }

    private static HashSet<string> OwnWords(StoryFacts article)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in article.Mentions)
        {
            words.UnionWith(mention.Name.Split(' '));
        }

        return words;
    }

    /// <summary>One number per distinct member name, so counting an entity's articles compares integers.</summary>
    private static int[] MemberIds(List<string?> members)
    {
        var ids = new int[members.Count];
        var byName = new Dictionary<string, int>(members.Count, StringComparer.Ordinal);
        for (var a = 0; a < members.Count; a++)
        {
            if (members[a] is { } member)
            {
                if (!byName.TryGetValue(member, out var id))
                {
                    byName.Add(member, id = byName.Count);
                }

                ids[a] = id;
            }
        }

        return ids;
    }

    /// <summary>A name's mentions as they are gathered, and the number of distinct articles they are in.</summary>
    private sealed class Entity
    {
        private readonly List<int> _memberIds = new();

        public Entity(string name) => Name = name;

        public string Name { get; }

        public List<ParagraphOccurrence> Mentions { get; } = new();

        public int Articles { get; private set; }

        public void Add(string member, int memberId, int paragraph)
        {
            Mentions.Add(new ParagraphOccurrence(member, paragraph));
            _memberIds.Add(memberId);
        }

        /// <summary>Counts the distinct members, marking each in <paramref name="seen"/> with this entity's <paramref name="stamp"/>.</summary>
        public void CountArticles(int[] seen, int stamp)
        {
            foreach (var id in _memberIds)
            {
                if (seen[id] != stamp)
                {
                    seen[id] = stamp;
                    Articles++;
                }
            }
        }
    }
}
