namespace Corpus.Generator.Naming;

/// <summary>The generated member for one seed.</summary>
/// <param name="Id">The article id, unique in its corpus: the file name without extension, or its path relative to the project (<c>sport/update</c>) when two files share that name.</param>
internal sealed record MemberAssignment(string CorpusName, string Path, string Id, string MemberName);
