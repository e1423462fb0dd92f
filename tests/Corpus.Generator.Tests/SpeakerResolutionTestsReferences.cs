using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Parsing;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// Who said it when the attribution does not name the speaker, on sentences of our own (issue 13, second round of
/// dev errors): descriptions of organisations and documents, roles nobody was given before, partial quotations under
/// verbs of thinking, short quotations that repeat a longer one, infinitive and participle cues, questions in the
/// reporter's words, initials written together, and a place that starts a company's name.
/// </summary>
public sealed class SpeakerReferenceTests
{
    private const string Headline = "A headline for the test\n\n";

    private sealed record Found(string Text, string? Speaker);

    private static List<Found> Quotations(string text)
    {
        var article = ArticleParser.Parse("t", "t.txt", Headline + text);
        return article.Quotations.Select(q => new Found(q.Text.Of(Headline + text), q.Speaker)).ToList();
    }

    private static string? SpeakerOf(string text, string quoted) => Assert.Single(Quotations(text), q => q.Text.Contains(quoted)).Speaker;

    // "the company said", "the airline said", "the report said": the organisation named nearest before, be it one by
    // its suffix, a name no evidence makes a person's (also inside an earlier quotation), or a place then a name.
    [Theory]
    [InlineData("Harbor Logistics cut ten routes this week.\n\n“We had no choice,” the company said.", "We had no choice", "Harbor Logistics")]
    [InlineData("Passengers of a Zephyra flight waited for hours.\n\nThe airline said in a statement that it would offer “a full refund to every traveller”.", "full refund", "Zephyra")]
    [InlineData("“Our thoughts are with them,” Ana Ruiz wrote. “On behalf of Zephyra, we are sorry.”\n\nThe airline said it would pay for “every hotel night”.", "every hotel night", "Zephyra")]
    [InlineData("The Nordic Climate Council published its review on Friday.\n\n“Emissions fell in every sector,” the report said.", "Emissions fell", "Nordic Climate Council")]
    [InlineData("Staff at the Brightwater Health Ministry met on Tuesday.\n\n“Supplies are safe,” the agency said.", "Supplies are safe", "Brightwater Health Ministry")]
    [InlineData("Passengers on a Peru Skyways jet waited all night.\n\n“We apologise for the delay,” the airline said.", "apologise", "Peru Skyways")]
    public void A_description_of_an_organisation_is_the_organisation_named_before(string text, string quoted, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(text, quoted));

    [Fact]
    public void A_description_never_becomes_a_place_or_a_lower_case_word()
    {
        // Denver is a place; with no organisation named the description gives no speaker rather than a wrong one.
        Assert.Null(SpeakerOf("Flights from Denver were cancelled on Sunday.\n\n“We are sorry,” the airline said.", "We are sorry"));
        Assert.Null(SpeakerOf("Flights from Denver were cancelled on Sunday.\n\n“Checks are under way,” the agency said.", "Checks are under way"));
    }

    // A role nobody was given before a name ("the director", "the then prime minister") refers back to the person
    // named nearest before, as a pronoun does; a role given before a name still goes to its holder.
    [Theory]
    [InlineData("Lena Fischer spent two years on the film.\n\n“It was hard to cast,” the director said.", "hard to cast", "Lena Fischer")]
    [InlineData("Tom Hale led the country for a decade.\n\nThe then prime minister said the rules would reward “careless” firms.", "careless", "Tom Hale")]
    [InlineData("Coach Dana Price watched with Tom Hale.\n\n“We were sloppy,” the coach said.", "sloppy", "Dana Price")]
    public void A_role_with_no_holder_is_the_person_named_before(string text, string quoted, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(text, quoted));

    // A partial quotation under a verb of thinking, wanting or judging gives the words of the one who holds the view.
    [Theory]
    [InlineData("Ruth Adler feared the cuts would bring “a lost decade” for the town.", "lost decade", "Ruth Adler")]
    [InlineData("Omar Reyes, who ran the agency until May, is said to believe the merger was a “grave error” for the region.", "grave error", "Omar Reyes")]
    [InlineData("Anna Kowal left the talks early. Later she feared a “slow collapse” of trade.", "slow collapse", "Anna Kowal")]
    [InlineData("Last spring Bishop Karl Weber hoped to end “a culture of silence” in the diocese.", "culture of silence", "Karl Weber")]
    public void A_verb_of_thinking_gives_a_partial_quotation_to_the_holder_of_the_view(string text, string quoted, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(text, quoted));

    [Fact]
    public void A_verb_of_thinking_with_no_named_subject_gives_no_speaker() =>
        Assert.Null(SpeakerOf("The new rules, which many believe are “far too strict”, take effect in May.", "far too strict"));

    // A short quotation no cue attributes whose words stand in a longer quotation nearby is the longer one's speaker.
    [Fact]
    public void A_short_quotation_that_a_nearby_quotation_repeats_takes_its_speaker()
    {
        var text = "The hearing was, in the end, a “theatre of grievance” and little else.\n\n“This was a theatre of grievance from the start,” said Paul Brandt.";
        var quotations = Quotations(text);
        Assert.Equal(2, quotations.Count);
        Assert.All(quotations, q => Assert.Equal("Paul Brandt", q.Speaker));
    }

    [Fact]
    public void A_short_quotation_with_words_of_its_own_stays_without_a_speaker()
    {
        var text = "The hearing was, in the end, a “theatre of grievance” and little else.\n\n“This was a waste of time from the start,” said Paul Brandt.";
        Assert.Null(Quotations(text).First().Speaker);
    }

    // Infinitive and participle cues take the sentence's subject, a pronoun too; a team or employer and a role
    // before a person's name are not the speaker.
    [Theory]
    [InlineData("Riverton coach Mike Dunn was less diplomatic, going so far as to call the tackle “reckless.”\n\n“It has no place in the game,” Dunn said.", "reckless", "Mike Dunn")]
    [InlineData("Ann Lee took the stage last.\n\nOn stage at every launch, she'd build up to a finale she'd open by saying, “One last thing.”", "One last thing", "Ann Lee")]
    [InlineData("“The river is rising,” said Riverton engineer Carla Moss.", "river is rising", "Carla Moss")]
    public void Infinitive_and_participle_cues_take_the_subject(string text, string quoted, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(text, quoted));

    // An interview set as questions in the reporter's words: the answer is the one speaking before the question.
    [Fact]
    public void An_answer_after_the_reporters_question_is_the_interviewees()
    {
        var text = "“We played well for an hour,” Jonas Berg said after the game.\n\nSo what did the captain make of the last ten minutes?\n\n“We lost our shape. I have to look at that.”";
        Assert.Equal("Jonas Berg", SpeakerOf(text, "lost our shape"));
    }

    [Fact]
    public void Speech_after_a_reporters_question_with_no_one_quoted_before_has_no_speaker()
    {
        var text = "The season ended on Sunday.\n\nSo what did the captain make of the last ten minutes?\n\n“We lost our shape. I have to look at that.”";
        Assert.Null(SpeakerOf(text, "lost our shape"));
    }

    // Initials written together ("R.J.") end neither a sentence nor a name.
    [Fact]
    public void Initials_written_together_stay_in_the_name()
    {
        var text = "The film is by R.J. Brandt, who wrote it in a year.\n\nBrandt credited the cast with the film's tone and its pace. “They were ready,” he said.";
        Assert.Equal("R.J. Brandt", SpeakerOf(text, "They were ready"));
    }

    // A place and then a name is a company ("Peru Skyways" above), but a role before it makes it a person's name.
    [Theory]
    [InlineData("Farmer Chad Smith said the harvest was lost.\n\n“We will be lucky to survive,” he said.", "Chad Smith")]
    [InlineData("Striker Kenya Adams scored twice in the final.\n\n“We deserved it,” she said.", "Kenya Adams")]
    public void A_role_before_a_place_and_a_name_makes_it_a_person(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Quotations(text)).Speaker);
}
