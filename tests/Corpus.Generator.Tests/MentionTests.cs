using System.Linq;
using Corpus.Generator.Analysis;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The names an article gives, recorded once by the parse (<see cref="ArticleModel.Mentions"/>): what they hold, and
/// that the story facts take their names from them rather than reading the text again.
/// </summary>
public sealed class MentionTests
{
    private const string Story =
        "Harbour bakery opens\n\n" +
        "Harbour Minister Ann Lee visited Acme Research on Monday with the baker Tom K. Ward.\n\n" +
        "Lee’s plan was welcomed, Ward said.";

    private static ArticleModel Parse(string text) => ArticleParser.Parse("a", "a.txt", text);

    [Fact]
    public void The_parse_records_each_name_in_text_order_with_its_words_kind_and_title()
    {
        var article = Parse(Story);
        var mentions = article.Mentions.Select(m => (m.Range.Of(article.Text), m.Name, m.Kind, m.Titled, m.Title.Of(article.Text))).ToList();

        Assert.Equal(
            new[]
            {
                ("Ann Lee", "Ann Lee", MentionKind.Person, true, "Harbour Minister"),
                ("Acme Research", "Acme Research", MentionKind.Organisation, false, ""),
                ("Tom K. Ward", "Tom K. Ward", MentionKind.Person, false, ""),
                ("Lee’s", "Lee", MentionKind.Person, false, ""),
                ("Ward", "Ward", MentionKind.Person, false, ""),
            },
            mentions);
    }

    [Fact]
    public void Story_facts_name_the_people_the_parse_recorded()
    {
        var article = Parse(Story);
        var facts = StoryFacts.Of(new ParsedSeed("/p/a.txt", "Seeds", "a", "a.txt", article, EquatableArray<SeedIssue>.Empty));

        // Full names only, each once, at the recorded mention and with its title.
        Assert.Equal(new[] { ("Ann Lee", "Harbour Minister"), ("Tom K. Ward", "") }, facts.Names.Select(n => (n.Name, n.Title)).ToArray());
        Assert.Equal(article.Mentions[0].Range, facts.Names[0].Range);
    }

    [Fact]
    public void Story_facts_read_no_name_the_parse_did_not_record()
    {
        // The same article with its mentions taken away: the story facts find no one, so they read names from the model alone.
        var article = Parse(Story) with { Mentions = EquatableArray<MentionModel>.Empty };
        var facts = StoryFacts.Of(new ParsedSeed("/p/a.txt", "Seeds", "a", "a.txt", article, EquatableArray<SeedIssue>.Empty));

        Assert.Empty(facts.Names);
    }

    [Fact]
    public void A_sentence_opener_inside_quotation_marks_is_not_recorded_as_part_of_a_name()
    {
        // Inside marks the parse reads the quotation as one sentence, so "During" and "With" stand mid-sentence there.
        var article = Parse(
            "Harbour bakery opens\n\n" +
            "“During Ann Lee’s years in office, the harbour grew. With Tom Ward in charge, it will grow again,” the baker said.\n\n" +
            "Lee and Ward did not comment.");

        var names = article.Mentions.Select(m => m.Name).ToList();

        Assert.Contains("Ann Lee", names);
        Assert.Contains("Tom Ward", names);
        Assert.DoesNotContain(names, n => n.StartsWith("During", System.StringComparison.Ordinal) || n.StartsWith("With", System.StringComparison.Ordinal));
        Assert.All(article.Mentions, m => Assert.Equal(m.Name.Replace(" ", string.Empty), m.Range.Of(article.Text).Replace(" ", string.Empty).Replace("’s", string.Empty)));
    }
}
