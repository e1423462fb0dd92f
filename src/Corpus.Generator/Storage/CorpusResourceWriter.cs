using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Corpus.Generator.Analysis;
using Corpus.Generator.Emitting;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;

namespace Corpus.Generator.Storage;

/// <summary>
/// Writes one corpus resource in the layout of <see cref="CorpusFormat"/> (the file the runtime's <c>CorpusStore</c>
/// reads): the header with the fingerprint, the section table, then the sections, each aligned.
/// </summary>
public static class CorpusResourceWriter
{
    /// <param name="members">The corpus's members in <c>Articles</c> order.</param>
    /// <param name="articles">The parsed article of each member, in the same order.</param>
    /// <param name="stories">The corpus's story analysis (its articles in the same order).</param>
    /// <param name="index">The text index, or null when it is turned off.</param>
    public static byte[] Write(ulong fingerprint, IReadOnlyList<MemberAssignment> members, IReadOnlyList<ArticleModel> articles, StorySource stories, TextIndexSource? index)
    {
        var sections = new List<byte[]>(CorpusFormat.SectionCount(members.Count));
        var (ids, idTable) = SortedIds(members);
        sections.Add(ids);
        sections.Add(idTable);
        sections.Add(StoryTableEncoding.Groups(stories));
        sections.Add(StoryTableEncoding.Clusters(stories));
        sections.Add(StoryTableEncoding.Names(stories));
        sections.Add(StoryTableEncoding.NameStrings(stories));
        sections.Add(index is null ? Array.Empty<byte>() : Encoding.UTF8.GetBytes(index.Terms));
        sections.Add(index is null ? Array.Empty<byte>() : Encoding.ASCII.GetBytes(index.TermTable));
        sections.Add(index is null ? Array.Empty<byte>() : Indexing.PostingEncoding.Bytes(index.Postings));
        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i];
            var tables = new ArticleTableBuilder(article.Text);
            var table = tables.Build(article);
            sections.Add(Encoding.UTF8.GetBytes(article.Text + tables.Extras));
            sections.Add(Encoding.ASCII.GetBytes(table));

            // The member's id, unique in the corpus (sport/update when two files share a name), not the file's own.
            sections.Add(Encoding.Unicode.GetBytes(members[i].Id + "\0" + article.FileName));
        }

        return Assemble(fingerprint, members.Count, sections);
    }

    // Ordinal order of UTF-16 code units, as the runtime's binary search compares; only the first seed of an id is found.
    private static (byte[] Ids, byte[] Table) SortedIds(IReadOnlyList<MemberAssignment> members)
    {
        var sorted = members.Select((member, position) => (member, position))
            .Where(x => x.member.InLookup)
            .OrderBy(x => x.member.Id, StringComparer.Ordinal)
            .ToList();
        var text = new StringBuilder();
        var table = new byte[sorted.Count * 4 * CorpusFormat.SortedIdWidth];
        for (var i = 0; i < sorted.Count; i++)
        {
            CorpusFormat.WriteInt32(table, i * 12, text.Length);
            CorpusFormat.WriteInt32(table, (i * 12) + 4, sorted[i].member.Id.Length);
            CorpusFormat.WriteInt32(table, (i * 12) + 8, sorted[i].position);
            text.Append(sorted[i].member.Id);
        }

        return (Encoding.Unicode.GetBytes(text.ToString()), table);
    }

    private static byte[] Assemble(ulong fingerprint, int articleCount, List<byte[]> sections)
    {
        var offset = CorpusFormat.Align(CorpusFormat.HeaderLength + (8 * sections.Count));
        var offsets = new int[sections.Count];
        for (var s = 0; s < sections.Count; s++)
        {
            offsets[s] = offset;
            offset = CorpusFormat.Align(checked(offset + sections[s].Length));
        }

        var bytes = new byte[offset];
        CorpusFormat.WriteInt32(bytes, 0, CorpusFormat.Magic);
        CorpusFormat.WriteInt32(bytes, 4, CorpusFormat.Version);
        CorpusFormat.WriteInt32(bytes, 8, unchecked((int)fingerprint));
        CorpusFormat.WriteInt32(bytes, 12, unchecked((int)(fingerprint >> 32)));
        CorpusFormat.WriteInt32(bytes, 16, articleCount);
        CorpusFormat.WriteInt32(bytes, 20, sections.Count);
        for (var s = 0; s < sections.Count; s++)
        {
            CorpusFormat.WriteInt32(bytes, CorpusFormat.HeaderLength + (s * 8), offsets[s]);
            CorpusFormat.WriteInt32(bytes, CorpusFormat.HeaderLength + (s * 8) + 4, sections[s].Length);
            Buffer.BlockCopy(sections[s], 0, bytes, offsets[s], sections[s].Length);
        }

        return bytes;
    }
}
