namespace Corpus.Generator.Model;

/// <summary>
/// One article's words for the text index, computed in their own pipeline step so that editing one seed
/// re-tokenises that seed alone. <see cref="Terms"/> are the article's distinct folded terms (ordinal order);
/// each token names its term by index. Empty when the index is turned off, or when tokenising failed
/// (<see cref="Failure"/> says why, and is reported as CORPUS012).
/// </summary>
public sealed record ArticleTokens(string CorpusName, string Path, EquatableArray<string> Terms, EquatableArray<TokenOccurrence> Tokens, string? Failure = null);
