namespace Corpus.Generator.Storage;

/// <summary>One corpus resource: its manifest resource name and bytes.</summary>
internal sealed record CorpusResource(string CorpusName, string ResourceName, byte[] Bytes);
