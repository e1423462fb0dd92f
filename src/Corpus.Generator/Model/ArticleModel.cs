namespace Corpus.Generator.Model;

/// <summary>
/// Everything the parse stage learns about one seed. Pure data: no Roslyn types, value-equal.
/// Every range indexes <see cref="Text"/>, the seed's text after normalisation; <see cref="Source"/> maps it
/// back to the file.
/// </summary>
public sealed record ArticleModel(
    string Id,
    string FileName,
    string Text,
    SeedDate? Date,
    TextRange Headline,
    TextRange Dateline,
    TextRange Agency,
    EquatableArray<ParagraphModel> Paragraphs,
    EquatableArray<QuotationModel> Quotations,
    EquatableArray<SeedIssue> Issues,
    SourceMap Source);

/// <summary>A calendar date from a seed's <c>date yyyy-mm-dd</c> header.</summary>
public readonly record struct SeedDate(int Year, int Month, int Day)
{
    /// <summary>The date packed as (year &lt;&lt; 9) | (month &lt;&lt; 5) | day, the form stored in article tables (fits 24 bits).</summary>
    public int ToNumber() => (Year << 9) | (Month << 5) | Day;

    public override string ToString() => $"{Year:D4}-{Month:D2}-{Day:D2}";
}
