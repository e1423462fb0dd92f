using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
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

    [MethodImpl(JitHints.FullyOptimized)]
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
                // The three tables read the facts and not each other: the largest, the quotations', on a thread of its own.
                var clusters = Task.Run(() => Clusters(articles, members));
                var stories = Stories(articles, members);
                var names = NamedEntities.Find(articles, members);
                sources.Add(new StorySource(ns, corpus.Key, order, stories, clusters.GetAwaiter().GetResult(), names));
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

    [MethodImpl(JitHints.FullyOptimized)]
    private static EquatableArray<StoryGroupModel> Stories(List<StoryFacts> articles, List<string?> members)
    {
        // An article without a member is in no story (its owner negative); every other article is its own owner.
        var owners = new int[articles.Count];
        var sets = new ImmutableArray<uint>[articles.Count];
        var signatures = new ImmutableArray<uint>[articles.Count];
        for (var a = 0; a < articles.Count; a++)
        {
            (owners[a], sets[a], signatures[a]) = (members[a] is null ? -1 : a, articles[a].Words.AsImmutableArray(), articles[a].Signature.AsImmutableArray());
        }

        var pairs = SimilarSets.Find(sets, signatures, SameStory, rows: 1, owners);
        var groups = SimilarSets.Groups(articles.Count, pairs);
        var similarity = SimilarSets.MeanSimilarities(groups, pairs);
        var stories = ImmutableArray.CreateBuilder<StoryGroupModel>(groups.Count);
        foreach (var group in groups)
        {
            var story = ImmutableArray.CreateBuilder<string>(group.Count);
            foreach (var a in group)
            {
                story.Add(members[a]!);
            }

            stories.Add(new StoryGroupModel(new EquatableArray<string>(story.MoveToImmutable()), Hundredths(similarity[group[0]])));
        }

        return new EquatableArray<StoryGroupModel>(stories.MoveToImmutable());
    }

    [MethodImpl(JitHints.FullyOptimized)]
    private static EquatableArray<QuotationClusterModel> Clusters(List<StoryFacts> articles, List<string?> members)
    {
        var count = 0;
        for (var a = 0; a < articles.Count; a++)
        {
            count += members[a] is null ? 0 : articles[a].Quotations.Count;
        }

        // Every quotation of the corpus by one number: its article (two quotations of one article are never one
        // quotation reported twice), its index there, its words and its signature.
        var articleOf = new int[count];
        var indexOf = new int[count];
        var sets = new ImmutableArray<uint>[count];
        var signatures = new ImmutableArray<uint>[count];
        var q = 0;
        for (var a = 0; a < articles.Count; a++)
        {
            if (members[a] is null)
            {
                continue;
            }

            foreach (var quotation in articles[a].Quotations)
            {
                (articleOf[q], indexOf[q], sets[q], signatures[q]) = (a, quotation.Index, quotation.Words.AsImmutableArray(), quotation.Signature.AsImmutableArray());
                q++;
            }
        }

        var pairs = SimilarSets.Find(sets, signatures, SameQuotation, rows: 2, articleOf);
        var groups = SimilarSets.Groups(count, pairs);
        var similarity = SimilarSets.MeanSimilarities(groups, pairs);
        var clusters = ImmutableArray.CreateBuilder<QuotationClusterModel>(groups.Count);
        foreach (var group in groups)
        {
            var occurrences = ImmutableArray.CreateBuilder<QuotationOccurrence>(group.Count);
            foreach (var i in group)
            {
                occurrences.Add(new QuotationOccurrence(members[articleOf[i]]!, indexOf[i]));
            }

            clusters.Add(new QuotationClusterModel(new EquatableArray<QuotationOccurrence>(occurrences.MoveToImmutable()), Hundredths(similarity[group[0]])));
        }

        return new EquatableArray<QuotationClusterModel>(clusters.MoveToImmutable());
    }

    // Two decimals are all a story's or a cluster's similarity means here: stored, and shown, as whole hundredths.
    private static int Hundredths(double similarity) => (int)Math.Round(similarity * 100, MidpointRounding.AwayFromZero);
}
