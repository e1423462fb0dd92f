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
}
