namespace Corpus.Generator.Model;

/// <summary>
/// One word of an article: its term, its ordinal (position among the article's words, for phrase adjacency),
/// its UTF-16 range in the article text, its paragraph and <see cref="Flags"/>.
/// </summary>
/// <param name="Flags">The paragraph kind in bits 0–1, and bit 2 set when the word is inside a quotation.</param>
internal readonly record struct TokenOccurrence(int Term, int Ordinal, int Start, int Length, int Paragraph, int Flags)
{
    public const int QuotationFlag = 4;
}
