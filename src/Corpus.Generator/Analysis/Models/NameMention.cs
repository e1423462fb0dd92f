using Corpus.Generator.Model;
using Corpus.Generator.Parsing;
using Corpus.Generator.Parsing.Quotations;

namespace Corpus.Generator.Analysis;

/// <summary>A person or organisation an article names, by its fullest name there, and the body paragraphs that mention it.</summary>
internal sealed record NameMention(string Name, EquatableArray<int> Paragraphs);
