using System;
using System.Linq;
using Xunit;

namespace Corpus.Runtime.Tests;

/// <summary>Quotations by speaker and the speaker list, over the compiled seeds.</summary>
public class SpeakerQueryTests
{
    [Theory]
    [InlineData("Antony Blinken")]
    [InlineData("Blinken")]
    [InlineData("antony blinken")]
    public void Quotations_by_speaker_find_every_quotation_of_that_speaker(string name)
    {
        // A surname finds every speaker it ends (one seed quotes him only as "Blinken"); a full name only that name.
        var surname = !name.Contains(' ', System.StringComparison.Ordinal);
        bool Matches(string? speaker) => surname ? speaker is not null && speaker.EndsWith(name, System.StringComparison.Ordinal) : speaker == "Antony Blinken";
        var expected = Seeds.Articles.SelectMany(a => a.Quotations).Count(q => Matches(q.Speaker));

        var found = 0;
        foreach (var quotation in Seeds.Articles.QuotationsBy(name))
        {
            Assert.True(Matches(quotation.Speaker), quotation.Speaker);
            found++;
        }

        Assert.True(expected >= 10, "the seeds quote Blinken often");
        Assert.Equal(expected, found);
    }

    [Fact]
    public void The_corpus_wide_speaker_index_finds_what_walking_every_article_finds()
    {
        // Every name a speaker answers to, plus spacing and case variants (the index is built on the first lookup).
        var names = Seeds.Articles.SelectMany(a => a.Quotations)
            .SelectMany(q => new[] { q.Speaker, q.SpeakerAsWritten }.Concat(q.Speaker?.Split(' ') ?? Array.Empty<string>()))
            .Where(n => !string.IsNullOrEmpty(n))
            .SelectMany(n => new[] { n!, n!.ToUpperInvariant(), " " + n + " " })
            .Append("Nobody Atall")
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.True(names.Count > 30);
        foreach (var name in names)
        {
            var walked = Seeds.Articles.SelectMany(a => ToList(a.QuotationsBy(name))).ToList();
            var indexed = ToList(Seeds.Articles.QuotationsBy(name));

            Assert.Equal(walked.Select(q => (q.Article.Id, q.Text)), indexed.Select(q => (q.Article.Id, q.Text)));
            Assert.Equal(walked.Count, Seeds.Articles.QuotationsBy(name).Count());
        }
    }

    [Fact]
    public void A_shorter_organisation_name_and_the_name_as_written_find_the_speaker()
    {
        Assert.True(Seeds.Articles.QuotationsBy("foreign ministry").Count() >= 3);
        Assert.All(ToList(Seeds.Articles.QuotationsBy("Foreign Ministry")), q => Assert.EndsWith("Foreign Ministry", q.Speaker!, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, Seeds.Articles.QuotationsBy("Ministry of Truth").Count());
        Assert.Equal(0, Seeds.Articles.QuotationsBy("lin").Count()); // a name's words, not its letters
    }

    [Fact]
    public void Quotations_by_speaker_in_one_article()
    {
        var article = Seeds._001_513e344c2a5b3e7a;
        Assert.Equal(article.Quotations.Count(q => q.Speaker == "Wang Huiyao"), article.QuotationsBy("Wang").Count());
        Assert.Equal(0, article.QuotationsBy("Xi Jinping").Count());
    }

    [Fact]
    public void Speakers_are_listed_with_their_counts_most_quoted_first()
    {
        var speakers = Seeds.Articles.Speakers().ToArray();
        var expected = Seeds.Articles.SelectMany(a => a.Quotations).Where(q => q.Speaker is not null)
            .GroupBy(q => q.Speaker!).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(expected.Count, speakers.Length);
        Assert.All(speakers, s => Assert.Equal(expected[s.Name], s.Count));
        Assert.Equal("Antony Blinken", speakers[0].Name);
        Assert.True(speakers.Zip(speakers.Skip(1)).All(p => p.First.Count >= p.Second.Count));
    }

    [Fact]
    public void Speaker_queries_allocate_nothing_after_first_use()
    {
        _ = Seeds.Articles.QuotationsBy("Blinken").Count();
        _ = Seeds.Articles.Speakers();

        var before = GC.GetAllocatedBytesForCurrentThread();
        var count = Seeds.Articles.QuotationsBy("Blinken").Count();
        var speakers = Seeds.Articles.Speakers().Length;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(count > 0 && speakers > 0);
        Assert.Equal(0, allocated);
    }

    private static System.Collections.Generic.List<Quotation> ToList(SpeakerQuotations quotations)
    {
        var list = new System.Collections.Generic.List<Quotation>();
        foreach (var q in quotations)
        {
            list.Add(q);
        }

        return list;
    }
}
