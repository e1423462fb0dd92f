using System.Collections.Generic;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing.Languages;
using Corpus.Generator.Parsing.Normalization;
using Corpus.Generator.Parsing.Quotations;
using Corpus.Generator.Parsing.Structure;

namespace Corpus.Generator.Parsing;

/// <summary>
/// The parse stage: seed text in, <see cref="ArticleModel"/> out. Pure C#, no Roslyn types, never throws on
/// any text, and linear in the input. Each step is its own class so it can be read and tested alone.
/// </summary>
internal static class ArticleParser
{
    private const int MaxParagraphsBeforeDateline = 3;

    public static ArticleModel Parse(string id, string fileName, string source) => Parse(id, fileName, source, QuotationModels.Learned);

    /// <summary>Parses with the given quotation models (the training tool passes its own weights).</summary>
    public static ArticleModel Parse(string id, string fileName, string source, QuotationModels models) => Parse(id, fileName, source, models, languageMetadata: null);

    /// <summary>
    /// Parses with the given quotation models, in the language the seed's <c>Language</c> metadata names (null: the
    /// language detected from the text).
    /// </summary>
    public static ArticleModel Parse(string id, string fileName, string source, QuotationModels models, string? languageMetadata)
    {
        var normal = TextNormalizer.Normalize(source);
        var text = normal.Text;
        var language = ArticleLanguage.Of(text, languageMetadata);
        var issues = new IssueList(text, normal.Map);
        if (normal.MojibakeRepairs > 0)
        {
            issues.Add(DiagnosticCatalog.Mojibake, normal.FirstRepair, RepairedMojibake(normal), RepairedAs(normal, text));
        }

        TextChecks.Run(text, issues, reportMojibake: normal.MojibakeRepairs == 0);
        if (languageMetadata is not null && ArticleLanguage.Normalise(languageMetadata) is null)
        {
            issues.Add(DiagnosticCatalog.UnknownLanguage, TextRange.None, languageMetadata, fileName);
        }

        var header = DateHeader.Read(text);
        if (!header.Value.IsNone && header.Date is null)
        {
            issues.Add(DiagnosticCatalog.MalformedDate, header.Value, header.Value.Of(text));
        }

        var ranges = ParagraphSplitter.Split(text, header.BodyStart, normal.LineBreaksSplitParagraphs);
        TitleBlock.Split(text, ranges);
        var kinds = ParagraphClassifier.Classify(text, ranges, LanguageRules.For(language.Rules).CapitalisesNouns, out var words);
        var paragraphs = new List<ParagraphModel>(ranges.Count);
        for (var i = 0; i < ranges.Count; i++)
        {
            paragraphs.Add(new ParagraphModel(ranges[i], kinds[i]));
        }

        var headlineIndex = HeadlineIndex(paragraphs);
        var headline = headlineIndex >= 0 ? paragraphs[headlineIndex].Range : TextRange.None;
        var dateline = FindDateline(text, paragraphs);
        var agency = dateline.Agency.IsNone ? FindSignOffAgency(text, paragraphs) : dateline.Agency;

        var paragraphArray = paragraphs.ToEquatableArray();
        var quotations = QuotationExtractor.Extract(text, paragraphArray, models, LanguageRules.For(language.Rules), words);
        words.Release();
        foreach (var issue in quotations.Issues)
        {
            AddQuotationIssue(text, issue, issues);
        }

        foreach (var quotation in quotations.Quotations)
        {
            if (quotation.Speaker is null)
            {
                issues.Add(DiagnosticCatalog.QuotationWithoutSpeaker, quotation.Text, Shorten(quotation.Text.Of(text)));
            }
        }

        return new ArticleModel(
            id,
            fileName,
            text,
            header.Date,
            headline,
            dateline.Place,
            agency,
            paragraphArray,
            quotations.Quotations,
            quotations.Mentions,
            issues.ToEquatableArray(),
            normal.Map,
            language.Code);
    }

    /// <summary>
    /// The title: the index of a headline before any story, where only furniture and captions may come before it; -1
    /// when there is none.
    /// </summary>
    internal static int HeadlineIndex(IReadOnlyList<ParagraphModel> paragraphs)
    {
        for (var p = 0; p < paragraphs.Count; p++)
        {
            if (paragraphs[p].Kind == ParagraphKind.Headline)
            {
                return p;
            }

            if (paragraphs[p].Kind is not (ParagraphKind.Boilerplate or ParagraphKind.Caption))
            {
                break;
            }
        }

        return -1;
    }

    /// <summary>
    /// The dateline opens the first story paragraph (captions and a title may come before it), or, after a standfirst
    /// (a summary line under the title), one of the next: there only a dateline with an agency or a dash counts.
    /// </summary>
    private static DatelineParser.Result FindDateline(string text, List<ParagraphModel> paragraphs)
    {
        var bodySeen = 0;
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Kind != ParagraphKind.Body)
            {
                continue;
            }

            var found = DatelineParser.Read(text, paragraph.Range, requireMark: bodySeen > 0);
            if (!found.Place.IsNone || !found.Agency.IsNone || ++bodySeen >= MaxParagraphsBeforeDateline)
            {
                return found;
            }
        }

        return new DatelineParser.Result(TextRange.None, TextRange.None);
    }

    /// <summary>A bare agency credit among the last paragraphs (<c>AFP</c>).</summary>
    private static TextRange FindSignOffAgency(string text, List<ParagraphModel> paragraphs)
    {
        for (var i = paragraphs.Count - 1; i >= 0 && i >= paragraphs.Count - 3; i--)
        {
            var name = AgencyNames.SignOff(text, paragraphs[i].Range);
            if (!name.IsNone)
            {
                return name;
            }
        }

        return TextRange.None;
    }

    private static void AddQuotationIssue(string text, QuotationIssue issue, IssueList issues)
    {
        switch (issue.Kind)
        {
            case QuotationIssueKind.Unclosed:
                issues.Add(DiagnosticCatalog.UnbalancedQuotationMark, issue.Range, DiagnosticCatalog.QuotationNeverClosed(issue.Range.Of(text)));
                break;
            case QuotationIssueKind.UnopenedClose:
                issues.Add(DiagnosticCatalog.UnbalancedQuotationMark, issue.Range, DiagnosticCatalog.QuotationNeverOpened(issue.Range.Of(text)));
                break;
            default:
                break; // speakerless quotations are reported from the quotations themselves, once each
        }
    }

    private static string RepairedMojibake(NormalizedText normal) =>
        normal.MojibakeRepairs == 1
            ? $"'{normal.FirstRepairAsWritten}'"
            : $"The file's text ({Count(normal)} sequences, the first '{normal.FirstRepairAsWritten}')";

    private static string RepairedAs(NormalizedText normal, string text) =>
        normal.MojibakeRepairs == 1
            ? $"repaired as '{normal.FirstRepair.Of(text)}' (fix the file to silence this)"
            : $"repaired all {Count(normal)}, the first as '{normal.FirstRepair.Of(text)}' (fix the file to silence this)";

    private static string Count(NormalizedText normal) => normal.MojibakeRepairs.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Shorten(string quotation) => quotation.Length <= 60 ? quotation : quotation.Substring(0, 57) + "...";
}
