namespace Corpus.Generator.Emitting;

/// <summary>
/// One corpus's text index, already encoded (<see cref="Indexing.TextIndexBuilder"/>) as the strings the corpus
/// resource stores (Storage/CorpusResourceWriter.cs).
/// </summary>
internal sealed record TextIndexSource(
    string? Namespace,
    string CorpusName,
    int ArticleCount,
    int TermCount,
    int TokenCount,
    string Terms,
    string TermTable,
    string Postings);
