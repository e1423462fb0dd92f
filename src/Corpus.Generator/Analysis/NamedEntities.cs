using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Collections.Immutable;
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
    [MethodImpl(JitHints.FullyOptimized)]
    public static EquatableArray<NamedEntityModel> Find(List<StoryFacts> articles, List<string?> members)
    {
        var mentions = new Dictionary<string, Entity>(StringComparer.Ordinal);
        for (var a = 0; a < articles.Count; a++)
        {
            if (members[a] is null)
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
                    entity.Add(a, paragraph);
                }
            }
        }

        var byWord = FullNamesByWord(mentions.Values);
        var ownWords = new HashSet<string>(StringComparer.Ordinal);
        var added = new List<(Entity Entity, int Paragraph)>();
        for (var a = 0; a < articles.Count; a++)
        {
            if (members[a] is null)
            {
                continue;
            }

            // The words of the article's own names, gathered only when one of its words names someone else in full.
            var gathered = false;
            foreach (var word in articles[a].Surnames)
            {
                if (!byWord.TryGetValue(word.Name, out var person) || person is null)
                {
                    continue;
                }

                if (!gathered)
                {
                    gathered = true;
                    OwnWords(articles[a], mentions, ownWords);
                }

                // The article's own use of the word (its own name holding it, that full name included) wins.
                if (!ownWords.Contains(word.Name))
                {
                    foreach (var paragraph in word.Paragraphs)
                    {
                        added.Add((person, paragraph));
                    }
                }
            }

            // By name, then paragraph, each once: two words of one name ("Maria", "Lopez") may share paragraphs.
            added.Sort(static (x, y) => x.Entity != y.Entity ? string.CompareOrdinal(x.Entity.Name, y.Entity.Name) : x.Paragraph.CompareTo(y.Paragraph));
            for (var k = 0; k < added.Count; k++)
            {
                if (k == 0 || added[k] != added[k - 1])
                {
                    added[k].Entity.Add(a, added[k].Paragraph);
                }
            }

            added.Clear();
        }

        var entities = new Entity[mentions.Count];
        mentions.Values.CopyTo(entities, 0);
        var memberIds = MemberIds(members);
        var seen = new int[members.Count];
        for (var e = 0; e < entities.Length; e++)
        {
            entities[e].CountArticles(memberIds, seen, e + 1);
        }

        // The name breaks every tie (names are distinct), so the order is total and an unstable sort gives it.
        Array.Sort(entities, static (x, y) =>
            x.Articles != y.Articles ? y.Articles.CompareTo(x.Articles)
            : x.Count != y.Count ? y.Count.CompareTo(x.Count)
            : string.CompareOrdinal(x.Name, y.Name));
        var result = ImmutableArray.CreateBuilder<NamedEntityModel>(entities.Length);
        foreach (var entity in entities)
        {
            result.Add(new NamedEntityModel(entity.Name, entity.Occurrences(members)));
        }

        return new EquatableArray<NamedEntityModel>(result.MoveToImmutable());
    }

    /// <summary>
    /// The first and the last word of each person's full name, with the name, or null for a word that starts or ends
    /// two names. People only: an organisation's "Chinese" or "State" is no name of its own.
    /// </summary>
    [MethodImpl(JitHints.FullyOptimized)]
    private static Dictionary<string, Entity?> FullNamesByWord(Dictionary<string, Entity>.ValueCollection entities)
    {
        var byWord = new Dictionary<string, Entity?>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            var name = entity.Name;
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

            Claim(byWord, name.Substring(0, firstSpace), entity);
            Claim(byWord, last, entity);
        }

        return byWord;
    }

    private static void Claim(Dictionary<string, Entity?> byWord, string word, Entity entity)
    {
        if (!byWord.TryGetValue(word, out var owner))
        {
            byWord.Add(word, entity);
        }
        else if (owner is not null && owner != entity)
        {
            byWord[word] = null;
        }
    }

    [MethodImpl(JitHints.FullyOptimized)]
    private static void OwnWords(StoryFacts article, Dictionary<string, Entity> entities, HashSet<string> into)
    {
        into.Clear();
        foreach (var mention in article.Mentions)
        {
            into.UnionWith(entities[mention.Name].Words);
        }
    }

    /// <summary>One number per distinct member name (the same member is one article, however often it is listed).</summary>
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

    /// <summary>
    /// A name's mentions as they are gathered, each an article (by position) and a paragraph packed in one number:
    /// the occurrences are made once, at the end, into an array of the right size.
    /// </summary>
    private sealed class Entity
    {
        private readonly List<long> _mentions = new();
        private string[]? _words;

        public Entity(string name) => Name = name;

        public string Name { get; }

        /// <summary>The words of the name, split once however many articles give it.</summary>
        public string[] Words => _words ??= Name.Split(' ');

        public int Count => _mentions.Count;

        public int Articles { get; private set; }

        public void Add(int article, int paragraph) => _mentions.Add(((long)article << 32) | (uint)paragraph);

        /// <summary>Counts the distinct member names, marking each in <paramref name="seen"/> (by <paramref name="memberIds"/>) with this entity's <paramref name="stamp"/>.</summary>
        public void CountArticles(int[] memberIds, int[] seen, int stamp)
        {
            foreach (var mention in _mentions)
            {
                var member = memberIds[(int)(mention >> 32)];
                if (seen[member] != stamp)
                {
                    seen[member] = stamp;
                    Articles++;
                }
            }
        }

        public EquatableArray<ParagraphOccurrence> Occurrences(List<string?> members)
        {
            var occurrences = ImmutableArray.CreateBuilder<ParagraphOccurrence>(_mentions.Count);
            foreach (var mention in _mentions)
            {
                occurrences.Add(new ParagraphOccurrence(members[(int)(mention >> 32)]!, (int)mention));
            }

            return new EquatableArray<ParagraphOccurrence>(occurrences.MoveToImmutable());
        }
    }
}
