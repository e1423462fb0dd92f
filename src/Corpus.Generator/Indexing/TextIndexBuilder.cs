using System;
using System.Collections.Generic;
using System.Text;
using Corpus.Generator.Emitting;
using Corpus.Generator.Model;

namespace Corpus.Generator.Indexing;

/// <summary>
/// Builds one corpus's inverted index from its articles' tokens: a sorted term dictionary and, per term, its
/// postings in (article, position) order. Layout (read by the runtime's <c>TextIndex</c>; see docs/queries.md):
/// <list type="bullet">
/// <item><c>Terms</c>: every term's folded UTF-8 bytes, concatenated in ordinal (= UTF-8 byte) order.</item>
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

    public static TextIndexSource Build(string? ns, string corpusName, IReadOnlyList<ArticleTokens> articles)
    {
        var terms = new Dictionary<string, TermPostings>(StringComparer.Ordinal);
        var tokenCount = 0;
        for (var a = 0; a < articles.Count; a++)
        {
            var article = articles[a];
            var byTerm = new TermPostings[article.Terms.Count];
            for (var t = 0; t < byTerm.Length; t++)
            {
                var term = article.Terms[t];
                if (!terms.TryGetValue(term, out var postings))
                {
                    postings = new TermPostings(term);
                    terms.Add(term, postings);
                }

                byTerm[t] = postings;
            }

            foreach (var token in article.Tokens)
            {
                byTerm[token.Term].Add(a, token);
                tokenCount++;
            }
        }

        var sorted = new List<string>(terms.Keys);
        sorted.Sort(StringComparer.Ordinal);
        var termText = new StringBuilder();
        var postingText = new StringBuilder();
        var table = new List<int>((sorted.Count * 3) + 3);
        var termBytes = 0;
        foreach (var term in sorted)
        {
            var postings = terms[term];
            table.Add(termBytes);
            table.Add(postingText.Length);
            table.Add(postings.Count);
            termText.Append(term);
            termBytes += Encoding.UTF8.GetByteCount(term);
            postingText.Append(postings.Encoded);
        }

        table.Add(termBytes);
        table.Add(postingText.Length);
        table.Add(0);
        return new TextIndexSource(ns, corpusName, articles.Count, sorted.Count, tokenCount, termText.ToString(), TableEncoding.Encode(table), postingText.ToString());
    }

    private sealed class TermPostings
    {
        private readonly int _termLength;
        private int _article = -1;
        private int _ordinal;
        private int _start;
        private int _paragraph;

        public TermPostings(string term) => _termLength = term.Length;

        public StringBuilder Encoded { get; } = new();

        public int Count { get; private set; }

        public void Add(int article, TokenOccurrence token)
        {
            var newArticle = article != _article;
            var articleDelta = article - _article;
            if (newArticle)
            {
                _article = article;
                _ordinal = 0;
                _start = 0;
                _paragraph = 0;
            }

            // Most words are written as long as their folded term; only the others store their length.
            var hasLength = token.Length != _termLength;
            var head = ((token.Paragraph - _paragraph) << HeadBits) | (newArticle ? NewArticleFlag : 0) | (hasLength ? LengthFlag : 0) | token.Flags;
            PostingEncoding.Write(Encoded, head);
            if (newArticle)
            {
                PostingEncoding.Write(Encoded, articleDelta);
            }

            PostingEncoding.Write(Encoded, token.Ordinal - _ordinal);
            PostingEncoding.Write(Encoded, token.Start - _start);
            if (hasLength)
            {
                PostingEncoding.Write(Encoded, token.Length);
            }

            _ordinal = token.Ordinal;
            _start = token.Start;
            _paragraph = token.Paragraph;
            Count++;
        }
    }
}
