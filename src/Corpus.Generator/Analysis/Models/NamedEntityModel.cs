using Corpus.Generator.Model;

namespace Corpus.Generator.Analysis;

/// <summary>A person or organisation named in the corpus, with every paragraph that mentions them.</summary>
internal sealed record NamedEntityModel(string Name, EquatableArray<ParagraphOccurrence> Mentions);
