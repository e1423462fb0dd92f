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
/// Postings, occurrence count) and a closing triple (Terms length, Postings length, the mean word width in sixteenths
/// of a character, which predicts starts).</item>
/// <item><c>Postings</c>: per term, checkpoints, positions and details (<see cref="PostingLayout"/>,
/// written by <see cref="TermPostingsWriter"/>).</item>
/// </list>
/// </summary>
public static class TextIndexBuilder
{
    public static TextIndexSource Build(string? ns, string corpusName, IReadOnlyList<ArticleTokens> articles)
    {
        var width = MeanWordWidth(articles);
        var terms = new Dictionary<string, TermPostingsWriter>(StringComparer.Ordinal);
        var tokenCount = 0;
        for (var a = 0; a < articles.Count; a++)
        {
            var article = articles[a];
            var byTerm = new TermPostingsWriter[article.Terms.Count];
            for (var t = 0; t < byTerm.Length; t++)
            {
                var term = article.Terms[t];
                if (!terms.TryGetValue(term, out var postings))
                {
                    postings = new TermPostingsWriter(term, width);
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
            postings.AppendTo(postingText);
        }

        table.Add(termBytes);
        table.Add(postingText.Length);
        table.Add(width);
        postingText.Append(PostingLayout.Padding);
        return new TextIndexSource(ns, corpusName, articles.Count, sorted.Count, tokenCount, termText.ToString(), TableEncoding.Encode(table), postingText.ToString());
    }

    // UTF-16 characters per (gapped) word position, in sixteenths, over the whole corpus: integer arithmetic on the
    // tokens only, so the same seeds always give the same width (and the same bytes).
    private static int MeanWordWidth(IReadOnlyList<ArticleTokens> articles)
    {
        long characters = 0;
        long positions = 0;
        foreach (var article in articles)
        {
            if (article.Tokens.Count > 0)
            {
                var last = article.Tokens[article.Tokens.Count - 1];
                characters += last.Start;
                positions += PostingLayout.GappedOrdinal(last.Ordinal, last.Paragraph);
            }
        }

        return positions == 0 ? 16 : (int)Math.Max(1, Math.Min(4096, ((characters * 16) + (positions / 2)) / positions));
    }
}
