using System.IO;
using System.Threading;
using Corpus.Generator.Analysis;
using Corpus.Generator.Emitting;
using Corpus.Generator.Indexing;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;
using Corpus.Generator.Parsing;

namespace Corpus.Generator.Storage;

/// <summary>One corpus resource: its manifest resource name and bytes.</summary>
internal sealed record CorpusResource(string CorpusName, string ResourceName, byte[] Bytes);
