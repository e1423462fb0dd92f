using Corpus.Generator.Model;
using Corpus.Generator.Naming;

namespace Corpus.Generator.Analysis;

/// <summary>What a corpus's story file holds; <paramref name="Articles"/> are the corpus's members in <c>Articles</c> order, which the file's tables refer to by position.</summary>
public sealed record StorySource(string? Namespace, string CorpusName, EquatableArray<string> Articles, EquatableArray<StoryGroupModel> Stories, EquatableArray<QuotationClusterModel> Clusters, EquatableArray<NamedEntityModel> Names)
{
    // "__" cannot start a member's hint name (members with it get a trailing underscore), so this never collides.
    public string HintName => CorpusName + ".__Stories.g.cs";
}
