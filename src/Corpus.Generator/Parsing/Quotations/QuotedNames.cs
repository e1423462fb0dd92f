using System;
using System.Collections.Generic;
using Corpus.Generator.Parsing.Lexicons;

namespace Corpus.Generator.Parsing.Quotations;

/// <summary>
/// The forms of quoted words that name or label rather than report speech: after a naming word (the film “Night
/// Train”, what is known as the “flat model”), a nickname (Anna “Annie” Holt), a modifier before a noun (the “open
/// door” policy), title case (“Moon Over Paris”). Each is evidence for <see cref="Speech.SpeechChooser"/>, which
/// weighs them against the evidence of speech.
/// </summary>
internal static class QuotedNames
{
    /// <summary>Longest title in words: "A Long Way Down the River" is a title, a long capitalised sentence is speech.</summary>
    private const int LongestTitle = 7;

    /// <summary>Longest phrase that may stand as a modifier before a noun ("the “pay as you go” plan").</summary>
    private const int LongestModifier = 5;

    /// <summary>A naming word or a work noun before the quoted words ("dubbed “Big Red”", "the film “Night Train”").</summary>
    public static bool FollowsNamingWord(ParagraphWords view, int first, int end) => first > 0 && end - first <= 4 && AfterNamingWord(view, first);

    /// <summary>One quoted word between the parts of a name: Anna “Annie” Holt.</summary>
    public static bool IsNickname(ParagraphWords view, MarkedSpan span, int first, int end) => end - first == 1 && IsNickname(view, span, first);

    /// <summary>A short phrase qualifying the noun after it: the “pay as you go” plan.</summary>
    public static bool ModifiesNoun(ParagraphWords view, MarkedSpan span, int first, int end) =>
        end - first is >= 2 and <= LongestModifier && ModifiesNextNoun(view, span, end);

    /// <summary>
    /// A title or a name in title case: every word but the small ones capitalised, two to seven words, no question or
    /// exclamation, no first or second person ("We Will Win" is a chant, spoken), no punctuation inside.
    /// </summary>
    public static bool IsTitleCase(ParagraphWords view, MarkedSpan span, int first, int end)
    {
        if (end - first is < 2 or > LongestTitle || span.End <= span.Start || view.Text[span.End - 1] is '?' or '!')
        {
            return false;
        }

        for (var w = first; w < end; w++)
        {
            var word = view.WordText(w);
            if (!view.IsCapitalized(w) && !char.IsDigit(word[0]) && !view.Rules.IsTitleSmallWord(word))
            {
                return false;
            }

            if (w > first && view.PunctuationBefore(w) && !view.GapBeforeHas(w, ':'))
            {
                return false; // "Yes, Sir." and other punctuated speech
            }

            if (view.Rules.IsFirstOrSecondPerson(word))
            {
                return false;
            }
        }

        return view.IsCapitalized(first);
    }

    /// <summary>A naming word or a work noun right before the marks, or with a determiner between: "known as the “…”".</summary>
    private static bool AfterNamingWord(ParagraphWords view, int first)
    {
        if (view.PunctuationBefore(first) && !OnlyMarkBefore(view, first))
        {
            return false;
        }

        // Straight after the naming word only a name in capitals ("dubbed “Big Red”"); "described it as “candid”" is speech.
        var before = view.WordText(first - 1);
        if (view.Rules.IsNamingWord(before))
        {
            return view.IsCapitalized(first) || view.Rules.IsStrongNamingWord(before);
        }

        return first > 1 && view.Rules.IsDeterminer(before) && !view.PunctuationBefore(first - 1) && view.Rules.IsNamingWord(view.WordText(first - 2)) && view.WordText(first - 2) != "as"
            && !(SpeechLexicon.IsLabellingVerb(view.WordText(first - 2)) && first > 2 && !GrammarLexicon.IsBeFormOrSo(view.WordText(first - 3)));
    }


    /// <summary>
    /// Marked words named outright as a name, whatever verb of saying their sentence holds: after a noun of a title or
    /// a medium (<c>die Nachrichtenagentur „…“</c>, <c>unter dem Titel „…“</c>) or in the place of a source or a listener
    /// (<c>laut „…“</c>, <c>gegenüber dem „…“</c>), with an article and adjectives between or not, or after "so-called"
    /// (<c>die sogenannte „…“</c>); a title, up to seven
    /// words. Language data (<see cref="Languages.LanguageRules.IsOutrightNamingWord"/>): never in English.
    /// </summary>
    public static bool NamedOutright(ParagraphWords view, int first, int end)
    {
        if (first == 0 || end - first > LongestTitle || !OnlyMarkBefore(view, first))
        {
            return false;
        }

        if (view.Rules.IsSoCalled(view.WordText(first - 1), first > 1 ? view.WordText(first - 2) : null))
        {
            return true;
        }

        for (var w = first - 1; w >= 0 && w >= first - 4; w--)
        {
            var word = view.WordText(w);
            if (view.Rules.SourceOrListenerWords.Contains(word) || (view.IsCapitalized(w) && view.Rules.IsOutrightNamingWord(word)))
            {
                return true;
            }

            if (!view.IsLower(w) || (w < first - 1 && view.PunctuationBefore(w + 1)) || !view.Rules.IsArticleOrInflected(word))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A name set in marks straight after the common noun it names, where every noun is capitalised (German
    /// <c>die Kartoffelsorte „Goldina“</c>, <c>die Operation „…“</c>, <c>unter dem Motto „…“</c>): capitalised words, up
    /// to seven, after a capitalised word that is no article, pronoun or opener, nor a noun of saying (<c>mit den Worten
    /// „…“</c> opens speech). Speech in marks is set off by a colon or a comma, or follows a verb, an article or an
    /// adjective; a noun right before it is what it names. Only where <see cref="Languages.LanguageRules.CapitalisesNouns"/>.
    /// </summary>
    public static bool NamedAfterItsNoun(ParagraphWords view, int first, int end)
    {
        if (!view.Rules.CapitalisesNouns || first == 0 || end - first > LongestTitle || !OnlyMarkBefore(view, first)
            || !(view.IsCapitalized(first) || char.IsDigit(view.Text[view[first].Start])))
        {
            return false;
        }

        var before = first - 1;
        var noun = view.WordText(before);
        return view.IsCapitalized(before) && !view.InsideSpan(before) && before > view.SentenceStart(view.SentenceOf(before))
            && !view.Rules.IsDeterminer(noun) && view.Rules.PronounConcept(noun) is null && !view.Rules.Nouns.IsOpener(noun)
            && !view.Rules.IsSourceNoun(noun) && !view.Rules.IsFirstOrSecondPerson(noun);
    }

    /// <summary>
    /// Where every noun is capitalised (German), marked capitalised words that stand as a noun of the sentence: joined
    /// by a hyphen to the noun after the closing mark (<c>die „Stadtpost“-Zeitung</c>, <c>eine „Abendblatt“-Reporterin</c>), or
    /// the inverted subject of a cue, its article between (<c>zitiert die „Stadtpost“ den Minister</c>); speech stands
    /// as neither.
    /// </summary>
    public static bool StandsAsNoun(ParagraphWords view, MarkedSpan span, int first, int end)
    {
        if (!view.Rules.CapitalisesNouns || end - first > LongestTitle || !view.IsCapitalized(first) || span.CloseMark < 0)
        {
            return false;
        }

        var after = span.CloseMark + 1;
        if (after + 1 < view.Text.Length && view.Text[after] == '-' && char.IsLetter(view.Text[after + 1]))
        {
            return true;
        }

        return (first >= 2 && OnlyMarkBefore(view, first) && view.IsLower(first - 1) && view.Rules.IsDeterminer(view.WordText(first - 1))
            && !view.PunctuationBefore(first - 1) && !view.InsideSpan(first - 2) && view.CueAt(first - 2, out _) is not null)
            || SubjectBeforeItsCue(view, end);
    }

    /// <summary>
    /// Marked words straight before a cue, at most one word between and no comma (<c>„Stadtpost“ berichtet</c>, <c>wie
    /// die „Stadtpost“ heute meldete</c>): the cue's subject. German sets speech off from the cue after it by a comma.
    /// Not before a verb of labelling, whose object the marks are (<c>den Plan als „Irrweg“ bezeichnete</c>).
    /// </summary>
    private static bool SubjectBeforeItsCue(ParagraphWords view, int end)
    {
        if (end >= view.Count || !OnlyMarkBefore(view, end) || view.InsideSpan(end))
        {
            return false;
        }

        for (var w = end; w < view.Count && w <= end + 1 && (w == end || !view.PunctuationBefore(w)); w++)
        {
            if (view.MayStartCue(w) && view.CueAt(w, out _) is { } lemma)
            {
                return lemma != "describe"; // als „Erfolg“ bezeichnete: the marks are the label the verb gives
            }
        }

        return false;
    }

    /// <summary>
    /// Marked words after <c>als</c> that a verb of judging frames (<c>wies den Vorwurf als „haltlos“ zurück</c>,
    /// <c>bezeichnete den Plan als „Irrweg“</c>; <see cref="Languages.LanguageRules.JudgingVerbs"/>): the judge's word,
    /// whatever its capitals. The verb stands after the marks in their clause (at most six words on) or before
    /// <c>als</c> in their sentence (at most twelve words back). Not a label given in the present passive
    /// (<c>was als „…“ bezeichnet wird</c>), which defines a term.
    /// </summary>
    public static bool LabelledByJudge(ParagraphWords view, MarkedSpan span, int first, int end)
    {
        if (!AfterLabellingAs(view, span, first))
        {
            return false;
        }

        var sentence = view.SentenceOf(first);
        var sentenceEnd = view.SentenceEnd(sentence);
        var verb = JudgingVerbAfter(view, first, end);
        if (verb >= 0)
        {
            return !(verb + 1 < sentenceEnd && !view.PunctuationBefore(verb + 1) && view.Rules.PresentPassiveAuxiliaries.Contains(view.WordText(verb + 1)));
        }

        var start = view.SentenceStart(sentence);
        for (var w = first - 2; w >= start && w >= first - 12; w--)
        {
            if (view.Rules.JudgingVerbs.Contains(view.WordText(w)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the marked words stand right after <c>als</c> (German; never where the language has no verbs of judging).</summary>
    public static bool AfterLabellingAs(ParagraphWords view, MarkedSpan span, int first) =>
        view.Rules.JudgingVerbs.Count > 0 && first >= 1 && span.CloseMark >= 0 && view.Rules.LabellingAs is { } als
        && string.Equals(view.WordText(first - 1), als, System.StringComparison.OrdinalIgnoreCase) && OnlyMarkBefore(view, first);

    /// <summary>The verb of judging after a label's marks in their clause (at most six words on, <c>als „…“ bezeichnete</c>), or -1.</summary>
    public static int JudgingVerbAfter(ParagraphWords view, int first, int end)
    {
        var sentenceEnd = view.SentenceEnd(view.SentenceOf(first));
        for (var w = end; w < sentenceEnd && w < end + 6 && (w == end ? OnlyMarkBefore(view, w) : !view.PunctuationBefore(w)) && !view.InsideSpan(w); w++)
        {
            if (view.Rules.JudgingVerbs.Contains(view.WordText(w)))
            {
                return w;
            }
        }

        return -1;
    }

    /// <summary>
    /// German: the marks stand in a clause of reported speech, its verb in the present subjunctive at most
    /// <see cref="ReportedClauseWords"/> words before them with no punctuation between (<c>X sagte, die Stadt sei ein
    /// „Opfer der Planung“</c>, <c>habe ihr einen „Stoß“ gegeben, sagte X</c>), no preposition between. With a verb of
    /// saying in the sentence the words are the speaker's, however German capitalises them: no title, no writer's term.
    /// </summary>
    public static bool InReportedClause(ParagraphWords view, int first)
    {
        if (view.Rules.ReportedSpeechForms.Count == 0)
        {
            return false;
        }

        for (var w = first - 1; w >= 0 && w >= first - ReportedClauseWords && !view.InsideSpan(w); w--)
        {
            if (view.IsLower(w) && view.Rules.ReportedSpeechForms.Contains(view.WordText(w)))
            {
                return true;
            }

            if (view.Rules.Prepositions.Contains(view.WordText(w)) || view.Rules.IsArticleContraction(view.WordText(w)))
            {
                return false; // "sei im „Tagesblatt“ erschienen": a place or a medium the speaker names, as the writer would
            }

            if (view.PunctuationBefore(w))
            {
                break;
            }
        }

        return false;
    }

    private const int ReportedClauseWords = 5;

    /// <summary>
    /// Marked words after a noun of a slogan someone chants or writes (<c>skandierten Parolen wie „…“</c>, <c>mit der
    /// Aufschrift „…“</c>; <see cref="Languages.LanguageRules.SloganNouns"/>), with at most three linking words between
    /// (<c>wie zum Beispiel</c>), or joined by a conjunction to such words (<c>„…“ oder „…“</c>): those people's words,
    /// which the noun does not name.
    /// </summary>
    public static bool IsSlogan(ParagraphWords view, int spanIndex)
    {
        if (view.Rules.SloganNouns.Count == 0)
        {
            return false;
        }

        var first = view.WordAtOrAfter(view.Spans[spanIndex].Start);
        if (first < 1 || first >= view.Count || !OnlyMarkBefore(view, first))
        {
            return false;
        }

        var before = first - 1;
        if (spanIndex > 0 && view.Spans[spanIndex - 1].CloseMark >= 0 && view.Rules.Coordinators.Contains(view.WordText(before))
            && OnlyMarkBefore(view, before) && view.WordAtOrAfter(view.Spans[spanIndex - 1].End) == before)
        {
            first = view.WordAtOrAfter(view.Spans[spanIndex - 1].Start); // the words it is joined to
            before = first - 1;
            if (first < 1 || !OnlyMarkBefore(view, first))
            {
                return false;
            }
        }

        for (var links = 0; before >= 0 && links <= 3 && !view.InsideSpan(before); links++, before--)
        {
            if (view.Rules.SloganNouns.Contains(view.WordText(before)))
            {
                return true;
            }

            if (!view.Rules.SloganLinkWords.Contains(view.WordText(before)) || view.PunctuationBefore(before + 1) && before + 1 != first)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Where every noun is capitalised (German), one marked noun that heads a noun phrase of the writer's sentence,
    /// its article, possessive or adjective straight before the marks (<c>für die „Anwohner“</c>, <c>im „Tagesblatt“</c>,
    /// <c>eine neue „Verkehrsführung“</c>): the writer's term or a name, set off as such. Not when a verb of
    /// labelling frames it as someone's word (<c>nannte den Plan einen „Irrweg“</c>, <c>als „Fehler“</c>): a cue
    /// meaning "describe" before it in its sentence, or <c>als</c> before its phrase (<see cref="Languages.LanguageRules.LabellingAs"/>).
    /// </summary>
    public static bool NounHeadsPhrase(ParagraphWords view, MarkedSpan span, int first, int end)
    {
        if (!view.Rules.CapitalisesNouns || end - first != 1 || first < 1 || !view.IsCapitalized(first) || span.CloseMark < 0
            || span.End <= span.Start || !char.IsLetter(view.Text[span.End - 1]) || !OnlyMarkBefore(view, first))
        {
            return false;
        }

        // The article or inflected words of the phrase, right before the marks: at most an article and an adjective.
        var phrase = first;
        while (phrase > first - 2 && phrase > 0 && view.IsLower(phrase - 1) && !view.InsideSpan(phrase - 1)
            && (phrase == first || !view.PunctuationBefore(phrase)) && OpensNounPhrase(view.Rules, view.WordText(phrase - 1)))
        {
            phrase--;
        }

        if (phrase == first || (phrase > 0 && view.Rules.LabellingAs is { } labelling && view.WordIs(phrase - 1, labelling)))
        {
            return false;
        }

        // An adjective alone after a preposition is an adverbial phrase (unter anderem „…“), no article of a noun.
        var opener = view.WordText(phrase);
        if (!view.Rules.IsDeterminer(opener) && !view.Rules.IsArticleContraction(opener) && phrase > 0 && view.Rules.Prepositions.Contains(view.WordText(phrase - 1)))
        {
            return false;
        }

        var start = view.SentenceStart(view.SentenceOf(first));
        for (var w = start; w < phrase; w++)
        {
            if (!view.InsideSpan(w) && view.MayStartCue(w) && view.CueAt(w, out _) == "describe")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Outside English, a short marked phrase in another language (<c>der Preis „Bridge of the Year“</c>, <c>„une fête
    /// pour tous“</c>): news in one language quotes speech in translation, and keeps in the original the names, titles and
    /// mottos it marks. Told by the function words of the languages detection knows, up to seven words.
    /// </summary>
    public static bool InAnotherLanguage(ParagraphWords view, int first, int end)
    {
        if (view.Rules.IsEnglish || end - first > LongestTitle)
        {
            return false;
        }

        var other = false;
        for (var w = first; w < end; w++)
        {
            var languages = Languages.LanguageDetector.FunctionWordLanguages(view.WordHash(w));
            if (((languages >> (int)view.Rules.Language) & 1) != 0)
            {
                return false;
            }

            // A word of another language's list that is also an article here (French and German "des") says nothing.
            other |= languages != 0 && !view.Rules.IsDeterminer(view.WordText(w)) && !view.Rules.IsTitleSmallWord(view.WordText(w));
        }

        return other;
    }

    /// <summary>
    /// Where every noun is capitalised (German), one marked word written as a name is written: letters and digits
    /// mixed (<c>„Model4“</c>, <c>„3Tec“</c>) or a web address (<c>„beispiel.de“</c>). No one says such a word alone.
    /// </summary>
    public static bool WrittenAsName(ParagraphWords view, MarkedSpan span, int first, int end)
    {
        if (!view.Rules.CapitalisesNouns || end - first != 1 || span.End - span.Start < 3)
        {
            return false;
        }

        bool letter = false, digit = false, innerDot = false;
        for (var i = span.Start; i < span.End; i++)
        {
            var c = view.Text[i];
            if (char.IsWhiteSpace(c))
            {
                return false;
            }

            letter |= char.IsLetter(c);
            digit |= char.IsDigit(c);
            innerDot |= c == '.' && i > span.Start && i + 1 < span.End && char.IsLetter(view.Text[i - 1]) && char.IsLetter(view.Text[i + 1]);
        }

        return letter && (digit || innerDot);
    }

    /// <summary>
    /// A name its bearer gives itself or a name stated (language data, none in English): a verb of naming with the
    /// reflexive pronoun before the marks or right after them (<c>die sich selbst „Stadtgarten“ nennt</c>, <c>nennt
    /// sich „Stadtgarten“</c>), or a verb stating a name right before them (<c>der Name lautet „…“</c>).
    /// </summary>
    public static bool NamedByItsBearer(ParagraphWords view, MarkedSpan span, int first, int end)
    {
        // No limit of length: an organisation may give itself a long name, and the verb says it is one.
        if (view.Rules.Reflexive is not { } reflexive || first == 0 || !OnlyMarkBefore(view, first))
        {
            return false;
        }

        if (view.Rules.NameStatingVerbs.Contains(view.WordText(first - 1)))
        {
            return true;
        }

        var reflexiveBefore = false;
        var namingVerb = span.CloseMark >= 0 && end < view.Count && OnlyMarkBefore(view, end) && view.Rules.SelfNamingVerbs.Contains(view.WordText(end));
        for (var w = first - 1; w >= 0 && w >= first - 3 && !view.InsideSpan(w) && (w == first - 1 || !view.PunctuationBefore(w + 1)); w--)
        {
            reflexiveBefore |= view.WordIs(w, reflexive);
            namingVerb |= view.Rules.SelfNamingVerbs.Contains(view.WordText(w));
        }

        return reflexiveBefore && namingVerb;
    }

    /// <summary>
    /// Marked words glossed in brackets, or the gloss (<c>„Ponts pour tous“ („Brücken für alle“)</c>, <c>„Open Bridge“
    /// (deutsch „offene Brücke“)</c>): a name or a term and its translation. Short ones only: a long quotation may be
    /// followed by its translation too.
    /// </summary>
    public static bool GlossedInBrackets(ParagraphWords view, MarkedSpan span, int first, int end)
    {
        if (view.Rules.IsEnglish || end - first > LongestTitle || span.CloseMark < 0 || span.End <= span.Start || !char.IsLetterOrDigit(view.Text[span.End - 1]))
        {
            return false;
        }

        var after = span.CloseMark + 1;
        while (after < view.Text.Length && char.IsWhiteSpace(view.Text[after]))
        {
            after++;
        }

        if (after < view.Text.Length && view.Text[after] == '(')
        {
            return true; // the gloss follows
        }

        // The gloss itself: the bracket opens after a closing mark, with at most one word (deutsch, englisch) between.
        var bracket = span.OpenMark - 1;
        while (bracket >= 0 && char.IsWhiteSpace(view.Text[bracket]))
        {
            bracket--;
        }

        if (bracket >= 0 && view.Text[bracket] != '(' && first > 0 && view.IsLower(first - 1) && OnlyMarkBefore(view, first))
        {
            bracket = view[first - 1].Start - 1;
            while (bracket >= 0 && char.IsWhiteSpace(view.Text[bracket]))
            {
                bracket--;
            }
        }

        if (bracket < 1 || view.Text[bracket] != '(')
        {
            return false;
        }

        var before = bracket - 1;
        while (before >= 0 && char.IsWhiteSpace(view.Text[before]))
        {
            before--;
        }

        return before >= 0 && IsMark(view.Text[before]);
    }

    /// <summary>
    /// Marked words joined by a conjunction to marked words before them that name (<c>die Modelle „Aster“ und
    /// „Birke“</c>, <c>in „Nacht über Berlin“ oder „…“</c>): two things of one kind, named alike. Language data
    /// (<see cref="Languages.LanguageRules.Coordinators"/>): never in English.
    /// </summary>
    public static bool CoordinatedWithName(ParagraphWords view, int spanIndex)
    {
        if (view.Rules.Coordinators.Count == 0 || spanIndex == 0 || view.Spans[spanIndex - 1].CloseMark < 0)
        {
            return false;
        }

        var first = view.WordAtOrAfter(view.Spans[spanIndex].Start);
        var conjunction = first - 1;
        if (first < 2 || first >= view.Count || !OnlyMarkBefore(view, first) || !OnlyMarkBefore(view, conjunction) || view.InsideSpan(conjunction)
            || !view.Rules.Coordinators.Contains(view.WordText(conjunction)))
        {
            return false;
        }

        var previous = view.Spans[spanIndex - 1];
        var previousFirst = view.WordAtOrAfter(previous.Start);
        var previousEnd = view.WordAtOrAfter(previous.End);
        return previousEnd == conjunction && previousFirst < previousEnd
            && (NamedAfterItsNoun(view, previousFirst, previousEnd) || NamedOutright(view, previousFirst, previousEnd) || IsTitleCase(view, previous, previousFirst, previousEnd)
                || FollowsNamingWord(view, previousFirst, previousEnd));
    }

    /// <summary>An article, a preposition joined with one, or an inflected adjective (no preposition, though some end alike: <c>unter</c>).</summary>
    private static bool OpensNounPhrase(Languages.LanguageRules rules, string word) =>
        rules.IsArticleContraction(word) || (rules.IsArticleOrInflected(word) && !rules.Prepositions.Contains(word));

    /// <summary>The gap before the word is only white space and the opening mark.</summary>
    public static bool OnlyMarkBefore(ParagraphWords view, int word)
    {
        var gap = view.GapBefore(word);
        for (var i = gap.Start; i < gap.End; i++)
        {
            var c = view.Text[i];
            if (!char.IsWhiteSpace(c) && !IsMark(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Anna “Annie” Holt: one quoted word between two capitalised words, nothing but space around the marks.</summary>
    private static bool IsNickname(ParagraphWords view, MarkedSpan span, int first)
    {
        if (first == 0 || first + 1 >= view.Count || span.CloseMark < 0 || !view.IsCapitalized(first))
        {
            return false;
        }

        return view.IsCapitalized(first - 1) && view.IsCapitalized(first + 1) && OnlyMarkBefore(view, first) && OnlyMarkBefore(view, first + 1)
            && !view.WordIn(first - 1, RuleWords.ClauseOpeners);
    }

    /// <summary>
    /// The “open door” policy: a short quoted phrase with no punctuation of its own, followed straight after the
    /// closing mark by a lower-case noun it qualifies (not a verb of saying, a function word or a time).
    /// </summary>
    private static bool ModifiesNextNoun(ParagraphWords view, MarkedSpan span, int end)
    {
        if (span.CloseMark < 0 || end >= view.Count || !char.IsLetterOrDigit(view.Text[span.End - 1]) || !OnlyMarkBefore(view, end) || !view.IsLower(end))
        {
            return false;
        }

        for (var w = end - 1; w >= 0 && view.SpanOf(w) == view.SpanOf(end - 1) && view.SpanOf(w) >= 0; w--)
        {
            if (Judges(view.WordText(w)))
            {
                return false; // "a “can’t fail” mentality", "a “hopelessly unrealistic” plan": an opinion someone voiced
            }
        }

        var next = view.WordText(end);
        return !next.EndsWith("ing", StringComparison.Ordinal) && !GrammarLexicon.TitleSmallWords.Contains(next) && !GrammarLexicon.FunctionWords.Contains(next) && !SpeechLexicon.TimeWords.Contains(next) && view.CueAt(end, out _) is null
            && !NewsLexiconVerb(next);
    }

    /// <summary>Words of judgement rather than naming: negations, coordination, adverbs, comparatives and superlatives.</summary>
    private static bool Judges(string word) =>
        word.EndsWith("n’t", StringComparison.Ordinal) || word.EndsWith("n't", StringComparison.Ordinal) || word.EndsWith("’t", StringComparison.Ordinal)
        || GrammarLexicon.NegatesOrJoins(word) || (word.Length > 4 && (word.EndsWith("ly", StringComparison.Ordinal) || word.EndsWith("est", StringComparison.Ordinal)))
        || (word.Length > 5 && word.EndsWith("er", StringComparison.Ordinal) && !word.EndsWith("ter", StringComparison.Ordinal));

    private static bool NewsLexiconVerb(string word) => Array.IndexOf(NewsLexicon.FiniteVerbMarkers, word) >= 0 || word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ly", StringComparison.Ordinal);

    private static bool IsMark(char c) => c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u201E' or '\u00AB' or '\u00BB';
}
