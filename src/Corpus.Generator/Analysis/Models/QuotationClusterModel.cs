using Corpus.Generator.Model;

namespace Corpus.Generator.Analysis;

/// <summary>The same quotation reported by several articles, with the mean similarity of the links that joined them.</summary>
internal sealed record QuotationClusterModel(EquatableArray<QuotationOccurrence> Occurrences, string Similarity);
