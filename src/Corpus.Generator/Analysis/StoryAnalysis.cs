using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;

namespace Corpus.Generator.Analysis;

/// <summary>
/// One story told many times, found at build time across each corpus: articles that tell the same story (content
/// words shared), quotations that several articles report (even translated differently), and names that one
/// article spells differently from the rest.
/// </summary>
internal static class StoryAnalysis
{
    /// <summary>Jaccard similarity of content words at which two articles tell the same story (unrelated news stays below 0.05).</summary>
    public const double SameStory = 0.15;

    /// <summary>Jaccard similarity of content words at which two quotations are the same words, reported twice.</summary>
    public const double SameQuotation = 0.5;

    public static StoryOutput Build(IEnumerable<StoryFacts> facts, CorpusLayout layout, string? ns, bool emit)
    {
        var sources = new List<StorySource>();
        var all = facts.ToList();
        var issues = all.Where(f => f.Failure is not null).Select(f => new PathIssue(f.Path, f.Failure!)).ToList();
        foreach (var corpus in all.GroupBy(f => f.CorpusName, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (!layout.CorpusNames.Contains(corpus.Key))
            {
                continue; // a corpus whose name is not an identifier gets no code (CORPUS007 says why)
            }

            // Ordered so the output is the same whatever order the compiler gives the files in.
            var articles = corpus.OrderBy(f => f.Id, StringComparer.Ordinal).ThenBy(f => f.Path, StringComparer.Ordinal).ToList();
            var members = articles.Select(a => layout.MemberFor(a.CorpusName, a.Path)?.MemberName).ToList();
            if (emit)
            {
                var order = layout.Members.Where(m => m.CorpusName == corpus.Key).Select(m => m.MemberName).ToEquatableArray();
                sources.Add(new StorySource(ns, corpus.Key, order, Stories(articles, members), Clusters(articles, members), Names(articles, members)));
            }

            foreach (var misspelling in NameSpellings.Find(articles))
            {
                var use = misspelling.Name;
                var arguments = new[] { use.Name, misspelling.Likely, misspelling.Articles.ToString(CultureInfo.InvariantCulture) }.ToEquatableArray();
                issues.Add(new PathIssue(articles[misspelling.Article].Path, new SeedIssue(DiagnosticCatalog.LikelyMisspelledName, use.Range, use.Lines, arguments)));
            }
        }

        return new StoryOutput(sources.ToEquatableArray(), issues.ToEquatableArray());
    }

    private static EquatableArray<StoryGroupModel> Stories(List<StoryFacts> articles, List<string?> members)
    {
        var pairs = SimilarSets.Find(articles.Select(a => a.Words).ToList(), articles.Select(a => a.Signature).ToList(), SameStory, rows: 1, (a, b) => members[a] is null || members[b] is null);
        var groups = SimilarSets.Groups(articles.Count, pairs);
        var similarity = SimilarSets.MeanSimilarities(groups, pairs);
        return groups
            .Select(group => new StoryGroupModel(group.Select(i => members[i]!).ToEquatableArray(), Format(similarity[group[0]])))
            .ToEquatableArray();
    }

    private static EquatableArray<QuotationClusterModel> Clusters(List<StoryFacts> articles, List<string?> members)
    {
        var owners = new List<(int Article, int Index)>();
        var sets = new List<EquatableArray<uint>>();
        var signatures = new List<EquatableArray<uint>>();
        for (var a = 0; a < articles.Count; a++)
        {
            if (members[a] is null)
            {
                continue;
            }

            foreach (var quotation in articles[a].Quotations)
            {
                owners.Add((a, quotation.Index));
                sets.Add(quotation.Words);
                signatures.Add(quotation.Signature);
            }
        }

        var pairs = SimilarSets.Find(sets, signatures, SameQuotation, rows: 2, (x, y) => owners[x].Article == owners[y].Article);
        var groups = SimilarSets.Groups(sets.Count, pairs);
        var similarity = SimilarSets.MeanSimilarities(groups, pairs);
        return groups
            .Select(group => new QuotationClusterModel(
                group.Select(i => new QuotationOccurrence(members[owners[i].Article]!, owners[i].Index)).ToEquatableArray(),
                Format(similarity[group[0]])))
            .ToEquatableArray();
    }

    /// <summary>Every name of the corpus with its mentions, most widely mentioned first (by articles, then paragraphs, then name).</summary>
    private static EquatableArray<NamedEntityModel> Names(List<StoryFacts> articles, List<string?> members)
    {
        var mentions = new Dictionary<string, List<ParagraphOccurrence>>(StringComparer.Ordinal);
        for (var a = 0; a < articles.Count; a++)
        {
            if (members[a] is null)
            {
                continue;
            }

            foreach (var mention in articles[a].Mentions)
            {
                if (!mentions.TryGetValue(mention.Name, out var list))
                {
                    mentions[mention.Name] = list = new List<ParagraphOccurrence>();
                }

                list.AddRange(mention.Paragraphs.Select(p => new ParagraphOccurrence(members[a]!, p)));
            }
        }

        // People only (an organisation's "Chinese" or "State" is no name of its own). An article that writes only "Lopez" mentions the "Maria Lopez" of the others, when no other full name ends so.
        var bySurname = mentions.Keys.Where(n => n.IndexOf(' ') > 0 && !Parsing.Lexicons.SpeechLexicon.OrganisationHeads.Contains(n.Substring(n.LastIndexOf(' ') + 1)))
            .SelectMany(n => new[] { (Word: n.Substring(0, n.IndexOf(' ')), Name: n), (Word: n.Substring(n.LastIndexOf(' ') + 1), Name: n) })
            .GroupBy(x => x.Word, StringComparer.Ordinal)
            .Where(g => g.Select(x => x.Name).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        for (var a = 0; a < articles.Count; a++)
        {
            if (members[a] is null)
            {
                continue;
            }

            var own = new HashSet<string>(articles[a].Mentions.Select(m => m.Name), StringComparer.Ordinal);
            var added = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
            foreach (var word in articles[a].Surnames)
            {
                if (bySurname.TryGetValue(word.Name, out var name) && !own.Contains(name) && !own.Any(n => n.Split(' ').Contains(word.Name)))
                {
                    if (!added.TryGetValue(name, out var paragraphs))
                    {
                        added[name] = paragraphs = new SortedSet<int>();
                    }

                    paragraphs.UnionWith(word.Paragraphs);
                }
            }

            foreach (var pair in added.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                mentions[pair.Key].AddRange(pair.Value.Select(p => new ParagraphOccurrence(members[a]!, p)));
            }
        }

        return mentions
            .OrderByDescending(m => m.Value.Select(o => o.Member).Distinct().Count())
            .ThenByDescending(m => m.Value.Count)
            .ThenBy(m => m.Key, StringComparer.Ordinal)
            .Select(m => new NamedEntityModel(m.Key, m.Value.ToEquatableArray()))
            .ToEquatableArray();
    }

    private static string Format(double similarity) => similarity.ToString("0.00", CultureInfo.InvariantCulture);
}
