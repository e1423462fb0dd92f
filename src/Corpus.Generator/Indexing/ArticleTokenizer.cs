using System;
using System.Collections.Generic;
using System.Text;
using Corpus.Generator.Model;
using Corpus.Generator.Storage;

namespace Corpus.Generator.Indexing;

/// <summary>
/// Splits an article's paragraphs into folded terms (<see cref="TermFolding"/>: letter/digit runs, lower-cased,
/// diacritics removed). Only paragraph text is indexed (not the <c>date</c> header line). Pure C#.
/// </summary>
internal static class ArticleTokenizer
{
    public static ArticleTokens Tokenize(ParsedSeed seed, bool enabled)
    {
        var article = seed.Article;
        if (!enabled || article is null)
        {
            return new ArticleTokens(seed.CorpusName, seed.Path, EquatableArray<string>.Empty, EquatableArray<TokenOccurrence>.Empty);
        }

        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var raw = new List<(string Term, int Start, int Length, int Paragraph, int Flags)>();
        var text = article.Text;
        var builder = new StringBuilder();
        var quotations = QuotationRanges(article);
        var nextQuotation = 0;
        for (var p = 0; p < article.Paragraphs.Count; p++)
        {
            var paragraph = article.Paragraphs[p];
            foreach (var (start, length, term) in Words(text, paragraph.Range.Start, paragraph.Range.End, builder))
            {
                var flags = (int)paragraph.Kind | (InQuotation(quotations, ref nextQuotation, start) ? PostingFormat.QuotationFlag : 0);
                raw.Add((term, start, length, p, flags));
                termIds[term] = 0;
            }
        }

        var terms = new List<string>(termIds.Keys);
        terms.Sort(StringComparer.Ordinal);
        for (var i = 0; i < terms.Count; i++)
        {
            termIds[terms[i]] = i;
        }

        var tokens = new TokenOccurrence[raw.Count];
        for (var i = 0; i < raw.Count; i++)
        {
            var r = raw[i];
            tokens[i] = new TokenOccurrence(termIds[r.Term], i, r.Start, r.Length, r.Paragraph, r.Flags);
        }

        return new ArticleTokens(seed.CorpusName, seed.Path, terms.ToEquatableArray(), tokens.ToEquatableArray());
    }

    /// <summary>The words of <c>text[start..end)</c>: UTF-16 start and length as written, and the folded term.</summary>
    public static IEnumerable<(int Start, int Length, string Term)> Words(string text, int start, int end, StringBuilder? builder = null)
    {
        builder ??= new StringBuilder();
        builder.Clear();
        var wordStart = -1;
        var wordEnd = -1;
        for (var i = start; i <= end; i++)
        {
            var folded = i < end ? TermFolding.Fold(text[i]) : TermFolding.Separator;
            if (folded == TermFolding.Separator)
            {
                if (wordStart >= 0)
                {
                    yield return (wordStart, wordEnd - wordStart, builder.ToString());
                    builder.Clear();
                    wordStart = -1;
                }
            }
            else if (folded == TermFolding.Skip)
            {
                if (wordStart >= 0)
                {
                    wordEnd = i + 1; // a combining mark belongs to the word it follows
                }
            }
            else
            {
                if (wordStart < 0)
                {
                    wordStart = i;
                }

                builder.Append(folded);
                wordEnd = i + 1;
            }
        }
    }

    /// <summary>The folded terms of a query or any text, in order.</summary>
    public static List<string> Terms(string text)
    {
        var terms = new List<string>();
        foreach (var word in Words(text, 0, text.Length))
        {
            terms.Add(word.Term);
        }

        return terms;
    }

    private static List<TextRange> QuotationRanges(ArticleModel article)
    {
        var ranges = new List<TextRange>();
        foreach (var quotation in article.Quotations)
        {
            if (!quotation.Text.IsNone)
            {
                ranges.Add(quotation.Text);
            }
        }

        ranges.Sort((a, b) => a.Start.CompareTo(b.Start));
        return ranges;
    }

    // Words come in text order, so one pointer walks the quotations (sorted by start): linear, however many there are.
    private static bool InQuotation(List<TextRange> ranges, ref int next, int position)
    {
        while (next < ranges.Count && ranges[next].End <= position)
        {
            next++;
        }

        return next < ranges.Count && ranges[next].Start <= position;
    }
}
