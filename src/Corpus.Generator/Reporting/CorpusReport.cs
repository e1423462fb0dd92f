using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;
using Corpus.Generator.Storage;

namespace Corpus.Generator.Reporting;

/// <summary>
/// Writes the report of one corpus: one self-contained HTML file (inline style, no script) showing what the build
/// extracted: a summary, then every article with its metadata, its paragraphs by kind, its quotations highlighted and
/// labelled with speaker and cue (the speakerless ones marked), and each diagnostic after the paragraph of its line.
/// </summary>
/// <remarks>
/// Streamed: the articles are read back from the build's spill one at a time (the tables first, for the summary at the
/// top, then text and table), as the runtime will see them, and written as escaped UTF-8 bytes; no second copy of the
/// corpus is held. Nothing of the machine or the time is written, so the same seeds give the same bytes.
/// </remarks>
internal static class CorpusReport
{
    // The kinds' names as the report shows them (and its style sheet's classes), indexed by their stored values.
    private static readonly string[] KindNames = Enumerable.Range(0, (int)ParagraphKind.Boilerplate + 1).Select(k => ((ParagraphKind)k).ToString().ToLowerInvariant()).ToArray();

    [MethodImpl(JitHints.FullyOptimized)]
    public static ReportCounts Write(Stream output, CorpusReportSource source, ArticleSpill spill)
    {
        var issues = IssuesByPath(source.Issues);
        var counts = Count(source, spill, issues);
        using var html = new HtmlWriter(output);
        Head(html, source, counts, issues);
        var buffer = new byte[1 << 16];
        for (var i = 0; i < source.Members.Count; i++)
        {
            var stored = source.Articles[i];
            var length = stored.DataLength + stored.TableLength;
            buffer = Room(buffer, length);
            spill.Read(stored.Offset, buffer, length);
            issues.TryGetValue(source.Members[i].Path, out var own);
            Article(html, source, i, buffer, new ArticleTable(buffer.AsSpan(stored.DataLength)), own ?? new List<PathIssue>());
        }

        LeftOut(html, source, issues);
        html.Raw("</main>\n</body>\n</html>\n");
        return counts;
    }

    private static Dictionary<string, List<PathIssue>> IssuesByPath(IReadOnlyList<PathIssue> issues)
    {
        var byPath = new Dictionary<string, List<PathIssue>>(StringComparer.Ordinal);
        foreach (var issue in issues)
        {
            if (!byPath.TryGetValue(issue.Path, out var list))
            {
                byPath.Add(issue.Path, list = new List<PathIssue>());
            }

            list.Add(issue);
        }

        // In the order of the file: line, column, then id, so the report's order never depends on the build's.
        foreach (var list in byPath.Values)
        {
            list.Sort((a, b) => Compare(a.Issue, b.Issue));
        }

        return byPath;
    }

    private static int Compare(SeedIssue a, SeedIssue b)
    {
        var byLine = a.Lines.StartLine.CompareTo(b.Lines.StartLine);
        if (byLine != 0)
        {
            return byLine;
        }

        var byColumn = a.Lines.StartColumn.CompareTo(b.Lines.StartColumn);
        return byColumn != 0 ? byColumn : string.CompareOrdinal(a.Id, b.Id);
    }

    // The first pass: the tables only (a few per cent of the text), for the summary at the top.
    [MethodImpl(JitHints.FullyOptimized)]
    private static ReportCounts Count(CorpusReportSource source, ArticleSpill spill, Dictionary<string, List<PathIssue>> issues)
    {
        int quotations = 0, withSpeaker = 0;
        var kinds = new int[KindNames.Length];
        var buffer = new byte[1 << 12];
        foreach (var stored in source.Articles)
        {
            buffer = Room(buffer, stored.TableLength);
            spill.Read(stored.Offset + stored.DataLength, buffer, stored.TableLength);
            var table = new ArticleTable(buffer);
            for (var p = 0; p < table.ParagraphCount; p++)
            {
                kinds[Math.Min((int)table.ParagraphKind(p), kinds.Length - 1)]++;
            }

            quotations += table.QuotationCount;
            for (var q = 0; q < table.QuotationCount; q++)
            {
                withSpeaker += table.QuotationSpeaker(q) >= 0 ? 1 : 0;
            }
        }

        var diagnostics = issues.Values.Sum(list => list.Count);
        return new ReportCounts(source.Members.Count, quotations, withSpeaker, kinds[0], kinds[1], kinds[2], kinds[3], diagnostics);
    }

    // A buffer for a table (and the text before it) of `length` bytes read from the spill, with the resource's tail of
    // CorpusFormat.TailBytes after it: the runtime's reader, ArticleTable, loads a field as 8 bytes from its first
    // byte, which in a resource always has more of the resource after it.
    private static byte[] Room(byte[] buffer, int length)
    {
        var needed = length + CorpusFormat.TailBytes;
        return buffer.Length >= needed ? buffer : new byte[Math.Max(needed, buffer.Length * 2)];
    }

    private static void Head(HtmlWriter html, CorpusReportSource source, ReportCounts counts, Dictionary<string, List<PathIssue>> issues)
    {
        html.Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Raw("<title>Corpus ").Text(source.CorpusName).Raw(": ").Raw(Plural(counts.Articles, "article")).Raw("</title>\n<style>\n")
            .Raw(ReportStyle.Css).Raw("</style>\n</head>\n<body>\n<header>\n<h1>Corpus <code>").Text(source.CorpusName).Raw("</code></h1>\n")
            .Raw("<p class=\"lead\">What the build extracted from the seed files of the class <code>").Text(source.CorpusName)
            .Raw("</code> (resource <code>").Text(source.ResourceName).Raw("</code>), as the runtime will read it.</p>\n")
            .Raw("<dl class=\"summary\" id=\"summary\">\n");
        Figure(html, "articles", "Articles", Number(counts.Articles), source.LeftOut.Count == 0 ? null : Number(source.LeftOut.Count) + " left out");
        Figure(html, "quotations", "Quotations", Number(counts.Quotations), null);
        Figure(html, "speakers", "With a speaker", Number(counts.WithSpeaker), counts.Quotations == 0 ? null : Percent(counts.WithSpeaker, counts.Quotations));
        Figure(html, "body", "Body paragraphs", Number(counts.Body), null);
        Figure(html, "headline", "Headlines", Number(counts.Headline), null);
        Figure(html, "caption", "Captions", Number(counts.Caption), null);
        Figure(html, "boilerplate", "Boilerplate", Number(counts.Boilerplate), null);
        Figure(html, "diagnostics", "Diagnostics", Number(counts.Diagnostics), ById(issues));
        html.Raw("</dl>\n<p class=\"legend\">Each paragraph shows its kind and the line of the seed file it starts on; ")
            .Raw("<mark class=\"q\"><span class=\"who\">speaker · cue</span>quoted words</mark> a quotation with its speaker, ")
            .Raw("<mark class=\"q none\"><span class=\"who\">no speaker</span>quoted words</mark> one without (CORPUS008); ")
            .Raw("diagnostics stand after the paragraph of their line.</p>\n</header>\n<nav>\n<h2>Articles</h2>\n<ol>\n");
        for (var i = 0; i < source.Members.Count; i++)
        {
            var member = source.Members[i];
            html.Raw("<li><a href=\"#a").Raw(Number(i)).Raw("\">").Text(member.Id).Raw("</a>");
            if (issues.TryGetValue(member.Path, out var own))
            {
                html.Raw(" <span class=\"at\">(").Raw(Plural(own.Count, "diagnostic")).Raw(")</span>");
            }

            html.Raw("</li>\n");
        }

        html.Raw("</ol>\n</nav>\n<main>\n");
    }

    private static void Figure(HtmlWriter html, string key, string label, string value, string? note)
    {
        html.Raw("<div data-figure=\"").Raw(key).Raw("\"><dt>").Raw(label).Raw("</dt><dd>").Raw(value);
        if (note is not null)
        {
            html.Raw(" <small>").Text(note).Raw("</small>");
        }

        html.Raw("</dd></div>\n");
    }

    private static string? ById(Dictionary<string, List<PathIssue>> issues)
    {
        var byId = issues.Values.SelectMany(list => list).GroupBy(p => p.Issue.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key + " × " + Number(g.Count())).ToList();
        return byId.Count == 0 ? null : string.Join(", ", byId);
    }

    [MethodImpl(JitHints.FullyOptimized)]
    private static void Article(HtmlWriter html, CorpusReportSource source, int index, byte[] data, ArticleTable table, List<PathIssue> issues)
    {
        var member = source.Members[index];
        var lines = source.ParagraphLines[index];
        html.Raw("<article id=\"a").Raw(Number(index)).Raw("\" data-id=\"").Text(member.Id).Raw("\">\n<h2>").Text(member.Id).Raw("</h2>\n<dl class=\"meta\">\n")
            .Raw("<dt>File</dt><dd class=\"path\">").Text(SeedPaths.Relative(member.Path, source.ProjectDirectory)).Raw("</dd>\n")
            .Raw("<dt>Member</dt><dd><code>").Text(source.CorpusName);
        if (source.TypedMembers)
        {
            html.Raw(".").Text(member.MemberName);
        }
        else
        {
            // No typed member past CorpusTypedMemberLimit (CORPUS025): the article is reached by its id.
            html.Raw(".Find(&quot;").Text(member.Id.Replace("\\", "\\\\").Replace("\"", "\\\"")).Raw("&quot;)");
        }

        html.Raw("</code></dd>\n");
        Meta(html, "Date", table.Date == 0 ? null : DateText(table.Date));
        MetaString(html, "Headline", data, table, table.HeadlineString);
        MetaString(html, "Dateline", data, table, table.DatelineString);
        MetaString(html, "Agency", data, table, table.AgencyString);
        html.Raw("<dt>Counts</dt><dd>").Raw(Plural(table.ParagraphCount, "paragraph")).Raw(", ").Raw(Plural(table.QuotationCount, "quotation")).Raw("</dd>\n</dl>\n");

        // Diagnostics of the whole file, or of lines before the first paragraph (the date line), come first.
        var next = 0;
        var firstLine = lines.Count > 0 ? lines[0] : int.MaxValue;
        while (next < issues.Count && (issues[next].Issue.Range.IsNone || issues[next].Issue.Lines.StartLine < firstLine))
        {
            Diagnostic(html, issues[next++]);
        }

        var q = 0;
        for (var p = 0; p < table.ParagraphCount; p++)
        {
            var kind = KindNames[Math.Min((int)table.ParagraphKind(p), KindNames.Length - 1)];
            var line = p < lines.Count ? lines[p] : -1;
            html.Raw("<div class=\"para ").Raw(kind).Raw("\"><span class=\"kind\">").Raw(kind);
            if (line >= 0)
            {
                html.Raw("<br><span class=\"line\">line ").Raw(Number(line + 1)).Raw("</span>");
            }

            html.Raw("</span><p>");
            var start = table.ParagraphUtf8Start(p);
            var length = table.ParagraphUtf8Length(p);
            var end = start + length;
            var at = start;
            while (q < table.QuotationCount && table.QuotationParagraph(q) < p)
            {
                q++;
            }

            for (; q < table.QuotationCount && table.QuotationParagraph(q) == p; q++)
            {
                var qStart = table.QuotationUtf8Start(q);
                var qLength = table.QuotationUtf8Length(q);
                if (qStart < at || qStart >= end)
                {
                    continue; // never expected; a range out of order is left unhighlighted rather than shown twice
                }

                var qEnd = Math.Min(qStart + qLength, end);
                html.TextNode(data, at, qStart - at);
                Quotation(html, data, table, q);
                html.TextNode(data, qStart, qEnd - qStart).Raw("</mark>");
                at = qEnd;
            }

            html.TextNode(data, at, end - at).Raw("</p></div>\n");
            var nextLine = p + 1 < lines.Count ? lines[p + 1] : int.MaxValue;
            while (next < issues.Count && issues[next].Issue.Lines.StartLine < nextLine)
            {
                Diagnostic(html, issues[next++]);
            }
        }

        while (next < issues.Count)
        {
            Diagnostic(html, issues[next++]);
        }

        html.Raw("</article>\n");
    }

    [MethodImpl(JitHints.FullyOptimized)]
    private static void Quotation(HtmlWriter html, byte[] data, ArticleTable table, int q)
    {
        var speaker = table.QuotationSpeaker(q);
        var cue = table.QuotationCue(q);
        var marked = table.QuotationMarked(q);
        html.Raw(speaker >= 0 ? "<mark class=\"q" : "<mark class=\"q none").Raw(marked ? "\"" : " unmarked\"");
        if (table.QuotationSpeakerAsWritten(q) is var written and >= 0)
        {
            html.Raw(" title=\"as written: ");
            StringText(html, data, table, written);
            html.Raw("\"");
        }

        html.Raw("><span class=\"who\">");
        if (speaker >= 0)
        {
            StringText(html, data, table, speaker);
        }
        else
        {
            html.Raw("no speaker");
        }

        if (cue >= 0)
        {
            html.Raw(" · ");
            StringText(html, data, table, cue);
        }

        if (!marked)
        {
            html.Raw(" · unmarked");
        }

        html.Raw("</span>");
    }

    private static void Diagnostic(HtmlWriter html, PathIssue problem)
    {
        var issue = problem.Issue;
        var described = DiagnosticCatalog.Describe(issue.Id);
        var severity = described?.Severity ?? "warning";
        html.Raw("<div class=\"diag ").Raw(severity).Raw("\" data-diagnostic=\"").Text(issue.Id).Raw("\"><span class=\"sev\">").Raw(severity).Raw("</span> <code>").Text(issue.Id).Raw("</code> ");
        if (!issue.Range.IsNone)
        {
            html.Raw("<span class=\"at\">line ").Raw(Number(issue.Lines.StartLine + 1)).Raw(", column ").Raw(Number(issue.Lines.StartColumn + 1)).Raw(":</span> ");
        }

        html.Text(described is { } d ? Format(d.Message, issue.Arguments) : string.Join(", ", issue.Arguments)).Raw("</div>\n");
    }

    private static string Format(string message, EquatableArray<string> arguments)
    {
        try
        {
            return string.Format(CultureInfo.InvariantCulture, message, arguments.Cast<object>().ToArray());
        }
        catch (FormatException)
        {
            return message + " (" + string.Join(", ", arguments) + ")";
        }
    }

    private static void LeftOut(HtmlWriter html, CorpusReportSource source, Dictionary<string, List<PathIssue>> issues)
    {
        if (source.LeftOut.Count == 0)
        {
            return;
        }

        html.Raw("<article class=\"leftout\" id=\"left-out\">\n<h2>Left out</h2>\n");
        foreach (var path in source.LeftOut)
        {
            html.Raw("<h3 class=\"path\">").Text(SeedPaths.Relative(path, source.ProjectDirectory)).Raw("</h3>\n");
            if (issues.TryGetValue(path, out var own))
            {
                foreach (var issue in own)
                {
                    Diagnostic(html, issue);
                }
            }
        }

        html.Raw("</article>\n");
    }

    private static void Meta(HtmlWriter html, string label, string? value)
    {
        if (value is not null)
        {
            html.Raw("<dt>").Raw(label).Raw("</dt><dd>").Text(value).Raw("</dd>\n");
        }
    }

    private static void MetaString(HtmlWriter html, string label, byte[] data, ArticleTable table, int s)
    {
        if (s >= 0)
        {
            html.Raw("<dt>").Raw(label).Raw("</dt><dd>");
            StringText(html, data, table, s);
            html.Raw("</dd>\n");
        }
    }

    private static void StringText(HtmlWriter html, byte[] data, ArticleTable table, int s) =>
        html.Text(data, table.StringUtf8Start(s), table.StringUtf8Length(s));

    private static string DateText(int date) =>
        string.Format(CultureInfo.InvariantCulture, "{0:0000}-{1:00}-{2:00}", ArticleTableFormat.DateYear(date), ArticleTableFormat.DateMonth(date), ArticleTableFormat.DateDay(date));

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Percent(int part, int whole) => ((int)Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture) + " %";

    /// <summary>"1 article", "2 articles".</summary>
    internal static string Plural(int n, string noun) => Formatting.CountText.Of(n, noun);
}
