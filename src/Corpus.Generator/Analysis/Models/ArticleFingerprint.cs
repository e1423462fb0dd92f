using Corpus.Generator.Model;

namespace Corpus.Generator.Analysis;

/// <summary>One article's fingerprint, as the corpus-wide similarity step sees it.</summary>
internal sealed record ArticleFingerprint(string CorpusName, string Path, string Id, EquatableArray<uint> Signature);
