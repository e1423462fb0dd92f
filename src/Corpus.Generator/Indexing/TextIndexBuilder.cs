using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using Corpus.Generator.Model;
using Corpus.Generator.Storage;

namespace Corpus.Generator.Indexing;

/// <summary>
/// Builds one corpus's inverted index from its articles' shares (<see cref="ArticlePostings"/>, each article's postings
/// already encoded): a sorted term dictionary and, per term, its postings in (article, position) order. Two passes
/// over the shares, both linear: the first numbers the terms and sizes each term's postings, the second copies every
/// share into place and writes the article deltas. Layout (read by the runtime's <c>TextIndex</c>; see docs/queries.md):
/// <list type="bullet">
/// <item><c>Terms</c>: every term's folded UTF-8 bytes, concatenated in UTF-8 byte order (as the runtime compares them).</item>
/// <item><c>TermTable</c>: three 32-bit integers per term (byte start in Terms, byte start in Postings, occurrence
/// count) and a closing row (Terms length, Postings length, 0): <see cref="PostingFormat"/>.</item>
/// <item><c>Postings</c>: per occurrence, <see cref="Varint"/>s as <see cref="PostingFormat"/> lays them out; each
/// share holds all but the article delta, which depends on the article's place and is written here.</item>
/// </list>
/// </summary>
internal static class TextIndexBuilder
{
    [MethodImpl(JitHints.FullyOptimized)]
    public static TextIndexSource Build(string? ns, string corpusName, IReadOnlyList<ArticlePostings> articles)
    {
        // Pass 1: each (article, term) pair's term id, and per term its occurrences, its postings' length and the last article that has it.
        var ids = new TermIds();
        var pairs = 0;
        foreach (var article in articles)
        {
            pairs += article.TermCount;
        }

        var walk = new List<int>(pairs); // sized once: millions of pairs, grown by doubling, were several large copies
        var counts = new List<int>();
        var lengths = new List<int>();
        var last = new List<int>();
        var tokenCount = 0;
        for (var a = 0; a < articles.Count; a++)
        {
            var share = articles[a].Bytes.Array!;
            var reader = articles[a].Read();
            while (reader.Next())
            {
                var id = ids.GetOrAdd(share, reader.TermStart, reader.TermLength);
                if (id == counts.Count)
                {
                    counts.Add(0);
                    lengths.Add(0);
                    last.Add(-1);
                }

                counts[id] += reader.Count;
                lengths[id] = checked(lengths[id] + reader.PostingsLength + Varint.Length((uint)(a - last[id])));
                last[id] = a;
                tokenCount += reader.Count;
                walk.Add(id);
            }
        }

        var sorted = new int[ids.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = i;
        }

        Array.Sort(sorted, (x, y) => ids.Term(x).SequenceCompareTo(ids.Term(y)));
        var next = new int[ids.Count];
        var table = new List<int>((sorted.Length + 1) * PostingFormat.RowValues);
        var termBytes = 0;
        var postingBytes = 0;
        foreach (var id in sorted)
        {
            table.Add(termBytes);
            table.Add(postingBytes);
            table.Add(counts[id]);
            next[id] = postingBytes;
            termBytes += ids.Term(id).Length;
            postingBytes = checked(postingBytes + lengths[id]);
        }

        table.Add(termBytes);
        table.Add(postingBytes);
        table.Add(0);
        var terms = new byte[termBytes];
        var at = 0;
        foreach (var id in sorted)
        {
            ids.Term(id).CopyTo(terms.AsSpan(at));
            at += ids.Term(id).Length;
        }

        // Pass 2: every share's postings into its terms' places; after each first head the delta from the term's previous article.
        var postings = new byte[postingBytes];
        for (var id = 0; id < last.Count; id++)
        {
            last[id] = -1;
        }

        var w = 0;
        for (var a = 0; a < articles.Count; a++)
        {
            var share = articles[a].Bytes.Array!;
            var reader = articles[a].Read();
            while (reader.Next())
            {
                var id = walk[w++];
                var from = reader.PostingsStart;
                var head = Varint.Read(share, ref from);
                var place = next[id];
                Varint.Write(postings, ref place, (uint)head);
                Varint.Write(postings, ref place, (uint)(a - last[id]));
                var rest = reader.PostingsStart + reader.PostingsLength - from;
                share.AsSpan(from, rest).CopyTo(postings.AsSpan(place, rest)); // a few bytes each: a span copy, not a Buffer call
                next[id] = place + rest;
                last[id] = a;
            }
        }

        return new TextIndexSource(ns, corpusName, articles.Count, sorted.Length, tokenCount, terms, TermTable(table), postings);
    }

    // The rows (three values each, the closing row last) as the runtime's IndexTable reads them.
    private static byte[] TermTable(List<int> values)
    {
        var rows = values.Count / PostingFormat.RowValues;
        var bytes = new byte[PostingFormat.TableOffset(rows, 0)];
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < PostingFormat.RowValues; column++)
            {
                CorpusFormat.WriteInt32(bytes, PostingFormat.TableOffset(row, column), values[(row * PostingFormat.RowValues) + column]);
            }
        }

        return bytes;
    }
}
