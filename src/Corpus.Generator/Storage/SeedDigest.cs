using System.Collections.Generic;
using Corpus.Generator.Analysis;
using Corpus.Generator.Indexing;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;

namespace Corpus.Generator.Storage;

/// <summary>
/// What the corpus-wide steps of a build need of one parsed seed, so the seed's text and model can be dropped as soon
/// as it is parsed: its name, summary entry, issues, near-duplicate signature, story facts, its share of the text index
/// (only when the index is on), where its encoded article went (<see cref="ArticleSpill"/>), and the file line each
/// paragraph starts on (the report places each diagnostic after the paragraph of its line: <see cref="Reporting.CorpusReport"/>).
/// </summary>
internal sealed record SeedDigest(
    SeedName Name,
    SeedEntry? Entry,
    IReadOnlyList<PathIssue> Issues,
    ArticleFingerprint? Fingerprint,
    StoryFacts? Facts,
    ArticlePostings? Postings,
    SpilledArticle? Stored,
    EquatableArray<int> ParagraphLines = default);
