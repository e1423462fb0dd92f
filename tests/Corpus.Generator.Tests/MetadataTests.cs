using System.Collections.Generic;
using System.IO;
using System.Linq;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing;
using Xunit;

namespace Corpus.Generator.Tests;

using ParagraphKind = Corpus.Generator.Model.ParagraphKind;

/// <summary>Article metadata from the parse stage alone, against the gold and against sentences of our own.</summary>
public class MetadataTests
{
    public static IEnumerable<object[]> SeedIds() =>
        GeneratorHarness.RepoSeeds().Select(s => new object[] { Path.GetFileNameWithoutExtension(s.Path) });

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Seed_metadata_equals_the_gold(string id)
    {
        var seed = GeneratorHarness.RepoSeeds().Single(s => Path.GetFileNameWithoutExtension(s.Path) == id);
        var article = ArticleParser.Parse(id, id + ".txt", seed.Text);
        var gold = Gold.Article(id);

        Assert.Equal(Gold.Field(gold, "date"), article.Date?.ToString());
        Assert.Equal(Gold.Field(gold, "headline"), ParsedText.Of(article, article.Headline));
        Assert.Equal(Gold.Field(gold, "dateline"), ParsedText.Of(article, article.Dateline));
        Assert.Equal(Gold.Field(gold, "agency"), ParsedText.Of(article, article.Agency));
    }

    [Theory]
    [InlineData(" date 2024-02-29 \n\nStory.", "2024-02-29", 16)]
    [InlineData("date 1999-12-31\nStory.", "1999-12-31", 15)]
    [InlineData(" date 2023-06-19 The story starts on the same line.", "2023-06-19", 16)]
    [InlineData("No header here.", null, 0)]
    [InlineData(" date 5 May 2024 \n\nStory.", "2024-05-05", 16)]
    [InlineData(" date May 5, 2024\n\nStory.", "2024-05-05", 17)]
    [InlineData(" date 2024/05/05\n\nStory.", "2024-05-05", 16)]
    [InlineData(" date Sept. 9, 2023\n\nStory.", "2023-09-09", 19)]
    [InlineData(" date 29 february 2024\n\nStory.", "2024-02-29", 22)]
    [InlineData(" date 2024-05-05 May rain closed the roads.", "2024-05-05", 16)]
    public void Date_header_is_read(string text, string? date, int bodyStart)
    {
        var header = DateHeader.Read(text);

        Assert.Equal(date, header.Date?.ToString());
        Assert.Equal(bodyStart, header.BodyStart);
    }

    [Theory]
    [InlineData("Date: March 1, 2024\n\nFerry fares rise\n\nStory.", "2024-03-01")]
    [InlineData("Published: 2024-03-01\nFerry fares rise\n\nStory.", "2024-03-01")]
    [InlineData("Published 2024-03-01T09:30:00Z\n\nFerry fares rise\n\nStory.", "2024-03-01")]
    [InlineData("PUBLISHED: Friday, 1 March 2024, 09:30 GMT\n\nFerry fares rise\n\nStory.", "2024-03-01")]
    [InlineData("Updated: March 2, 2024 10:15 a.m. ET\n\nFerry fares rise\n\nStory.", "2024-03-02")]
    [InlineData("Published: March 1, 2024\nUpdated: March 2, 2024\n\nFerry fares rise\n\nStory.", "2024-03-01")]
    [InlineData("Posted on Sept. 9, 2023\n\nFerry fares rise\n\nStory.", "2023-09-09")]
    public void Date_lines_as_pages_print_them_are_the_date_and_never_the_title(string text, string date)
    {
        var article = ArticleParser.Parse("a", "a.txt", text);

        Assert.Equal(date, article.Date?.ToString());
        Assert.Equal("Ferry fares rise", ParsedText.Of(article, article.Headline));
        Assert.DoesNotContain(article.Issues, i => i.Id == DiagnosticCatalog.MalformedDate);
    }

    [Theory]
    [InlineData("Date: yesterday\n\nFerry fares rise\n\nStory.", "yesterday")]
    [InlineData("Published: 03/01/2024\n\nFerry fares rise\n\nStory.", "03/01/2024")]
    [InlineData("Updated: March 35, 2024\n\nFerry fares rise\n\nStory.", "March 35, 2024")]
    public void A_date_line_that_is_no_date_is_reported_and_not_the_title(string text, string value)
    {
        var article = ArticleParser.Parse("a", "a.txt", text);

        Assert.Null(article.Date);
        Assert.Equal("Ferry fares rise", ParsedText.Of(article, article.Headline));
        var issue = Assert.Single(article.Issues, i => i.Id == DiagnosticCatalog.MalformedDate);
        Assert.Equal(value, issue.Range.Of(text));
    }

    [Theory]
    [InlineData("Date night ideas for the long weekend\n\nStory.")]
    [InlineData("Updated guidance for ferry passengers\n\nStory.")]
    [InlineData("Posted letters arrive late\n\nStory.")]
    public void A_title_that_opens_with_a_label_word_is_still_the_title(string text)
    {
        var article = ArticleParser.Parse("a", "a.txt", text);

        Assert.Null(article.Date);
        Assert.Equal(text.Substring(0, text.IndexOf('\n')), ParsedText.Of(article, article.Headline));
        Assert.DoesNotContain(article.Issues, i => i.Id == DiagnosticCatalog.MalformedDate);
    }

    [Theory]
    [InlineData(" date 2023-13-45\n\nStory.", "2023-13-45")]
    [InlineData(" date 19/06/2023\n\nStory.", "19/06/2023")]
    [InlineData(" date 2023-02-29\n\nStory.", "2023-02-29")]
    [InlineData(" date May 35, 2024\n\nStory.", "May 35, 2024")]
    [InlineData(" date 31 June 2024\n\nStory.", "31 June 2024")]
    [InlineData(" date 2024/13/01\n\nStory.", "2024/13/01")]
    public void Malformed_date_header_gives_no_date_and_an_issue_at_the_value_with_the_forms_expected(string text, string value)
    {
        var article = ArticleParser.Parse("a", "a.txt", text);

        Assert.Null(article.Date);
        var issue = Assert.Single(article.Issues, i => i.Id == DiagnosticCatalog.MalformedDate);
        Assert.Equal(value, issue.Range.Of(text));
        Assert.Equal(new LineSpan(0, text.IndexOf(value, System.StringComparison.Ordinal), 0, text.IndexOf(value, System.StringComparison.Ordinal) + value.Length), issue.Lines);
        var message = Microsoft.CodeAnalysis.Diagnostic.Create(Corpus.Generator.Diagnostics.DiagnosticCatalog.ForId(issue.Id), null, issue.Arguments.Cast<object>().ToArray()).GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("5 May 2024", message, System.StringComparison.Ordinal);
        Assert.Contains("yyyy-mm-dd", message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("WASHINGTON (AP) — The senator said nothing.", "WASHINGTON", "AP")]
    [InlineData("PARIS (AFP) - Ministers met on Monday.", "PARIS", "AFP")]
    [InlineData("NEW DELHI Officials said the talks went well.", "NEW DELHI", null)]
    [InlineData("LONDON U.K. ministers met on Monday.", "LONDON", null)]
    [InlineData("Kyiv, March 3 (Reuters) - Air raid sirens sounded.", "Kyiv", "Reuters")]
    [InlineData("NATO leaders met in Vilnius.", null, null)]
    [InlineData("US officials said the talks went well.", null, null)]
    [InlineData("The ministers met on Monday.", null, null)]
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
    public void Dateline_and_agency_are_read_first_or_after_a_headline(string paragraph, string? place, string? agency)
    {
        var first = ArticleParser.Parse("a", "a.txt", paragraph + "\n\nMore of the story follows here.");
        var afterHeadline = ArticleParser.Parse("a", "a.txt", "Headline of the story here\n\n" + paragraph + "\n\nMore of the story follows here.");

        Assert.Equal((place, agency), (ParsedText.Of(first, first.Dateline), ParsedText.Of(first, first.Agency)));
        Assert.Equal((place, agency), (ParsedText.Of(afterHeadline, afterHeadline.Dateline), ParsedText.Of(afterHeadline, afterHeadline.Agency)));
    }

    [Fact]
    public void A_dateline_after_a_standfirst_is_found()
    {
        const string text = "Ferry strike ends\n\nCrews return after a week, and the unions claim a win.\n\nDOVER, England — Ferries sailed again on Monday.\n\nThe strike cost millions.";
        var article = ArticleParser.Parse("a", "a.txt", text);

        Assert.Equal("DOVER, England", ParsedText.Of(article, article.Dateline));
    }

    [Fact]
    public void A_bare_agency_sign_off_gives_the_agency_and_is_boilerplate()
    {
        const string text = "Ministers met on Monday and agreed on nothing.\n\nThe next round is in May.\n\n(Reuters)";
        var article = ArticleParser.Parse("a", "a.txt", text);

        Assert.Equal("Reuters", ParsedText.Of(article, article.Agency));
        Assert.Equal(ParagraphKind.Boilerplate, article.Paragraphs[article.Paragraphs.Count - 1].Kind);
    }

    [Fact]
    public void Crlf_line_ends_split_paragraphs_like_lf()
    {
        var lf = ArticleParser.Parse("a", "a.txt", "First paragraph here.\nStill the first.\n\nSecond paragraph.");
        var crlf = ArticleParser.Parse("a", "a.txt", "First paragraph here.\r\nStill the first.\r\n\r\nSecond paragraph.");

        Assert.Equal(2, lf.Paragraphs.Count);
        Assert.Equal(2, crlf.Paragraphs.Count);
    }
}
