using System.Linq;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing;
using Xunit;

namespace Corpus.Generator.Tests;

using ParagraphKind = Corpus.Generator.Model.ParagraphKind;

/// <summary>Paragraph kinds from sentences of our own (the seeds are covered by the quality test).</summary>
public class ParagraphKindTests
{
    [Fact]
    public void Lexicon_phrases_are_lower_case_because_they_are_matched_against_the_lower_cased_text()
    {
        var phrases = Corpus.Generator.Parsing.Lexicons.NewsLexicon.BoilerplatePhrases.Concat(Corpus.Generator.Parsing.Lexicons.NewsLexicon.CaptionPhrases);

        Assert.All(phrases, p => Assert.Equal(p.ToLowerInvariant(), p));
    }

    [Theory]
    [InlineData("Photo: GETTY IMAGES", true)]
    [InlineData("Subscribers get the Newsletter “daily”, it’s free", false)]
    public void Phrases_match_whatever_the_case_and_next_to_curly_quotes(string paragraph, bool caption)
    {
        var range = new TextRange(0, paragraph.Length);

        Assert.Equal(caption, ParagraphClassifier.IsCaption(paragraph, range));
        Assert.Equal(!caption, ParagraphClassifier.IsBoilerplate(paragraph, range));
    }

    [Theory]
    [InlineData("See also: Ten things to know about the budget")]
    [InlineData("(Read more: How the vote was counted)")]
    [InlineData("(You may be interested in: The best beaches of the coast)")]
    [InlineData("Leave a Reply")]
    [InlineData("Sign up for our morning newsletter to get the news in your inbox.")]
    [InlineData("Your email address will not be published. Required fields are marked *")]
    [InlineData("— AFP")]
    [InlineData("Copyright 2024 The Daily Planet. All rights reserved.")]
    public void Web_furniture_is_boilerplate(string paragraph) =>
        Assert.Equal(ParagraphKind.Boilerplate, ParsedText.KindOfMiddle(paragraph));

    [Theory]
    [InlineData("The mayor cuts the ribbon at the new station on Friday, May 3, 2024. John Smith/AP .")]
    [InlineData("Rescue workers search the rubble. Maria Lopez / Reuters")]
    [InlineData("Fans celebrate in the square. (Photo: Jane Doe)")]
    [InlineData("Prime Minister Jane Roe and President John Doe at the summit in Rome.")]
    [InlineData("Protesters outside the parliament building. Getty Images")]
    public void Photo_captions_and_credits_are_captions(string paragraph) =>
        Assert.Equal(ParagraphKind.Caption, ParsedText.KindOfMiddle(paragraph));

    [Theory]
    [InlineData("In fact, Tim Vasko isn’t even in Portville.")]
    [InlineData("But Governor Ann Lee didn't come to Dale Harbour.")]
    public void A_short_line_with_a_negated_verb_is_the_story_not_a_caption(string paragraph) =>
        Assert.Equal(ParagraphKind.Body, ParsedText.KindOfMiddle(paragraph));

    [Theory]
    [InlineData("What happens next")]
    [InlineData("A new round of talks")]
    [InlineData("Where the money goes")]
    [InlineData("\u2018A long road\u2019")]
    [InlineData("Will the bridge open on time?")]
    [InlineData("Ports, roads ...")]
    [InlineData("... and the railways")]
    [InlineData("Budget: 2024 spending plans")]
    public void Short_unpunctuated_lines_inside_the_story_are_subheads(string paragraph) =>
        Assert.Equal(ParagraphKind.Headline, ParsedText.KindOfMiddle(paragraph));

    [Theory]
    [InlineData("The council voted on Tuesday to raise the tax by two percent, a move opponents called reckless.")]
    [InlineData("Officials said the bridge will reopen next week.")]
    [InlineData("China disagrees.")]
    [InlineData("“We will not give up,” she said.")]
    [InlineData("And why would anyone wait that long?")]
    [InlineData("What did the minister say when she was asked about the delay?")]
    [InlineData("1 in 5 adults now works from home, the survey found.")]
    [InlineData("Follow-up talks are planned for June.")]
    [InlineData("By Monday the river had risen two metres.")]
    [InlineData("By then, the votes were counted.")]
    [InlineData("The vote was 7 to 2 in favour of the plan.")]
    [InlineData("\u201CWe are ready,\u201D she said.")]
    public void Story_sentences_are_body(string paragraph) =>
        Assert.Equal(ParagraphKind.Body, ParsedText.KindOfMiddle(paragraph));

    [Fact]
    public void A_title_line_at_the_top_is_the_headline()
    {
        const string text = "Storm closes schools across the region\n\nLONDON (AP) — Schools closed on Monday.\n\nMore rain is due.";
        var article = ArticleParser.Parse("a", "a.txt", text);

        Assert.Equal("Storm closes schools across the region", article.Headline.Of(text));
        Assert.Equal(ParagraphKind.Headline, article.Paragraphs[0].Kind);
    }

    [Fact]
    public void A_paragraph_that_repeats_a_quotation_without_marks_is_a_pull_quote()
    {
        const string text = "“We will rebuild every home that the river took from us,” the governor said.\n\n"
            + "We will rebuild every home that the river took from us.\n\nThe works start in May.";
        var article = ArticleParser.Parse("a", "a.txt", text);

        Assert.Equal(new[] { ParagraphKind.Body, ParagraphKind.Boilerplate, ParagraphKind.Body }, article.Paragraphs.Select(p => p.Kind));
    }

    [Theory]
    [InlineData("Mayor on the budget: 'We cannot spend what we do not have'")]
    [InlineData("Why the \u201Cquiet\u201D election is anything but")]
    [InlineData("Can the city afford a second stadium?")]
    public void Headlines_with_quotation_marks_or_a_question_are_kept(string headline)
    {
        var article = ArticleParser.Parse("a", "a.txt", headline + "\n\nThe council met on Monday.\n\nIt meets again in May.");

        Assert.Equal(headline, ParsedText.Of(article, article.Headline));
    }

    [Theory]
    [InlineData("7 ways to save on heating this winter")]
    [InlineData("#Budget2024: What it means for you")]
    [InlineData("Council leader quits after the vote: What happens now")]
    public void Related_story_links_are_boilerplate(string link) =>
        Assert.Equal(ParagraphKind.Boilerplate, ParsedText.KindOfMiddle(link));

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
        Assert.Equal(ParagraphKind.Boilerplate, ParsedText.KindOfMiddle(credit));

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
        Assert.Equal(ParagraphKind.Boilerplate, ParsedText.KindOfMiddle(line));

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
        Assert.Equal(ParagraphKind.Boilerplate, ParsedText.KindOfMiddle(line));

    [Theory]
    [InlineData("\u2014 Dana White (@danawhite) May 5, 2024")]
    [InlineData("A post shared by Dana White (@danawhite) on May 5, 2024 at 3:10pm PDT")]
    [InlineData("The match is on! pic.twitter.com/abc123")]
    public void Embedded_post_bylines_are_boilerplate(string line) =>
        Assert.Equal(ParagraphKind.Boilerplate, ParsedText.KindOfMiddle(line));

    [Theory]
    [InlineData("2 of 9. Firefighters work through the night at the warehouse.")]
    [InlineData("Sam Hill/for The Gazette Fans wait outside the stadium before the final.")]
    [InlineData("Voters queue at a polling station, in this picture illustration taken in Leeds, May 2, 2024.")]
    [InlineData("* Figures for 2024 are provisional.")]
    [InlineData("Homes built each year: 2010 - 2024")]
    public void Gallery_photo_and_chart_captions(string line) =>
        Assert.Equal(ParagraphKind.Caption, ParsedText.KindOfMiddle(line));

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
}
