using System.Collections.Generic;
using System.IO;
using System.Threading;
using Corpus.Generator.Analysis;
using Corpus.Generator.Emitting;
using Corpus.Generator.Indexing;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;
using Corpus.Generator.Parsing;

namespace Corpus.Generator.Storage;

/// <summary>The build's outcome before any resource is written: one plan per corpus, and the summary.</summary>
internal sealed record CorpusBuildPlan(IReadOnlyList<CorpusResourcePlan> Resources, CorpusSummary Summary);
