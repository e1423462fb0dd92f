using Corpus.Generator.Model;

namespace Corpus.Generator.Analysis;

/// <summary>Articles that tell the same story, by member name, with the mean similarity of the links that joined them, in hundredths (27 for 0.27).</summary>
internal sealed record StoryGroupModel(EquatableArray<string> Members, int Similarity);
