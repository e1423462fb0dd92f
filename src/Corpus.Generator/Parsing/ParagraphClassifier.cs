using System.Collections.Generic;
using System.Text;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing.Lexicons;

namespace Corpus.Generator.Parsing;

/// <summary>
/// Decides what each paragraph is: story, headline, caption or web boilerplate. Rules are tried in the order
/// boilerplate, caption, headline; a paragraph that matches none is body. See docs/design.md, "Paragraph kinds".
/// </summary>
public static class ParagraphClassifier
{
    private const int MaxTitleWords = 40;
    private const int MaxSubheadWords = 10;
    private const int MaxUncreditedCaptionWords = 16;
    private const int MinPullQuoteWords = 6;

    // Pull-quote detection compares paragraphs with each other; above this size it is skipped to keep parsing linear.
    private const int MaxPullQuoteTextLength = 200_000;

    public static List<ParagraphKind> Classify(string text, IReadOnlyList<TextRange> paragraphs)
    {
        var kinds = new List<ParagraphKind>(paragraphs.Count);
        var folded = new FoldedText(text);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            kinds.Add(ClassifyOne(folded, paragraphs[i], isFirst: i == 0, isLast: i == paragraphs.Count - 1));
        }

        MarkPullQuotes(text, paragraphs, kinds);
        return kinds;
    }

    private static ParagraphKind ClassifyOne(FoldedText folded, TextRange paragraph, bool isFirst, bool isLast)
    {
        var text = folded.Text;
        if (IsBoilerplate(folded, paragraph))
        {
            return ParagraphKind.Boilerplate;
        }

        if (IsCaption(folded, paragraph))
        {
            return ParagraphKind.Caption;
        }

        if (IsHeadline(text, paragraph, isFirst && !isLast))
        {
            return ParagraphKind.Headline;
        }

        return ParagraphKind.Body;
    }

    /// <summary>Teasers in parentheses, comment forms, newsletter lines and a bare agency sign-off.</summary>
    public static bool IsBoilerplate(string text, TextRange paragraph) => IsBoilerplate(new FoldedText(text), paragraph);

    private static bool IsBoilerplate(FoldedText folded, TextRange paragraph)
    {
        var text = folded.Text;
        foreach (var opening in NewsLexicon.BoilerplateOpenings)
        {
            if (TextScan.StartsWithIgnoreCase(text, paragraph, opening))
            {
                return true;
            }
        }

        if (TextScan.CountWords(text, paragraph, 30) <= 30)
        {
            foreach (var phrase in NewsLexicon.BoilerplatePhrases)
            {
                if (folded.Contains(paragraph, phrase))
                {
                    return true;
                }
            }
        }

        // "(Also read: ...)", "(We recommend: ...)": a whole paragraph in parentheses led by a short label and a colon.
        if (text[paragraph.Start] == '(' && TextScan.LastNonSpace(text, paragraph) == ')')
        {
            var colon = text.IndexOf(':', paragraph.Start, System.Math.Min(paragraph.Length, 40));
            if (colon > paragraph.Start + 1)
            {
                return true;
            }
        }

        return AgencyNames.IsSignOff(text, paragraph);
    }

    /// <summary>A photo credit (<c>Name Name/AP</c>, <c>Getty Images</c>), or a short photo description with no finite verb.</summary>
    public static bool IsCaption(string text, TextRange paragraph) => IsCaption(new FoldedText(text), paragraph);

    private static bool IsCaption(FoldedText folded, TextRange paragraph)
    {
        var text = folded.Text;
        foreach (var phrase in NewsLexicon.CaptionPhrases)
        {
            if (folded.Contains(paragraph, phrase))
            {
                return true;
            }
        }

        if (EndsWithPhotoCredit(text, paragraph))
        {
            return true;
        }

        return IsUncreditedPhotoDescription(text, paragraph);
    }

    /// <summary>
    /// The last words are <c>Firstname Lastname/AGENCY</c> or <c>Firstname Lastname / AGENCY</c>, optionally with a
    /// trailing full stop, as photo credits are printed.
    /// </summary>
    private static bool EndsWithPhotoCredit(string text, TextRange paragraph)
    {
        var searchStart = System.Math.Max(paragraph.Start, paragraph.End - 60);
        var slash = text.LastIndexOf('/', paragraph.End - 1, paragraph.End - searchStart);
        if (slash <= paragraph.Start)
        {
            return false;
        }

        var after = new TextRange(slash + 1, paragraph.End - slash - 1);
        var afterWords = TextScan.Words(text, after);
        if (afterWords.Count is 0 or > 4 || !char.IsUpper(text[afterWords[0].Start]))
        {
            return false;
        }

        // Two capitalised words (the photographer's name) right before the slash.
        var before = new TextRange(searchStart, slash - searchStart);
        var beforeWords = TextScan.Words(text, before);
        if (beforeWords.Count < 2)
        {
            return false;
        }

        var last = beforeWords[beforeWords.Count - 1];
        var previous = beforeWords[beforeWords.Count - 2];
        var gap = slash - last.End; // "Millis/AP" or "Millis / AFP"
        return gap <= 1 && char.IsUpper(text[last.Start]) && char.IsUpper(text[previous.Start]);
    }

    private static bool IsUncreditedPhotoDescription(string text, TextRange paragraph)
    {
        if (TextScan.LastNonSpace(text, paragraph) != '.' || ContainsQuotationMark(text, paragraph))
        {
            return false;
        }

        var count = TextScan.CountWords(text, paragraph, MaxUncreditedCaptionWords);
        if (count is < 3 or > MaxUncreditedCaptionWords)
        {
            return false;
        }

        var capitalised = 0;
        foreach (var word in TextScan.WordsIn(text, paragraph))
        {
            if (TextScan.EqualsAny(text, word, NewsLexicon.FiniteVerbMarkers, ignoreCase: true)
                || (word.Length >= 5 && text[word.End - 2] == 'e' && text[word.End - 1] == 'd'))
            {
                return false;
            }

            if (char.IsUpper(text[word.Start]))
            {
                capitalised++;
            }
        }

        return capitalised >= 3 && capitalised * 10 >= count * 4;
    }

    /// <summary>A title line: no closing punctuation, starts with a capital; at the top up to 40 words, elsewhere a subhead of a few.</summary>
    public static bool IsHeadline(string text, TextRange paragraph, bool atTop)
    {
        var last = TextScan.LastNonSpace(text, paragraph);
        if (!char.IsUpper(text[paragraph.Start]) || !char.IsLetterOrDigit(last))
        {
            return false;
        }

        var words = TextScan.CountWords(text, paragraph, atTop ? MaxTitleWords : MaxSubheadWords);
        return words >= 2 && words <= (atTop ? MaxTitleWords : MaxSubheadWords);
    }

    /// <summary>
    /// A pull quote repeats, without marks, words that the story quotes elsewhere: it is page furniture,
    /// and counting it as a paragraph of the story would record the quotation twice.
    /// </summary>
    private static void MarkPullQuotes(string text, IReadOnlyList<TextRange> paragraphs, List<ParagraphKind> kinds)
    {
        if (text.Length > MaxPullQuoteTextLength)
        {
            return;
        }

        var quoting = new StringBuilder();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (ContainsQuotationMark(text, paragraphs[i]))
            {
                quoting.Append(Normalise(text, paragraphs[i])).Append('|');
            }
        }

        if (quoting.Length == 0)
        {
            return;
        }

        var haystack = quoting.ToString();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (kinds[i] != ParagraphKind.Body || ContainsQuotationMark(text, paragraphs[i])
                || TextScan.CountWords(text, paragraphs[i], MinPullQuoteWords) < MinPullQuoteWords)
            {
                continue;
            }

            if (haystack.IndexOf(Normalise(text, paragraphs[i]), System.StringComparison.Ordinal) >= 0)
            {
                kinds[i] = ParagraphKind.Boilerplate;
            }
        }
    }

    private static bool ContainsQuotationMark(string text, TextRange range)
    {
        for (var i = range.Start; i < range.End; i++)
        {
            if (TextScan.IsQuotationMark(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower-case words separated by single spaces, so punctuation and marks do not hide a repeat.</summary>
    private static string Normalise(string text, TextRange range)
    {
        var builder = new StringBuilder(range.Length);
        foreach (var word in TextScan.WordsIn(text, range))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(text, word.Start, word.Length);
        }

        return builder.ToString().ToLowerInvariant();
    }
}
