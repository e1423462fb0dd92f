using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The compiled index over a corpus of very frequent words: every term, phrase and scoped query against a brute-force
/// scan of the paragraphs' words (phrase cursors move far ahead, words are checked rarest first). Words with exactly
/// 32, 33, 64 and 65 occurrences sit on the edges of any block of postings a future skip format would use.
/// </summary>
public class TextIndexSkipTests
{
    private const int BlockSize = 32;

    private static readonly string[] Vocabulary = { "the", "of", "united", "states", "and", "said", "talks", "china", "open", "channels", "we", "will", "rare", "zeta" };
    private static readonly (string Word, int Count)[] EdgeWords = { ("edgea", 32), ("edgeb", 33), ("edgec", 64), ("edged", 65), ("edgee", 1) };

    private static readonly Lazy<(List<TestSeed> Seeds, TextIndex Index, ArticleList Articles)> Dense = new(Compile);

    public static TheoryData<string> Phrases() => new()
    {
        "the united states", "of the", "the of", "the the", "states of the", "united states", "said the", "the",
        "edgea the", "the edgeb", "edgec of", "the edged", "edgeb edgeb", "edgea", "edged", "edgee the", "open channels",
        "we will", "the united states of the", "channels and the", "zeta zeta zeta",
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Every_query_matches_a_scan_of_the_paragraphs(string phrase)
    {
        var (_, index, articles) = Dense.Value;

        var expected = Scan(articles, phrase, _ => true);
        var hits = index.Phrase(phrase).ToList();

        Assert.Equal(expected, hits.Select(Describe).ToList());
        Assert.Equal(expected.Count, index.Phrase(phrase).Count());
    }

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Scoped_queries_match_a_scan_of_the_paragraphs(string phrase)
    {
        var (_, index, articles) = Dense.Value;

        var body = Scan(articles, phrase, p => p.Kind == ParagraphKind.Body);
        Assert.Equal(body, index.Phrase(phrase, TextScope.Body).ToList().Select(Describe).ToList());

        // A phrase is quoted when each of its words is (the term query's quoted hits say which words are).
        var quotedStarts = new HashSet<(string, int)>(phrase.Split(' ').SelectMany(w => index.Term(w, TextScope.Quotations).ToList()).Select(h => (h.Article.Id, h.Start)));
        var quoted = index.Phrase(phrase).ToList().Where(h => WordStarts(h).All(s => quotedStarts.Contains((h.Article.Id, s)))).Select(Describe).ToList();
        Assert.Equal(quoted, index.Phrase(phrase, TextScope.Quotations).ToList().Select(Describe).ToList());
    }

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Paragraphs_are_the_scanned_paragraphs_each_once_in_order(string phrase)
    {
        var (_, index, articles) = Dense.Value;

        foreach (var scope in new[] { TextScope.All, TextScope.Body, TextScope.Quotations })
        {
            // All and Body from the brute-force scan; Quotations from the hits (checked against the scan above).
            var expected = scope == TextScope.Quotations
                ? index.Phrase(phrase, scope).ToList().Select(h => $"{h.Article.Id} p{h.Paragraph.Index}").Distinct().ToList()
                : Scan(articles, phrase, p => scope == TextScope.All || p.Kind == ParagraphKind.Body).Select(h => h.Split('@')[0] + " " + h.Split(' ')[1]).Distinct().ToList();

            var paragraphs = index.Phrase(phrase, scope).Paragraphs.ToList().Select(Describe).ToList();

            Assert.Equal(expected, paragraphs);
            Assert.Equal(expected.Count, index.Phrase(phrase, scope).Paragraphs.Count());
        }
    }

    [Fact]
    public void A_frequent_term_gives_each_paragraph_once_across_batches()
    {
        var (_, index, articles) = Dense.Value;
        var expected = articles.ToArray().SelectMany(a => a.Paragraphs.ToArray()).Where(p => Regex.IsMatch(p.Text, @"\bthe\b", RegexOptions.IgnoreCase)).Select(Describe).ToList();

        var paragraphs = index.Term("the").Paragraphs.ToList();

        Assert.True(paragraphs.Count > 64, $"more paragraphs than one batch holds (64): {paragraphs.Count}");
        Assert.True(index.Term("the").Count() > paragraphs.Count, "the stands more than once in some paragraphs");
        Assert.Equal(expected, paragraphs.Select(Describe).ToList());
    }

    [Fact]
    public void A_prefix_merges_its_words_paragraphs_in_article_order()
    {
        var (_, index, articles) = Dense.Value;
        var position = articles.ToArray().Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i);

        foreach (var (prefix, scope) in new[] { ("edge", TextScope.All), ("edge", TextScope.Body), ("edgea", TextScope.All), ("un", TextScope.Quotations), ("zyzzyva", TextScope.All) })
        {
            // The hits are grouped by word; their paragraphs sorted and made distinct are the merged walk's.
            var expected = index.Prefix(prefix, scope).ToList()
                .Select(h => (Article: position[h.Article.Id], h.Paragraph.Index, Text: $"{h.Article.Id} p{h.Paragraph.Index}"))
                .OrderBy(x => x.Article).ThenBy(x => x.Index).Select(x => x.Text).Distinct().ToList();

            var paragraphs = index.Prefix(prefix, scope).Paragraphs.ToList().Select(Describe).ToList();

            Assert.Equal(expected, paragraphs);
        }

        Assert.True(index.Prefix("edge").Paragraphs.Count() > index.Term("edgea").Paragraphs.Count());
    }

    [Fact]
    public void The_corpus_has_words_on_block_edges()
    {
        var (_, index, _) = Dense.Value;

        Assert.True(index.Term("the").Count() > 20 * BlockSize, "the is frequent enough to span many blocks");
        foreach (var (word, count) in EdgeWords)
        {
            Assert.Equal(count, index.Term(word).Count());
            Assert.Equal(count, index.Term(word).ToList().Count);
        }

        Assert.NotEmpty(index.Term("we", TextScope.Quotations).ToList());
    }

    [Fact]
    public void The_index_is_deterministic()
    {
        var seeds = Dense.Value.Seeds;
        byte[] Built() => GeneratorHarness.BuildResources(seeds).Single().Bytes;

        var first = Built();

        Assert.Equal(first, Built());
        var postings = Section(first, 8); // CorpusFormat.IndexPostings
        Assert.NotEmpty(postings);
    }

    private static byte[] Section(byte[] resource, int section)
    {
        var at = 24 + (section * 8);
        return resource.AsSpan(System.BitConverter.ToInt32(resource, at), System.BitConverter.ToInt32(resource, at + 4)).ToArray();
    }

    private static (List<TestSeed>, TextIndex, ArticleList) Compile()
    {
        var seeds = Articles();
        var (_, output, _) = GeneratorHarness.Run(seeds);
        var assembly = CompiledCorpus.Load(output);
        var type = assembly.GetType(GeneratorHarness.Namespace + ".Seeds", throwOnError: true)!;
        var index = (TextIndex)type.GetProperty("Index")!.GetValue(null)!;
        return (seeds, index, CompiledCorpus.Articles(assembly));
    }

    // Eight articles of frequent words (Zipf-like: "the" about one word in six), a quotation in some paragraphs,
    // "the united states" often; then the edge words at fixed pseudo-random places. Deterministic.
    private static List<TestSeed> Articles()
    {
        var random = new Random(7);
        var paragraphs = new List<List<string>>[8];
        for (var a = 0; a < paragraphs.Length; a++)
        {
            paragraphs[a] = new List<List<string>>();
            var count = 6 + random.Next(6);
            for (var p = 0; p < count; p++)
            {
                var words = new List<string>();
                var length = 20 + random.Next(60);
                while (words.Count < length)
                {
                    if (random.Next(12) == 0)
                    {
                        words.AddRange(new[] { "the", "united", "states" });
                        continue;
                    }

                    var rank = (int)Math.Floor(Math.Pow(Vocabulary.Length + 1, random.NextDouble())) - 1;
                    words.Add(Vocabulary[Math.Min(rank, Vocabulary.Length - 1)]);
                }

                paragraphs[a].Add(words);
            }
        }

        foreach (var (word, times) in EdgeWords)
        {
            for (var i = 0; i < times; i++)
            {
                var article = paragraphs[random.Next(paragraphs.Length)];
                var words = article[random.Next(article.Count)];
                words.Insert(random.Next(words.Count + 1), word);
            }
        }

        return paragraphs.Select((article, a) => new TestSeed($"/p/dense{a}.txt", Text(article, a))).ToList();
    }

    private static string Text(List<List<string>> paragraphs, int article)
    {
        var text = new StringBuilder("Dense headline number " + article + "\n\n");
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var words = paragraphs[p];
            if (p % 3 == 1)
            {
                // A quotation the extractor finds: “...,” she said.
                var split = words.Count / 2;
                text.Append(string.Join(" ", words.Take(split))).Append(". “").Append(string.Join(" ", words.Skip(split))).Append(",” she said.\n\n");
            }
            else
            {
                text.Append(string.Join(", ", Chunk(words))).Append(".\n\n");
            }
        }

        text.Append("Photo: the edge of the united states (Getty Images)\n");
        return text.ToString();
    }

    // Commas between some words: punctuation must not stop a phrase.
    private static IEnumerable<string> Chunk(List<string> words)
    {
        for (var i = 0; i < words.Count; i += 7)
        {
            yield return string.Join(" ", words.Skip(i).Take(7));
        }
    }

    private static List<string> Scan(ArticleList articles, string phrase, Func<Paragraph, bool> inScope)
    {
        var query = phrase.Split(' ');
        var found = new List<string>();
        foreach (var article in articles)
        {
            foreach (var paragraph in article.Paragraphs)
            {
                if (!inScope(paragraph))
                {
                    continue;
                }

                var words = Regex.Matches(paragraph.Text, "[A-Za-z0-9]+").Cast<Match>().ToList();
                for (var i = 0; i + query.Length <= words.Count; i++)
                {
                    if (query.Select((w, k) => string.Equals(words[i + k].Value, w, StringComparison.OrdinalIgnoreCase)).All(x => x))
                    {
                        var start = paragraph.Start + words[i].Index;
                        var last = words[i + query.Length - 1];
                        found.Add($"{article.Id}@{start}+{paragraph.Start + last.Index + last.Length - start} p{paragraph.Index}");
                    }
                }
            }
        }

        return found;
    }

    private static string Describe(Hit hit) => $"{hit.Article.Id}@{hit.Start}+{hit.Length} p{hit.Paragraph.Index}";

    private static string Describe(Paragraph paragraph) => $"{paragraph.Article.Id} p{paragraph.Index}";

    private static IEnumerable<int> WordStarts(Hit hit) => Regex.Matches(hit.Span.ToString(), "[A-Za-z0-9]+").Cast<Match>().Select(m => hit.Start + m.Index);
}

/// <summary>Collects hits (a struct enumerator cannot be used by LINQ directly).</summary>
internal static class TextHitsExtensions
{
    public static List<Hit> ToList(this TextHits hits)
    {
        var list = new List<Hit>();
        foreach (var hit in hits)
        {
            list.Add(hit);
        }

        return list;
    }

    public static List<Paragraph> ToList(this ParagraphHits paragraphs)
    {
        var list = new List<Paragraph>();
        foreach (var paragraph in paragraphs)
        {
            list.Add(paragraph);
        }

        return list;
    }
}
