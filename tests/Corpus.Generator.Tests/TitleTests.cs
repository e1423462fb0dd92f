using System.Linq;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing;
using Xunit;

namespace Corpus.Generator.Tests;

using ParagraphKind = Corpus.Generator.Model.ParagraphKind;

/// <summary>The title at the top, as outlets and archives print it: closed with a full stop, in title case, or as a block with the line under it.</summary>
public class TitleTests
{
    private const string Story = "\n\nThe harbour board met for four hours before the vote on the new timetable.\n\nA second vote is due in June.";

    [Theory]
    [InlineData("Harbour board approves new ferry timetable.")]
    [InlineData("Ferry fares rise for the first time in a decade;")]
    [InlineData("Port Workers Reject Pay Offer. Here Is What Comes Next.")]
    [InlineData("Mayor: ‘The ferry will run every hour.’")]
    [InlineData("Council calls the plan ‘reckless.’")]
    [InlineData("Why ferries are late (and why it may get worse.)")]
    [InlineData("#FerryChaos Is The Hashtag Every Commuter Knows.")]
    [InlineData("Port win could help the mayor make her case vs. the board;")]
    [InlineData("New ferry timetables released on eve of summer season.")]
    public void A_first_line_closed_like_a_sentence_is_the_title_when_it_reads_as_one(string title)
    {
        var article = ArticleParser.Parse("a", "a.txt", title + Story);

        Assert.Equal(ParagraphKind.Headline, article.Paragraphs[0].Kind);
        Assert.Equal(title, ParsedText.Of(article, article.Headline));
    }

    [Theory]
    [InlineData("The harbour board was split on the timetable.")]
    [InlineData("Ferry captain Ana Ruiz said the crossings would stay.")]
    [InlineData("The harbour board issued a statement on Monday.")]
    [InlineData("Commuters arrived on the first boat at dawn.")]
    [InlineData("“We are ready,” the harbour master told reporters.")]
    [InlineData("The vote came after months of delay. The board then adjourned.")]
    [InlineData("HULL, England (AP) — The harbour board approved a new timetable.")]
    [InlineData("The harbour board, which runs the ferries, the docks and the pilots for three towns along the estuary, approved a new timetable.")]
    public void A_first_sentence_of_the_story_is_not_the_title(string lede)
    {
        var article = ArticleParser.Parse("a", "a.txt", lede + Story);

        Assert.Equal(ParagraphKind.Body, article.Paragraphs[0].Kind);
        Assert.Null(ParsedText.Of(article, article.Headline));
    }

    [Fact]
    public void A_short_sentence_over_a_single_paragraph_opens_the_story()
    {
        var article = ArticleParser.Parse("a", "a.txt", "Ana Ruiz runs the ferry line.\n\n“We sail at six,” Ruiz said.");

        Assert.Equal(ParagraphKind.Body, article.Paragraphs[0].Kind);
    }

    [Fact]
    public void A_title_case_headline_at_the_top_is_no_photo_description()
    {
        const string title = "Harbour Board Approves New Ferry Timetable For Summer.";
        var article = ArticleParser.Parse("a", "a.txt", title + Story);

        Assert.Equal(title, ParsedText.Of(article, article.Headline));
    }

    [Theory]
    [InlineData("Ferry fares rise for the first time;\nThe board blames fuel costs and a smaller fleet.", "Ferry fares rise for the first time;")]
    [InlineData("Ferry fares rise for the first time\nBy Ana Ruiz", "Ferry fares rise for the first time")]
    public void A_title_written_as_one_block_with_the_line_under_it_is_the_first_line(string block, string title)
    {
        var article = ArticleParser.Parse("a", "a.txt", block + Story);

        Assert.Equal(title, ParsedText.Of(article, article.Headline));
        Assert.Equal(4, article.Paragraphs.Count);
        Assert.NotEqual(ParagraphKind.Headline, article.Paragraphs[1].Kind);
    }

    [Theory]
    [InlineData("Skip to content\n\nPolitics\n\n")]
    [InlineData("Ana Ruiz/AP\n\n")]
    [InlineData("Share\n\nNews\n\n")]
    public void The_title_after_a_pages_furniture_or_a_caption_is_the_headline(string before)
    {
        var article = ArticleParser.Parse("a", "a.txt", before + "Ferry fares rise: What it means for you" + Story);

        Assert.Equal("Ferry fares rise: What it means for you", ParsedText.Of(article, article.Headline));
    }

    [Fact]
    public void No_title_after_furniture_when_the_story_comes_first()
    {
        var article = ArticleParser.Parse("a", "a.txt", "By Ana Ruiz\n\nThe harbour board raised fares on Monday, the third rise in a year." + Story);

        Assert.Null(ParsedText.Of(article, article.Headline));
    }

    [Fact]
    public void A_sentence_its_writer_broke_over_two_lines_stays_one_paragraph()
    {
        var article = ArticleParser.Parse("a", "a.txt", "The board voted at noon.\nIt meets again in June." + Story);

        Assert.Equal(3, article.Paragraphs.Count);
    }

    [Fact]
    public void The_quotations_of_a_closed_title_are_not_the_articles()
    {
        const string text = "Mayor: ‘The ferry will run every hour.’\n\n“The ferry will run every hour,” Mayor Ana Ruiz said on Monday.\n\nThe board agreed.\n\nA vote is due in June.";
        var article = ArticleParser.Parse("a", "a.txt", text);

        var quotation = Assert.Single(article.Quotations);
        Assert.Equal(1, article.Paragraphs.ToList().FindIndex(p => p.Range.Start <= quotation.Text.Start && quotation.Text.Start < p.Range.End));
    }
}
