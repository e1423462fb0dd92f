using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Corpus.Generator.Analysis;
using Corpus.Generator.Indexing;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;
using Corpus.Generator.Parsing;

namespace Corpus.Generator.Storage;

/// <summary>One corpus resource: its manifest resource name and bytes.</summary>
public sealed record CorpusResource(string CorpusName, string ResourceName, byte[] Bytes);

/// <summary>What a build of the seeds makes: one resource per corpus, and the summary the generator reads instead of the seeds.</summary>
public sealed record CorpusBuildResult(IReadOnlyList<CorpusResource> Resources, CorpusSummary Summary);

/// <summary>
/// The whole corpus build, pure C# with the generator's own stages (parse, name, analyse, index): what the build task
/// runs before the compiler, and what the in-memory tests run to attach the resources to their compilations. The
/// generator never runs it; it only needs the <see cref="CorpusSummary"/>.
/// </summary>
public static class CorpusBuild
{
    /// <param name="projectDirectory">The project folder: ids of same-named files are their paths relative to it (as the generator names them).</param>
    public static CorpusBuildResult Run(IEnumerable<SeedFile> seeds, string? ns, bool textIndex, string? projectDirectory = null, CancellationToken cancellationToken = default)
    {
        // A file several AdditionalFiles items list is one seed, in the corpus of its last item: the compiler, and so the
        // generator in the IDE, sees only that item's metadata (CORPUS020 in the targets names every corpus).
        seeds = seeds.GroupBy(seed => seed.Path, StringComparer.Ordinal).Select(group => group.Last()).ToList();

        // Each seed's own work (parse, signature, facts, words) is independent: spread over the cores, in seed order.
        var parsed = seeds.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(SeedParser.Parse).ToList();

        var withArticles = parsed.Where(p => p.Article is not null).ToList();
        var layout = CorpusLayout.Build(parsed.Select(p => new SeedName(p.CorpusName, p.Path, p.Id, p.FileName, HasArticle: p.Article is not null)), new LayoutSettings(ns, projectDirectory));
        var entries = withArticles.Select(p => SeedEntry.Of(p, p.Article!)).ToList();

        var issues = new List<PathIssue>();
        foreach (var seed in parsed)
        {
            issues.AddRange(PathIssue.Of(seed));
        }

        var fingerprints = withArticles.AsParallel().AsOrdered().Select(p => new ArticleFingerprint(p.CorpusName, p.Path, p.Id, ShingleSignature.Compute(p.Article!))).ToList();
        issues.AddRange(NearDuplicateFinder.Find(fingerprints));

        var facts = withArticles.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(p => StoryFacts.Read(p, cancellationToken)).ToList();
        var stories = StoryAnalysis.Build(facts, layout, ns, emit: true);
        issues.AddRange(stories.Issues);

        var byPath = new Dictionary<(string, string), ParsedSeed>();
        foreach (var seed in withArticles)
        {
            byPath[(seed.CorpusName, seed.Path)] = seed; // a file listed twice is one seed (CorpusLayout)
        }

        var hashes = entries.GroupBy(e => (e.CorpusName, e.Path)).ToDictionary(g => g.Key, g => g.First().ContentHash);
        var resources = new List<CorpusResource>();
        foreach (var corpus in layout.CorpusNames)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var members = layout.Members.Where(m => m.CorpusName == corpus).ToList();
            var articles = members.Select(m => byPath[(corpus, m.Path)]).ToList();
            var fingerprint = CorpusFingerprint.Compute(members, members.Select(m => hashes[(corpus, m.Path)]).ToList(), textIndex);
            var index = textIndex ? TextIndexBuilder.Build(ns, corpus, articles.AsParallel().AsOrdered().Select(a => ArticleTokenizer.Tokenize(a, enabled: true)).ToList()) : null;
            var story = stories.Sources.FirstOrDefault(s => s.CorpusName == corpus)
                ?? new StorySource(ns, corpus, members.Select(m => m.MemberName).ToEquatableArray(), EquatableArray<StoryGroupModel>.Empty, EquatableArray<QuotationClusterModel>.Empty, EquatableArray<NamedEntityModel>.Empty);
            var bytes = CorpusResourceWriter.Write(fingerprint, members, articles.Select(a => a.Article!).ToList(), story, index);
            resources.Add(new CorpusResource(corpus, CorpusFormat.ResourceName(ns, corpus), bytes));
        }

        return new CorpusBuildResult(resources, new CorpusSummary(entries.ToEquatableArray(), issues.ToEquatableArray()));
    }
}
