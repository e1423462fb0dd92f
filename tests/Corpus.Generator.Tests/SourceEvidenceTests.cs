using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Parsing;
using Corpus.Generator.Parsing.Lexicons;
using Corpus.Generator.Parsing.Quotations;
using Corpus.Generator.Parsing.Quotations.Sources;
using Corpus.Generator.Parsing.Quotations.Speech;
using Corpus.Generator.Parsing.Quotations.Unmarked;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The evidence the speaker choice weighs, on sentences of our own: each test names a mention and the facts of
/// grammar it must (or must not) carry, whatever the learned weights make of them.
/// </summary>
public sealed class SourceEvidenceTests
{
    private static SourceFeature[] FeaturesOf(string text, string mention)
    {
        var choices = new List<SourceChoice>();
        var models = QuotationModels.Learned with { Speakers = new SpeakerChooser(SpeakerWeights.Values, choices.Add) };
        var source = "A headline for the test\n\n" + text;
        ArticleParser.Parse("t", "t.txt", source, models);
        var choice = Assert.Single(choices);
        var index = choice.Mentions.Select(m => m.Of(source)).ToList().IndexOf(mention);
        Assert.True(index >= 0, $"no candidate \"{mention}\" among {string.Join(", ", choice.Mentions.Select(m => m.Of(source)))}");
        return choice.Features[index];
    }

    [Fact]
    public void The_object_of_a_preposition_is_no_subject_of_the_cue()
    {
        const string Text = "Ruth Calder in an interview at the time said the deal was “a fair one.”";
        var features = FeaturesOf(Text, "the time");

        Assert.Contains(SourceFeature.PrepositionPrecedes, features);
        Assert.DoesNotContain(SourceFeature.SubjectOfCueInSentence, features);
        Assert.DoesNotContain(SourceFeature.SubjectOfGoverningCue, features);
    }

    [Theory]
    [InlineData("Senator Ivo Stanek criticised the plan on Monday. Specifically, “the budget hides a deficit.”", "Specifically")]
    [InlineData("Senator Ivo Stanek criticised the plan on Monday. Adding, “the budget hides a deficit.”", "Adding")]
    public void An_adverb_or_participle_that_opens_the_sentence_is_a_common_word(string text, string mention) =>
        Assert.Contains(SourceFeature.CommonWordAlone, FeaturesOf(text, mention));

    private static SpeechFeature[] SpeechFeaturesOf(string text, string marked)
    {
        var choices = new List<SpeechChoice>();
        var models = QuotationModels.Learned with { Speech = new SpeechChooser(SpeechWeights.Values, choices.Add) };
        var source = "A headline for the test\n\n" + text;
        ArticleParser.Parse("t", "t.txt", source, models);
        return choices.Single(c => c.Span.Of(source) == marked).Features;
    }

    private static UnmarkedFeature[] UnmarkedFeaturesOf(string paragraphs, string words)
    {
        var choices = new List<UnmarkedChoice>();
        var models = QuotationModels.Learned with { Unmarked = new UnmarkedChooser(UnmarkedWeights.Values, UnmarkedWeights.FunctionWords, choices.Add) };
        var source = "A headline for the test\n\n“We will stay,” Ruth Calder said.\n\n“Nobody leaves,” Calder said.\n\n" + paragraphs;
        ArticleParser.Parse("t", "t.txt", source, models);
        return choices.Single(c => c.Words.Of(source) == words).Features;
    }

    [Theory]
    [InlineData("Ruth Calder told the network’s “Morning Desk” that the plan would fail.", "Morning Desk")]
    [InlineData("Ruth Calder told the networks’ “Morning Desk” that the plan would fail.", "Morning Desk")]
    public void Marked_words_after_a_possessive_belong_to_what_it_names(string text, string marked) =>
        Assert.Contains(SpeechFeature.AfterPossessive, SpeechFeaturesOf(text, marked));

    [Fact]
    public void Marked_words_after_a_verb_carry_no_possessive() =>
        Assert.DoesNotContain(SpeechFeature.AfterPossessive, SpeechFeaturesOf("Ruth Calder said “the plan will fail” on Monday.", "the plan will fail"));

    [Theory]
    [InlineData("Dr. Ivo Stanek of Brno, a former official at the central bank, said Calder handled the port well.", "Dr. Ivo Stanek of Brno, a former official at the central bank")]
    [InlineData("Ivo Stanek, the mayor who runs the port, said Calder handled the port well.", "Ivo Stanek, the mayor who runs the port")]
    public void A_name_and_its_apposition_read_as_a_subject_not_a_clause(string paragraph, string words) =>
        Assert.DoesNotContain(UnmarkedFeature.ReadsAsClause, UnmarkedFeaturesOf(paragraph, words));

    [Fact]
    public void A_name_whose_apposition_has_a_verb_of_its_own_reads_as_a_clause() =>
        Assert.Contains(UnmarkedFeature.ReadsAsClause, UnmarkedFeaturesOf("Ivo Stanek, the mayor, is wrong about the port, Calder said.", "Ivo Stanek, the mayor, is wrong about the port"));

    private static List<string> MentionsOf(string text, string marked, out SourceChoice choice)
    {
        var choices = new List<SourceChoice>();
        var models = QuotationModels.Learned with { Speakers = new SpeakerChooser(SpeakerWeights.Values, choices.Add) };
        var source = "A headline for the test\n\n" + text;
        ArticleParser.Parse("t", "t.txt", source, models);
        choice = choices.Single(c => c.Quotation.Of(source) == marked);
        return choice.Mentions.Select(m => m.Of(source)).ToList();
    }

    [Theory]
    [InlineData("DALESBURY, Wis. - The county board on Monday voted down a ferry plan that its own engineers had called “a costly detour” in May.", "DALESBURY")]
    [InlineData("DALESBURY, Wis. - The county board on Monday voted down a ferry plan that its own engineers had called “a costly detour” in May.", "Wis")]
    [InlineData("PORT ELLIS (Reuters) - The harbour office put up a sign on Friday reading “a costly detour” beside the closed bridge.", "Reuters")]
    public void A_dateline_names_no_source(string text, string dateline) =>
        Assert.DoesNotContain(dateline, MentionsOf(text, "a costly detour", out _));

    [Fact]
    public void A_dateline_leaves_the_story_s_own_names()
    {
        const string Text = "DALESBURY, Wis. - County engineer Ines Moreau on Monday called the ferry plan “a costly detour” for the town.";
        Assert.Contains("Ines Moreau", MentionsOf(Text, "a costly detour", out _));
    }

    [Theory]
    [InlineData("“The rules came too late for the harvest,” said Brannoc A. Tiernay, who leads the growers’ council.", "The rules came too late for the harvest,", "Brannoc A. Tiernay")]
    [InlineData("“The ferry vote will split the county,” said Dale Valley College political scientist Ines Moreau.", "The ferry vote will split the county,", "Ines Moreau")]
    public void The_speaker_is_the_person_past_an_initial_or_an_employer_s_role(string text, string quoted, string speaker)
    {
        var article = ArticleParser.Parse("t", "t.txt", "A headline for the test\n\n" + text);
        var quotation = Assert.Single(article.Quotations);
        Assert.Equal(quoted, quotation.Text.Of("A headline for the test\n\n" + text));
        Assert.Equal(speaker, quotation.Speaker);
    }

    [Fact]
    public void A_party_letter_in_brackets_leaves_the_attribution_to_the_name_before_it()
    {
        const string Text = "State Treasurer Ines M. Moreau (D) asserted that “the ferry audit is overdue.”";
        Assert.Contains(SourceFeature.FormCueBefore, FeaturesOf(Text, "State Treasurer Ines M. Moreau"));
        Assert.DoesNotContain("D", MentionsOf(Text, "the ferry audit is overdue.", out _));
    }
}
