using System;
using System.Linq;
using System.Text.RegularExpressions;
using Corpus.Generator.Reporting;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The HTML report the build task writes beside each corpus resource: every article with its metadata, paragraph
/// kinds, quotations with speaker and cue (the speakerless marked), each diagnostic after the paragraph of its line,
/// a summary at the top; article text always stays text.
/// </summary>
public class ReportTests
{
    internal static readonly TestSeed[] Seeds =
    {
        new("/p/seeds/wire.txt", " date 2024-03-01\n\nBridge reopens after repairs\n\nLONDON (Reuters) - The bridge reopened on Monday.\n\n“We are glad it is over,” Mayor Jane Roe said.\n"),
        new("/p/seeds/broken.txt", " date 2023-13-45 \n\nBEIJING (AP) — Officials said “talks will go on.\n\nThe talks resume on Monday.\n"),
        new("/p/seeds/vague.txt", "The talks were “sincere and useful” and will go on.\n\nNo date was set.\n"),
        new("/p/seeds/hostile.txt", "<script>document.title='owned'</script> <img src=x onerror=\"document.title='owned'\">\n\n“It's <b>fine</b> & safe,” said Jane \"Quote\" Roe.\n"),
        new("/p/seeds/empty.txt", "   \n"),
    };

    [Fact]
    public void The_summary_counts_articles_quotations_speakers_and_paragraph_kinds()
    {
        var (_, html, counts) = GeneratorHarness.Reports(Seeds).Single();

        Assert.Equal(4, counts.Articles);
        Assert.Equal(counts.Body + counts.Headline + counts.Caption + counts.Boilerplate, Regex.Count(html, "<div class=\"para "));
        Assert.Equal(counts.Quotations, Regex.Count(html, "<mark class=\"q[ \"]") - 2); // the legend shows two samples
        Assert.Equal(counts.WithSpeaker, Regex.Count(html, "<mark class=\"q\"") - 1);
        Assert.True(counts.Quotations > counts.WithSpeaker && counts.WithSpeaker > 0, counts.ToString());
        Assert.Contains($"<div data-figure=\"articles\"><dt>Articles</dt><dd>4 <small>1 left out</small></dd></div>", html, StringComparison.Ordinal);
        Assert.Contains($"<dd>{counts.Quotations}</dd>", html, StringComparison.Ordinal);
        Assert.Equal(
            $"Corpus Seeds: 4 articles, {counts.Quotations} quotations, {counts.WithSpeaker} with a speaker; report: obj/Debug/net10.0/corpus/Seeds.html",
            ReportLine.Of("Seeds", counts, "obj/Debug/net10.0/corpus/Seeds.html"));
    }

    [Fact]
    public void Each_article_shows_its_metadata_paragraph_kinds_and_labelled_quotations()
    {
        var html = GeneratorHarness.Reports(Seeds).Single().Html;
        var wire = Article(html, "wire");

        Assert.Contains("<dt>File</dt><dd class=\"path\">seeds/wire.txt</dd>", wire, StringComparison.Ordinal);
        Assert.Contains("<dt>Member</dt><dd><code>Seeds.wire</code></dd>", wire, StringComparison.Ordinal);
        Assert.Contains("<dt>Date</dt><dd>2024-03-01</dd>", wire, StringComparison.Ordinal);
        Assert.Contains("<dt>Headline</dt><dd>Bridge reopens after repairs</dd>", wire, StringComparison.Ordinal);
        Assert.Contains("<dt>Dateline</dt><dd>LONDON</dd>", wire, StringComparison.Ordinal);
        Assert.Contains("<dt>Agency</dt><dd>Reuters</dd>", wire, StringComparison.Ordinal);
        Assert.Contains("<div class=\"para headline\"><span class=\"kind\">headline<br><span class=\"line\">line 3</span></span><p>Bridge reopens after repairs</p></div>", wire, StringComparison.Ordinal);
        Assert.Contains("<span class=\"who\">Jane Roe · said</span>We are glad it is over,</mark>", wire, StringComparison.Ordinal);

        // A quotation without a speaker is marked as such, and its CORPUS008 stands after its paragraph.
        var vague = Article(html, "vague");
        Assert.Matches("<mark class=\"q none\"><span class=\"who\">no speaker</span>sincere and useful</mark>.*</p></div>\n<div class=\"diag info\" data-diagnostic=\"CORPUS008\">", vague);
    }

    [Fact]
    public void A_corpus_past_the_typed_member_limit_shows_Find_instead_of_a_member()
    {
        var wire = Article(GeneratorHarness.Reports(Seeds, typedMembers: false).Single().Html, "wire");

        Assert.Contains("<dt>Member</dt><dd><code>Seeds.Find(&quot;wire&quot;)</code></dd>", wire, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_diagnostic_stands_after_the_paragraph_of_its_line_with_its_message()
    {
        var broken = Article(GeneratorHarness.Reports(Seeds).Single().Html, "broken");

        // The date line comes before any paragraph: its CORPUS004 opens the article.
        var date = broken.IndexOf("<div class=\"diag warning\" data-diagnostic=\"CORPUS004\"><span class=\"sev\">warning</span> <code>CORPUS004</code> <span class=\"at\">line 1, column 7:</span> Date header &#39;2023-13-45&#39; is not a valid date", StringComparison.Ordinal);
        var unclosed = broken.IndexOf("data-diagnostic=\"CORPUS005\"", StringComparison.Ordinal);
        var first = broken.IndexOf("<div class=\"para", StringComparison.Ordinal);
        var second = broken.IndexOf("The talks resume on Monday.", StringComparison.Ordinal);
        Assert.True(date >= 0 && date < first, broken);
        Assert.True(unclosed > first && unclosed < second, broken);
        Assert.Contains("line 3, column 31:", broken[unclosed..], StringComparison.Ordinal);
    }

    [Fact]
    public void In_a_hard_wrapped_file_a_diagnostic_follows_the_paragraph_of_its_file_line()
    {
        // Joined lines make one paragraph of three file lines: the paragraph's line and the diagnostic's are the file's.
        var wrapped = string.Join("\n", Enumerable.Repeat("The committee met again on Tuesday to discuss the budget for the coming year and", 3))
            + "\nthe plan.\n\nThen a member said “it is not over and it never will be,\nwhatever the others say in the meeting of the whole council.\n\nThe end came late.\n";
        var html = Article(GeneratorHarness.Reports(new[] { new TestSeed("/p/seeds/wrapped.txt", wrapped) }).Single().Html, "wrapped");

        var paragraphs = Regex.Matches(html, "<span class=\"line\">line (\\d+)</span>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(new[] { "1", "6", "9" }, paragraphs);
        var diagnostic = html.IndexOf("data-diagnostic=\"CORPUS005\"", StringComparison.Ordinal);
        Assert.True(diagnostic > html.IndexOf("line 6</span>", StringComparison.Ordinal) && diagnostic < html.IndexOf("line 9</span>", StringComparison.Ordinal), html);
        Assert.Contains("line 6, column", html[diagnostic..], StringComparison.Ordinal);
    }

    [Fact]
    public void Article_text_that_looks_like_markup_stays_text()
    {
        var html = GeneratorHarness.Reports(Seeds).Single().Html;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        // In a paragraph (a text node) the three characters that open markup or an entity are escaped; quotation marks stay.
        Assert.Contains("&lt;script&gt;document.title='owned'&lt;/script&gt; &lt;img src=x onerror=\"document.title='owned'\"&gt;", html, StringComparison.Ordinal);
        Assert.Contains("It's &lt;b&gt;fine&lt;/b&gt; &amp; safe,", html, StringComparison.Ordinal);

        // In an attribute, quotation marks are escaped too: a speaker as written cannot end the title early.
        Assert.DoesNotMatch("title=\"[^\"]*\"[^ >]", html);
    }

    [Fact]
    public void A_file_left_out_is_listed_with_its_diagnostic()
    {
        var html = GeneratorHarness.Reports(Seeds).Single().Html;
        var leftOut = html[html.IndexOf("<article class=\"leftout\"", StringComparison.Ordinal)..];

        Assert.Contains("<h3 class=\"path\">seeds/empty.txt</h3>\n<div class=\"diag warning\" data-diagnostic=\"CORPUS001\">", leftOut, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_seeds_in_any_order_give_the_same_report()
    {
        var forward = GeneratorHarness.Reports(Seeds).Single().Html;
        var backward = GeneratorHarness.Reports(Seeds.Reverse()).Single().Html;

        Assert.Equal(forward, backward);
    }

    [Fact]
    public void The_report_is_self_contained()
    {
        var html = GeneratorHarness.Reports(Seeds).Single().Html;

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("(src|href)=\"(?!#)", html); // only links within the page
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
    }

    /// <summary>One article's part of the report, by its id.</summary>
    internal static string Article(string html, string id)
    {
        var start = html.IndexOf("<article id=\"a", StringComparison.Ordinal);
        var marker = $"data-id=\"{id}\">";
        var at = html.IndexOf(marker, start, StringComparison.Ordinal);
        Assert.True(at >= 0, "no article " + id);
        var open = html.LastIndexOf("<article", at, StringComparison.Ordinal);
        return html[open..(html.IndexOf("</article>", at, StringComparison.Ordinal) + 10)];
    }
}
