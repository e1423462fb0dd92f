namespace Corpus.Generator.Analysis;

/// <summary>One paragraph of one article, by the article's member name.</summary>
internal sealed record ParagraphOccurrence(string Member, int Paragraph);
