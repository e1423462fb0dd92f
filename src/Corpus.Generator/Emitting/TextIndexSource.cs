namespace Corpus.Generator.Emitting;

/// <summary>
/// One corpus's compiled text index, already encoded (<see cref="Indexing.TextIndexBuilder"/>): plain strings, so the
/// step that builds it is value-equal and an unchanged corpus emits nothing new.
/// </summary>
public sealed record TextIndexSource(
    string? Namespace,
    string CorpusName,
    int ArticleCount,
    int TermCount,
    int TokenCount,
    string Terms,
    string TermTable,
    string Postings)
{
    public string HintName => "Corpus." + CorpusName + ".Index.g.cs";
}
