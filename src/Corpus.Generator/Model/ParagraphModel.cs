namespace Corpus.Generator.Model;

/// <summary>One paragraph of an article: its range in the article text (trimmed) and its kind.</summary>
internal sealed record ParagraphModel(TextRange Range, ParagraphKind Kind);
