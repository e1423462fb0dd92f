namespace Corpus.Generator.Analysis;

/// <summary>A name one article spells differently from the others, and the spelling the others use.</summary>
internal sealed record Misspelling(int Article, NameUse Name, string Likely, int Articles);
