using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing.Quotations;

/// <summary>The quotations of an article and the spots where its marks were broken.</summary>
internal sealed record QuotationResult(EquatableArray<QuotationModel> Quotations, EquatableArray<QuotationIssue> Issues);
