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
/// <item><c>TermTable</c>: <see cref="TableEncoding"/> ints, three per term (byte start in Terms, byte start in
/// Postings, occurrence count) and a closing triple (Terms length, Postings length, 0).</item>
/// <item><c>Postings</c>: per occurrence, <see cref="PostingEncoding"/> varints: a head (paragraph delta &lt;&lt; 5 |
/// 16 when the article changes | 8 when a length follows | flags: kind in bits 0–1, 4 inside a quotation); the article
/// delta when it changes (from −1 for the first); the position delta and the start delta (UTF-16), both relative to
/// the term's previous occurrence in the same article (to 0 after an article change); the length (UTF-16) only when
/// it differs from the folded term's (accents written as combining marks).</item>
/// </list>
/// </summary>
internal static class TextIndexBuilder
{
    public const int LengthFlag = 8;
    public const int NewArticleFlag = 16;
    public const int HeadBits = 5;

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
                lengths[id] = checked(lengths[id] + reader.PostingsLength + PostingEncoding.Length(a - last[id]));
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
        var table = new List<int>((sorted.Length * 3) + 3);
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
                var head = PostingEncoding.Read(share, ref from);
                var place = next[id];
                PostingEncoding.Write(postings, ref place, head);
                PostingEncoding.Write(postings, ref place, a - last[id]);
                var rest = reader.PostingsStart + reader.PostingsLength - from;
                share.AsSpan(from, rest).CopyTo(postings.AsSpan(place, rest)); // a few bytes each: a span copy, not a Buffer call
                next[id] = place + rest;
                last[id] = a;
            }
        }

        return new TextIndexSource(ns, corpusName, articles.Count, sorted.Length, tokenCount, terms, TableEncoding.Encode(table), postings);
    }
}
