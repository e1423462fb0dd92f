using System.Collections.Generic;

namespace Corpus.Generator.Storage;

/// <summary>What a build of the seeds makes: one resource per corpus, and the summary the generator reads instead of the seeds.</summary>
internal sealed record CorpusBuildResult(IReadOnlyList<CorpusResource> Resources, CorpusSummary Summary);
