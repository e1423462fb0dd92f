using System.Collections.Generic;

namespace Corpus.Generator.Storage;

/// <summary>The build's outcome before any resource is written: one plan per corpus, the summary, and what each corpus's report reads (in the order of the resources).</summary>
internal sealed record CorpusBuildPlan(IReadOnlyList<CorpusResourcePlan> Resources, CorpusSummary Summary, IReadOnlyList<Reporting.CorpusReportSource> Reports);
