using System.Collections.Generic;
using System.IO;
using System.Linq;
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
        Assert.Equal(Gold.Field(gold, "headline"), Text(article, article.Headline));
        Assert.Equal(Gold.Field(gold, "dateline"), Text(article, article.Dateline));
        Assert.Equal(Gold.Field(gold, "agency"), Text(article, article.Agency));
    }

    [Theory]
    [InlineData(" date 2024-02-29 \n\nStory.", "2024-02-29", 16)]
    [InlineData("date 1999-12-31\nStory.", "1999-12-31", 15)]
    [InlineData(" date 2023-06-19 The story starts on the same line.", "2023-06-19", 16)]
    [InlineData("No header here.", null, 0)]
    public void Date_header_is_read(string text, string? date, int bodyStart)
    {
        var header = DateHeader.Read(text);

        Assert.Equal(date, header.Date?.ToString());
        Assert.Equal(bodyStart, header.BodyStart);
    }

    [Theory]
    [InlineData(" date 2023-13-45\n\nStory.", "2023-13-45")]
    [InlineData(" date 19/06/2023\n\nStory.", "19/06/2023")]
    [InlineData(" date 2023-02-29\n\nStory.", "2023-02-29")]
    public void Malformed_date_header_gives_no_date_and_an_issue_at_the_value(string text, string value)
    {
        var article = ArticleParser.Parse("a", "a.txt", text);

        Assert.Null(article.Date);
        var issue = Assert.Single(article.Issues, i => i.Id == DiagnosticIds.MalformedDate);
        Assert.Equal(value, issue.Range.Of(text));
        Assert.Equal(new LineSpan(0, text.IndexOf(value, System.StringComparison.Ordinal), 0, text.IndexOf(value, System.StringComparison.Ordinal) + value.Length), issue.Lines);
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
    public void Dateline_and_agency_are_read(string paragraph, string? place, string? agency)
    {
        var article = ArticleParser.Parse("a", "a.txt", paragraph);

        Assert.Equal(place, Text(article, article.Dateline));
        Assert.Equal(agency, Text(article, article.Agency));
    }

    [Fact]
    public void A_bare_agency_sign_off_gives_the_agency_and_is_boilerplate()
    {
        const string text = "Ministers met on Monday and agreed on nothing.\n\nThe next round is in May.\n\n(Reuters)";
        var article = ArticleParser.Parse("a", "a.txt", text);

        Assert.Equal("Reuters", Text(article, article.Agency));
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

    private static string? Text(ArticleModel article, TextRange range) => range.IsNone ? null : range.Of(article.Text);
}
