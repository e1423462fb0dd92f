using System;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing;
using Corpus.Generator.Storage;
using Xunit;
using F = Corpus.Generator.Storage.ArticleTableFormat;

namespace Corpus.Generator.Tests;

/// <summary>
/// The binary article tables (Storage/ArticleTableFormat.cs): each field is as wide as its largest value, and every
/// paragraph, quotation and string reads back at run time in UTF-8 and UTF-16, whatever the widths and the text.
/// </summary>
public class ArticleTableTests
{
    private static readonly string[] Texts =
    {
        "Council keeps the bridge open\n\nLONDON (AP) - The council voted on Monday.\n\n\"We are ready,\" the mayor said. \"It opens soon,\" she said.",
        "Café reopens in Zürich\n\nZÜRICH (AFP) — The café reopened.\n\n“Nous sommes prêts,” said Amélie Dupré. “Très bien,” Dupré said.\n\n“Ça va,” she said.",
        "Emoji 🎉 in the title\n\nThe crowd cheered 🎉🎉 loudly.\n\n“Great day 🎉 for all,” said Jo Ann Smith, the 🎈 organiser. “Again,” Smith said.",
        "One line only.",
    };

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_paragraph_quotation_and_string_reads_back_in_utf8_and_utf16(int text)
    {
        var article = Compile(Texts[text]);

        AssertReadsBack(article);
    }

    [Theory]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(65535)]
    [InlineData(65536)]
    public void Paragraph_lengths_at_a_width_boundary_read_back(int utf8Length)
    {
        // One long paragraph of exactly utf8Length bytes, non-ASCII so the UTF-16 corrections are stored too.
        var body = "é " + new string('a', utf8Length - 4) + ".";
        Assert.Equal(utf8Length, Encoding.UTF8.GetByteCount(body));
        var text = "Title\n\n" + body;
        var model = Parse(text);
        var table = new ArticleTableBuilder(model.Text).Build(model);
        Assert.Equal(Bits(model.Paragraphs.Max(p => Encoding.UTF8.GetByteCount(p.Range.Of(model.Text)))), Width(table, F.ParagraphLength));

        var article = Compile(text);
        AssertReadsBack(article);
        Assert.Contains(article.Paragraphs, p => p.Utf8.Length == utf8Length);
    }

    [Fact]
    public void An_ascii_article_stores_no_utf16_corrections()
    {
        var model = Parse(Texts[0]);
        var table = new ArticleTableBuilder(model.Text).Build(model);

        foreach (var field in new[] { F.ParagraphShift, F.ParagraphExtra, F.QuotationShift, F.QuotationExtra })
        {
            Assert.Equal(0, Width(table, field));
        }

        Assert.True(Width(table, F.ParagraphStart) > 0);
    }

    [Fact]
    public void Widths_are_the_narrowest_that_hold_each_field()
    {
        var model = Parse(Texts[1]);
        var table = new ArticleTableBuilder(model.Text).Build(model);
        var offsets = new Utf8Offsets(model.Text);

        Assert.Equal(Bits(model.Paragraphs.Max(p => offsets[p.Range.Start])), Width(table, F.ParagraphStart));
        Assert.Equal(Bits(model.Paragraphs.Max(p => offsets[p.Range.Start] - p.Range.Start)), Width(table, F.ParagraphShift));
        Assert.Equal(Bits(model.Quotations.Max(q => q.Paragraph + 1)), Width(table, F.QuotationParagraph));
        Assert.Equal(Bits(model.Quotations.Max(q => q.Continues + 1)), Width(table, F.QuotationContinues));
        Assert.True(Width(table, F.ParagraphShift) > 0, "the text is not ASCII");
    }

    [Fact]
    public void A_cue_or_speaker_used_twice_is_stored_once()
    {
        var model = Parse(Texts[0]);
        var builder = new ArticleTableBuilder(model.Text);
        var table = builder.Build(model);
        var cues = model.Quotations.Select(q => q.Cue.Of(model.Text)).ToList();
        Assert.True(cues.Count >= 2 && cues.Distinct(StringComparer.Ordinal).Count() < cues.Count, "the article must repeat a cue");

        var distinct = new[] { model.Headline, model.Dateline, model.Agency }.Where(r => !r.IsNone).Select(r => r.Of(model.Text))
            .Concat(model.Quotations.SelectMany(q => new[] { q.Cue.IsNone ? null : q.Cue.Of(model.Text), q.SpeakerAsWritten.IsNone ? null : q.SpeakerAsWritten.Of(model.Text), q.Speaker }))
            .Where(s => s is not null).Distinct(StringComparer.Ordinal).Count();
        Assert.Equal(distinct, BitConverter.ToInt32(table, F.StringCount));
    }

    [Theory]
    // Each attribution writes the surname alone (a string of its own would be shared with the name's), and the full
    // name stands earlier where a search of the text would find it: first inside a longer name ("Ann Leeds") ...
    [InlineData("Bakery opens on the harbour\n\nThe Ann Leeds Trust paid for the ovens, and the baker Ann Lee opened the shop.\n\n“We are ready,” Lee said.", "Ann Lee", 1)]
    // ... or in the headline, before the story's mention that the name was taken from.
    [InlineData("Maria Lopez opens a bakery\n\nThe baker Maria Lopez opened the shop on Monday.\n\n“We are ready,” Lopez said.", "Maria Lopez", 1)]
    public void A_speaker_is_stored_as_the_mention_the_parse_chose(string text, string speaker, int paragraph)
    {
        var model = Parse(text);
        var quotation = Assert.Single(model.Quotations);
        var mention = quotation.SpeakerMention;
        Assert.Equal(speaker, quotation.Speaker);
        Assert.Equal(speaker, mention.Of(model.Text));
        Assert.InRange(mention.Start, model.Paragraphs[paragraph].Range.Start, model.Paragraphs[paragraph].Range.End);
        Assert.True(model.Text.IndexOf(speaker, StringComparison.Ordinal) < mention.Start, "the name stands earlier too, where a search of the text would find it");

        // The runtime hands out the speaker's bytes where the table stores them: at the mention, in the text.
        var article = Compile(text);
        var offsets = new Utf8Offsets(model.Text);
        var stored = Assert.Single(article.Quotations).SpeakerUtf8;
        Assert.Equal(offsets[mention.Start], OffsetInData(article, stored));
        Assert.Equal(offsets[mention.End] - offsets[mention.Start], stored.Length);
    }

    [Fact]
    public void A_composed_name_is_stored_after_the_text()
    {
        // Two spaces inside the name: no stretch of the text reads "Ann Lee", so the name is a string of its own.
        const string text = "Bakery opens on the harbour\n\n“We are ready,” said Ann  Lee, the baker.";
        var model = Parse(text);
        var quotation = Assert.Single(model.Quotations);
        Assert.Equal("Ann Lee", quotation.Speaker);
        Assert.True(quotation.SpeakerMention.IsNone);

        var article = Compile(text);
        var stored = Assert.Single(article.Quotations).SpeakerUtf8;
        Assert.True(OffsetInData(article, stored) >= article.Utf8.Length, "a composed name is stored after the text");
        Assert.Equal("Ann Lee", Encoding.UTF8.GetString(stored));
    }

    [Fact]
    public void Every_speaker_mention_of_the_seeds_reads_its_speaker()
    {
        foreach (var seed in GeneratorHarness.RepoSeeds())
        {
            var model = Parse(seed.Text);
            Assert.All(model.Quotations.Where(q => !q.SpeakerMention.IsNone), q => Assert.Equal(q.Speaker, q.SpeakerMention.Of(model.Text)));
            Assert.Contains(model.Quotations, q => !q.SpeakerMention.IsNone);
        }
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("café-zürich")]
    [InlineData("lone\uD800surrogate")]
    public void Ids_and_file_names_read_back_in_utf8_or_utf16(string name)
    {
        var (_, output, _) = GeneratorHarness.Run(new[] { new TestSeed("/p/" + name + ".txt", Texts[0]) });
        var article = CompiledCorpus.Articles(CompiledCorpus.Load(output)).Single();

        Assert.Equal(name, article.Id);
        Assert.Equal(name + ".txt", article.FileName);
    }

    [Fact]
    public void A_file_name_that_is_not_the_id_and_a_suffix_reads_back()
    {
        // Two files of one name: their ids are their folders' paths, their file names stay their own.
        var (_, output, _) = GeneratorHarness.Run(new[] { new TestSeed("/p/sport/update.txt", Texts[0]), new TestSeed("/p/news/update.txt", Texts[1]) });
        var articles = CompiledCorpus.Articles(CompiledCorpus.Load(output));

        Assert.Equal(new[] { "news/update", "sport/update" }, articles.Select(a => a.Id).OrderBy(id => id, StringComparer.Ordinal).ToArray());
        Assert.All(articles, a => Assert.Equal("update.txt", a.FileName));
    }

    [Fact]
    public void A_story_of_more_articles_than_one_varint_byte_holds_reads_back()
    {
        // 150 versions of one report: one story group whose member positions (up to 149) take two varint bytes.
        var seeds = Enumerable.Range(0, 150).Select(i => new TestSeed($"/p/v{i:D3}.txt",
            $"Harbour bridge reopens after repairs {i}\n\nLONDON (AP) - The harbour bridge reopened on Monday after two years of repairs, the council said. Engineers replaced the cables and the deck, and traffic returned at noon. Version {i}.")).ToList();
        const string probe = "public static class Probe { public static int Largest() { var most = 0; foreach (var story in TestProject.Seeds.Stories) { most = System.Math.Max(most, story.Articles.Count); } return most; } public static string Last() { var last = \"\"; foreach (var story in TestProject.Seeds.Stories) { foreach (var a in story.Articles) { last = string.CompareOrdinal(a.Id, last) > 0 ? a.Id : last; } } return last; } }";
        var (_, output, _) = GeneratorHarness.Run(seeds, probe);
        var type = CompiledCorpus.Load(output).GetType("Probe", throwOnError: true)!;

        Assert.Equal(150, (int)type.GetMethod("Largest")!.Invoke(null, null)!);
        Assert.Equal("v149", (string)type.GetMethod("Last")!.Invoke(null, null)!);
    }

    private static void AssertReadsBack(Corpus.Article article)
    {
        var text = article.Text;
        Assert.Equal(text.Length, article.Length);
        Assert.Equal(text, Encoding.UTF8.GetString(article.Utf8));
        foreach (var paragraph in article.Paragraphs)
        {
            AssertRange(article, paragraph.Text, paragraph.Utf8, paragraph.Start, paragraph.Length, paragraph.Utf8Start);
        }

        foreach (var quotation in article.Quotations)
        {
            AssertRange(article, quotation.Text, quotation.Utf8, quotation.Start, quotation.Length, quotation.Utf8Start);
            Assert.InRange(quotation.Paragraph.Index, 0, article.Paragraphs.Count - 1);
            Assert.Equal(quotation.Cue ?? string.Empty, Encoding.UTF8.GetString(quotation.CueUtf8));
            Assert.Equal(quotation.Speaker ?? string.Empty, Encoding.UTF8.GetString(quotation.SpeakerUtf8));
            Assert.Equal(quotation.SpeakerAsWritten ?? string.Empty, Encoding.UTF8.GetString(quotation.SpeakerAsWrittenUtf8));
            if (quotation.IsContinuation)
            {
                Assert.True(quotation.Continues.Index < quotation.Index);
            }
        }

        Assert.Equal(article.Headline ?? string.Empty, Encoding.UTF8.GetString(article.HeadlineUtf8));
        Assert.Equal(article.Dateline ?? string.Empty, Encoding.UTF8.GetString(article.DatelineUtf8));
    }

    private static void AssertRange(Corpus.Article article, string value, ReadOnlySpan<byte> utf8, int start, int length, int utf8Start)
    {
        Assert.Equal(article.Text.Substring(start, length), value);
        Assert.Equal(Encoding.UTF8.GetByteCount(article.Text.AsSpan(0, start)), utf8Start);
        Assert.True(utf8.SequenceEqual(article.Utf8.Slice(utf8Start, utf8.Length)));
        Assert.Equal(value, Encoding.UTF8.GetString(utf8));
    }

    /// <summary>Where a string the runtime hands out starts in the article's data (its text, then the strings stored after it).</summary>
    private static long OffsetInData(Corpus.Article article, ReadOnlySpan<byte> value) =>
        (long)Unsafe.ByteOffset(ref MemoryMarshal.GetReference(article.Utf8), ref MemoryMarshal.GetReference(value));

    private static Corpus.Article Compile(string text)
    {
        var (_, output, _) = GeneratorHarness.Run(new[] { new TestSeed("/p/article.txt", text) });
        var article = CompiledCorpus.Articles(CompiledCorpus.Load(output)).Single();
        Assert.Equal("article", article.Id);
        return article;
    }

    private static ArticleModel Parse(string text) =>
        SeedParser.Parse(new SeedFile("/p/article.txt", "article.txt", "Seeds", text, DecodedAsUtf8: true)).Article!;

    private static int Width(byte[] table, int field) => BitConverter.ToUInt16(table, F.Descriptors + (2 * field)) & F.WidthMask;

    private static int Bits(long max)
    {
        var bits = 0;
        while ((max >> bits) != 0)
        {
            bits++;
        }

        return bits;
    }
}
