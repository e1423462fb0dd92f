using Corpus.Generator.Model;

namespace Corpus.Generator.Analysis;

/// <summary>The same quotation reported by several articles, with the mean similarity of the links that joined them, in hundredths (27 for 0.27).</summary>
internal sealed record QuotationClusterModel(EquatableArray<QuotationOccurrence> Occurrences, int Similarity);
