using Corpus.Generator.Model;
using Corpus.Generator.Naming;

namespace Corpus.Generator.Emitting;

/// <summary>Everything needed to write one article's source file.</summary>
/// <param name="ResourceName">The manifest resource that holds the text (CorpusStorage=Resource), or null to compile it as a literal.</param>
public sealed record ArticleSource(string? Namespace, string CorpusName, string MemberName, ArticleModel Article, string? ResourceName = null)
{
    public string HintName => CorpusName + "." + MemberName + ".g.cs";
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
