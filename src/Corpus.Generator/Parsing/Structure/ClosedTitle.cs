using Corpus.Generator.Model;
using Corpus.Generator.Parsing.Lexicons;

namespace Corpus.Generator.Parsing.Structure;

/// <summary>
/// A first paragraph closed like a sentence (a full stop, a semicolon, a closing quotation mark after one) that is
/// still the title: many outlets and archives print headlines with a full stop (<c>Council approves the budget.</c>).
/// What tells it from a lede of one sentence: it is short, it is one sentence (or in title case, which no lede is
/// written in, and where clickbait headlines run two sentences), no dateline opens it, and it does not tell the story in the reporter's past tense
/// (<c>was</c>, <c>had</c>, <c>said</c>): headlines are written in the present.
/// </summary>
internal static class ClosedTitle
{
    /// <summary>The story paragraphs a closed title needs under it.</summary>
    public const int MinParagraphsAfter = 2;

    private const int MaxWords = 24;
    private const int MaxTitleCaseWords = 40;
    private const int MinTitleCaseWords = 3;

    // "vs." and "no." end no sentence: a sentence's last word before its stop has three letters or more.
    private const int MinSentenceEndWord = 3;

    /// <summary>True when the paragraph reads as a title closed like a sentence, with that many paragraphs after it.</summary>
    public static bool Reads(string text, TextRange paragraph, int paragraphsAfter)
    {
        if (!IsClosed(text, paragraph) || !StartsAsTitle(text, paragraph))
        {
            return false;
        }

        var words = TextScan.WordArray(text, paragraph);
        if (words.Length < 2 || words.Length > MaxTitleCaseWords)
        {
            return false;
        }

        // A sentence-case line is the less certain form: a title only over a story of a few paragraphs ("Ana Ruiz
        // runs the firm." over one quotation opens the story).
        var titleCase = IsTitleCase(text, words);
        if (!titleCase && (paragraphsAfter < MinParagraphsAfter || words.Length > MaxWords || Sentences(text, words) > 1 || HasStoryPast(text, paragraph, words) || HasAttributedSpeech(text, paragraph)))
        {
            return false;
        }

        // A title in capitals or title case may open with an acronym the dateline reader takes for a place
        // ("FDIC Accused Of ..."): there only a dateline with its mark (an agency, a dash) tells a lede.
        var dateline = DatelineParser.Read(text, paragraph, requireMark: titleCase);
        return dateline.Place.IsNone && dateline.Agency.IsNone;
    }

    /// <summary>Ends with a full stop or a semicolon, possibly inside a closing quotation mark (<c>... 'racist.'</c>).</summary>
    public static bool IsClosed(string text, TextRange paragraph)
    {
        var end = paragraph.End;
        while (end > paragraph.Start && (char.IsWhiteSpace(text[end - 1]) || TextScan.IsQuotationMark(text[end - 1]) || text[end - 1] is '\u2019' or '\'' or ')'))
        {
            end--;
        }

        if (end <= paragraph.Start + 1 || text[end - 1] is not ('.' or ';' or '!'))
        {
            return false;
        }

        // An ellipsis is read by the open title form already ("U.S.;" is an abbreviation's stop and a semicolon).
        return text[end - 1] != '.' || text[end - 2] != '.';
    }

    /// <summary>A capital, a digit or a hashtag first, after any opening quotation mark.</summary>
    private static bool StartsAsTitle(string text, TextRange paragraph)
    {
        var i = paragraph.Start;
        while (i < paragraph.End && (TextScan.IsQuotationMark(text[i]) || text[i] is '\u2018' or '\''))
        {
            i++;
        }

        return i < paragraph.End && (char.IsUpper(text[i]) || char.IsDigit(text[i]) || text[i] == '#');
    }

    /// <summary>Most words of four letters or more after the first are capitalised (<c>Senate Passes Budget Bill.</c>).</summary>
    private static bool IsTitleCase(string text, TextRange[] words)
    {
        int longWords = 0, capitalised = 0;
        for (var w = 1; w < words.Length; w++)
        {
            if (words[w].Length < 4 || !char.IsLetter(text[words[w].Start]))
            {
                continue;
            }

            longWords++;
            if (char.IsUpper(text[words[w].Start]))
            {
                capitalised++;
            }
        }

        return longWords >= MinTitleCaseWords && capitalised * 10 >= longWords * 9;
    }

    /// <summary>
    /// Sentences by their ends: a full stop, question or exclamation mark after a lower-case word of two letters or
    /// more, followed by a capital (<c>... won. Then ...</c>); an initial or an abbreviation (<c>Sen. Lee</c>, <c>vs. Lee</c>) is none.
    /// </summary>
    private static int Sentences(string text, TextRange[] words)
    {
        var sentences = 1;
        for (var w = 0; w + 1 < words.Length; w++)
        {
            var word = words[w];
            var after = word.End;
            if (after >= text.Length || text[after] is not ('.' or '?' or '!') || word.Length < MinSentenceEndWord || !char.IsLower(text[word.Start]))
            {
                continue;
            }

            if (char.IsUpper(text[words[w + 1].Start]))
            {
                sentences++;
            }
        }

        return sentences;
    }

    /// <summary>
    /// The reporter's past outside quotation marks: a finite past form (<c>was</c>, <c>said</c>), or a past form with
    /// its object or time after it (<c>issued a statement</c>, <c>arrived on Sunday</c>).
    /// </summary>
    private static bool HasStoryPast(string text, TextRange paragraph, TextRange[] words)
    {
        var quoted = false;
        var next = 0;
        for (var i = paragraph.Start; i < paragraph.End && next < words.Length; i++)
        {
            if (TextScan.IsQuotationMark(text[i]))
            {
                quoted = !quoted;
            }

            if (i != words[next].Start)
            {
                continue;
            }

            var word = words[next];
            if (!quoted && char.IsLower(text[word.Start])
                && (TextScan.EqualsAny(text, word, NewsLexicon.StoryPastForms, ignoreCase: false) || IsFinitePast(text, words, next)))
            {
                return true;
            }

            i = word.End - 1;
            next++;
        }

        return false;
    }

    /// <summary>A past form with its object or its day after it (<c>issued a statement</c>, <c>arrived on Sunday</c>).</summary>
    private static bool IsFinitePast(string text, TextRange[] words, int w)
    {
        if (w + 1 >= words.Length || !IsPast(text, words[w]))
        {
            return false;
        }

        // "arrived on Sunday", "arrived on the first boat" tell the story; "released on eve of ..." is a headline's
        // participle, the article dropped as headlines drop it.
        var after = words[w + 1];
        if (TextScan.EqualsAny(text, after, NewsLexicon.PastObjectOpenings, ignoreCase: false))
        {
            return true;
        }

        if (w + 2 >= words.Length || !TextScan.EqualsAny(text, after, TimeOpenings, ignoreCase: false))
        {
            return false;
        }

        var next = words[w + 2];
        return TextScan.EqualsAny(text, next, DateLexicon.Weekdays, ignoreCase: false) || TextScan.EqualsAny(text, next, NewsLexicon.PastObjectOpenings, ignoreCase: false);
    }

    private static readonly string[] TimeOpenings = { "on" };

    /// <summary>
    /// Speech with its attribution after it (<c>"We won," she said</c>): a closing double quotation mark after a
    /// comma or a full stop, with words after it. Headlines quote in single marks and lead with the speaker.
    /// </summary>
    private static bool HasAttributedSpeech(string text, TextRange paragraph)
    {
        for (var i = paragraph.Start + 1; i < paragraph.End - 2; i++)
        {
            if (text[i] is '\u201D' or '"' && text[i - 1] is ',' or '.' or '?' or '!' && text[i + 1] == ' ' && char.IsLetter(text[i + 2]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPast(string text, TextRange word)
    {
        var form = word.Of(text);
        return TenseLexicon.IrregularPast.Contains(form)
            || (word.Length >= 5 && text[word.End - 2] == 'e' && text[word.End - 1] == 'd' && !TenseLexicon.NotPast.Contains(form));
    }
}
