using Corpus.Generator.Model;
using Corpus.Generator.Naming;

namespace Corpus.Generator.Emitting;

/// <summary>Everything needed to write one article's source file.</summary>
/// <param name="ResourceName">The manifest resource that holds the text (CorpusStorage=Resource), or null to compile it as a literal.</param>
/// <param name="Id">The article id, unique in its corpus (<see cref="MemberAssignment.Id"/>); null: the file name's.</param>
/// <param name="HintStem">The file's name stem, unique ignoring case (<see cref="HintNames"/>); null: the member name.</param>
public sealed record ArticleSource(string? Namespace, string CorpusName, string MemberName, ArticleModel Article, string? ResourceName = null, string? Id = null, string? HintStem = null)
{
    public string HintName => CorpusName + "." + (HintStem ?? MemberName) + ".g.cs";

    /// <summary>The id the article answers to at run time.</summary>
    public string ArticleId => Id ?? Article.Id;
}

/// <summary>Everything needed to write one corpus's index file.</summary>
public sealed record CorpusIndexSource(string? Namespace, string CorpusName, EquatableArray<MemberAssignment> Members)
{
    public string HintName => CorpusName + ".g.cs";
}

/// <summary>Everything needed to write one corpus's test fixtures file.</summary>
public sealed record CorpusFixturesSource(string? Namespace, string CorpusName, XunitVersion Xunit, bool RowLabels = false)
{
    public string HintName => CorpusName + ".__Fixtures.g.cs"; // "__" never starts a member name, so no seed can collide
}
