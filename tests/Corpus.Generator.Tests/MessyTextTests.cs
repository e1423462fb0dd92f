using System.Linq;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The forms text really arrives in (hard-wrapped, one paragraph a line, double-encoded): the parser reads them like
/// the clean file, and every diagnostic still points at the file as written.
/// </summary>
public class MessyTextTests
{
    // A story of our own, wrapped at 60 columns as a plain-text archive would keep it.
    private const string Wrapped =
        "Harbour council approves new ferry timetable after months of\n" +
        "complaints\n" +
        "\n" +
        "PORTSMOUTH (AP) — The harbour council on Monday approved a\n" +
        "timetable that adds two evening crossings, ending a dispute\n" +
        "with commuters that had run since the spring.\n" +
        "\n" +
        "“We listened, and we changed it,” said Ruth Calder, who chairs\n" +
        "the council's transport committee.";

    [Fact]
    public void Hard_wrapped_lines_are_joined_into_their_paragraphs()
    {
        var article = ArticleParser.Parse("a", "a.txt", Wrapped);

        Assert.Equal(3, article.Paragraphs.Count);
        Assert.Equal("Harbour council approves new ferry timetable after months of complaints", article.Headline.Of(article.Text));
        Assert.Equal("PORTSMOUTH", article.Dateline.Of(article.Text));
        Assert.Equal("AP", article.Agency.Of(article.Text));
        Assert.DoesNotContain('\n', article.Paragraphs[1].Range.Of(article.Text));
        var quotation = Assert.Single(article.Quotations);
        Assert.Equal("Ruth Calder", quotation.Speaker);
    }

    [Fact]
    public void Short_lines_of_the_writer_are_not_joined()
    {
        const string text = "Title of a list\n\nApples\nPears\nPlums\n\nThe market opened early on Saturday.";
        var article = ArticleParser.Parse("a", "a.txt", text);

        Assert.Equal(text, article.Text);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void A_diagnostic_after_joined_lines_keeps_its_line_and_column_in_the_file(string newline)
    {
        var text = Wrapped.Replace("\n", newline, System.StringComparison.Ordinal).Replace("ending a dispute", "ending a\0dispute", System.StringComparison.Ordinal);
        var article = ArticleParser.Parse("a", "a.txt", text);

        var issue = Assert.Single(article.Issues, i => i.Id == DiagnosticCatalog.InvalidText);
        Assert.Equal(new LineSpan(4, 51, 4, 52), issue.Lines);
        Assert.Equal(text.IndexOf('\0', System.StringComparison.Ordinal), issue.Range.Start);
    }

    [Fact]
    public void A_file_without_blank_lines_has_a_paragraph_per_line()
    {
        const string text = " date 2024-03-02 \n\nCouncil votes to keep the library open\nDOVER (Reuters) - The council voted on Friday to keep the town library open.\nThe vote was 7 to 2.\n(Reporting by Ann Lee; Editing by Tom Ford)";
        var article = ArticleParser.Parse("a", "a.txt", text);

        Assert.Equal(4, article.Paragraphs.Count);
        Assert.Equal(Model.ParagraphKind.Headline, article.Paragraphs[0].Kind);
        Assert.Equal("DOVER", article.Dateline.Of(article.Text));
        Assert.Equal(Model.ParagraphKind.Body, article.Paragraphs[2].Kind);
    }

    [Fact]
    public void After_the_title_long_lines_with_single_breaks_are_paragraphs()
    {
        const string text = "Council votes to keep the library open\n\n"
            + "DOVER (Reuters) - The council voted on Friday to keep the town library open for at least another three years, after a long campaign.\n"
            + "Opponents had argued that the building needs repairs the town cannot pay for, and that a mobile library would serve more people.\n"
            + "The vote was 7 to 2.";
        var article = ArticleParser.Parse("a", "a.txt", text);

        Assert.Equal(4, article.Paragraphs.Count);
        Assert.StartsWith("Opponents", article.Paragraphs[2].Range.Of(article.Text), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_consistently_double_encoded_file_is_repaired_and_reported_once_with_a_count()
    {
        var clean = "The mayor\u2019s plan.\n\n\u201CIt is a caf\u00E9 for everyone,\u201D the mayor said \u2014 and left.";
        var broken = DoubleEncode(clean) + "\0";
        var article = ArticleParser.Parse("a", "a.txt", broken);

        Assert.Equal(clean + "\0", article.Text);
        var mojibake = Assert.Single(article.Issues, i => i.Id == DiagnosticCatalog.Mojibake);
        Assert.Contains("5 sequences", mojibake.Arguments[0], System.StringComparison.Ordinal);
        Assert.Equal(new LineSpan(0, 9, 0, 12), mojibake.Lines); // the first run, as the file spells it
        var nul = Assert.Single(article.Issues, i => i.Id == DiagnosticCatalog.InvalidText);
        Assert.Equal(new LineSpan(2, broken.Length - broken.LastIndexOf('\n') - 2, 2, broken.Length - broken.LastIndexOf('\n') - 1), nul.Lines);
    }

    [Fact]
    public void A_clean_title_above_a_double_encoded_body_does_not_stop_the_repair()
    {
        var title = "The mayor\u2019s \u2018quiet\u2019 plan";
        var body = "She said the caf\u00E9 will stay open \u2014 for now.";
        var article = ArticleParser.Parse("a", "a.txt", title + "\n\n" + DoubleEncode(body));

        Assert.Equal(title + "\n\n" + body, article.Text);
        Assert.Single(article.Issues, i => i.Id == DiagnosticCatalog.Mojibake);
    }

    [Fact]
    public void Genuine_accents_beside_one_broken_sequence_are_left_as_written()
    {
        const string text = "Le caf\u00E9 de la gare, d\u00E9j\u00E0 ferm\u00E9, rouvre; the owner\u00E2\u20AC\u2122s son runs it.";
        var article = ArticleParser.Parse("a", "a.txt", text);

        Assert.Equal(text, article.Text);
        Assert.Single(article.Issues, i => i.Id == DiagnosticCatalog.Mojibake);
    }

    [Fact]
    public void Straight_quotes_are_paired_like_curly_ones()
    {
        var curly = ArticleParser.Parse("a", "a.txt", "Story.\n\n\u201CWe will build it,\u201D the engineer Mara Holt said.");
        var straight = ArticleParser.Parse("a", "a.txt", "Story.\n\n\"We will build it,\" the engineer Mara Holt said.");

        Assert.Equal(curly.Quotations.Select(q => q.Text.Of(curly.Text)), straight.Quotations.Select(q => q.Text.Of(straight.Text)));
        Assert.Equal(curly.Quotations.Select(q => q.Speaker), straight.Quotations.Select(q => q.Speaker));
    }

    /// <summary>
    /// Whatever the normaliser joined or repaired, each issue's line and column are those of its range in the file
    /// (checked against a line index of the file itself), and the range holds what the issue is about.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Every_issue_lands_where_the_file_has_it(int seed)
    {
        var random = new System.Random(seed);
        string[] pieces = { "the ", "council ", "said ", "\u201C", "\u201D", "\0", "\uFFFD", "caf\u00E9 ", "\u2019s ", "\u2014 " };
        for (var round = 0; round < 20; round++)
        {
            var words = new System.Text.StringBuilder();
            for (var k = 0; k < 400; k++)
            {
                words.Append(pieces[random.Next(pieces.Length)]);
            }

            var clean = "Title of the test story\n\n" + string.Join("\n\n", Wrap(words.ToString(), 64).Chunk(5).Select(lines => string.Join("\n", lines)));
            var forms = new[] { clean, clean.Replace("\n", "\r\n", System.StringComparison.Ordinal), DoubleEncode(clean), DoubleEncode(clean).Replace("\n", "\r\n", System.StringComparison.Ordinal) };
            foreach (var source in forms)
            {
                var article = ArticleParser.Parse("a", "a.txt", source);
                var lines = new LineIndex(source);
                foreach (var issue in article.Issues.Where(i => !i.Range.IsNone))
                {
                    Assert.Equal(lines.Span(issue.Range), issue.Lines);
                    if (issue.Id == DiagnosticCatalog.InvalidText)
                    {
                        Assert.True(issue.Range.Of(source) is "\0" or "\uFFFD" or "\u00EF\u00BF\u00BD", issue.Range.Of(source)); // the last: U+FFFD double-encoded, repaired
                    }
                    else if (issue.Id == DiagnosticCatalog.UnbalancedQuotationMark)
                    {
                        Assert.True(issue.Range.Of(source) is "\u201C" or "\u201D" or "\u00E2\u20AC\u0153" or "\u00E2\u20AC\u009D", issue.Range.Of(source));
                    }
                }
            }
        }
    }

    private static System.Collections.Generic.List<string> Wrap(string text, int width)
    {
        var lines = new System.Collections.Generic.List<string>();
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split(' ', System.StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        lines.Add(line.ToString());
        return lines;
    }

    /// <summary>UTF-8 bytes read back as Windows-1252, as the broken export did.</summary>
    private static string DoubleEncode(string text)
    {
        var windows1252 = CodePages.Windows1252;
        return new string(System.Text.Encoding.UTF8.GetBytes(text).Select(b => windows1252(b)).ToArray());
    }

    private static class CodePages
    {
        private static readonly string High = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

        public static char Windows1252(byte b) => b is >= 0x80 and <= 0x9F ? High[b - 0x80] : (char)b;
    }
}
