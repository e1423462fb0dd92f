using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing.Quotations;

/// <summary>The quotations of an article, the names it gives (the mentions its speakers' names were taken from), and the spots where its marks were broken.</summary>
internal sealed record QuotationResult(EquatableArray<QuotationModel> Quotations, EquatableArray<MentionModel> Mentions, EquatableArray<QuotationIssue> Issues);
