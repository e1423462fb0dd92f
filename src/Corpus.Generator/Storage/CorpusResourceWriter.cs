using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Corpus.Generator.Analysis;
using Corpus.Generator.Emitting;
using Corpus.Generator.Naming;

namespace Corpus.Generator.Storage;

/// <summary>
/// Writes one corpus resource in the layout of <see cref="CorpusFormat"/> (the file the runtime's <c>CorpusStore</c>
/// reads): the header with the fingerprint, the section table, then the sections, each aligned. Streamed: every
/// section's length is known before the first byte is written, and the articles are copied from the spill in order.
/// </summary>
internal static class CorpusResourceWriter
{
    /// <summary>The largest resource the format's 32-bit offsets (and one managed resource) can hold.</summary>
    public const long MaxLength = int.MaxValue;

    private static readonly byte[] Padding = new byte[CorpusFormat.Alignment];

    /// <summary>The sections before the articles: sorted ids and their table, the story tables, the text index.</summary>
    /// <param name="members">The corpus's members in <c>Articles</c> order.</param>
    /// <param name="stories">The corpus's story analysis (its articles in the same order).</param>
    /// <param name="index">The text index, or null when it is turned off.</param>
    public static IReadOnlyList<byte[]> FixedSections(IReadOnlyList<MemberAssignment> members, StorySource stories, TextIndexSource? index)
    {
        var (ids, idTable) = SortedIds(members);
        return new[]
        {
            ids,
            idTable,
            StoryTableEncoding.Groups(stories),
            StoryTableEncoding.Clusters(stories),
            StoryTableEncoding.Names(stories),
            StoryTableEncoding.NameStrings(stories),
            index is null ? Array.Empty<byte>() : Encoding.UTF8.GetBytes(index.Terms),
            index is null ? Array.Empty<byte>() : Encoding.ASCII.GetBytes(index.TermTable),
            index is null ? Array.Empty<byte>() : Indexing.PostingEncoding.Bytes(index.Postings),
        };
    }

    /// <summary>The resource's length: header, section table and every section, each aligned.</summary>
    public static long Length(IReadOnlyList<MemberAssignment> members, IReadOnlyList<SpilledArticle> articles, IReadOnlyList<byte[]> fixedSections)
    {
        long offset = CorpusFormat.Align(CorpusFormat.HeaderLength + (8 * CorpusFormat.SectionCount(members.Count)));
        foreach (var length in SectionLengths(members, articles, fixedSections))
        {
            offset = AlignLong(offset + length);
        }

        return offset;
    }

    public static void Write(Stream output, ulong fingerprint, IReadOnlyList<MemberAssignment> members, IReadOnlyList<SpilledArticle> articles, IReadOnlyList<byte[]> fixedSections, ArticleSpill spill)
    {
        var count = CorpusFormat.SectionCount(members.Count);
        var start = CorpusFormat.Align(CorpusFormat.HeaderLength + (8 * count));
        var header = new byte[start];
        CorpusFormat.WriteInt32(header, 0, CorpusFormat.Magic);
        CorpusFormat.WriteInt32(header, 4, CorpusFormat.Version);
        CorpusFormat.WriteInt32(header, 8, unchecked((int)fingerprint));
        CorpusFormat.WriteInt32(header, 12, unchecked((int)(fingerprint >> 32)));
        CorpusFormat.WriteInt32(header, 16, members.Count);
        CorpusFormat.WriteInt32(header, 20, count);
        var offset = start;
        var s = 0;
        foreach (var length in SectionLengths(members, articles, fixedSections))
        {
            CorpusFormat.WriteInt32(header, CorpusFormat.HeaderLength + (s * 8), offset);
            CorpusFormat.WriteInt32(header, CorpusFormat.HeaderLength + (s * 8) + 4, length);
            offset = checked(CorpusFormat.Align(checked(offset + length)));
            s++;
        }

        output.Write(header, 0, header.Length);
        foreach (var section in fixedSections)
        {
            WriteAligned(output, section);
        }

        var buffer = new byte[64 * 1024];
        for (var i = 0; i < members.Count; i++)
        {
            var article = articles[i];
            spill.CopyTo(article.Offset, article.DataLength, output, buffer);
            Pad(output, article.DataLength);
            spill.CopyTo(article.Offset + article.DataLength, article.TableLength, output, buffer);
            WriteAligned(output, Names(members[i], article), article.TableLength);
        }
    }

    private static IEnumerable<int> SectionLengths(IReadOnlyList<MemberAssignment> members, IReadOnlyList<SpilledArticle> articles, IReadOnlyList<byte[]> fixedSections)
    {
        foreach (var section in fixedSections)
        {
            yield return section.Length;
        }

        for (var i = 0; i < members.Count; i++)
        {
            yield return articles[i].DataLength;
            yield return articles[i].TableLength + Names(members[i], articles[i]).Length;
        }
    }

    // The member's id, unique in the corpus (sport/update when two files share a name), not the file's own; a file name
    // that is the id and a suffix ("id.txt") is stored as the suffix after a second NUL.
    private static string NamesText(MemberAssignment member, SpilledArticle article) =>
        member.Id + "\0" + (article.FileName.StartsWith(member.Id, StringComparison.Ordinal) ? "\0" + article.FileName.Substring(member.Id.Length) : article.FileName);

    // UTF-8, unless a name holds a lone surrogate (a file name may), which only UTF-16 keeps: then a 0xFF byte (never in
    // UTF-8) and a zero byte lead the UTF-16LE text (CorpusFormat.Utf16Names).
    private static byte[] Names(MemberAssignment member, SpilledArticle article)
    {
        var text = NamesText(member, article);
        var utf8 = Encoding.UTF8.GetBytes(text);
        if (Encoding.UTF8.GetString(utf8) == text)
        {
            return utf8;
        }

        var utf16 = Encoding.Unicode.GetBytes(text);
        var bytes = new byte[2 + utf16.Length];
        bytes[0] = CorpusFormat.Utf16Names;
        utf16.CopyTo(bytes, 2);
        return bytes;
    }

    private static void WriteAligned(Stream output, byte[] section, int written = 0)
    {
        output.Write(section, 0, section.Length);
        Pad(output, written + section.Length);
    }

    private static void Pad(Stream output, int length)
    {
        var padding = CorpusFormat.Align(length) - length;
        output.Write(Padding, 0, padding);
    }

    private static long AlignLong(long offset) => (offset + CorpusFormat.Alignment - 1) & ~(long)(CorpusFormat.Alignment - 1);

    // Ordinal order of UTF-16 code units, then the hash buckets Find probes (CorpusFormat.SortedIdTable); ids go into
    // the buckets in sorted order, so when two seeds share an id the first is found.
    private static (byte[] Ids, byte[] Table) SortedIds(IReadOnlyList<MemberAssignment> members)
    {
        var sorted = members.Select((member, position) => (member, position))
            .OrderBy(x => x.member.Id, StringComparer.Ordinal)
            .ToList();
        var text = new StringBuilder();
        var entries = sorted.Count * 4 * CorpusFormat.SortedIdWidth;
        var buckets = CorpusFormat.IdBuckets(sorted.Count);
        var table = new byte[entries + (4 * buckets)];
        for (var i = 0; i < sorted.Count; i++)
        {
            var id = sorted[i].member.Id;
            CorpusFormat.WriteInt32(table, i * 12, text.Length);
            CorpusFormat.WriteInt32(table, (i * 12) + 4, id.Length);
            CorpusFormat.WriteInt32(table, (i * 12) + 8, sorted[i].position);
            text.Append(id);

            var slot = (int)(CorpusFormat.IdHash(id.AsSpan()) & (uint)(buckets - 1));
            while (CorpusFormat.ReadInt32(table, entries + (4 * slot)) != 0)
            {
                slot = (slot + 1) & (buckets - 1);
            }

            CorpusFormat.WriteInt32(table, entries + (4 * slot), i + 1);
        }

        return (Encoding.Unicode.GetBytes(text.ToString()), table);
    }
}
