namespace Corpus.Generator.Model;

/// <summary>
/// Everything the parse stage learns about one seed. Pure data: no Roslyn types, value-equal.
/// Every range indexes <see cref="Text"/>, the seed's text after normalisation; <see cref="Source"/> maps it
/// back to the file. <see cref="Language"/> is the ISO 639-1 code of its language (item metadata, else detected).
/// <see cref="Mentions"/> are the names the parse found, in text order, recorded once for the stages after it.
/// </summary>
internal sealed record ArticleModel(
    string Id,
    string FileName,
    string Text,
    SeedDate? Date,
    TextRange Headline,
    TextRange Dateline,
    TextRange Agency,
    EquatableArray<ParagraphModel> Paragraphs,
    EquatableArray<QuotationModel> Quotations,
    EquatableArray<MentionModel> Mentions,
    EquatableArray<SeedIssue> Issues,
    SourceMap Source,
    string Language = "en");
