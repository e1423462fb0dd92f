using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Corpus.Generator.Analysis;
using Corpus.Generator.Indexing;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;
using Corpus.Generator.Parsing;
using Corpus.Generator.Parsing.Normalization;
using Corpus.Generator.Reporting;
using Corpus.Generator.Storage;

namespace Corpus.Generator.Pipeline;

/// <summary>
/// The whole corpus build, pure C# with the generator's own stages (parse, name, analyse, index): what the build task
/// runs before the compiler, and what the in-memory tests run to attach the resources to their compilations. The
/// generator never runs it; it only needs the <see cref="CorpusSummary"/>. Per seed and per corpus it takes what the
/// generator takes, through the same <see cref="SeedSteps"/> and <see cref="CorpusSteps"/>.
/// </summary>
/// <remarks>
/// Memory is bounded by the corpus-wide data, not the text: each seed is read, parsed, encoded into the
/// <see cref="ArticleSpill"/> and dropped in one pass (<see cref="SeedDigest"/> keeps what the corpus-wide steps need),
/// and the resources are then streamed out of the spill in member order (<see cref="CorpusResourceWriter"/>).
/// </remarks>
internal static class CorpusBuild
{
    /// <summary>The build in memory (the tests and benchmarks): every resource as bytes.</summary>
    /// <param name="projectDirectory">The project folder: ids of same-named files are their paths relative to it (as the generator names them).</param>
    public static CorpusBuildResult Run(IEnumerable<SeedFile> seeds, string? ns, bool textIndex, string? projectDirectory = null, CancellationToken cancellationToken = default)
    {
        using var spill = new MemoryStream();
        var plan = Plan(seeds.Select(SeedSource.Of), ns, textIndex, projectDirectory, new ArticleSpill(spill), cancellationToken: cancellationToken);
        var resources = plan.Resources.Select(resource =>
        {
            using var output = new MemoryStream();
            resource.WriteTo(output);
            return new CorpusResource(resource.CorpusName, resource.ResourceName, output.ToArray());
        }).ToList();
        return new CorpusBuildResult(resources, plan.Summary);
    }

    /// <summary>
    /// Reads, parses, analyses and indexes the seeds, with each article's encoded sections put into
    /// <paramref name="spill"/>; the plan's resources are written (from the spill, which must outlive them) by the caller.
    /// </summary>
    /// <param name="cache">Where the last build's parses are, or null: a seed with a <see cref="SeedSource.CacheKey"/> found there is not parsed again.</param>
    /// <param name="steps">Where to note each step's time, or null.</param>
    /// <param name="report">Writes one corpus's report (from the spill), or null for none: called on another thread while the text index is built; the plan's <see cref="CorpusBuildPlan.ReportsWritten"/> ends when every call has returned.</param>
    public static CorpusBuildPlan Plan(IEnumerable<SeedSource> seeds, string? ns, bool textIndex, string? projectDirectory, ArticleSpill spill, ISeedDigestCache? cache = null, BuildSteps? steps = null, Action<CorpusReportSource>? report = null, CancellationToken cancellationToken = default)
    {
        // A file several AdditionalFiles items list is one seed, in the corpus of its last item: the compiler, and so the
        // generator in the IDE, sees only that item's metadata (CORPUS020 in the targets names every corpus).
        var sources = seeds.GroupBy(seed => seed.Path, StringComparer.Ordinal).Select(group => group.Last()).ToList();

        // Each seed's own work (read, parse, signature, facts, words, encoding) is independent: spread over the cores, in
        // seed order; only the digest outlives it, the encoded article goes to the spill at once (from the thread's
        // buffer, for a cached seed).
        var parsed = 0;
        var digests = sources.AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(source => Spilled(Digest(source, textIndex, cache, ref parsed, cancellationToken), spill))
            .ToList();

        steps?.Done(string.Format(CultureInfo.InvariantCulture, "read {0} seeds: {1} parsed, {2} from the parse cache", digests.Count, parsed, digests.Count - parsed));
        var withArticles = digests.Where(d => d.Entry is not null).ToList();

        // The corpus-wide steps read the digests and not each other's results: the near duplicates (which need no
        // member names) and the story analysis run beside the naming and the text index, on the other core.
        var nearDuplicates = Task.Run(() => NearDuplicateFinder.Find(withArticles.Select(d => d.Fingerprint!).ToList()), cancellationToken);
        var layout = CorpusLayout.Build(digests.Select(d => d.Name), new LayoutSettings(ns, projectDirectory));
        var entries = withArticles.Select(d => d.Entry!).ToList();
        var storyAnalysis = Task.Run(() => StoryAnalysis.Build(withArticles.Select(d => d.Facts!).ToList(), layout, ns, emit: true), cancellationToken);

        steps?.Done("name the members");
        var byPath = new Dictionary<(string, string), SeedDigest>();
        foreach (var digest in withArticles)
        {
            byPath[(digest.Name.CorpusName, digest.Name.Path)] = digest; // a file listed twice is one seed (CorpusLayout)
        }

        // Each corpus's members in Articles order, and their digests: what both the index and the resource go by.
        var corpora = layout.CorpusNames.Select(corpus =>
        {
            var members = CorpusSteps.Members(layout, corpus);
            return (Name: corpus, Members: members, Articles: members.Select(m => byPath[(corpus, m.Path)]).ToList());
        }).ToList();

        // The reports need the files' problems (the near duplicates and the stories' too) and the spill, not the index: they
        // are written beside it, on the other core, while the spill is idle; the caller waits for them.
        var seedIssues = digests.SelectMany(d => d.Issues).ToList();
        var reportSources = report is null ? null : ReportSources(corpora, digests, ns, projectDirectory);
        var reportsWritten = report is null
            ? Task.CompletedTask
            : Task.Run(() => WriteReports(reportSources!, seedIssues, nearDuplicates, storyAnalysis, layout, report), cancellationToken);
        var indexes = corpora.Select(c => textIndex ? TextIndexBuilder.Build(ns, c.Name, c.Articles.Select(a => a.Postings!).ToList()) : null).ToList();
        steps?.Done("text index");
        var issues = seedIssues.ToList();
        issues.AddRange(nearDuplicates.GetAwaiter().GetResult());
        var stories = storyAnalysis.GetAwaiter().GetResult();
        issues.AddRange(stories.Issues);

        steps?.Done("near duplicates and stories (after the index)");
        var resources = new List<CorpusResourcePlan>();
        for (var c = 0; c < corpora.Count; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (corpus, members, articles) = corpora[c];
            var fingerprint = CorpusSteps.Fingerprint(members, articles.Select(a => a.Entry).ToList(), textIndex);
            var story = stories.Sources.FirstOrDefault(s => s.CorpusName == corpus)
                ?? new StorySource(ns, corpus, members.Select(m => m.MemberName).ToEquatableArray(), EquatableArray<StoryGroupModel>.Empty, EquatableArray<QuotationClusterModel>.Empty, EquatableArray<NamedEntityModel>.Empty);
            var sections = CorpusResourceWriter.FixedSections(members, story, indexes[c]);
            resources.Add(new CorpusResourcePlan(corpus, CorpusFormat.ResourceName(ns, corpus), fingerprint, members, articles.Select(a => a.Stored!.Value).ToList(), sections, spill));
        }

        steps?.Done("story and id tables");
        // The digests' index shares (the part that grows with the text) are in the index now: let them go before the writing.
        digests.Clear();
        byPath.Clear();
        corpora.Clear();
        indexes.Clear();
        return new CorpusBuildPlan(resources, new CorpusSummary(entries.ToEquatableArray(), issues.ToEquatableArray()), reportsWritten);
    }

    /// <summary>
    /// What each corpus's report reads, all but the problems: its members and their places in the spill, the file line of
    /// each paragraph, and the files it left out.
    /// </summary>
    private static List<CorpusReportSource> ReportSources(List<(string Name, List<MemberAssignment> Members, List<SeedDigest> Articles)> corpora, List<SeedDigest> digests, string? ns, string? projectDirectory) =>
        corpora.Select(corpus => new CorpusReportSource(
            corpus.Name,
            CorpusFormat.ResourceName(ns, corpus.Name),
            corpus.Members,
            corpus.Articles.Select(a => a.Stored!.Value).ToList(),
            corpus.Articles.Select(a => a.ParagraphLines).ToList(),
            digests.Where(d => d.Entry is null && d.Name.CorpusName == corpus.Name).Select(d => d.Name.Path).Distinct().OrderBy(p => p, StringComparer.Ordinal).ToList(),
            Array.Empty<PathIssue>(),
            projectDirectory)).ToList();

    /// <summary>
    /// Gives each report its files' problems (the layout's naming problems too: the generator reports those itself, so
    /// they are not in the summary) once the near duplicates and the stories are known, and hands it to the writer.
    /// </summary>
    private static void WriteReports(List<CorpusReportSource> sources, List<PathIssue> seedIssues, Task<EquatableArray<PathIssue>> nearDuplicates, Task<StoryOutput> stories, CorpusLayout layout, Action<CorpusReportSource> report)
    {
        var all = seedIssues.Concat(nearDuplicates.GetAwaiter().GetResult()).Concat(stories.GetAwaiter().GetResult().Issues).Concat(layout.Problems).ToList();
        foreach (var source in sources)
        {
            var paths = new HashSet<string>(source.Members.Select(m => m.Path).Concat(source.LeftOut), StringComparer.Ordinal);
            report(source with { Issues = all.Where(issue => paths.Contains(issue.Path)).ToList() });
        }
    }

    // The file line each paragraph starts on (through the source map: joined lines and repairs do not shift it).
    private static EquatableArray<int> ParagraphLines(ArticleModel article)
    {
        var locator = new SourceLocator(article.Text, article.Source);
        var lines = new int[article.Paragraphs.Count];
        for (var p = 0; p < lines.Length; p++)
        {
            lines[p] = locator.Position(article.Paragraphs[p].Range.Start).Line;
        }

        return lines.ToEquatableArray();
    }

    [MethodImpl(JitHints.FullyOptimized)]
    private static SeedDigest Spilled((SeedDigest Digest, ArticleBytes? Article) parsed, ArticleSpill spill) =>
        parsed.Article is { } article ? parsed.Digest with { Stored = spill.Add(article, parsed.Digest.Name.FileName) } : parsed.Digest;

    [MethodImpl(JitHints.FullyOptimized)]
    private static (SeedDigest Digest, ArticleBytes? Article) Digest(SeedSource source, bool textIndex, ISeedDigestCache? cache, ref int parsed, CancellationToken cancellationToken)
    {
        if (cache is null || source.CacheKey is not { } key)
        {
            Interlocked.Increment(ref parsed);
            return Digest(source, textIndex, cancellationToken);
        }

        // The key holds the path, but a cached digest of another path is never taken (a stale or foreign file).
        if (cache.TryLoad(key) is { } cached && cached.Digest.Name.Path == source.Path && cached.Digest.Entry is not null)
        {
            return cached;
        }

        Interlocked.Increment(ref parsed);
        var fresh = Digest(source, textIndex, cancellationToken);
        if (fresh.Digest.Entry is not null)
        {
            // Only articles: a seed left out (empty, unreadable, binary) is cheap to look at again, and may be readable next time.
            cache.Save(key, fresh.Digest, fresh.Article);
        }

        return fresh;
    }

    [MethodImpl(JitHints.FullyOptimized)]
    private static (SeedDigest Digest, ArticleBytes? Article) Digest(SeedSource source, bool textIndex, CancellationToken cancellationToken)
    {
        var seed = SeedParser.Parse(source.Read());
        var name = SeedSteps.Name(seed);
        var issues = SeedSteps.Issues(seed).ToList();
        if (seed.Article is not { } article)
        {
            return (new SeedDigest(name, null, issues, null, null, null, null), null);
        }

        var tables = new ArticleTableBuilder(article.Text);
        var table = tables.Build(article);
        var data = Encoding.UTF8.GetBytes(article.Text + tables.Extras);
        var digest = new SeedDigest(
            name,
            SeedSteps.Entry(seed),
            issues,
            SeedSteps.Fingerprint(seed),
            SeedSteps.Facts(seed, cancellationToken),
            textIndex ? ArticlePostings.Encode(ArticleTokenizer.Tokenize(seed, enabled: true)) : null,
            null,
            ParagraphLines(article));
        return (digest, new ArticleBytes(data, table));
    }
}
