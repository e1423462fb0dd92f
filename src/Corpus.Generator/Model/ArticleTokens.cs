namespace Corpus.Generator.Model;

/// <summary>
/// One article's words for the text index the build task writes into the corpus resource.
/// <see cref="Terms"/> are the article's distinct folded terms (ordinal order); each token names its term by
/// index. Empty when the index is turned off.
/// </summary>
internal sealed record ArticleTokens(string CorpusName, string Path, EquatableArray<string> Terms, EquatableArray<TokenOccurrence> Tokens);
