using System.Collections.Generic;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing.Lexicons;
using Corpus.Generator.Parsing.Structure;

namespace Corpus.Generator.Parsing;

/// <summary>
/// Decides what each paragraph is: story, headline, caption or web boilerplate. The tests here read a paragraph's
/// evidence; <see cref="KindTable"/> chooses its kind from it; then its neighbours may change it. See docs/design.md,
/// "Paragraph kinds".
/// </summary>
internal static class ParagraphClassifier
{
    private const int MaxTitleWords = 40;
    private const int MaxSubheadWords = 14;
    private const int MaxUncreditedCaptionWords = 16;
    private const int MinLinkClauseWords = 4;
    private const int MaxQuestionSubheadWords = 6;
    private const int MaxChartTitleWords = 14;
    private const int MaxBoilerplatePhraseWords = 30;
    private const int MaxNameCreditLength = 60;

    private static readonly PrefixSet BoilerplateOpenings = new(NewsLexicon.BoilerplateOpenings);

    // The boilerplate and caption phrases, found in one pass over a paragraph: nearly every paragraph is asked both.
    private static readonly PhraseSet NewsPhrases = new(NewsLexicon.BoilerplatePhrases, NewsLexicon.CaptionPhrases);
    private const int BoilerplatePhrase = 1 << 0;
    private const int CaptionPhrase = 1 << 1;

    // The finite-verb markers by case-insensitive hash: most words of a short paragraph are none of them, and one
    // look-up turns a word away where the list was compared entry by entry.
    private static readonly FilteredHashes FiniteVerbMarkerHashes = new(SpeechLexicon.Hashes(NewsLexicon.FiniteVerbMarkers));

    public static List<ParagraphKind> Classify(string text, IReadOnlyList<TextRange> paragraphs) => Classify(text, paragraphs, capitalisesNouns: false);

    /// <param name="text">The article's text.</param>
    /// <param name="paragraphs">Its paragraphs.</param>
    /// <param name="capitalisesNouns">The article's language capitalises every noun (German): a short line of capitalised words is no caption for that.</param>
    public static List<ParagraphKind> Classify(string text, IReadOnlyList<TextRange> paragraphs, bool capitalisesNouns)
    {
        var kinds = Classify(text, paragraphs, capitalisesNouns, out var words);
        words.Release();
        return kinds;
    }

    /// <summary>
    /// <see cref="Classify(string, IReadOnlyList{TextRange}, bool)"/>, handing back the paragraphs' words its
    /// repeated-paragraph search walked (<see cref="ParagraphHashes.WordsOf"/>), for the quotation stage to reuse; the
    /// caller releases them.
    /// </summary>
    /// <remarks>
    /// The words are walked first: the tests that count a paragraph's words or look for phrases at their starts read
    /// them from there (<see cref="WordTally"/>), where each walked the paragraph again.
    /// </remarks>
    public static List<ParagraphKind> Classify(string text, IReadOnlyList<TextRange> paragraphs, bool capitalisesNouns, out ParagraphHashes words)
    {
        var kinds = new List<ParagraphKind>(paragraphs.Count);
        var folded = new FoldedText(text);
        words = RepeatedParagraphs.Walk(text, paragraphs, out var teasers);

        // The title's place is the first paragraph that is neither furniture nor a caption: a scraped page often
        // opens with a menu's words or a picture's caption.
        var title = -1;
        var beforeStory = true;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var kind = ClassifyOne(folded, paragraphs[i], isFirst: beforeStory, firstOfText: i == 0, paragraphsAfter: paragraphs.Count - 1 - i, capitalisesNouns, words, i);
            if (beforeStory && kind == ParagraphKind.Headline)
            {
                title = i;
            }

            beforeStory &= kind is ParagraphKind.Boilerplate or ParagraphKind.Caption;
            kinds.Add(kind);
        }

        ParagraphRuns.Mark(text, kinds, paragraphs, title);
        MarkLinksAmongSubheads(text, kinds, paragraphs, title);
        RepeatedParagraphs.Mark(words, teasers, kinds);
        return kinds;
    }

    private static ParagraphKind ClassifyOne(FoldedText folded, TextRange paragraph, bool isFirst, bool firstOfText, int paragraphsAfter, bool capitalisesNouns, ParagraphHashes words, int index)
    {
        var top = isFirst && paragraphsAfter > 0;

        // A sentence-case title closed like a sentence is the least certain form: only as the text's first paragraph,
        // not after a page's furniture (where "By Jane Roe" is followed by the story's first sentence).
        var reader = new Reader(folded, paragraph, top, firstOfText ? paragraphsAfter : 0, capitalisesNouns, words, index);
        return KindTable.Choose(top ? Place.Top : Place.Inside, ref reader);
    }

    /// <summary>Each piece of evidence of one paragraph, read by its test when the kind table asks for it.</summary>
    private struct Reader : IEvidenceReader
    {
        private readonly FoldedText _folded;
        private readonly TextRange _paragraph;
        private readonly bool _top;
        private readonly int _paragraphsAfter;
        private readonly bool _capitalisesNouns;
        private WordTally _words;
        private int _phrases;

        public Reader(FoldedText folded, TextRange paragraph, bool top, int paragraphsAfter, bool capitalisesNouns, ParagraphHashes words, int index)
        {
            _capitalisesNouns = capitalisesNouns;
            _folded = folded;
            _paragraph = paragraph;
            _top = top;
            _paragraphsAfter = paragraphsAfter;
            _words = Tally(folded, paragraph, words, index);
            _phrases = UnreadPhrases;
        }

        public bool Has(Evidence evidence) => evidence switch
        {
            Evidence.Furniture => IsBoilerplate(_folded, _paragraph, ref _words, ref _phrases),
            Evidence.CaptionMark => HasCaptionMark(_folded, _paragraph, ref _words, ref _phrases),
            Evidence.OpenTitle => IsHeadline(_folded.Text, _paragraph, _top, ref _words),
            Evidence.LoneWord => WebFurniture.IsLoneWord(_folded.Text, _paragraph),
            Evidence.ClosedTitle => ClosedTitle.Reads(_folded.Text, _paragraph, _paragraphsAfter),
            Evidence.PhotoDescription => !_capitalisesNouns && IsUncreditedPhotoDescription(_folded.Text, _paragraph, ref _words) && DatelineParser.Read(_folded.Text, _paragraph).Place.IsNone,
            _ => false,
        };
    }

    /// <summary>Teasers in parentheses, comment forms, newsletter lines and a bare agency sign-off.</summary>
    public static bool IsBoilerplate(string text, TextRange paragraph)
    {
        var folded = new FoldedText(text);
        var words = Tally(folded, paragraph);
        var phrases = UnreadPhrases;
        return IsBoilerplate(folded, paragraph, ref words, ref phrases);
    }

    /// <summary><see cref="Reader"/>'s phrases before the paragraph is searched for them.</summary>
    private const int UnreadPhrases = -1;

    /// <summary>Which of the boilerplate and caption phrases the paragraph holds, searched for on the first question.</summary>
    private static int PhrasesIn(FoldedText folded, TextRange paragraph, ref int phrases) =>
        phrases != UnreadPhrases ? phrases : phrases = NewsPhrases.Find(folded, paragraph);

    /// <summary>
    /// The paragraph's words, counted as far as the web-furniture tests look in a paragraph they read whole, or as
    /// far as the boilerplate phrases do in one they only check the opening of.
    /// </summary>
    private static WordTally Tally(FoldedText folded, TextRange paragraph) =>
        paragraph.Length > WebFurniture.MaxFurnitureLength ? new(folded.Text, paragraph, MaxBoilerplatePhraseWords) : WebFurniture.ShortTally(folded, paragraph);

    /// <summary><see cref="Tally(FoldedText, TextRange)"/> from the paragraph's words walked before (<see cref="RepeatedParagraphs.Walk"/>).</summary>
    private static WordTally Tally(FoldedText folded, TextRange paragraph, ParagraphHashes words, int index) =>
        paragraph.Length > WebFurniture.MaxFurnitureLength ? new(folded.Text, paragraph, MaxBoilerplatePhraseWords, words, index) : WebFurniture.ShortTally(folded, paragraph, words, index);

    private static bool IsBoilerplate(FoldedText folded, TextRange paragraph, ref WordTally words, ref int phrases)
    {
        var text = folded.Text;
        if (BoilerplateOpenings.StartsAny(text, paragraph))
        {
            return true;
        }

        if (words.UpTo(MaxBoilerplatePhraseWords) <= MaxBoilerplatePhraseWords)
        {
            if ((PhrasesIn(folded, paragraph, ref phrases) & BoilerplatePhrase) != 0)
            {
                return true;
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

        // "(Sourcing: ...)." as well as "(Also read: ...)".
        if (text[paragraph.Start] == '(' && TextScan.LastNonSpace(text, paragraph) == '.' && paragraph.Length > 2 && text[paragraph.End - 2] == ')')
        {
            var colon = text.IndexOf(':', paragraph.Start, System.Math.Min(paragraph.Length, 40));
            if (colon > paragraph.Start + 1)
            {
                return true;
            }
        }

        return AgencyNames.IsSignOff(text, paragraph) || WebFurniture.IsFurniture(folded, paragraph, ref words);
    }

    /// <summary>A photo credit (<c>Name Name/AP</c>, <c>Getty Images</c>), or a short photo description with no finite verb.</summary>
    public static bool IsCaption(string text, TextRange paragraph)
    {
        var folded = new FoldedText(text);
        var words = Tally(folded, paragraph);
        var phrases = UnreadPhrases;
        return IsCaption(folded, paragraph, ref words, ref phrases);
    }

    private static bool IsCaption(FoldedText folded, TextRange paragraph, ref WordTally words, ref int phrases) =>
        HasCaptionMark(folded, paragraph, ref words, ref phrases)
        || (IsUncreditedPhotoDescription(folded.Text, paragraph, ref words) && DatelineParser.Read(folded.Text, paragraph).Place.IsNone);

    /// <summary>A photo phrase or credit, a slideshow counter, a chart's title or note.</summary>
    private static bool HasCaptionMark(FoldedText folded, TextRange paragraph, ref WordTally words, ref int phrases)
    {
        var text = folded.Text;
        if ((PhrasesIn(folded, paragraph, ref phrases) & CaptionPhrase) != 0)
        {
            return true;
        }

        if (EndsWithPhotoCredit(text, paragraph) || StartsWithPhotoCredit(text, paragraph) || IsGalleryCounter(text, paragraph) || IsNameWithAgencyCredit(text, paragraph))
        {
            return true;
        }

        // Notes under a chart or table ("* Figures are provisional."), and its title ("Jobs created: 2010 - 2014").
        return text[paragraph.Start] == '*' || IsChartTitle(text, paragraph, ref words);
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

    /// <summary><c>Jane Roe (AFP)</c>, <c>Jane Roe [Reuters]</c>: a photographer's name and an agency in brackets, alone.</summary>
    private static bool IsNameWithAgencyCredit(string text, TextRange paragraph)
    {
        var close = text[paragraph.End - 1];
        if (paragraph.Length > MaxNameCreditLength || close is not (')' or ']'))
        {
            return false;
        }

        var open = text.LastIndexOf(close == ')' ? '(' : '[', paragraph.End - 1, paragraph.Length);
        if (open <= paragraph.Start || !AgencyNames.IsAgency(text, new TextRange(open + 1, paragraph.End - open - 2)))
        {
            return false;
        }

        // Two to four capitalised words before it, and nothing else.
        var names = 0;
        foreach (var word in TextScan.WordsIn(text, new TextRange(paragraph.Start, open - paragraph.Start)))
        {
            if (!char.IsUpper(text[word.Start]) || ++names > 4)
            {
                return false;
            }
        }

        return names >= 2;
    }

    /// <summary><c>Jane Roe/AP A crowd gathers ...</c>: the credit printed before the caption.</summary>
    private static bool StartsWithPhotoCredit(string text, TextRange paragraph)
    {
        var limit = System.Math.Min(paragraph.Length, 40);
        var slash = text.IndexOf('/', paragraph.Start, limit);
        if (slash <= paragraph.Start || slash + 1 >= paragraph.End || !char.IsLetter(text[slash + 1]))
        {
            return false;
        }

        // Two to four capitalised words (initials allowed) and nothing else before the slash, the last touching it.
        var words = 0;
        foreach (var word in TextScan.WordsIn(text, new TextRange(paragraph.Start, slash - paragraph.Start)))
        {
            // Capitalised, but not in capitals: "SURABAYA, Indonesia/JAKARTA (Reuters)" is a dateline.
            if (!char.IsUpper(text[word.Start]) || ++words > 4 || (word.Length > 1 && char.IsUpper(text[word.Start + 1])))
            {
                return false;
            }
        }

        var last = slash - 1;
        return words >= 2 && char.IsLetter(text[last]) && char.IsLower(text[last]);
    }

    /// <summary>A short unpunctuated line whose colon leads to a year or a span of years: a chart's title.</summary>
    private static bool IsChartTitle(string text, TextRange paragraph, ref WordTally words)
    {
        // The word count (counted already) before the search of the whole paragraph for a colon.
        if (words.UpTo(MaxChartTitleWords) > MaxChartTitleWords || TextScan.LastNonSpace(text, paragraph) == '.')
        {
            return false;
        }

        var colon = text.IndexOf(':', paragraph.Start, paragraph.Length);
        if (colon < 0)
        {
            return false;
        }

        var i = colon + 1;
        while (i < paragraph.End && text[i] == ' ')
        {
            i++;
        }

        var digits = 0;
        while (i + digits < paragraph.End && char.IsDigit(text[i + digits]))
        {
            digits++;
        }

        if (digits != 4 || text[i] is not ('1' or '2'))
        {
            return false;
        }

        // The year ends the line, opens a span of years ("1975 - 2014") or a unit in parentheses ("(rate per million)").
        var after = i + 4;
        while (after < paragraph.End && text[after] == ' ')
        {
            after++;
        }

        return after == paragraph.End || text[after] is '-' or '\u2013' or '\u2014' or '(';
    }

    /// <summary><c>3 of 18. Crowds gather ...</c>: a slideshow's counter before the caption.</summary>
    private static bool IsGalleryCounter(string text, TextRange paragraph)
    {
        var i = SkipDigits(text, paragraph.Start, paragraph.End);
        if (i == paragraph.Start || i + 4 >= paragraph.End || string.CompareOrdinal(text, i, " of ", 0, 4) != 0)
        {
            return false;
        }

        var afterCount = SkipDigits(text, i + 4, paragraph.End);
        return afterCount > i + 4 && afterCount < paragraph.End && text[afterCount] is '.' or ':';
    }

    private static int SkipDigits(string text, int i, int end)
    {
        var start = i;
        while (i < end && i - start < 4 && char.IsDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsUncreditedPhotoDescription(string text, TextRange paragraph, ref WordTally words)
    {
        // The word count first: the classifier has counted it already, and it turns away nearly every paragraph of
        // the story before the whole paragraph is searched for a quotation mark.
        var count = words.UpTo(MaxUncreditedCaptionWords);
        if (count is < 3 or > MaxUncreditedCaptionWords)
        {
            return false;
        }

        if (TextScan.LastNonSpace(text, paragraph) != '.' || ContainsQuotationMark(text, paragraph) || OpensDialogue(text, paragraph))
        {
            return false;
        }

        var capitalised = 0;
        foreach (var word in TextScan.WordsIn(text, paragraph))
        {
            if ((FiniteVerbMarkerHashes.Contains(SpeechLexicon.CaseInsensitiveHash(text, word.Start, word.Length)) && TextScan.EqualsAny(text, word, NewsLexicon.FiniteVerbMarkers, ignoreCase: true))
                || (word.Length >= 5 && text[word.End - 2] == 'e' && text[word.End - 1] == 'd')
                || IsNegatedVerb(text, word))
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

    /// <summary>A verb negated in a contraction ("isn't", "didn’t"): a finite verb, which a photo's description has none of.</summary>
    private static bool IsNegatedVerb(string text, TextRange word) =>
        word.Length >= 4 && text[word.End - 1] == 't' && text[word.End - 3] == 'n' && text[word.End - 2] is '\'' or '\u2019';

    /// <summary>
    /// A title line: starts with a capital (after any opening quotation mark or ellipsis) and ends without a full
    /// stop (a closing quotation mark, a question mark or an ellipsis may end it); at the top up to 40 words,
    /// elsewhere a subhead of a few.
    /// </summary>
    public static bool IsHeadline(string text, TextRange paragraph, bool atTop)
    {
        var words = new WordTally(text, paragraph, atTop ? MaxTitleWords : MaxSubheadWords);
        return IsHeadline(text, paragraph, atTop, ref words);
    }

    private static bool IsHeadline(string text, TextRange paragraph, bool atTop, ref WordTally wordTally)
    {
        var start = paragraph.Start;
        while (start < paragraph.End && (TextScan.IsQuotationMark(text[start]) || text[start] is '\u2018' or '\'' or '.' or '\u2026' or ' ' or '#'))
        {
            start++;
        }

        var end = paragraph.End;
        while (end > start && (TextScan.IsQuotationMark(text[end - 1]) || text[end - 1] is '\u2019' or '\'' or ' '))
        {
            end--;
        }

        if (start >= end || !char.IsLetterOrDigit(text[start]) || (start == paragraph.Start && !char.IsUpper(text[start]) && !char.IsDigit(text[start])))
        {
            return false;
        }

        // An opening quotation mark only when the whole line is quoted ("‘No Jobs’"): "“We won.” -Jane Roe" is a quotation.
        if (start > paragraph.Start && (TextScan.IsQuotationMark(text[paragraph.Start]) || text[paragraph.Start] == '\u2018') && end == paragraph.End)
        {
            return false;
        }

        var last = text[end - 1];
        var ellipsis = last == '\u2026' || (last == '.' && end - 3 > start && text[end - 2] == '.' && text[end - 3] == '.');
        if (!char.IsLetterOrDigit(last) && !ellipsis && last != '?')
        {
            return false;
        }

        var words = wordTally.UpTo(atTop ? MaxTitleWords : MaxSubheadWords);
        if (last == '?' && !atTop && (words > MaxQuestionSubheadWords || start != paragraph.Start || StartsWithConjunction(text, paragraph)))
        {
            return false; // a question in the story ("And why would she say so?"), not a subhead
        }

        return words >= (atTop ? 2 : 1) && words <= (atTop ? MaxTitleWords : MaxSubheadWords) && (words >= 2 || IsQuoted(text, paragraph));
    }

    private static bool StartsWithConjunction(string text, TextRange paragraph)
    {
        foreach (var word in TextScan.WordsIn(text, paragraph))
        {
            return TextScan.EqualsAny(text, word, NewsLexicon.SentenceConjunctions, ignoreCase: true);
        }

        return false;
    }

    private static bool IsQuoted(string text, TextRange paragraph) =>
        (TextScan.IsQuotationMark(text[paragraph.Start]) || text[paragraph.Start] == '\u2018') && paragraph.Length > 2;

    /// <summary>
    /// Title lines inside the story are subheads only when story follows them. One that ends the story (only
    /// credits after it), or that reads as a related-story link (led by a number or a hashtag, or a clause with a
    /// colon: <c>Five things to know before you fly: Top tips</c>), is a link: page furniture.
    /// </summary>
    private static void MarkLinksAmongSubheads(string text, List<ParagraphKind> kinds, IReadOnlyList<TextRange> paragraphs, int title)
    {
        var bodyFollows = false;
        for (var i = kinds.Count - 1; i > title && i > 0; i--)
        {
            if (kinds[i] == ParagraphKind.Body)
            {
                bodyFollows = true;
                continue;
            }

            if (kinds[i] == ParagraphKind.Headline && (!bodyFollows || IsLinkLine(text, paragraphs[i])))
            {
                kinds[i] = ParagraphKind.Boilerplate;
            }
        }
    }

    private static bool IsLinkLine(string text, TextRange paragraph)
    {
        var first = text[paragraph.Start];
        if (first == '#' || (char.IsDigit(first) && !char.IsDigit(TextScan.LastNonSpace(text, paragraph))))
        {
            return true;
        }

        var colon = text.IndexOf(':', paragraph.Start, paragraph.Length);
        return colon > 0 && TextScan.CountWords(text, new TextRange(paragraph.Start, colon - paragraph.Start), MinLinkClauseWords) >= MinLinkClauseWords;
    }

    /// <summary>A line of dialogue: a dash right before its first word (<c>—Ganaremos —dijo Ana—.</c>), someone's words.</summary>
    private static bool OpensDialogue(string text, TextRange paragraph) =>
        paragraph.Length > 1 && text[paragraph.Start] is '\u2014' or '\u2015' or '\u2013' && char.IsLetter(text[paragraph.Start + 1]);

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
}
