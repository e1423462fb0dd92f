namespace Corpus.Generator.Model;

/// <summary>A spot the extractor recovered from, for validation to report. <see cref="Range"/> is the mark (or quotation).</summary>
internal sealed record QuotationIssue(QuotationIssueKind Kind, TextRange Range);
