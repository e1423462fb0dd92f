using System;

namespace Corpus;

/// <summary>
/// Checks a phrase around one occurrence of its driver word by reading the words before and after it in the article
/// text (folded with <see cref="TermFolding"/>, exactly as the generator split them), within the driver's paragraph.
/// Uses <see cref="Article.Text"/>, which is decoded on first use and cached.
/// </summary>
internal static class PhraseText
{
    internal static bool Matches(TextIndex index, PhraseTerms phrase, int driver, PostingCursor cursor, out Hit hit)
    {
        hit = default;
        var article = index.ArticleAt(cursor.Article);
        var text = article.Text.AsSpan();
        var paragraph = new Paragraph(article, cursor.Paragraph);
        var paragraphStart = paragraph.Start;
        var paragraphEnd = paragraphStart + paragraph.Length;

        var first = cursor.Start;
        for (var k = driver - 1; k >= 0; k--)
        {
            // The previous word: back over separators (and marks standing alone), then back over the word.
            var end = first;
            while (end > paragraphStart && IsGap(text[end - 1]))
            {
                end--;
            }

            var start = end;
            while (start > paragraphStart && TermFolding.Fold(text[start - 1]) != TermFolding.Separator)
            {
                start--;
            }

            while (start < end && TermFolding.Fold(text[start]) == TermFolding.Skip)
            {
                start++; // a mark cannot start a word
            }

            if (start == end || !SameTerm(text.Slice(start, end - start), index.TermUtf8(phrase[k])))
            {
                return false;
            }

            first = start;
        }

        var last = cursor.Start + cursor.Length;
        for (var k = driver + 1; k < phrase.Count; k++)
        {
            var start = last;
            while (start < paragraphEnd && IsGap(text[start]))
            {
                start++;
            }

            var end = start;
            while (end < paragraphEnd && TermFolding.Fold(text[end]) != TermFolding.Separator)
            {
                end++;
            }

            if (start == end || !SameTerm(text.Slice(start, end - start), index.TermUtf8(phrase[k])))
            {
                return false;
            }

            last = end;
        }

        hit = new Hit(article, cursor.Paragraph, first, last - first, driver == 0 ? (cursor.Flags & PostingCursor.QuotationFlag) != 0 : InQuotation(article, first));
        return true;
    }

    private static bool IsGap(char c)
    {
        var folded = TermFolding.Fold(c);
        return folded == TermFolding.Separator || folded == TermFolding.Skip;
    }

    // Folds the word as the generator did and compares its UTF-8 bytes with the term's, without a buffer.
    private static bool SameTerm(ReadOnlySpan<char> word, ReadOnlySpan<byte> term)
    {
        var at = 0;
        foreach (var c in word)
        {
            var folded = TermFolding.Fold(c);
            if (folded == TermFolding.Skip)
            {
                continue;
            }

            if (folded < 0x80)
            {
                if (at >= term.Length || term[at++] != folded)
                {
                    return false;
                }
            }
            else if (folded < 0x800)
            {
                if (at + 1 >= term.Length || term[at] != (byte)(0xC0 | (folded >> 6)) || term[at + 1] != (byte)(0x80 | (folded & 0x3F)))
                {
                    return false;
                }

                at += 2;
            }
            else
            {
                if (at + 2 >= term.Length || term[at] != (byte)(0xE0 | (folded >> 12)) || term[at + 1] != (byte)(0x80 | ((folded >> 6) & 0x3F)) || term[at + 2] != (byte)(0x80 | (folded & 0x3F)))
                {
                    return false;
                }

                at += 3;
            }
        }

        return at == term.Length;
    }

    private static bool InQuotation(Article article, int position)
    {
        foreach (var quotation in article.Quotations)
        {
            if (position >= quotation.Start && position < quotation.Start + quotation.Length)
            {
                return true;
            }
        }

        return false;
    }
}
