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
}
