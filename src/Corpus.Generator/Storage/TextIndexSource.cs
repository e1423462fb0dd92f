namespace Corpus.Generator.Storage;

/// <summary>
/// One corpus's text index, already encoded (<see cref="Indexing.TextIndexBuilder"/>) as the corpus resource stores
/// it (Storage/CorpusResourceWriter.cs). A build-task value, never a pipeline model, so its bytes are plain arrays.
/// </summary>
internal sealed record TextIndexSource(
    string? Namespace,
    string CorpusName,
    int ArticleCount,
    int TermCount,
    int TokenCount,
    byte[] Terms,
    byte[] TermTable,
    byte[] Postings);
