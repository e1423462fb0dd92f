using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Corpus.Generator.Analysis;
using Corpus.Generator.Naming;

namespace Corpus.Generator.Storage;

/// <summary>
/// Writes one corpus resource in the layout of <see cref="CorpusFormat"/> (the file the runtime's <c>CorpusStore</c>
/// reads): the header with the fingerprint, the section table, the fixed sections, each aligned, then the articles back
/// to back and the tail. Streamed: every section's length is known before the first byte is written, and the articles
/// are copied from the spill in order.
/// </summary>
internal static class CorpusResourceWriter
{
    /// <summary>The largest resource the format's 32-bit offsets (and one managed resource) can hold.</summary>
    public const long MaxLength = int.MaxValue;

    private static readonly byte[] Padding = new byte[CorpusFormat.Alignment];

    /// <summary>The sections before the articles: the ids and their table, the story tables, the text index.</summary>
    /// <param name="members">The corpus's members in <c>Articles</c> order.</param>
    /// <param name="stories">The corpus's story analysis (its articles in the same order).</param>
    /// <param name="index">The text index, or null when it is turned off.</param>
    public static IReadOnlyList<byte[]> FixedSections(IReadOnlyList<MemberAssignment> members, StorySource stories, TextIndexSource? index)
    {
        var (ids, idTable) = Ids(members);
        return new[]
        {
            ids,
            idTable,
            StoryTableEncoding.Groups(stories),
            StoryTableEncoding.Clusters(stories),
            StoryTableEncoding.Names(stories),
            StoryTableEncoding.NameStrings(stories),
            index is null ? Array.Empty<byte>() : index.Terms,
            index is null ? Array.Empty<byte>() : index.TermTable,
            index is null ? Array.Empty<byte>() : index.Postings,
        };
    }

    /// <summary>The resource's length: header, section table, the fixed sections, each aligned, the articles and the tail.</summary>
    [MethodImpl(JitHints.FullyOptimized)]
    public static long Length(IReadOnlyList<MemberAssignment> members, IReadOnlyList<SpilledArticle> articles, IReadOnlyList<byte[]> fixedSections)
    {
        long offset = AlignLong(CorpusFormat.SectionTableEnd(CorpusFormat.SectionCount(members.Count)));
        foreach (var section in fixedSections)
        {
            offset = AlignLong(offset + section.Length);
        }

        for (var i = 0; i < members.Count; i++)
        {
            offset += articles[i].DataLength + articles[i].TableLength + FileName(members[i], articles[i]).Length;
        }

        return offset + CorpusFormat.TailBytes;
    }

    [MethodImpl(JitHints.FullyOptimized)]
    public static void Write(Stream output, ulong fingerprint, IReadOnlyList<MemberAssignment> members, IReadOnlyList<SpilledArticle> articles, IReadOnlyList<byte[]> fixedSections, ArticleSpill spill)
    {
        var count = CorpusFormat.SectionCount(members.Count);
        var start = CorpusFormat.Align(checked((int)CorpusFormat.SectionTableEnd(count)));
        var header = new byte[start];
        CorpusFormat.WriteHeader(header, fingerprint, members.Count, count);
        var offset = start;
        var s = 0;
        foreach (var section in fixedSections)
        {
            CorpusFormat.WriteSectionEntry(header, s++, offset, section.Length);
            offset = checked(CorpusFormat.Align(checked(offset + section.Length)));
        }

        var fileNames = new byte[members.Count][];
        for (var i = 0; i < members.Count; i++)
        {
            fileNames[i] = FileName(members[i], articles[i]);
            CorpusFormat.WriteSectionEntry(header, s++, offset, articles[i].DataLength);
            offset = checked(offset + articles[i].DataLength + articles[i].TableLength + fileNames[i].Length);
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
            spill.CopyTo(article.Offset, article.DataLength + article.TableLength, output, buffer);
            output.Write(fileNames[i], 0, fileNames[i].Length);
        }

        var tail = new byte[CorpusFormat.TailBytes];
        CorpusFormat.WriteInt32(tail, CorpusFormat.TailLengthOffset, checked(offset + CorpusFormat.TailBytes));
        output.Write(tail, 0, tail.Length);
    }

    // Nothing for the usual file name, the id and ".txt"; NUL and the rest for another that starts with the member's id
    // (the member's id, unique in the corpus, sport/update when two files share a name, is not always the file's own);
    // else the whole file name. UTF-8, unless it holds a lone surrogate (a file name may), which only UTF-16 keeps: then
    // a 0xFF byte (never in UTF-8) and a zero byte lead the UTF-16LE text (CorpusFormat.Utf16Names).
    private static byte[] FileName(MemberAssignment member, SpilledArticle article)
    {
        var fileName = article.FileName;
        if (fileName == member.Id + CorpusFormat.DefaultExtension)
        {
            return Array.Empty<byte>();
        }

        if (fileName.StartsWith(member.Id, StringComparison.Ordinal) && Utf8(fileName.Substring(member.Id.Length)) is { } suffix)
        {
            var bytes = new byte[1 + suffix.Length];
            bytes[0] = CorpusFormat.IdSuffix;
            suffix.CopyTo(bytes, 1);
            return bytes;
        }

        if (Utf8(fileName) is { Length: > 0 } whole && whole[0] != CorpusFormat.IdSuffix)
        {
            return whole;
        }

        var utf16 = Encoding.Unicode.GetBytes(fileName);
        var marked = new byte[2 + utf16.Length];
        marked[0] = CorpusFormat.Utf16Names;
        utf16.CopyTo(marked, 2);
        return marked;
    }

    // The UTF-8 bytes of a text, or null when they would not give it back (a lone surrogate).
    private static byte[]? Utf8(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return Encoding.UTF8.GetString(bytes) == text ? bytes : null;
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

    // Every id in article order (CorpusFormat.Ids), their starts, then the hash buckets Find probes, filled in article
    // order (CorpusFormat.IdTable).
    [MethodImpl(JitHints.FullyOptimized)]
    private static (byte[] Ids, byte[] Table) Ids(IReadOnlyList<MemberAssignment> members)
    {
        var ids = new List<byte>();
        var starts = new int[members.Count + 1];
        for (var i = 0; i < members.Count; i++)
        {
            starts[i] = ids.Count;
            var id = members[i].Id.AsSpan();
            for (var c = 0; c < id.Length;)
            {
                for (var (n, bytes) = (CorpusFormat.NextIdBytes(id, ref c, out var packed), packed); n > 0; n--, bytes >>= 8)
                {
                    ids.Add((byte)bytes);
                }
            }
        }

        starts[members.Count] = ids.Count;
        var width = CorpusFormat.IdStartWidth(ids.Count);
        var buckets = CorpusFormat.IdBuckets(members.Count);
        var mask = CorpusFormat.PositionMask(members.Count);
        var entries = CorpusFormat.Align(width * starts.Length);
        var table = new byte[entries + (4 * buckets)];
        for (var i = 0; i < starts.Length; i++)
        {
            for (var b = 0; b < width; b++)
            {
                table[(i * width) + b] = (byte)(starts[i] >> (8 * b));
            }
        }

        for (var i = 0; i < members.Count; i++)
        {
            var hash = CorpusFormat.IdHash(members[i].Id.AsSpan());
            var slot = (int)(hash & (uint)(buckets - 1));
            while (CorpusFormat.ReadInt32(table, entries + (4 * slot)) != 0)
            {
                slot = (slot + 1) & (buckets - 1);
            }

            CorpusFormat.WriteInt32(table, entries + (4 * slot), unchecked((int)(CorpusFormat.IdTag(hash, mask) | (uint)(i + 1))));
        }

        return (ids.ToArray(), table);
    }
}
