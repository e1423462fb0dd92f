namespace Corpus.Generator.Analysis;

/// <summary>A pair of sets (by index) and their exact Jaccard similarity.</summary>
internal readonly record struct SimilarPair(int First, int Second, double Similarity);
