using Corpus.Generator.Model;

namespace Corpus.Generator.Analysis;

/// <summary>A person or organisation an article names, by its fullest name there, and the body paragraphs that mention it.</summary>
internal sealed record NameMention(string Name, EquatableArray<int> Paragraphs);
