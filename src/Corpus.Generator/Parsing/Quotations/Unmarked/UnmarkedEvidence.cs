using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Parsing.Lexicons;

namespace Corpus.Generator.Parsing.Quotations.Unmarked;

/// <summary>
/// How unmarked words read: as a clause or a lead-in, in the person, tense and register of direct speech or of the
/// reporter's paraphrase. The evidence <see cref="UnmarkedFeatures"/> lists for an unmarked quotation's candidate.
/// </summary>
internal static class UnmarkedEvidence
{
    private static readonly HashSet<string> FiniteVerbs = new(NewsLexicon.FiniteVerbMarkers, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// True when words [from, to) read as a clause of their own, with a finite verb, and not as a lead-in that sets the
    /// scene for the words after the attribution ("At a rally in Ames", "Asked about the vote", "If the bill passes",
    /// "..., Lee said, “We ...”"). In an article that marks its speech, only a clause can be speech whose marks were lost.
    /// </summary>
    public static bool ReadsAsClause(ParagraphWords words, int from, int to)
    {
        if (from >= to)
        {
            return false;
        }

        // "At a rally in Ames", "If the bill passes", "Asked about the vote": a scene-setting opening, unless a clause
        // with a verb follows its comma ("In the end, it is up to them").
        var opening = LeadInStart(words, from, to);
        var first = words.WordText(opening);
        if (GrammarLexicon.Prepositions.Contains(first) || GrammarLexicon.Subordinators.Contains(first) || IsParticipleOpening(first))
        {
            var comma = opening + 1;
            while (comma < to && !words.GapBeforeHas(comma, ','))
            {
                comma++;
            }

            return comma < to && HasVerb(words, comma, to);
        }

        // "Ann Lee, a former official at the bank (who ...)": a name and its apposition, the subject of the verb after
        // the attribution, unless a verb of its own follows the apposition's noun.
        var apposition = AppositionAfterName(words, from, to);
        if (apposition > 0)
        {
            return HasVerb(words, apposition, RelativeClauseStart(words, apposition, to));
        }

        // "A new campaign manager", "An economic downturn": a noun phrase, the subject of the sentence after it.
        return !GrammarLexicon.Determiners.Contains(first) || HasVerb(words, from, to);
    }

    /// <summary>
    /// Where "Dr. Ann Lee of Ohio, a/the ..." puts its apposition: after a name (capitalised words, an abbreviated title,
    /// the small words of a name) and a comma, a determiner; else 0.
    /// </summary>
    private static int AppositionAfterName(ParagraphWords words, int from, int to)
    {
        if (GrammarLexicon.SubjectPronouns.Contains(words.WordText(from)))
        {
            return 0;
        }

        for (var w = from + 1; w < to; w++)
        {
            if (words.GapBeforeHas(w, ','))
            {
                return GrammarLexicon.Determiners.Contains(words.WordText(w)) && words.IsCapitalized(w - 1) ? w : 0;
            }

            var inName = words.IsCapitalized(w) ? !words.PunctuationBefore(w) || GrammarLexicon.Abbreviations.Contains(words.WordText(w - 1)) : GrammarLexicon.NameJoiners.Contains(words.WordText(w));
            if (!inName)
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>The first "who", "which" or "that" in [from, to), or <paramref name="to"/>: its verb belongs to the noun before it.</summary>
    private static int RelativeClauseStart(ParagraphWords words, int from, int to)
    {
        for (var w = from + 1; w < to; w++)
        {
            if (words.IsLower(w) && GrammarLexicon.RelativePronouns.Contains(words.WordText(w)))
            {
                return w;
            }
        }

        return to;
    }

    /// <summary>"Asked about ...", "Holding a book", "Fueled by ...": an opening participle.</summary>
    /// <summary>
    /// The word that opens a lead-in after up to two words of time or degree ("Not long after …", "Later, when …"):
    /// the preposition or conjunction there, or <paramref name="from"/> when there is none.
    /// </summary>
    public static int LeadInStart(ParagraphWords words, int from, int to)
    {
        for (var w = from; w + 1 < to && w - from < 2 && GrammarLexicon.LeadInModifiers.Contains(words.WordText(w)); w++)
        {
            var next = words.WordText(w + 1);
            if (GrammarLexicon.Prepositions.Contains(next) || GrammarLexicon.Subordinators.Contains(next))
            {
                return w + 1;
            }
        }

        return from;
    }

    private static bool IsParticipleOpening(string word) =>
        word.Length > 4 && (word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal));

    /// <summary>A finite verb in words [from, to): a common one, a contracted one, or the word after a subject pronoun.</summary>
    private static bool HasVerb(ParagraphWords words, int from, int to)
    {
        for (var w = from; w < to; w++)
        {
            var word = words.WordText(w);
            if ((words.IsLower(w) && FiniteVerbs.Contains(word)) || IsVerbContraction(word)
                || (w + 1 < to && GrammarLexicon.SubjectPronouns.Contains(word) && words.IsLower(w + 1) && !words.PunctuationBefore(w + 1))
                || IsPastAfterNoun(words, from, w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"The road washed away": a word in -ed straight after a noun, not after a determiner or preposition ("the embattled").</summary>
    private static bool IsPastAfterNoun(ParagraphWords words, int from, int w)
    {
        if (w <= from || !words.IsLower(w) || words.PunctuationBefore(w) || words[w].Length < 4 || !words.WordText(w).EndsWith("ed", StringComparison.Ordinal))
        {
            return false;
        }

        var before = words.WordText(w - 1);
        return !GrammarLexicon.Determiners.Contains(before) && !GrammarLexicon.Prepositions.Contains(before) && !GrammarLexicon.FunctionWords.Contains(before)
            && !FiniteVerbs.Contains(before) && !SpeechLexicon.Auxiliaries.Contains(before);
    }

    /// <summary>A contracted verb: "don't", "we're", "it's", "they'll" ("Lee's" is a possessive as often, and not counted).</summary>
    private static bool IsVerbContraction(string word)
    {
        var apostrophe = word.IndexOfAny(Apostrophes);
        if (apostrophe <= 0 || apostrophe == word.Length - 1)
        {
            return false;
        }

        var tail = word.Substring(apostrophe + 1).ToLowerInvariant();
        return GrammarLexicon.IsContractionTail(tail) || (tail == "s" && SpeechLexicon.ContractedSubjects.Contains(word.Substring(0, apostrophe)));
    }

    /// <summary>First-person words; "US" (the country) is not "us", and only a sentence's first word may be a capitalised "We".</summary>
    public static bool HasFirstPerson(ParagraphWords words, int start, int end)
    {
        for (var w = start; w < end; w++)
        {
            if (!FirstPersonHashes.Contains(words.WordHash(w)))
            {
                continue; // tested in place: most words are not first person, and copying each would cost more than the rest
            }

            var word = words.WordText(w);
            if (!SpeechLexicon.FirstPerson.Contains(word))
            {
                continue;
            }

            if (words.IsLower(w) || word == "I" || word.StartsWith("I\u2019", StringComparison.Ordinal) || word.StartsWith("I'", StringComparison.Ordinal) || ((w == start || words.SentenceStart(words.SentenceOf(w)) == w) && char.IsLower(word[1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"you", "your": the speaker addresses someone, which the reporter's paraphrase never does.</summary>
    public static bool HasSecondPerson(ParagraphWords words, int start, int end)
    {
        for (var w = start; w < end; w++)
        {
            if (SecondPersonHashes.Contains(words.WordHash(w)) && SpeechLexicon.SecondPerson.Contains(words.WordText(w)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "don’t", "it’s", "we’re": contractions are the spoken register ("Smith’s" and "Jones’" are possessives). Not
    /// in a clause that speaks of someone as "he", "she" or "they": "he doesn’t expect" is reported speech.
    /// </summary>
    public static bool HasContraction(ParagraphWords words, int start, int end)
    {
        for (var w = start; w < end; w++)
        {
            if (ThirdPersonHashes.Contains(words.WordHash(w)))
            {
                return false;
            }
        }

        for (var w = start; w < end; w++)
        {
            var range = words[w];
            if (words.Text.IndexOfAny(Apostrophes, range.Start, range.Length) < 0)
            {
                continue;
            }

            if (IsVerbContraction(words.WordText(w)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A paragraph that is one speech and its attribution, in the speaker's own tense: a clause (three lower-case
    /// words or more, not a name and its description) with no past form, attributed by a verb of speech.
    /// </summary>
    public static bool IsOwnTense(ParagraphWords words, Attribution attribution, int from, int a)
    {
        var lower = 0;
        for (var w = from; w < a && lower < UnmarkedQuotations.MinimumWords; w++)
        {
            lower += words.IsLower(w) ? 1 : 0;
        }

        return lower >= UnmarkedQuotations.MinimumWords && attribution.CueFirst >= 0 && words.CueAt(attribution.CueFirst, out _) is { } lemma && SpeechLexicon.IsSpeechVerb(lemma)
            && !HasPastTense(words, from, a);
    }

    /// <summary>
    /// A past form (-ed, or an irregular one of <see cref="TenseLexicon"/>): reported speech shifts back to the past
    /// after "said"; the speaker's own words keep their present. Capitalised words are names, not verbs.
    /// </summary>
    public static bool HasPastTense(ParagraphWords words, int start, int end)
    {
        var text = words.Text;
        for (var w = start; w < end; w++)
        {
            if (!words.IsLower(w))
            {
                continue;
            }

            var range = words[w];
            var last = range.End - 1;
            var regular = range.Length >= 4 && text[last] == 'd' && text[last - 1] == 'e';
            if ((regular || PastHashes.Contains(words.WordHash(w))) && IsPast(words.WordText(w), regular) && !AfterPresentAuxiliary(words, start, w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"has taken", "has never wanted", "is owned": a participle after a present auxiliary, one adverb between at most.</summary>
    private static bool AfterPresentAuxiliary(ParagraphWords words, int start, int w)
    {
        for (var k = w - 1; k >= start && k >= w - 2 && !words.PunctuationBefore(k + 1); k--)
        {
            var word = words.WordText(k);
            if (TenseLexicon.PresentAuxiliaries.Contains(word) || word.EndsWith("’ve", StringComparison.OrdinalIgnoreCase) || word.EndsWith("'ve", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPast(string word, bool regular) =>
        regular ? !TenseLexicon.NotPast.Contains(word) : TenseLexicon.IrregularPast.Contains(word) || TenseLexicon.BackshiftedModals.Contains(word);

    private static readonly FilteredHashes PastHashes = new(SpeechLexicon.Hashes(TenseLexicon.IrregularPast.Concat(TenseLexicon.BackshiftedModals)));

    private static readonly char[] Apostrophes = { '\'', '\u2019' };

    private static readonly FilteredHashes FirstPersonHashes = new(SpeechLexicon.Hashes(SpeechLexicon.FirstPerson));
    private static readonly FilteredHashes SecondPersonHashes = new(SpeechLexicon.Hashes(SpeechLexicon.SecondPerson));
    private static readonly FilteredHashes ThirdPersonHashes = new(SpeechLexicon.Hashes(SpeechLexicon.ThirdPersonPronouns));

    /// <summary>A clause ending in a question mark before the attribution's comma.</summary>
    public static bool IsQuestion(ParagraphWords words, int start, int a)
    {
        var gap = words.GapBefore(a);
        return a > start && words.Text.IndexOf('?', gap.Start, gap.Length) >= 0;
    }

    /// <summary>
    /// A sentence that carries the speech on: it starts with a capital, names no other speaker, and itself speaks in
    /// the first or second person (a third-person sentence after the attribution is the reporter again).
    /// </summary>
    public static bool GoesOn(ParagraphWords words, int sentence, bool articleMarksSpeech)
    {
        var start = words.SentenceStart(sentence);
        var end = words.SentenceEnd(sentence);
        return words.IsCapitalized(start) && !HasCue(words, start, end) && !HasSpan(words, start, end) && end - start >= UnmarkedQuotations.MinimumWords
            && (!articleMarksSpeech || HasFirstPerson(words, start, end) || HasSecondPerson(words, start, end) || HasContraction(words, start, end));
    }

    /// <summary>A sentence that opens with a quotation mark: "..., Lee said. “We ...”" is the speech going on, marked this time.</summary>
    public static bool OpensWithSpan(ParagraphWords words, int sentence)
    {
        var start = words.SentenceStart(sentence);
        var span = words.SpanOf(start);
        return span >= 0 && words.Spans[span].Words.Start <= words[start].Start;
    }

    public static bool HasSpan(ParagraphWords words, int start, int end)
    {
        if (words.Spans.Count == 0)
        {
            return false; // most paragraphs have no quotation marks: no word to look up
        }

        for (var w = start; w < end; w++)
        {
            // Spans always hold a word (QuotationMarks drops empty ones), so this sees every span.
            if (words.InsideSpan(w))
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasCue(ParagraphWords words, int start, int end)
    {
        for (var w = start; w < end; w++)
        {
            var lemma = words.CueAt(w, out _);
            if (lemma is not null && SpeechLexicon.IsSpeechVerb(lemma))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// In an article that lost all its marks: the words read as direct speech when they speak in the first or second
    /// person, ask, use a contraction, keep the speaker's own tense, or the speech goes on after the attribution.
    /// </summary>
    public static bool ReadsAsSpeech(ParagraphWords words, UnmarkedCandidate candidate)
    {
        var (from, a) = (candidate.From, candidate.AttributionStart);
        return HasFirstPerson(words, from, a) || HasSecondPerson(words, from, a) || IsQuestion(words, candidate.QuoteStart, a)
            || IsAsked(words, candidate.Attribution) || HasContraction(words, from, a) || KeepsOwnTense(words, candidate)
            || (candidate.Sentence + 1 < words.SentenceCount && (GoesOn(words, candidate.Sentence + 1, false) || OpensWithSpan(words, candidate.Sentence + 1)))
            || GoesOnInMarksAfterComma(words, candidate);
    }

    /// <summary>The cue is "asked": a question put, in the asker's words.</summary>
    public static bool IsAsked(ParagraphWords words, Attribution attribution) =>
        attribution.CueFirst >= 0 && words.CueAt(attribution.CueFirst, out _) == "ask";

    /// <summary>A paragraph that is one speech and its plain-order attribution, in the speaker's own tense.</summary>
    public static bool KeepsOwnTense(ParagraphWords words, UnmarkedCandidate candidate) =>
        candidate.OpensParagraph && !candidate.Inverted && candidate.Sentence + 1 == words.SentenceCount
        && IsOwnTense(words, candidate.Attribution, candidate.From, candidate.AttributionStart);

    /// <summary>"..., Lee said, “and we ...”": the sentence the attribution broke, marked again.</summary>
    public static bool GoesOnInMarksAfterComma(ParagraphWords words, UnmarkedCandidate candidate) =>
        candidate.End < words.SentenceEnd(candidate.Sentence) && words.IsLower(candidate.End) && words.GapBeforeHas(candidate.End, ',');

    /// <summary>
    /// The speech goes on in marks: marked again after the attribution's comma, or the next sentence opens with a
    /// mark ("..., Lee said. “We ...”"; not "..., Lee said, “We ...”", which introduces).
    /// </summary>
    public static bool GoesOnInMarks(ParagraphWords words, UnmarkedCandidate candidate)
    {
        var next = candidate.Sentence + 1;
        return (next < words.SentenceCount && OpensWithSpan(words, next) && !words.GapBeforeHas(words.SentenceStart(next), ','))
            || GoesOnInMarksAfterComma(words, candidate);
    }

    /// <summary>"he", "she", "they" in words [start, end).</summary>
    public static bool HasThirdPersonPronoun(ParagraphWords words, int start, int end)
    {
        for (var w = start; w < end; w++)
        {
            if (ThirdPersonHashes.Contains(words.WordHash(w)) && SpeechLexicon.ThirdPersonPronouns.Contains(words.WordText(w)))
            {
                return true;
            }
        }

        return false;
    }
}
