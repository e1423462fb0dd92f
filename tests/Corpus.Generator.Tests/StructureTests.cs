using System.Linq;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing;
using Xunit;

namespace Corpus.Generator.Tests;

using ParagraphKind = Corpus.Generator.Model.ParagraphKind;

/// <summary>
/// Article structure from sentences of our own, one test per form of news writing the parser reads: datelines and
/// credits, subheads, links, credits and other page furniture, date headers in their common forms.
/// </summary>
public class StructureTests
{
    [Theory]
    [InlineData("LONDON (Reuters) - Shares fell on Monday.", "LONDON", "Reuters")]
    [InlineData("JAKARTA, Indonesia/SINGAPORE (Reuters) - Haze closed two airports.", "JAKARTA, Indonesia/SINGAPORE", "Reuters")]
    [InlineData("(CNN) -- A cold front will reach the coast by Friday.", null, "CNN")]
    [InlineData("BOISE, Idaho — The legislature adjourned early.", "BOISE, Idaho", null)]
    [InlineData("TALLAHASSEE, Fla. (AP) — Lawmakers passed the budget.", "TALLAHASSEE, Fla.", "AP")]
    [InlineData("LEEDS, England (AP) — The club sacked its manager.", "LEEDS, England", "AP")]
    [InlineData("ST. PAUL, Minn. -- Snow closed schools.", "ST. PAUL, Minn.", null)]
    [InlineData("BEIJING U.S. officials arrived on Monday.", "BEIJING", null)]
    [InlineData("OSLO, May 3 (Reuters) - Norway raised rates.", "OSLO", "Reuters")]
    [InlineData("GENEVA—Delegates left without a deal.", "GENEVA", null)]
    [InlineData("DENVER -- The city opened a new shelter.", "DENVER", null)]
    [InlineData("BERLIN (dpa) - Trains stood still.", "BERLIN", "dpa")]
    [InlineData("MADRID (EFE) - Farmers blocked roads.", "MADRID", "EFE")]
    [InlineData("BEIJING (Xinhua) -- Exports rose.", "BEIJING", "Xinhua")]
    [InlineData("NEW DELHI (PTI) - The court adjourned.", "NEW DELHI", "PTI")]
    [InlineData("SEOUL, Dec. 4 (Yonhap) -- Exports rose.", "SEOUL", "Yonhap")]
    [InlineData("TOKYO (Kyodo) -- The yen slid.", "TOKYO", "Kyodo")]
    [InlineData("NEW YORK (CNNMoney) -- Stocks rallied.", "NEW YORK", "CNNMoney")]
    [InlineData("Washington (CNN)The Senate passed the bill.", "Washington", "CNN")]
    [InlineData("WASHINGTON, D.C. (AP) — The Senate passed the bill.", "WASHINGTON, D.C.", "AP")]
    [InlineData("DENVER police said the road reopened.", null, null)]
    [InlineData("LONDON (pictured)Nothing here.", null, null)]
    [InlineData("NATO ministers met in Brussels — again.", null, null)]
    public void Datelines_in_the_common_wire_forms(string paragraph, string? place, string? agency)
    {
        var article = ArticleParser.Parse("a", "a.txt", "Headline of the story here\n\n" + paragraph + "\n\nMore of the story follows here.");

        Assert.Equal(place, Text(article, article.Dateline));
        Assert.Equal(agency, Text(article, article.Agency));
    }

    [Fact]
    public void A_dateline_after_a_standfirst_is_found()
    {
        const string text = "Ferry strike ends\n\nCrews return after a week, and the unions claim a win.\n\nDOVER, England — Ferries sailed again on Monday.\n\nThe strike cost millions.";
        var article = ArticleParser.Parse("a", "a.txt", text);

        Assert.Equal("DOVER, England", Text(article, article.Dateline));
    }

    [Theory]
    [InlineData("Mayor on the budget: 'We cannot spend what we do not have'")]
    [InlineData("Why the \u201Cquiet\u201D election is anything but")]
    [InlineData("Can the city afford a second stadium?")]
    public void Headlines_with_quotation_marks_or_a_question_are_kept(string headline)
    {
        var article = ArticleParser.Parse("a", "a.txt", headline + "\n\nThe council met on Monday.\n\nIt meets again in May.");

        Assert.Equal(headline, Text(article, article.Headline));
    }

    [Theory]
    [InlineData("Where the money goes")]
    [InlineData("\u2018A long road\u2019")]
    [InlineData("Will the bridge open on time?")]
    [InlineData("Ports, roads ...")]
    [InlineData("... and the railways")]
    [InlineData("Budget: 2024 spending plans")]
    public void Subheads_between_story_paragraphs(string subhead) =>
        Assert.Equal(ParagraphKind.Headline, KindOfMiddle(subhead));

    [Theory]
    [InlineData("And why would anyone wait that long?")]
    [InlineData("What did the minister say when she was asked about the delay?")]
    [InlineData("1 in 5 adults now works from home, the survey found.")]
    [InlineData("Follow-up talks are planned for June.")]
    [InlineData("By Monday the river had risen two metres.")]
    [InlineData("By then, the votes were counted.")]
    [InlineData("The vote was 7 to 2 in favour of the plan.")]
    [InlineData("\u201CWe are ready,\u201D she said.")]
    public void Story_sentences_stay_body(string paragraph) =>
        Assert.Equal(ParagraphKind.Body, KindOfMiddle(paragraph));

    [Theory]
    [InlineData("7 ways to save on heating this winter")]
    [InlineData("#Budget2024: What it means for you")]
    [InlineData("Council leader quits after the vote: What happens now")]
    public void Related_story_links_are_boilerplate(string link) =>
        Assert.Equal(ParagraphKind.Boilerplate, KindOfMiddle(link));

    [Fact]
    public void A_title_line_with_no_story_after_it_is_a_link()
    {
        const string text = "Storm closes schools\n\nSchools closed on Monday.\n\nThe rain goes on.\n\nCouncil opens emergency shelters\n\n(Reporting by Ann Lee; Editing by Tom Ford)";
        var kinds = ArticleParser.Parse("a", "a.txt", text).Paragraphs.Select(p => p.Kind);

        Assert.Equal(new[] { ParagraphKind.Headline, ParagraphKind.Body, ParagraphKind.Body, ParagraphKind.Boilerplate, ParagraphKind.Boilerplate }, kinds);
    }

    [Theory]
    [InlineData("(Reporting by Ann Lee in Oslo; Editing by Tom Ford)")]
    [InlineData("Additional reporting by Ann Lee")]
    [InlineData("Staff writer Jo Park contributed to this report.")]
    [InlineData("Associated Press writer Jo Park in Reno, Nev., contributed to this report.")]
    [InlineData("This article originally appeared on The Daily Planet.")]
    [InlineData("(Sourcing: most of the figures come from the city's annual report).")]
    public void Reporting_credits_are_boilerplate(string credit) =>
        Assert.Equal(ParagraphKind.Boilerplate, KindOfMiddle(credit));

    [Theory]
    [InlineData("Follow Dana White on Twitter @danawhite")]
    [InlineData("Like us on Facebook")]
    [InlineData("To contact the reporter on this story: Ann Lee in Oslo at alee@example.com")]
    [InlineData("Ann Lee may be reached at alee@example.com.")]
    [InlineData("alee@example.com")]
    [InlineData("Have you been affected? Please share your photos and stories with us.")]
    [InlineData("Sign up for the Morning Briefing newsletter!")]
    [InlineData("Write to Ann Lee at alee@example.com")]
    [InlineData("By JANE ROE and JOHN DOE, Associated Press")]
    [InlineData("By Jane Roe | Reuters")]
    [InlineData("Updated at 3:45 p.m. ET")]
    [InlineData("Correction: An earlier version of this story misstated the date of the vote.")]
    public void Contact_social_and_newsletter_lines_are_boilerplate(string line) =>
        Assert.Equal(ParagraphKind.Boilerplate, KindOfMiddle(line));

    [Theory]
    [InlineData("Facebook")]
    [InlineData("Play Video")]
    [InlineData("Enlarge")]
    [InlineData("Loading Photo Gallery")]
    [InlineData("Video: The storm hits the coast 1:02 | 5,210 views")]
    [InlineData("Article: Ten questions about the new tax")]
    [InlineData("Reuters - 12 mins ago")]
    [InlineData("Flood warning for the valley Share Pin It More Galleries ADVERTISEMENT Rain fell all day.")]
    public void Widgets_and_link_labels_are_boilerplate(string line) =>
        Assert.Equal(ParagraphKind.Boilerplate, KindOfMiddle(line));

    [Theory]
    [InlineData("\u2014 Dana White (@danawhite) May 5, 2024")]
    [InlineData("A post shared by Dana White (@danawhite) on May 5, 2024 at 3:10pm PDT")]
    [InlineData("The match is on! pic.twitter.com/abc123")]
    public void Embedded_post_bylines_are_boilerplate(string line) =>
        Assert.Equal(ParagraphKind.Boilerplate, KindOfMiddle(line));

    [Theory]
    [InlineData("2 of 9. Firefighters work through the night at the warehouse.")]
    [InlineData("Sam Hill/for The Gazette Fans wait outside the stadium before the final.")]
    [InlineData("Voters queue at a polling station, in this picture illustration taken in Leeds, May 2, 2024.")]
    [InlineData("* Figures for 2024 are provisional.")]
    [InlineData("Homes built each year: 2010 - 2024")]
    public void Gallery_photo_and_chart_captions(string line) =>
        Assert.Equal(ParagraphKind.Caption, KindOfMiddle(line));

    [Fact]
    public void A_paragraph_printed_twice_is_a_caption_and_its_teaser_goes_with_it()
    {
        const string caption = "Flood water covers the main road into the town after two days of rain, officials said on Sunday.";
        var text = "Floods close the valley road\n\n" + caption + "\n\nFlood water covers the main road into the town after... Read More\n\n"
            + "The road will stay closed for a week.\n\n" + caption + " Close\n\nRepairs start on Monday.";
        var kinds = ArticleParser.Parse("a", "a.txt", text).Paragraphs.Select(p => p.Kind).ToArray();

        Assert.Equal(new[] { ParagraphKind.Headline, ParagraphKind.Caption, ParagraphKind.Caption, ParagraphKind.Body, ParagraphKind.Caption, ParagraphKind.Body }, kinds);
    }

    [Fact]
    public void A_pull_quote_repeating_story_words_without_marks_is_boilerplate()
    {
        const string text = "The inspectors looked at how the schools teach, test and report, and found most of them sound. They will return in a year.\n\n"
            + "The inspectors looked at how the schools teach, test and report.\n\nThe report is due in March.";
        var kinds = ArticleParser.Parse("a", "a.txt", text).Paragraphs.Select(p => p.Kind);

        Assert.Equal(new[] { ParagraphKind.Body, ParagraphKind.Boilerplate, ParagraphKind.Body }, kinds);
    }

    [Theory]
    [InlineData(" date 5 May 2024 \n\nStory.", "2024-05-05", 16)]
    [InlineData(" date May 5, 2024\n\nStory.", "2024-05-05", 17)]
    [InlineData(" date 2024/05/05\n\nStory.", "2024-05-05", 16)]
    [InlineData(" date Sept. 9, 2023\n\nStory.", "2023-09-09", 19)]
    [InlineData(" date 29 february 2024\n\nStory.", "2024-02-29", 22)]
    [InlineData(" date 2024-05-05 May rain closed the roads.", "2024-05-05", 16)]
    public void Date_headers_in_the_common_forms(string text, string date, int bodyStart)
    {
        var header = DateHeader.Read(text);

        Assert.Equal(date, header.Date?.ToString());
        Assert.Equal(bodyStart, header.BodyStart);
    }

    [Theory]
    [InlineData(" date May 35, 2024\n\nStory.", "May 35, 2024")]
    [InlineData(" date 31 June 2024\n\nStory.", "31 June 2024")]
    [InlineData(" date 2024/13/01\n\nStory.", "2024/13/01")]
    public void A_malformed_date_header_is_reported_whole_with_the_forms_expected(string text, string value)
    {
        var article = ArticleParser.Parse("a", "a.txt", text);

        Assert.Null(article.Date);
        var issue = Assert.Single(article.Issues, i => i.Id == DiagnosticIds.MalformedDate);
        Assert.Equal(value, issue.Range.Of(text));
        var message = Microsoft.CodeAnalysis.Diagnostic.Create(Corpus.Generator.Diagnostics.DiagnosticDescriptors.ForId(issue.Id), null, issue.Arguments.Cast<object>().ToArray()).GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("5 May 2024", message, System.StringComparison.Ordinal);
        Assert.Contains("yyyy-mm-dd", message, System.StringComparison.Ordinal);
    }

    // The paragraph under test sits between two story paragraphs, so "first" and "last" rules do not apply.
    private static ParagraphKind KindOfMiddle(string paragraph)
    {
        var text = "The story begins here, as stories do.\n\n" + paragraph + "\n\nThe story ends here, as stories do.";
        return ArticleParser.Parse("a", "a.txt", text).Paragraphs[1].Kind;
    }

    private static string? Text(ArticleModel article, TextRange range) => range.IsNone ? null : range.Of(article.Text);
}
