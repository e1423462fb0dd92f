using Corpus.Generator.Model;

namespace Corpus.Generator.Naming;

/// <summary>The generated member for one seed.</summary>
/// <param name="Id">The article id, unique in its corpus: the file name without extension, or its path relative to the project (<c>sport/update</c>) when two files share that name.</param>
/// <param name="HintStem">The article's generated file name stem, unique ignoring case (<see cref="HintNames"/>).</param>
public sealed record MemberAssignment(string CorpusName, string Path, string Id, string MemberName, bool InLookup, string HintStem = "")
{
    public string HintName => CorpusName + "." + (HintStem.Length == 0 ? MemberName : HintStem) + ".g.cs";
}
