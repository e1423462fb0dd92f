using System.Linq;
using Corpus.Generator.Parsing;
using Xunit;

namespace Corpus.Generator.Tests;

using ParagraphKind = Corpus.Generator.Model.ParagraphKind;

/// <summary>Kinds on pages as scrapers hand them over: link lists, lists inside the story, share words, credits and disclaimers (lines of our own).</summary>
public class PageStructureTests
{
    private static ParagraphKind[] Kinds(string text) => ArticleParser.Parse("a", "a.txt", text).Paragraphs.Select(p => p.Kind).ToArray();

    [Theory]
    [InlineData("Related")]
    [InlineData("More On:")]
    [InlineData("Most recent")]
    public void Title_like_lines_under_a_link_label_are_links(string label)
    {
        var kinds = Kinds("Ferry fares rise\n\nThe harbour board raised fares on Monday.\n\n" + label
            + "\n\nCouncil opens a new car park by the pier\n\nHarbour seals return to the estuary\n\nThe board meets again in June.");

        Assert.Equal(new[] { ParagraphKind.Headline, ParagraphKind.Body, ParagraphKind.Boilerplate, ParagraphKind.Boilerplate, ParagraphKind.Boilerplate, ParagraphKind.Body }, kinds);
    }

    [Fact]
    public void Links_under_a_label_stay_links_past_their_timestamps_and_when_too_long_for_a_subhead()
    {
        var kinds = Kinds("Ferry fares rise\n\nThe harbour board raised fares on Monday.\n\nThe board meets again in June.\n\nRelated\n\n"
            + "Council opens a new car park by the pier\n\nAP - 12 mins ago\n\n"
            + "Harbour seals return to the estuary for the first time in twenty years as the water gets cleaner and the fish come back");

        Assert.Equal(new[] { ParagraphKind.Headline, ParagraphKind.Body, ParagraphKind.Body, ParagraphKind.Boilerplate, ParagraphKind.Boilerplate, ParagraphKind.Boilerplate, ParagraphKind.Boilerplate }, kinds);
    }

    [Theory]
    [InlineData("Politics")]
    [InlineData("Flipboard")]
    public void A_word_alone_on_a_line_is_furniture(string word) =>
        Assert.Equal(ParagraphKind.Boilerplate, ParsedText.KindOfMiddle(word));

    [Fact]
    public void A_run_of_short_lines_inside_the_story_is_a_list_and_part_of_the_story()
    {
        var kinds = Kinds("Band announces summer tour\n\nThe band will play five cities this summer:\n\nJune 9 -- Harbour Arena, Hull\n\n"
            + "June 12 -- Riverside Hall, Leeds\n\nJune 15 -- The Dome, York\n\nTickets go on sale on Friday.");

        Assert.Equal(new[] { ParagraphKind.Headline, ParagraphKind.Body, ParagraphKind.Body, ParagraphKind.Body, ParagraphKind.Body, ParagraphKind.Body }, kinds);
    }

    [Fact]
    public void A_single_subhead_inside_the_story_stays_a_subhead()
    {
        var kinds = Kinds("Ferry fares rise\n\nThe harbour board raised fares on Monday.\n\nWhat comes next\n\nThe board meets again in June.");

        Assert.Equal(ParagraphKind.Headline, kinds[2]);
    }

    [Theory]
    [InlineData("Flipboard")]
    [InlineData("Copy")]
    [InlineData("email the author")]
    [InlineData("View author archive")]
    [InlineData("Get author RSS feed")]
    [InlineData("Enlarge Image")]
    [InlineData("1 of 6")]
    [InlineData("The views expressed here are the writer's own and do not necessarily reflect those of the paper.")]
    [InlineData("We may earn a commission when you buy through links on this page.")]
    public void Share_words_counters_and_disclaimers_are_boilerplate(string line) =>
        Assert.Equal(ParagraphKind.Boilerplate, ParsedText.KindOfMiddle(line));

    [Theory]
    [InlineData("Shutterstock")]
    [InlineData("Ana Ruiz Submitted photo")]
    [InlineData("Ana Ruiz (AFP)")]
    [InlineData("Ana Ruiz [Reuters]")]
    [InlineData("The new ferry leaves the harbour on its first crossing. Staff photo by Ana Ruiz")]
    public void Photo_credits_are_captions(string line) =>
        Assert.Equal(ParagraphKind.Caption, ParsedText.KindOfMiddle(line));
}
