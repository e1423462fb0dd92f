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

/// <summary>What a build of the seeds makes: one resource per corpus, and the summary the generator reads instead of the seeds.</summary>
internal sealed record CorpusBuildResult(IReadOnlyList<CorpusResource> Resources, CorpusSummary Summary);
