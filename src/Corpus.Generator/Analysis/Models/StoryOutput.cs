using Corpus.Generator.Model;

namespace Corpus.Generator.Analysis;

/// <summary>The story files of every corpus and the issues to report.</summary>
internal sealed record StoryOutput(EquatableArray<StorySource> Sources, EquatableArray<PathIssue> Issues);
