using Corpus.Generator.Model;
using Corpus.Generator.Naming;

namespace Corpus.Generator.Analysis;

/// <summary>The same quotation reported by several articles, with the mean similarity of the links that joined them.</summary>
internal sealed record QuotationClusterModel(EquatableArray<QuotationOccurrence> Occurrences, string Similarity);
