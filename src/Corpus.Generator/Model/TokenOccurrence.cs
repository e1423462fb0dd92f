namespace Corpus.Generator.Model;

/// <summary>
/// One word of an article: its term, its ordinal (position among the article's words, for phrase adjacency),
/// its UTF-16 range in the article text, its paragraph and <see cref="Flags"/>.
/// </summary>
/// <param name="Flags">The paragraph kind and the quotation flag, as a posting's head holds them (<see cref="Storage.PostingFormat"/>).</param>
internal readonly record struct TokenOccurrence(int Term, int Ordinal, int Start, int Length, int Paragraph, int Flags);
