using System;
using System.Collections.Generic;
using Corpus.Generator.Parsing.Lexicons;

namespace Corpus.Generator.Parsing.Quotations.Sources;

/// <summary>
/// The mentions a quotation's source may be: a name (with its titles and roles), a pronoun, or a description with
/// its article (<c>the statement</c>, <c>a spokesman for Acme</c>, <c>the former senator</c>).
/// </summary>
internal static class Mentions
{
    private static readonly FilteredHashes PronounHashes = new(SpeechLexicon.Hashes(SpeechLexicon.PronounSpeakers));

    private static readonly FilteredHashes OpenerHashes = new(SpeechLexicon.Hashes(GrammarLexicon.DescriptionOpeners));

    /// <summary>The mention that starts at a word, ending before <paramref name="limit"/>, or none.</summary>
    public static SpeakerPhrase At(ParagraphWords words, int w, int limit)
    {
        // Most words of a window are none of these: their hashes answer without making a string of the word.
        var hash = words.WordHash(w);
        if (PronounHashes.Contains(hash) && words.WordIn(w, RuleWords.PronounSpeakers))
        {
            return new SpeakerPhrase(w, w + 1, SpeakerKind.Pronoun);
        }

        if (!words.Rules.IsEnglish && words.Rules.IsSubjectPronoun(words.WordText(w)))
        {
            return BesideCue(words, w) ? new SpeakerPhrase(w, w + 1, SpeakerKind.Pronoun) : SpeakerPhrase.None; // "sagte er", "elle a dit", "a-t-il déclaré"
        }

        if (words.IsCapitalized(w))
        {
            var phrase = Trimmed(words, SpeakerPhrases.Right(words, w, limit));
            return words.Names is { } evidence ? evidence.Evidenced(words, phrase) : phrase;
        }

        // The openers of descriptions are English words ("a", "an", "the"): German "an" is a preposition ("ein Brief an die Mitarbeiter"),
        // French "a" the auxiliary of a cue ("a notamment déclaré").
        if (words.Rules.CapitalisesNouns || !OpenerHashes.Contains(hash) || !GrammarLexicon.DescriptionOpeners.Contains(words.WordText(w)) || w + 1 >= limit || words.PunctuationBefore(w + 1)
            || (!words.Rules.IsEnglish && words.MayStartCue(w) && words.CueAt(w, out _) is not null))
        {
            return SpeakerPhrase.None;
        }

        var named = Trimmed(words, SpeakerPhrases.Right(words, w, limit));
        if (!named.IsNone)
        {
            return named;
        }

        // "the former senator", "one investor", "another longtime supporter": up to three lower-case words that are
        // not function words, a description of someone the naming step may resolve (or leave unnamed).
        var end = w + 1;
        while (end < limit && end - w <= DescriptionWords - 1 && words.IsLower(end) && !words.PunctuationBefore(end) && !words.InsideSpan(end)
            && !words.WordIn(end, RuleWords.FunctionWords) && !words.WordIn(end, RuleWords.Prepositions) && !(words.MayStartCue(end) && words.CueAt(end, out _) is not null))
        {
            end++;
        }

        return end > w + 1 ? new SpeakerPhrase(w, end, SpeakerKind.Vague) : SpeakerPhrase.None;
    }

    /// <summary>
    /// A pronoun is a candidate outside English only as a cue's subject, next to it (<c>sagte er</c>, <c>Sie erklärte</c>,
    /// <c>estime-t-elle</c>): German <c>sie</c> is also "they", "her" and the polite "you", and the subject of reported
    /// speech (<c>Sie wisse, dass …</c>) is the one reported on, not the one reporting.
    /// </summary>
    private static bool BesideCue(ParagraphWords words, int w) =>
        (words.MayStartCue(w) && words.CueAt(w, out _) is not null)
        || (w + 1 < words.Count && !words.PunctuationBefore(w + 1) && words.MayStartCue(w + 1) && words.CueAt(w + 1, out _) is not null)
        || (w > 0 && !words.PunctuationBefore(w) && ((words.MayStartCue(w - 1) && words.CueAt(w - 1, out _) is not null) || words.SourceCueAt(w - 1, out _)));

    /// <summary>
    /// A name as a name: without a capitalised opener or preposition before it (<c>While</c>, <c>From</c>), a month
    /// or weekday after it, or an employer after "of" (<c>Ann Lee of Acme</c> is Ann Lee); a lone letter (a party
    /// code such as the D of <c>(D-Md.)</c>) is no mention.
    /// </summary>
    private static SpeakerPhrase Trimmed(ParagraphWords words, SpeakerPhrase phrase)
    {
        if (phrase.IsNone || phrase.Kind == SpeakerKind.Pronoun)
        {
            return phrase;
        }

        var first = phrase.First;
        var end = phrase.End;
        while (first < end && (words.WordIn(first, RuleWords.SentenceOpeners) || IsCalendarWord(words, first)
            || (!words.Rules.IsEnglish && words.Rules.IsDeterminer(words.WordText(first))) // "La ministra", "Le maire": the article opening a sentence
            || words.Rules.IsCapitalisedOffice(words.WordText(first)) // "la Ministra X", "Présidente du club, X": a role before the name
            || ((first == 0 || words.PunctuationBefore(first)) && words.Rules.OpensSentenceOnly(words.WordText(first))))) // "Además", "Selon": mid-sentence they open names ("Frente Amplio")
        {
            first++;
        }

        while (end > first && IsCalendarWord(words, end - 1))
        {
            end--;
        }

        if (phrase.Kind == SpeakerKind.Person)
        {
            for (var w = first + 2; w < end; w++)
            {
                if (words.WordIs(w, "of"))
                {
                    end = w;
                    break;
                }
            }
        }

        if (end > first && AfterPreposition(words, first))
        {
            // "au Budget Eva De Bleeker", "de Economía Luis Pérez": a given name inside the complement's run opens the name.
            var given = PersonNameInside(words, first + 1, end);
            if (given < 0)
            {
                return SpeakerPhrase.None;
            }

            first = given;
        }

        if (end <= first || (end - first == 1 && (words[first].Length == 1 || IsPartyCode(words.WordText(first)))))
        {
            return SpeakerPhrase.None;
        }

        return first == phrase.First && end == phrase.End ? phrase : SpeakerPhrases.Classify(words, first, end);
    }

    /// <summary>
    /// The subject an attribution form found, trimmed as a scanned mention is where the rules read a preposition's object
    /// (Spanish and French: <c>Para Robles</c>, <c>Selon Sudinfo</c> lose their opener, <c>con Radio Nacional</c> is no
    /// subject); as found elsewhere, whose forms were trained on it.
    /// </summary>
    public static SpeakerPhrase OfAttribution(ParagraphWords words, SpeakerPhrase phrase) =>
        words.Rules.ObjectPrepositions.Count == 0 || phrase.IsNone || phrase.Kind != SpeakerKind.Person && phrase.Kind != SpeakerKind.Organisation ? phrase : Trimmed(words, phrase);

    /// <summary>
    /// Spanish and French: the mention is a preposition's object, the preposition right before it or before its
    /// article (<c>con Radio Nacional</c>, <c>el alcalde de Bogotá</c>, <c>accordée à Shems FM</c>), so no subject;
    /// not the object of an "according to" form (<c>de acuerdo con X</c>) nor the one a spokesperson or statement speaks
    /// for (<c>la portavoz de X</c>). Empty lists elsewhere.
    /// </summary>
    public static bool AfterPreposition(ParagraphWords words, int first) => AfterPreposition(words, first, words.Rules);

    /// <summary>Most capitalised words walked back to the start of a mention's run: a name is shorter, and the work stays linear.</summary>
    private const int RunBack = 6;

    private static bool AfterPreposition(ParagraphWords words, int first, Languages.LanguageRules rules, bool coordinated = true)
    {
        if (rules.ObjectPrepositions.Count == 0)
        {
            return false;
        }

        if (words.IsLower(first) && rules.ObjectPrepositions.Contains(words.WordText(first)))
        {
            // "la cartera de Cultura", "la Ministra de Comercio": a run opened by a particle that is a preposition, after a
            // noun, is its complement (after a verb of saying it may open a surname: "a déclaré de Gaulle").
            return first > 0 && !words.PunctuationBefore(first) && (words.IsLower(first - 1) || rules.IsCapitalisedOffice(words.WordText(first - 1)))
                && !(words.MayStartCue(first - 1) && words.CueAt(first - 1, out _) is not null);
        }

        var runLimit = Math.Max(0, first - RunBack);
        while (first > runLimit && !words.PunctuationBefore(first) && words.IsCapitalized(first - 1) && !rules.IsDeterminer(words.WordText(first - 1))
            && !rules.OpensSentenceOnly(words.WordText(first - 1)))
        {
            if (OpensPersonName(words, first))
            {
                return false; // "au Budget Eva De Bleeker": the name after the complement is no object
            }

            first--; // "con Radio Nacional": the whole run, whatever part of it the mention kept
        }

        if (first == 0 || words.PunctuationBefore(first))
        {
            return false;
        }

        var p = first - 1;
        if (rules.ObjectCoordinators.Contains(words.WordText(p)) && p > 0 && !words.PunctuationBefore(p) && words.IsCapitalized(p - 1))
        {
            // "de Desarrollo e Inclusión Social": the second of two joined runs is the same preposition's object.
            return coordinated && AfterPreposition(words, p - 1, rules, coordinated: false);
        }

        if (rules.IsOfficeRole(words.WordText(p)) && p > 0 && !words.PunctuationBefore(p))
        {
            p--; // "del ministro Fernando Arce": the office's holder is the preposition's object too
        }
        if (!rules.ObjectPrepositions.Contains(words.WordText(p)))
        {
            if (!rules.IsDeterminer(words.WordText(p)) || p == 0 || words.PunctuationBefore(p) || !rules.ObjectPrepositions.Contains(words.WordText(p - 1)))
            {
                return false;
            }

            p--;
        }

        for (var k = Math.Max(0, p - 3); k <= p; k++)
        {
            if (words.SourceCueAt(k, out var length) && k + length == p + 1)
            {
                return false;
            }
        }

        return p == 0 || words.PunctuationBefore(p) || !rules.SpeakingThrough.Contains(words.WordText(p - 1));
    }

    /// <summary>A given name with a capitalised word after it: where a person's name opens inside a run.</summary>
    private static bool OpensPersonName(ParagraphWords words, int w) =>
        w + 1 < words.Count && !words.PunctuationBefore(w + 1) && words.IsCapitalized(w + 1) && words.Rules.IsGivenName(words.WordText(w));

    /// <summary>The first word from <paramref name="from"/> before <paramref name="end"/> that opens a person's name, or -1.</summary>
    public static int PersonNameInside(ParagraphWords words, int from, int end)
    {
        for (var w = from; w + 1 < end; w++)
        {
            if (OpensPersonName(words, w))
            {
                return w;
            }
        }

        return -1;
    }

    /// <summary>A party and state tag written as one word, <c>D-Md</c> or <c>R-Texas</c> in <c>(D-Md.)</c>: no one's name.</summary>
    private static bool IsPartyCode(string word) =>
        word.Length >= 3 && word[1] == '-' && char.IsUpper(word[0]) && char.IsUpper(word[2]);

    /// <summary>A month or a weekday, in full or abbreviated (<c>Oct.</c>).</summary>
    public static bool IsCalendarWord(ParagraphWords words, int w) =>
        words.WordIn(w, RuleWords.CalendarNames) || DateLexicon.MonthOf(words.Text, words[w].Start, words[w].Length) > 0;

    /// <summary>The cue right after the mention ("Lee said", "Lee has also said") or right before it ("said Lee").</summary>
    public static void CueBeside(ParagraphWords words, SpeakerPhrase phrase, SourceCandidate candidate)
    {
        var w = phrase.End;
        while (w < words.Count && w - phrase.End < 3 && !words.PunctuationBefore(w) && words.IsLower(w)
            && (words.WordIn(w, RuleWords.Auxiliaries) || words.WordIn(w, RuleWords.TimeWords)))
        {
            w++;
        }

        int length;
        if (w < words.Count && !words.InsideSpan(w) && (w == phrase.End || !words.PunctuationBefore(w)) && words.MayStartCue(w) && words.CueAt(w, out length) is not null)
        {
            candidate.CueFirst = w;
            candidate.CueEnd = w + length;
            return;
        }

        if (words.Rules.CapitalisesNouns && (ClauseFinalCue(words, phrase.End, out var cue, out length) || CueLastAfterAuxiliary(words, phrase, out cue, out length)))
        {
            candidate.CueFirst = cue;
            candidate.CueEnd = cue + length;
            return;
        }

        for (var k = phrase.First - 1; k >= 0 && k >= phrase.First - DescriptionWords - 1 && !words.InsideSpan(k); k--)
        {
            if (words.MayStartCue(k) && words.CueAt(k, out length) is not null && (k + length == phrase.First || DescribesOnly(words, k + length, phrase.First)))
            {
                candidate.CueFirst = k;
                candidate.CueEnd = k + length;
                return;
            }

            if (words.PunctuationBefore(k + 1))
            {
                return;
            }
        }
    }

    /// <summary>
    /// German puts the participle last in its clause, after the subject and the adverbs (<c>„…“, hatte Keller damals
    /// gesagt.</c>, <c>„…“, hat die Ministerin gestern erklärt</c>): a cue within three lower-case words after the name
    /// that ends its clause.
    /// </summary>
    private static bool ClauseFinalCue(ParagraphWords words, int from, out int cue, out int length)
    {
        length = 0;
        for (cue = from; cue < words.Count && cue - from < 3 && words.IsLower(cue) && !words.PunctuationBefore(cue) && !words.InsideSpan(cue); cue++)
        {
            if (words.MayStartCue(cue) && words.CueAt(cue, out length) is not null)
            {
                return cue + length >= words.Count || words.PunctuationBefore(cue + length);
            }
        }

        return false;
    }

    /// <summary>
    /// German, with the subject inverted after an auxiliary or a modal (<c>Das musste X am Montag vor dem Rat
    /// einräumen.</c>): the verb of saying last in the clause, at most <see cref="VerbLastReach"/> words after the name.
    /// </summary>
    public static bool CueLastAfterAuxiliary(ParagraphWords words, SpeakerPhrase phrase, out int cue, out int length)
    {
        length = 0;
        cue = -1;
        if (phrase.First == 0 || words.PunctuationBefore(phrase.First) || !words.IsLower(phrase.First - 1) || !words.Rules.FiniteAuxiliaries.Contains(words.WordText(phrase.First - 1)))
        {
            return false;
        }

        var last = phrase.End;
        while (last < words.Count && last - phrase.End < VerbLastReach && !words.InsideSpan(last) && (last == phrase.End || !words.PunctuationBefore(last)))
        {
            last++;
        }

        cue = last - 1;
        return cue >= phrase.End && (last >= words.Count || words.PunctuationBefore(last)) && words.IsLower(cue) && words.MayStartCue(cue) && words.CueAt(cue, out length) is not null && length == 1;
    }

    /// <summary>Most words between an inverted subject and the verb of saying that closes its clause.</summary>
    private const int VerbLastReach = 10;

    /// <summary>Most words of a description between a cue and a name ("said Acme political scientist Ann Lee").</summary>
    public const int DescriptionWords = 4;

    /// <summary>
    /// True when words [from, to) only describe the name after them: no punctuation, no function word, no verb
    /// (<c>Republican political consultant</c>, <c>Acme chief executive</c>).
    /// </summary>
    public static bool DescribesOnly(ParagraphWords words, int from, int to)
    {
        if (to - from > DescriptionWords || from >= to)
        {
            return false;
        }

        for (var w = from; w < to; w++)
        {
            if (!DescribesWord(words, w))
            {
                return false;
            }
        }

        return to >= words.Count || !words.PunctuationBefore(to);
    }

    /// <summary>The test <see cref="DescribesOnly"/> puts to each word: no punctuation before it, no function word, no verb.</summary>
    public static bool DescribesWord(ParagraphWords words, int w) =>
        !words.PunctuationBefore(w) && !words.WordIn(w, RuleWords.FunctionWords) && !words.WordIn(w, RuleWords.Prepositions) && !(words.MayStartCue(w) && words.CueAt(w, out _) is not null);
}
