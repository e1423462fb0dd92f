using System.Globalization;

namespace Corpus.Generator.Reporting;

/// <summary>The one line a build prints per corpus: its counts and where its report is.</summary>
internal static class ReportLine
{
    /// <summary><c>Corpus News: 9 articles, 24 quotations, 19 with a speaker; report: obj/Debug/net10.0/corpus/News.html</c></summary>
    public static string Of(string corpusName, ReportCounts counts, string reportPath) =>
        string.Format(
            CultureInfo.InvariantCulture,
            "Corpus {0}: {1}, {2}, {3} with a speaker; report: {4}",
            corpusName,
            CorpusReport.Plural(counts.Articles, "article"),
            CorpusReport.Plural(counts.Quotations, "quotation"),
            counts.WithSpeaker,
            reportPath);
}
