namespace Corpus.Generator.Naming;

/// <summary>One seed as the naming step sees it: which corpus, which file (and whether it parsed into an article).</summary>
internal sealed record SeedName(string CorpusName, string Path, string Id, string FileName, bool HasArticle = true);
