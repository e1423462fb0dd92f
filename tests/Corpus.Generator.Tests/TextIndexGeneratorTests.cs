using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Emitting;
using Corpus.Generator.Indexing;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing;
using Corpus.Generator.Storage;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>The text index at build time: the tokeniser and the index builder (pure C#), and the property that turns it off.</summary>
public class TextIndexGeneratorTests
{
    [Fact]
    public void Words_are_letter_and_digit_runs_folded_to_lower_case_without_accents()
    {
        var text = "Café CAFÉ cafe\u0301, naïve Ελλάδα — don’t 2024-03 ÅNGSTRÖM";

        var words = ArticleTokenizer.Words(text, 0, text.Length).ToList();

        Assert.Equal(new[] { "cafe", "cafe", "cafe", "naive", "ελλαδα", "don", "t", "2024", "03", "angstrom" }, words.Select(w => w.Term));
        Assert.Equal(new[] { "Café", "CAFÉ", "cafe\u0301", "naïve", "Ελλάδα", "don", "t", "2024", "03", "ÅNGSTRÖM" }, words.Select(w => text.Substring(w.Start, w.Length)));
    }

    [Fact]
    public void Folding_matches_unicode_decomposition_for_every_letter_of_the_table()
    {
        // The constant table against the framework's own NFD, for the letters where both are defined the same way.
        for (var c = '\u00C0'; c < '\u0250'; c++)
        {
            var folded = TermFolding.Fold(c);
            if (!char.IsLetter(c))
            {
                continue;
            }

            var decomposed = new string(c.ToString().Normalize(System.Text.NormalizationForm.FormD)
                .Where(x => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(x) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray());
            var expected = decomposed.Length == 1 ? char.ToLowerInvariant(decomposed[0]) : char.ToLowerInvariant(c);
            Assert.True(expected == folded, $"U+{(int)c:X4}: table {folded} framework {expected}");
        }
    }

    [Fact]
    public void Tokens_carry_paragraph_kind_quotation_flag_and_ordinal()
    {
        var article = ArticleParser.Parse("a", "a.txt", "A quiet headline\n\nThe mayor spoke. “We will keep the bridge open,” she said.\n\nPhoto: the bridge (Getty Images)");
        var tokens = ArticleTokenizer.Tokenize(new ParsedSeed("/p/a.txt", "News", "a", "a.txt", article, EquatableArray<SeedIssue>.Empty), enabled: true);

        var byTerm = tokens.Tokens.Select(t => (Term: tokens.Terms[t.Term], t.Ordinal, t.Paragraph, t.Flags)).ToList();
        Assert.Equal(Enumerable.Range(0, byTerm.Count), byTerm.Select(t => t.Ordinal));
        Assert.Equal((int)ParagraphKind.Headline, byTerm.First(t => t.Term == "quiet").Flags);
        Assert.Equal((int)ParagraphKind.Body, byTerm.First(t => t.Term == "mayor").Flags);
        Assert.Equal((int)ParagraphKind.Body | PostingFormat.QuotationFlag, byTerm.First(t => t.Term == "keep").Flags);
        Assert.Equal((int)ParagraphKind.Caption, byTerm.Last(t => t.Term == "bridge").Flags);
        Assert.Equal(tokens.Terms.OrderBy(t => t, System.StringComparer.Ordinal), tokens.Terms);
        Assert.Empty(ArticleTokenizer.Tokenize(new ParsedSeed("/p/a.txt", "News", "a", "a.txt", article, EquatableArray<SeedIssue>.Empty), enabled: false).Tokens);
    }

    [Fact]
    public void The_builder_sorts_terms_and_counts_occurrences_across_articles()
    {
        var first = Tokens("/p/a.txt", "Open channels are open.");
        var second = Tokens("/p/b.txt", "Channels, channels; OPEN!");

        var index = TextIndexBuilder.Build("N", "News", new[] { ArticlePostings.Encode(first), ArticlePostings.Encode(second) });

        Assert.Equal("arechannelsopen", System.Text.Encoding.UTF8.GetString(index.Terms));
        Assert.Equal(3, index.TermCount);
        Assert.Equal(7, index.TokenCount);
        Assert.Equal(2, index.ArticleCount);
        // Term table: (term start, postings start, count) per term and a closing row, 32-bit integers.
        var table = Decode(index.TermTable);
        Assert.Equal(new[] { 0, 3, 11, 15 }, new[] { table[0], table[3], table[6], table[9] });
        Assert.Equal(new[] { 1, 3, 3 }, new[] { table[2], table[5], table[8] });
        Assert.Equal(index.Postings.Length, table[10]);

        // Each article's share is copied into its term's postings with the article delta the share leaves out.
        Assert.Equal(new[] { (0, 0), (0, 3), (1, 2) }, Occurrences(index.Postings, table[7], table[10]));
        Assert.Equal(new[] { (0, 1), (1, 0), (1, 1) }, Occurrences(index.Postings, table[4], table[7]));
    }

    [Fact]
    public void An_article_share_reads_back_term_by_term()
    {
        var share = ArticlePostings.Encode(Tokens("/p/a.txt", "Open channels are open."));

        var reader = share.Read();
        var terms = new List<(string Term, int Count)>();
        while (reader.Next())
        {
            terms.Add((System.Text.Encoding.UTF8.GetString(share.Bytes.Array!, reader.TermStart, reader.TermLength), reader.Count));
        }

        Assert.Equal(new[] { ("are", 1), ("channels", 1), ("open", 2) }, terms);
        Assert.Equal(share, new ArticlePostings(new System.ArraySegment<byte>(share.Bytes.ToArray())));
    }

    [Fact]
    public void The_property_turns_the_index_off()
    {
        var options = new Dictionary<string, string> { ["build_property.RootNamespace"] = GeneratorHarness.Namespace, ["build_property.CorpusTextIndex"] = "false" };
        var driver = GeneratorHarness.Driver(GeneratorHarness.RepoSeeds(), globalOptions: options).RunGenerators(GeneratorHarness.Compilation());

        static string Corpus(GeneratorDriverRunResult result) => result.Results.Single().GeneratedSources.Single(s => s.HintName == "Seeds.g.cs").SourceText.ToString();
        Assert.DoesNotContain("TextIndex Index", Corpus(driver.GetRunResult()), System.StringComparison.Ordinal);
        Assert.Contains("TextIndex Index", Corpus(GeneratorHarness.Run(GeneratorHarness.RepoSeeds()).Result), System.StringComparison.Ordinal);

        // The build task leaves the index out of the resource too, and the fingerprint tells the two apart.
        var off = GeneratorHarness.BuildResources(GeneratorHarness.RepoSeeds(), options).Single().Bytes;
        var on = GeneratorHarness.BuildResources(GeneratorHarness.RepoSeeds()).Single().Bytes;
        Assert.True(off.Length < on.Length);
    }

    [Fact]
    public void A_seed_named_Index_does_not_clash_with_the_index_property()
    {
        var (_, output, _) = GeneratorHarness.Run(new[] { new TestSeed("/p/Index.txt", "One story about an index.") }, "static class Use { static object A => TestProject.Seeds.Index_; static object B => TestProject.Seeds.Index; }");

        Assert.Empty(GeneratorHarness.CompilerProblems(output));
    }

    private static ArticleTokens Tokens(string path, string text)
    {
        var article = ArticleParser.Parse(System.IO.Path.GetFileNameWithoutExtension(path), System.IO.Path.GetFileName(path), text);
        return ArticleTokenizer.Tokenize(new ParsedSeed(path, "News", article.Id, article.FileName, article, EquatableArray<SeedIssue>.Empty), enabled: true);
    }

    // (article, ordinal) of each posting in postings[start..end): the format the runtime's PostingCursor reads.
    private static List<(int Article, int Ordinal)> Occurrences(byte[] postings, int start, int end)
    {
        var found = new List<(int, int)>();
        var at = start;
        var article = -1;
        var ordinal = 0;
        while (at < end)
        {
            var head = Varint.Read(postings, ref at);
            if ((head & PostingFormat.NewArticleFlag) != 0)
            {
                article += Varint.Read(postings, ref at);
                ordinal = 0;
            }

            ordinal += Varint.Read(postings, ref at);
            Varint.Read(postings, ref at); // start
            if ((head & PostingFormat.LengthFlag) != 0)
            {
                Varint.Read(postings, ref at);
            }

            found.Add((article, ordinal));
        }

        return found;
    }

    private static int[] Decode(byte[] table)
    {
        var values = new int[table.Length / 4];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = System.BitConverter.ToInt32(table, 4 * i);
        }

        return values;
    }
}
