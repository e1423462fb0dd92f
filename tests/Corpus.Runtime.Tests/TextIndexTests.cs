using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Corpus.Runtime.Tests;

/// <summary>
/// The compiled text index over the real seeds and the Extra corpus: every count is checked against an independent
/// scan of the articles' paragraphs (a regular expression over <see cref="Paragraph.Text"/>), not against the index.
/// </summary>
public class TextIndexTests
{
    [Fact]
    public void A_term_is_found_as_often_as_a_scan_of_the_paragraphs_finds_it()
    {
        var expected = Scan(Seeds.Articles, @"\bblinken\b").Count;

        var hits = Hits(Seeds.Index.Term("Blinken"));

        Assert.True(expected > 50, "the seeds name Blinken often");
        Assert.Equal(expected, hits.Count);
        Assert.Equal(expected, Seeds.Index.Term("blinken").Count());
        Assert.All(hits, h => Assert.Equal("Blinken", h.Span.ToString()));
        Assert.All(hits, h => Assert.InRange(h.Start - h.Paragraph.Start, 0, h.Paragraph.Length - h.Length));
        Assert.Equal(Scan(Seeds.Articles, @"\bblinken\b"), hits.Select(h => (h.Article.Id, h.Start)).ToList());
    }

    [Fact]
    public void Unknown_words_and_empty_queries_find_nothing()
    {
        Assert.Equal(0, Seeds.Index.Term("zyzzyva").Count());
        Assert.Equal(0, Seeds.Index.Term("  ").Count());
        Assert.Equal(0, Seeds.Index.Phrase("Blinken zyzzyva").Count());
        Assert.Equal(0, Seeds.Index.Prefix("zyzz").Count());
        Assert.True(Seeds.Index.TermCount > 500);
    }

    [Fact]
    public void Case_and_accents_are_ignored_on_both_sides()
    {
        // accents.txt: Café, CAFÉ, cafe, Cafe + combining acute, café in a quotation, café in a caption; unicode.txt: Café.
        Assert.Equal(7, Extra.Index.Term("cafe").Count());
        Assert.Equal(7, Extra.Index.Term("CAFÉ").Count());
        Assert.Equal(7, Extra.Index.Term("cafe\u0301").Count());
        Assert.Equal(2, Extra.Index.Term("naive").Count());
        Assert.Equal(1, Extra.Index.Term("ELODIE").Count());
        Assert.Equal(1, Extra.Index.Term("unicode").Count());

        var spans = Hits(Extra.Index.Term("cafe")).Select(h => h.Span.ToString()).ToList();
        Assert.Equal(new[] { "Café", "CAFÉ", "cafe", "Cafe\u0301", "café", "café", "Café" }, spans);
    }

    [Fact]
    public void A_prefix_finds_every_word_that_starts_with_it()
    {
        var expected = Scan(Seeds.Articles, @"\bcommun\w*").Count;

        var hits = Hits(Seeds.Index.Prefix("Commun"));

        Assert.True(expected >= 15);
        Assert.Equal(expected, hits.Count);
        Assert.All(hits, h => Assert.StartsWith("commun", h.Span.ToString(), StringComparison.OrdinalIgnoreCase));
        Assert.Throws<ArgumentException>(() => Seeds.Index.Prefix("open chan"));
    }

    [Fact]
    public void A_phrase_finds_its_words_next_to_each_other()
    {
        var expected = Scan(Seeds.Articles, @"\bopen\W+channels\b").Count;

        var hits = Hits(Seeds.Index.Phrase("open channels"));

        Assert.Equal(2, expected);
        Assert.Equal(expected, hits.Count);
        Assert.All(hits, h => Assert.Equal("open channels", h.Span.ToString()));
        Assert.Equal(Scan(Seeds.Articles, @"\bsecretary\W+of\W+state\b").Count, Seeds.Index.Phrase("Secretary of State").Count());
        Assert.Equal(Scan(Seeds.Articles, @"\bsaid\W+blinken\b").Count, Seeds.Index.Phrase("said, Blinken").Count()); // punctuation is ignored
        Assert.Equal(Seeds.Index.Phrase("open channels").Count(), Seeds.Index.Term("open channels").Count());

        // Frequent words around a rarer one (the cursors of "of" and "the" skip far ahead).
        var frequent = Hits(Seeds.Index.Phrase("of the United States"));
        Assert.Equal(Scan(Seeds.Articles, @"\bof\W+the\W+united\W+states\b"), frequent.Select(h => (h.Article.Id, h.Start)).ToList());
        Assert.All(frequent, h => Assert.Equal("of the united states", Regex.Replace(h.Span.ToString(), @"\W+", " ").ToLowerInvariant()));
        Assert.Equal(Scan(Seeds.Articles, @"\bthe\W+united\W+states\b").Count, Seeds.Index.Phrase("THE united States").Count());
        Assert.Equal(4, Seeds.Index.Phrase("of the United States", TextScope.Body).Count()); // 004's fifth is in "(Also read: ...)"
        Assert.Throws<ArgumentException>(() => Seeds.Index.Phrase("one two three four five six seven eight nine"));
    }

    [Fact]
    public void Paragraphs_are_those_a_scan_finds_the_word_in_each_once()
    {
        var expected = Seeds.Articles.ToArray().SelectMany(a => a.Paragraphs.ToArray())
            .Where(p => Regex.IsMatch(p.Text, @"\bblinken\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
            .Select(p => (p.Article.Id, p.Index)).ToList();

        var paragraphs = new List<(string, int)>();
        foreach (var paragraph in Seeds.Index.Term("Blinken").Paragraphs)
        {
            paragraphs.Add((paragraph.Article.Id, paragraph.Index));
        }

        Assert.True(Seeds.Index.Term("Blinken").Count() > expected.Count, "some paragraphs name Blinken twice");
        Assert.Equal(expected, paragraphs);
        Assert.Equal(expected.Count, Seeds.Index.Term("blinken").Paragraphs.Count());
        Assert.Equal(Describe(expected.Count), Seeds.Index.Term("blinken").Paragraphs.ToString());
        Assert.Equal(0, Seeds.Index.Term("zyzzyva").Paragraphs.Count());
        Assert.Equal(0, default(TextHits).Paragraphs.Count());
        Assert.Equal(Hits(Extra.Index.Term("cafe", TextScope.Body)).Select(h => (h.Article.Id, h.Paragraph.Index)).Distinct(), ParagraphsOf(Extra.Index.Term("cafe", TextScope.Body)));
        Assert.Equal(Hits(Seeds.Index.Phrase("open channels")).Select(h => (h.Article.Id, h.Paragraph.Index)).Distinct(), ParagraphsOf(Seeds.Index.Phrase("open channels")));
    }

    [Fact]
    public void Body_scope_keeps_body_paragraphs_only()
    {
        var all = Hits(Extra.Index.Term("cafe"));
        var body = Hits(Extra.Index.Term("cafe", TextScope.Body));

        Assert.Equal(all.Where(h => h.Paragraph.Kind == ParagraphKind.Body).Select(h => h.Start), body.Select(h => h.Start));
        Assert.Equal(4, body.Count(h => h.Article == Extra.accents)); // not the headline, not the caption
        Assert.All(Hits(Seeds.Index.Term("Blinken", TextScope.Body)), h => Assert.Equal(ParagraphKind.Body, h.Paragraph.Kind));
        Assert.True(Seeds.Index.Term("Blinken", TextScope.Body).Count() < Seeds.Index.Term("Blinken").Count());
    }

    [Fact]
    public void Quotation_scope_keeps_quoted_words_only()
    {
        var quoted = Hits(Seeds.Index.Term("we", TextScope.Quotations));
        var expected = Hits(Seeds.Index.Term("we")).Where(h => InsideQuotation(h)).Select(h => (h.Article.Id, h.Start));

        Assert.NotEmpty(quoted);
        Assert.Equal(expected, quoted.Select(h => (h.Article.Id, h.Start)));
        Assert.All(quoted, h => Assert.True(h.InQuotation));
        Assert.Single(Hits(Extra.Index.Term("cafe", TextScope.Quotations)));
        Assert.Equal(Seeds.Index.Phrase("open channels", TextScope.Quotations).Count(), Hits(Seeds.Index.Phrase("open channels")).Count(InsideQuotation));
    }

    [Fact]
    public void Queries_allocate_nothing_after_first_use()
    {
        var warm = RunQueries();

        var before = GC.GetAllocatedBytesForCurrentThread();
        var again = RunQueries();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(warm, again);
        Assert.True(again > 100);
        Assert.Equal(0, allocated);
    }

    private static long RunQueries()
    {
        long total = 0;
        foreach (var hit in Seeds.Index.Term("Blinken"))
        {
            total += hit.Start + hit.Length + hit.Paragraph.Index + hit.Article.Length;
        }

        foreach (var hit in Seeds.Index.Prefix("commun", TextScope.Body))
        {
            total += hit.Start;
        }

        foreach (var hit in Seeds.Index.Phrase("open channels", TextScope.Quotations))
        {
            total += hit.Start;
        }

        foreach (var hit in Extra.Index.Term("CAFÉ"))
        {
            total += hit.Start + (hit.InQuotation ? 1 : 0);
        }

        total += Seeds.Index.Phrase("Secretary of State").Count() + Seeds.Index.Term("we", TextScope.Quotations).Count();

        // Paragraphs: a term's batched walk, a phrase's, and a prefix's merge (its cursors from the pool, returned).
        foreach (var paragraph in Seeds.Index.Term("Blinken").Paragraphs)
        {
            total += paragraph.Index;
        }

        foreach (var paragraph in Seeds.Index.Prefix("commun").Paragraphs)
        {
            total += paragraph.Index + paragraph.Article.Length;
        }

        total += Seeds.Index.Phrase("Secretary of State", TextScope.Body).Paragraphs.Count();
        return total;
    }

    private static bool InsideQuotation(Hit hit)
    {
        foreach (var quotation in hit.Article.Quotations)
        {
            if (hit.Start >= quotation.Start && hit.Start < quotation.Start + quotation.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static string Describe(int paragraphs) => paragraphs == 1 ? "1 paragraph" : paragraphs.ToString(System.Globalization.CultureInfo.InvariantCulture) + " paragraphs";

    private static List<(string, int)> ParagraphsOf(TextHits hits)
    {
        var list = new List<(string, int)>();
        foreach (var paragraph in hits.Paragraphs)
        {
            list.Add((paragraph.Article.Id, paragraph.Index));
        }

        return list;
    }

    private static List<Hit> Hits(TextHits hits)
    {
        var list = new List<Hit>();
        foreach (var hit in hits)
        {
            list.Add(hit);
        }

        return list;
    }

    // The independent count: a case-insensitive regular expression over every paragraph's text.
    private static List<(string Id, int Start)> Scan(ArticleList articles, string pattern)
    {
        var found = new List<(string, int)>();
        foreach (var article in articles)
        {
            foreach (var paragraph in article.Paragraphs)
            {
                foreach (Match match in Regex.Matches(paragraph.Text, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
                {
                    found.Add((article.Id, paragraph.Start + match.Index));
                }
            }
        }

        return found;
    }
}
