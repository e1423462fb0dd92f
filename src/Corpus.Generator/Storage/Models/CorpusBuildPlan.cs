using System.Collections.Generic;
using System.Threading.Tasks;

namespace Corpus.Generator.Storage;

/// <summary>The build's outcome before any resource is written: one plan per corpus, the summary, and the reports being written (done when the task ends; nothing when no report was asked for).</summary>
internal sealed record CorpusBuildPlan(IReadOnlyList<CorpusResourcePlan> Resources, CorpusSummary Summary, Task ReportsWritten);
