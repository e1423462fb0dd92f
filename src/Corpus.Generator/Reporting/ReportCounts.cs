namespace Corpus.Generator.Reporting;

/// <summary>What a corpus report counted; the build's summary line prints the articles, quotations and speakers.</summary>
internal sealed record ReportCounts(int Articles, int Quotations, int WithSpeaker, int Body, int Headline, int Caption, int Boilerplate, int Diagnostics);
