using Corpus.Generator.Model;

namespace Corpus.Generator.Analysis;

/// <summary>The story tables of one corpus, as the build task writes them into the corpus resource; <paramref name="Articles"/> are the corpus's members in <c>Articles</c> order, which the file's tables refer to by position.</summary>
internal sealed record StorySource(string? Namespace, string CorpusName, EquatableArray<string> Articles, EquatableArray<StoryGroupModel> Stories, EquatableArray<QuotationClusterModel> Clusters, EquatableArray<NamedEntityModel> Names);
