using System.Collections.Generic;

namespace Corpus.Generator.Storage;

/// <summary>The build's outcome before any resource is written: one plan per corpus, and the summary.</summary>
internal sealed record CorpusBuildPlan(IReadOnlyList<CorpusResourcePlan> Resources, CorpusSummary Summary);
