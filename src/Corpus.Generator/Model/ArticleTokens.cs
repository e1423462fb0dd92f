namespace Corpus.Generator.Model;

/// <summary>
/// One article's words for the text index, computed in their own pipeline step so that editing one seed
/// re-tokenises that seed alone. <see cref="Terms"/> are the article's distinct folded terms (ordinal order);
/// each token names its term by index. Empty when the index is turned off, or when tokenising failed
/// (<see cref="Failure"/> says why, and is reported as CORPUS012).
/// </summary>
public sealed record ArticleTokens(string CorpusName, string Path, EquatableArray<string> Terms, EquatableArray<TokenOccurrence> Tokens, string? Failure = null);

/// <summary>
/// One word of an article: its term, its ordinal (position among the article's words, for phrase adjacency),
/// its UTF-16 range in the article text, its paragraph and <see cref="Flags"/>.
/// </summary>
/// <param name="Flags">The paragraph kind in bits 0–1, and bit 2 set when the word is inside a quotation.</param>
public readonly record struct TokenOccurrence(int Term, int Ordinal, int Start, int Length, int Paragraph, int Flags)
{
    public const int QuotationFlag = 4;
}
