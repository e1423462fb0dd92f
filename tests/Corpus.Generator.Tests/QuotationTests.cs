using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The quotation extractor on sentences of our own, one per habit of news writing (and per failure that users of
/// other extractors report). The seeds are measured against their gold in <see cref="QuotationQualityTests"/>.
/// </summary>
public sealed class QuotationTests
{
    private sealed record Found(string Text, string? Speaker, string? Cue, bool Marked, int Continues, string AsWritten);

    private static List<Found> Quotations(string text)
    {
        var article = ArticleParser.Parse("t", "t.txt", text);
        return article.Quotations
            .Select(q => new Found(q.Text.Of(text), q.Speaker, q.Cue.IsNone ? null : q.Cue.Of(text), q.Marked, q.Continues, q.SpeakerAsWritten.Of(text)))
            .ToList();
    }

    private static Found Single(string text) => Assert.Single(Quotations(text));

    [Theory]
    [InlineData("Jane Smith runs the firm.\n\n“We will win,” Smith said.", "We will win,", "Jane Smith", "said")]
    [InlineData("\"We will win,\" said Jane Smith, the firm's founder.", "We will win,", "Jane Smith", "said")]
    [InlineData("Jane Smith told reporters: “We will win.”", "We will win.", "Jane Smith", "told")]
    [InlineData("“We will win,” said State Department spokesman Matthew Miller.", "We will win,", "Matthew Miller", "said")]
    [InlineData("“Prices will fall,” according to the Bank of England.", "Prices will fall,", "Bank of England", "according to")]
    [InlineData("The Foreign Ministry wrote in a statement that “the talks were useful.”", "the talks were useful.", "Foreign Ministry", "wrote")]
    [InlineData("“We disagree,” the State Department said.", "We disagree,", "State Department", "said")]
    public void Attribution_in_every_common_order(string text, string quoted, string speaker, string cue)
    {
        var quotation = Single(text);

        Assert.Equal(quoted, quotation.Text);
        Assert.Equal(speaker, quotation.Speaker);
        Assert.Equal(cue, quotation.Cue);
        Assert.True(quotation.Marked);
    }

    [Theory]
    // A closing mark typed as an opening one: against the words before it, a space after it.
    [InlineData("“Not this year,“ said Li Wei, the port's director. “Maybe the next.”", "Not this year,", "Li Wei")]
    [InlineData("“Will it open?“ Li Wei asked.", "Will it open?", "Li Wei")]
    public void A_closing_mark_written_as_an_opening_one_closes(string text, string quoted, string speaker)
    {
        var quotation = Quotations(text)[0];

        Assert.Equal(quoted, quotation.Text);
        Assert.Equal(speaker, quotation.Speaker);
    }

    [Theory]
    // An opening mark typed as a closing one: after an invisible direction mark pasted from a social post, or before
    // the ellipsis of words left out at the start.
    [InlineData("Dana Whitfield coaches the team.\n\n\u202A\u201DWe will be back next spring,\u201D Whitfield said.", "We will be back next spring,", "Dana Whitfield")]
    [InlineData("\u201D \u2026 and the ferry will run again by Friday,\u201D wrote Tomas Varga, the harbour master.", "\u2026 and the ferry will run again by Friday,", "Tomas Varga")]
    // Wire archives and tokenised corpora open with two backticks and close with two apostrophes.
    [InlineData("``We will open the bridge in May,'' said Priya Raman, the county engineer.", "We will open the bridge in May,", "Priya Raman")]
    [InlineData("Priya Raman runs the county's roads.\n\nThe bridge, Raman said, ``is safe for cars and for the heavy trucks.''", "is safe for cars and for the heavy trucks.", "Priya Raman")]
    public void An_opening_mark_as_archives_and_posts_write_it_opens(string text, string quoted, string speaker)
    {
        var quotation = Single(text);

        Assert.Equal(quoted, quotation.Text);
        Assert.Equal(speaker, quotation.Speaker);
        Assert.True(quotation.Marked);
    }

    [Theory]
    [InlineData("Anna Kovacs runs the port.\n\n''We will open the docks in May,'' Kovacs said. ''The ships are waiting.\n\n''Nobody wants another winter like the last one.''", "Nobody wants another winter like the last one.")]
    [InlineData("Priya Raman runs the county's roads.\n\n``The first span is done,'' Raman said. ``The second starts in June.\n\n``Then the ramps.''", "Then the ramps.")]
    public void A_quotation_in_doubled_marks_runs_on_into_the_next_paragraph(string text, string last)
    {
        var quotations = Quotations(text);

        Assert.Equal(3, quotations.Count);
        Assert.Equal(1, quotations[2].Continues);
        Assert.NotNull(quotations[0].Speaker);
        Assert.All(quotations, q => Assert.Equal(quotations[0].Speaker, q.Speaker));
        Assert.Equal(last, quotations[2].Text);
    }

    [Fact]
    public void Apostrophes_are_never_quotation_marks()
    {
        var quotation = Single("“China’s goals don’t change, and the Blinkens’ visit won’t change them,” said Li Wei.");

        Assert.Equal("China’s goals don’t change, and the Blinkens’ visit won’t change them,", quotation.Text);
        Assert.Equal("Li Wei", quotation.Speaker);
    }

    [Fact]
    public void Single_marks_nested_inside_double_marks_stay_inside()
    {
        var quotation = Single("“He told me ‘never again’ and walked out,” Ana Ruiz said.");

        Assert.Equal("He told me ‘never again’ and walked out,", quotation.Text);
        Assert.Equal("Ana Ruiz", quotation.Speaker);
    }

    [Fact]
    public void Single_marks_on_their_own_are_a_quotation()
    {
        var quotation = Single("Residents fled. ‘We could not see anything,’ said Paul Dubois, a neighbour.");

        Assert.Equal("We could not see anything,", quotation.Text);
        Assert.Equal("Paul Dubois", quotation.Speaker);
    }

    [Fact]
    public void A_quotation_interrupted_by_its_attribution_is_two_linked_quotations()
    {
        var quotations = Quotations("Mayor Anne Hidalgo spoke on Monday.\n\n“The city is ready,” she said, “and the games will be safe.”");

        Assert.Equal(2, quotations.Count);
        Assert.All(quotations, q => Assert.Equal("Anne Hidalgo", q.Speaker));
        Assert.Equal(-1, quotations[0].Continues);
        Assert.Equal(0, quotations[1].Continues);
    }

    [Fact]
    public void A_quotation_over_several_paragraphs_is_one_part_per_paragraph_with_one_speaker()
    {
        var quotations = Quotations("“We have waited long enough for this,\n\n“and we will not wait any longer,” said Sharon Graham, the union leader.");

        Assert.Equal(2, quotations.Count);
        Assert.Equal("We have waited long enough for this,", quotations[0].Text);
        Assert.All(quotations, q => Assert.Equal("Sharon Graham", q.Speaker));
        Assert.Equal(0, quotations[1].Continues);
    }

    [Fact]
    public void Partial_quotations_in_reported_speech_take_the_reporting_subject()
    {
        var quotations = Quotations("Secretary Antony Blinken described the talks as “candid” and “productive.”");

        Assert.Equal(new[] { "candid", "productive." }, quotations.Select(q => q.Text));
        Assert.All(quotations, q => Assert.Equal("Antony Blinken", q.Speaker));
    }

    [Fact]
    public void A_quotation_whose_marks_were_dropped_is_found_from_its_attribution()
    {
        var quotations = Quotations("Mayor Tom Hale met residents.\n\nWe will rebuild every house on this street, Hale told reporters on Friday. Nobody will be left behind.");

        Assert.Equal(2, quotations.Count);
        Assert.Equal("We will rebuild every house on this street", quotations[0].Text);
        Assert.Equal("Nobody will be left behind.", quotations[1].Text);
        Assert.All(quotations, q => Assert.False(q.Marked));
        Assert.All(quotations, q => Assert.Equal("Tom Hale", q.Speaker));
        Assert.Equal(0, quotations[1].Continues);
    }

    [Fact]
    public void A_capitalised_clause_straight_after_the_cue_is_a_quotation_whose_marks_were_dropped()
    {
        var quotation = Single("Both sides met, the Chinese foreign ministry said The relationship is at its lowest point in years.");

        Assert.Equal("The relationship is at its lowest point in years.", quotation.Text);
        Assert.Equal("Chinese foreign ministry", quotation.Speaker);
        Assert.False(quotation.Marked);
    }

    [Fact]
    public void A_parenthetical_attribution_without_marks_keeps_the_words_after_it()
    {
        var quotations = Quotations("Antony Blinken spoke to reporters.\n\nHowever, he added, it is the duty of both countries to find a way forward.");

        var quotation = Assert.Single(quotations);
        Assert.Equal("it is the duty of both countries to find a way forward.", quotation.Text);
        Assert.Equal("Antony Blinken", quotation.Speaker);
    }

    [Theory]
    [InlineData("Three people died in the fire, police said.")]
    [InlineData("The talks will continue next week, U.S. and Chinese officials said Sunday.")]
    [InlineData("In remarks before the meeting, Xi said the two sides made progress.")]
    public void The_reporters_sourcing_is_not_a_quotation(string text) => Assert.Empty(Quotations(text));

    [Fact]
    public void Garbled_marks_keep_the_displaced_tail_and_are_reported()
    {
        const string text = "“We will protect our interests and values.” rule-based.” the State Department said.";
        var quotation = Single(text);

        Assert.Equal("We will protect our interests and values.” rule-based.", quotation.Text);
        Assert.Equal("State Department", quotation.Speaker);
        var issue = Assert.Single(ArticleParser.Parse("t", "t.txt", text).Issues, i => i.Id == DiagnosticCatalog.UnbalancedQuotationMark);
        Assert.Equal(text.IndexOf('”'), issue.Range.Start);
    }

    [Fact]
    public void A_closing_mark_written_as_an_opening_one_still_closes()
    {
        var quotation = Single("Xi Jinping said the two countries can cooperate to “benefit our two countries “.");

        Assert.Equal("benefit our two countries", quotation.Text);
        Assert.Equal("Xi Jinping", quotation.Speaker);
    }

    [Fact]
    public void Pronouns_resolve_to_the_named_speaker_before_them()
    {
        var quotations = Quotations("Secretary of State Antony Blinken arrived on Sunday.\n\nThe United States wants “open channels,” he told reporters.\n\n“We will keep talking,” he said.");

        Assert.Equal(2, quotations.Count);
        Assert.All(quotations, q => Assert.Equal("Antony Blinken", q.Speaker));
        Assert.All(quotations, q => Assert.Equal("he", q.AsWritten));
    }

    [Fact]
    public void The_speaker_is_the_fullest_name_the_article_gives_without_titles()
    {
        var quotations = Quotations("Chinese Foreign Minister Qin Gang met his guest.\n\n“This is not in line with our interests,” Qin said.");

        Assert.Equal("Qin Gang", Assert.Single(quotations).Speaker);
        Assert.Equal("Qin", quotations[0].AsWritten);
    }

    [Fact]
    public void An_organisation_gets_its_fullest_name()
    {
        var quotations = Quotations("The Chinese Foreign Ministry issued a statement.\n\n“The talks were candid,” the foreign ministry said.");

        Assert.Equal("Chinese Foreign Ministry", Assert.Single(quotations).Speaker);
    }

    [Fact]
    public void Attribution_after_a_dash()
    {
        var quotation = Single("“Access to the internet is essential.” -Commissioner Geoffrey Starks");

        Assert.Equal("Geoffrey Starks", quotation.Speaker);
        Assert.Null(quotation.Cue);
    }

    [Fact]
    public void A_lead_in_ending_in_a_colon_names_the_speaker_of_the_next_paragraph()
    {
        var quotation = Single("And from Chairwoman Jessica Rosenworcel:\n\n“Every consumer deserves fast and fair internet access.”");

        Assert.Equal("Jessica Rosenworcel", quotation.Speaker);
    }

    [Fact]
    public void Mixed_marks_pair_up()
    {
        var quotation = Single("“We are ready for anything\" said Maria Lopez.");

        Assert.Equal("We are ready for anything", quotation.Text);
        Assert.Equal("Maria Lopez", quotation.Speaker);
    }

    [Fact]
    public void A_cue_inside_the_marks_attributes_the_quotation()
    {
        var quotations = Quotations("Mayor Anne Hidalgo spoke.\n\n“Five years ago, she said, we made a mistake.”");

        Assert.Equal("Anne Hidalgo", Assert.Single(quotations).Speaker);
    }

    [Fact]
    public void An_appositive_between_speaker_and_cue()
    {
        var quotation = Single("Hugh Hill, a doctor at the city hospital, said: “I have seen this before.”");

        Assert.Equal("Hugh Hill", quotation.Speaker);
    }

    [Fact]
    public void Follow_on_quotations_take_the_previous_speaker_but_an_unnamed_speaker_is_not_a_follow_on()
    {
        var quotations = Quotations("“I believe in the people,” Xi Jinping told Gates. “We can do much together.”\n\n“It was terrible,” said a woman who lives nearby.");

        Assert.Equal(3, quotations.Count);
        Assert.Equal("Xi Jinping", quotations[1].Speaker);
        Assert.Null(quotations[2].Speaker);
    }

    [Theory]
    [InlineData("Locals gave him the name “Shorty.” He did not mind.")]
    [InlineData("The film “The Long Road” opens on Friday.")]
    public void A_quoted_nickname_or_title_is_not_a_quotation(string text) => Assert.Empty(Quotations(text));

    [Theory]
    [InlineData("“I am tired,” sighed Ana Ruiz.", "sighed")]
    [InlineData("Brendan Carr grumbled that the vote was “a solution in search of a problem.”", "grumbled")]
    [InlineData("“The decision is wrong,” Brendan Carr tweeted.", "tweeted")]
    [InlineData("“The decision is wrong,” Brendan Carr insisted.", "insisted")]
    public void Cues_are_a_lexicon(string text, string cue) => Assert.Equal(cue, Single(text).Cue);

    [Fact]
    public void Never_throws_on_marks_alone_and_keeps_work_bounded()
    {
        var text = string.Concat(Enumerable.Repeat("“a ” ” “ \" ' ‘ ’ said he, ", 20_000));
        var article = ArticleParser.Parse("t", "t.txt", text);

        Assert.NotEmpty(article.Quotations);
        Assert.All(article.Quotations, q => Assert.InRange(q.Text.End, 0, text.Length));
    }
}
