using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Storage;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The ids and file names of a corpus resource (CorpusFormat.Ids and IdTable, format 4): every id stored once in
/// UTF-8, found by <c>Find</c> through the tagged hash buckets, and every file name read back, whether it is the id
/// and ".txt" (nothing stored), the id and another suffix, another name, or a name UTF-8 cannot hold.
/// </summary>
public class ResourceIdTests
{
    private const string Text = "LONDON (AP) — A council voted on Monday to keep the old bridge open.";

    [Fact]
    public void Non_ascii_ids_and_file_names_read_back_and_are_found()
    {
        var names = new[] { "/p/café-zürich.txt", "/p/日本語の記事.txt", "/p/party🎉time.md", "/p/plain.txt", "/p/sport/update.txt", "/p/world/update.txt", "/p/lone\uD800surrogate.txt", "/p/low\uDC00.txt", "/p/tab\tand\0nul.txt" };
        var store = Store(names.Select((n, i) => new TestSeed(n, Text + " " + i + ".")));

        var fileNames = new List<string>();
        foreach (var article in store.Articles)
        {
            Assert.Same(article, store.Find(article.Id.AsSpan()));
            Assert.Null(store.Find((article.Id + "é").AsSpan()));
            Assert.Null(store.Find(article.Id.AsSpan(0, article.Id.Length - 1)));
            fileNames.Add(article.FileName);
        }

        // A lone surrogate reaches the writer already replaced (the ids are cleaned so, and the file name with them).
        var expected = names.Select(n => n.Substring(n.LastIndexOf('/') + 1).Replace('\uD800', '\uFFFD').Replace('\uDC00', '\uFFFD'));
        Assert.Equal(expected.OrderBy(n => n, StringComparer.Ordinal), fileNames.OrderBy(n => n, StringComparer.Ordinal));
        Assert.Contains(store.Articles, a => a.Id == "party🎉time" && a.FileName == "party🎉time.md");
        Assert.Contains(store.Articles, a => a.Id == "sport/update" && a.FileName == "update.txt");
    }

    [Fact]
    public void A_query_of_single_byte_characters_never_equals_a_stored_multi_byte_id()
    {
        // "é" is C3 A9 in UTF-8: the two characters U+00C3 U+00A9 have the same count and values, and must not match.
        var store = Store(new[] { new TestSeed("/p/é.txt", Text) });

        Assert.NotNull(store.Find("é".AsSpan()));
        Assert.Null(store.Find("\u00C3\u00A9".AsSpan()));
        Assert.Null(store.Find("e\u0301".AsSpan()));
    }

    [Fact]
    public void Ids_beyond_64_kilobytes_use_32_bit_starts_and_are_all_found()
    {
        // 300 ids of 230 characters: 69,000 bytes of ids, past the 16-bit starts.
        var seeds = Enumerable.Range(0, 300).Select(i => new TestSeed("/p/" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture) + new string('x', 227) + ".txt", Text)).ToList();
        Assert.Equal(4, CorpusFormat.IdStartWidth(seeds.Sum(s => s.Path.Length - 7)));
        var store = Store(seeds);

        Assert.Equal(300, store.Articles.Count);
        foreach (var article in store.Articles)
        {
            Assert.Same(article, store.Find(article.Id.AsSpan()));
            Assert.Equal(article.Id + ".txt", article.FileName);
            Assert.Null(store.Find(article.Id.Replace('x', 'y').AsSpan()));
        }
    }

    [Fact]
    public void The_id_hash_reads_only_the_id_and_every_character_counts()
    {
        var text = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOP";
        for (var length = 0; length <= 40; length++)
        {
            var id = text.Substring(0, length);
            // A span cut from a longer text hashes as the string alone: no load reaches past the id's end.
            Assert.Equal(CorpusFormat.IdHash(id.AsSpan()), CorpusFormat.IdHash(text.AsSpan(0, length)));
            var seen = new HashSet<ulong> { CorpusFormat.IdHash(id.AsSpan()) };
            for (var at = 0; at < length; at++)
            {
                var changed = id.Substring(0, at) + (char)(id[at] ^ 0x100) + id.Substring(at + 1);
                Assert.True(seen.Add(CorpusFormat.IdHash(changed.AsSpan())), $"length {length}, character {at}");
            }
        }
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("café-zürich")]
    [InlineData("日本語")]
    [InlineData("party🎉time")]
    public void Ids_are_stored_as_their_utf8(string id) => Assert.Equal(System.Text.Encoding.UTF8.GetBytes(id), IdBytes(id));

    [Fact]
    public void A_lone_surrogate_is_stored_as_its_own_three_bytes()
    {
        Assert.Equal(new byte[] { 0x61, 0xED, 0xA0, 0x80, 0x62 }, IdBytes("a\uD800b"));
        Assert.Equal(new byte[] { 0xED, 0xB0, 0x80 }, IdBytes("\uDC00"));
    }

    [Fact]
    public void The_tag_and_position_share_a_bucket_without_overlap()
    {
        foreach (var count in new[] { 1, 2, 3, 255, 256, 65_535, 65_536, 70_000, 200_000 })
        {
            var mask = CorpusFormat.PositionMask(count);
            Assert.True(mask >= (uint)count && mask < 2u * (uint)count + 1, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(0u, CorpusFormat.IdTag(ulong.MaxValue, mask) & mask);
            Assert.Equal(~mask, CorpusFormat.IdTag(ulong.MaxValue, mask));
        }
    }

    private static byte[] IdBytes(string id)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < id.Length;)
        {
            var n = CorpusFormat.NextIdBytes(id.AsSpan(), ref i, out var packed);
            for (; n > 0; n--, packed >>= 8)
            {
                bytes.Add((byte)packed);
            }
        }

        return bytes.ToArray();
    }

    private static Corpus.CorpusStore Store(IEnumerable<TestSeed> seeds)
    {
        var (_, output, _) = GeneratorHarness.Run(seeds);
        return CompiledCorpus.Store(CompiledCorpus.Load(output));
    }
}
