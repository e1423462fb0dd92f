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
        Assert.Equal(ParagraphKind.Boilerplate, KindOfMiddle(paragraph));

    [Theory]
    [InlineData("The mayor cuts the ribbon at the new station on Friday, May 3, 2024. John Smith/AP .")]
    [InlineData("Rescue workers search the rubble. Maria Lopez / Reuters")]
    [InlineData("Fans celebrate in the square. (Photo: Jane Doe)")]
    [InlineData("Prime Minister Jane Roe and President John Doe at the summit in Rome.")]
    [InlineData("Protesters outside the parliament building. Getty Images")]
    public void Photo_captions_and_credits_are_captions(string paragraph) =>
        Assert.Equal(ParagraphKind.Caption, KindOfMiddle(paragraph));

    [Theory]
    [InlineData("What happens next")]
    [InlineData("A new round of talks")]
    public void Short_unpunctuated_lines_inside_the_story_are_subheads(string paragraph) =>
        Assert.Equal(ParagraphKind.Headline, KindOfMiddle(paragraph));

    [Theory]
    [InlineData("The council voted on Tuesday to raise the tax by two percent, a move opponents called reckless.")]
    [InlineData("Officials said the bridge will reopen next week.")]
    [InlineData("China disagrees.")]
    [InlineData("“We will not give up,” she said.")]
    public void Story_sentences_are_body(string paragraph) =>
        Assert.Equal(ParagraphKind.Body, KindOfMiddle(paragraph));

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

    // The paragraph under test sits between two story paragraphs, so "first" and "last" rules do not apply.
    private static ParagraphKind KindOfMiddle(string paragraph)
    {
        var text = "The story begins here, as stories do.\n\n" + paragraph + "\n\nThe story ends here, as stories do.";
        return ArticleParser.Parse("a", "a.txt", text).Paragraphs[1].Kind;
    }
}
