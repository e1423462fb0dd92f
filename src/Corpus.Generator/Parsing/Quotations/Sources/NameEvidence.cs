using System;
using System.Collections.Generic;
using Corpus.Generator.Parsing.Lexicons;

namespace Corpus.Generator.Parsing.Quotations.Sources;

/// <summary>
/// Where every noun is capitalised (German), a capitalised word is no evidence of a name. A run of capitalised words
/// is taken for a name only with evidence: a common first name in it, a role or title before its last word
/// (<c>Bundeskanzlerin Merkel</c>, <c>Grünen-Politiker Ströbele</c>), an acronym (<c>SPD</c>), or a surname the
/// article gave with such evidence elsewhere (<c>Merkel</c> after <c>Angela Merkel</c>). Made once per article.
/// </summary>
internal sealed class NameEvidence
{
    private readonly HashSet<string> _surnames = new(StringComparer.Ordinal);

    /// <summary>Given names beyond the English-language <see cref="FirstNameLexicon"/>: German, Spanish and French ones (a German article quotes all three).</summary>
    private static readonly HashSet<string> GivenNames = WordSets.Of(StringComparer.Ordinal, Lexicons.De.GermanGivenNames.Names, Lexicons.Es.SpanishGivenNames.Names, Lexicons.Fr.FrenchGivenNames.Names);

    private static bool IsGivenName(string word) => GivenNames.Contains(word) || FirstNameLexicon.IsFirstName(word);

    public NameEvidence(IReadOnlyList<ParagraphWords> paragraphs)
    {
        foreach (var words in paragraphs)
        {
            for (var w = 0; w + 1 < words.Count; w++)
            {
                if (!words.IsCapitalized(w) || !words.IsCapitalized(w + 1) || words.NameBreakBefore(w + 1) || words.InsideSpan(w))
                {
                    continue;
                }

                var word = words.WordText(w);
                if (!IsGivenName(word) && !words.Rules.IsRoleWord(word))
                {
                    continue;
                }

                // The run's last capitalised word is the surname ("Angela Dorothea Merkel", "Minister Hans Eichel").
                var end = w + 1;
                // A particle that is also a preposition continues the run only after a given name ("Peer Keller zu Beginn" ends at Keller).
                while (end + 1 < words.Count && end - w < 4 && (words.IsCapitalized(end + 1) || (IsParticle(words, end + 1) && words.Rules.ParticleMayFollow(words.WordText(end + 1), words.WordText(end))))
                    && !words.NameBreakBefore(end + 1))
                {
                    end++;
                }

                _surnames.Add(ArticleNames.StripPossessive(words.WordText(end)));
                w = end;
            }
        }
    }

    /// <summary>The phrase if the words are evidently a name (trimmed of nouns after it), else none.</summary>
    public SpeakerPhrase Evidenced(ParagraphWords words, SpeakerPhrase phrase)
    {
        phrase = WithoutNounsAtEnds(words, phrase);
        return phrase.IsNone || phrase.Kind == SpeakerKind.Pronoun || (HasEvidence(words, phrase) && !IsNoSubject(words, phrase, Attribution.NoCue)) ? phrase : SpeakerPhrase.None;
    }

    /// <summary>
    /// The phrase unless the words are evidently no name: found by an attribution form (beside a cue), a capitalised
    /// word is taken for a name unless it is a common noun, a calendar word or a word that opens sentences.
    /// </summary>
    /// <param name="words">The paragraph.</param>
    /// <param name="phrase">The mention the form found.</param>
    /// <param name="cueEnd">The end of the form's cue: a preposition right after it belongs to the form (<c>nach Angaben von X</c>).</param>
    public SpeakerPhrase NotRefuted(ParagraphWords words, SpeakerPhrase phrase, int cueEnd)
    {
        phrase = WithoutNounsAtEnds(words, phrase);
        return phrase.IsNone || phrase.Kind == SpeakerKind.Pronoun || !IsNoSubject(words, phrase, cueEnd) ? phrase : SpeakerPhrase.None;
    }

    /// <summary>
    /// The end of a run cut after the last surname the article gave with evidence when a capitalised word that is no
    /// name follows it (neither a surname, a given name nor an acronym): German puts a noun object right after an
    /// inverted subject (<c>hatte Keller Neues zu berichten</c>). Else the run's end.
    /// </summary>
    private int SurnameEnd(ParagraphWords words, int first, int end)
    {
        var last = ArticleNames.StripPossessive(words.WordText(end - 1));
        if (end - first < 2 || _surnames.Contains(last) || IsAcronym(last) || IsGivenName(last) || !_surnames.Contains(words.WordText(end - 2))
            || words.Rules.OrganisationNouns.Contains(last) || words.Rules.IsRoleWord(last))
        {
            return end;
        }

        return end - 1;
    }

    /// <summary>
    /// The mention stands where no subject stands: after a preposition (with its article and adjectives between: <c>In
    /// einem Interview</c>, <c>Über Steve Fossett</c>, <c>vor dem Düsseldorfer Konzert</c>), or alone in brackets after
    /// another name (<c>Renate Schmidt (SPD)</c>). A preposition that is also a name particle (<c>von</c>, <c>zu</c>) counts
    /// only when the article never gave the word as a surname (<c>zu Guttenberg</c>, <c>von der Leyen</c> are names) or a
    /// given name follows it (<c>Stellvertreter von Jan Berger</c>: a particle stands after the given name, not before).
    /// </summary>
    private bool IsNoSubject(ParagraphWords words, SpeakerPhrase phrase, int cueEnd)
    {
        if (phrase.First > 0 && phrase.End < words.Count && words.GapBeforeHas(phrase.First, '(') && words.GapBeforeHas(phrase.End, ')'))
        {
            return true;
        }

        if (InObliquePrefield(words, phrase))
        {
            return true;
        }

        var genitive = -1;
        for (var w = phrase.First - 1; w >= 0 && w >= phrase.First - ObjectWords - 1 - (genitive < 0 ? 0 : ObjectWords) && !words.PunctuationBefore(w + 1) && !words.InsideSpan(w); w--)
        {
            var word = words.WordText(w);
            if (w >= 2 && words.Rules.Coordinators.Contains(word) && CutShortBefore(words, w))
            {
                w--; // "der Landes- und Bundesvorsitzenden": the noun cut short and its conjunction are part of the phrase
                continue;
            }

            if (words.Rules.Prepositions.Contains(word))
            {
                // Through a genitive only from the sentence's start: before the verb one phrase stands, so "Bei einem
                // Besuch der Baustelle sagte" holds no subject, while "sagte am Montag der Minister" does.
                // A form's own preposition (nach Angaben von X) is kept; after a verb of saying it opens an object (sagte über X).
                return (w != cueEnd || (w > 0 && words.CueAt(w - 1, out _) is not null)) && !(IsParticle(word) && _surnames.Contains(ArticleNames.StripPossessive(words.WordText(phrase.End - 1))) && !AfterOtherName(words, w) && !IsGivenName(words.WordText(phrase.First)))
                    && (genitive < 0 || w == words.SentenceStart(words.SentenceOf(w)));
            }

            if (genitive < 0 && words.IsCapitalized(w) && words.Rules.GenitiveArticles.Contains(words.WordText(w + 1)) && !words.Rules.IsSourceNoun(word))
            {
                if (w > 0 && words.IsLower(w - 1) && words.Rules.IsDeterminer(words.WordText(w - 1)) && !words.PunctuationBefore(w) && !words.Rules.IsRoleWord(word)
                    && !(w >= 2 && words.CueAt(w - 2, out _) is not null))
                {
                    // "die Rolle der Parteivorsitzenden betont": an attribute of the object, no subject ("sagte das
                    // Ministerium der Stadt", the inverted subject right after its cue, holds it).
                    return true;
                }

                genitive = w; // the noun the genitive attribute hangs on ("Besuch" of "einem Besuch der Baustelle")
                continue;
            }

            if (w != cueEnd && genitive < 0 && words.Rules.ObliqueArticles.Contains(word) && !OwnFormAround(words, phrase, w))
            {
                return true; // "Den Anwohnern sicherte X zu": an object, whatever cue stands beside it
            }

            if (w == phrase.First - 1 && words.IsCapitalized(w) && w > 0 && words.IsLower(w - 1) && !words.PunctuationBefore(w) && words.Rules.IsInflectedAdjective(word)
                && words.Rules.IsArticleOrInflected(words.WordText(w - 1)))
            {
                continue; // "vor dem Städtischen Bauamt": an adjective of a name, after its article, left out of the mention
            }

            if (!words.IsLower(w) && !words.Rules.ObliqueArticles.Contains(word) || !words.Rules.IsArticleOrInflected(word))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// German puts one phrase before the verb: a mention that ends right before the verb of a sentence opened by an
    /// oblique article belongs to that phrase, however long its attribute (<c>Den seit Jahren am Hafen wohnenden Fischern
    /// sicherte X zu</c>), so it is no subject. The words between hold no verb we know (a cue, an auxiliary) and no
    /// punctuation; a form's own article (<c>Dem Minister zufolge</c>) is kept.
    /// </summary>
    private static bool InObliquePrefield(ParagraphWords words, SpeakerPhrase phrase)
    {
        var start = words.SentenceStart(words.SentenceOf(phrase.First));
        if (words.Rules.ObliqueArticles.Count == 0 || phrase.First <= start || phrase.First - start > PrefieldWords || phrase.End >= words.Count
            || words.PunctuationBefore(phrase.End) || !(words.Rules.ObliqueArticles.Contains(words.WordText(start)) || DativeBeforeInvertedSubject(words, phrase, start)) || OwnFormAround(words, phrase, start)
            || !((words.MayStartCue(phrase.End) && words.CueAt(phrase.End, out _) is not null) || words.Rules.FiniteAuxiliaries.Contains(words.WordText(phrase.End))))
        {
            return false;
        }

        for (var w = start + 1; w <= phrase.First; w++)
        {
            if (words.PunctuationBefore(w) || words.InsideSpan(w) || (w < phrase.First && words.IsLower(w)
                && ((words.MayStartCue(w) && words.CueAt(w, out _) is not null) || words.Rules.FiniteAuxiliaries.Contains(words.WordText(w)) || words.Rules.SubordinatingConjunctions.Contains(words.WordText(w)))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The sentence opens with an article of the nominative and of the feminine dative alike (<c>Der Zeitung</c>) and the
    /// verb after the mention is a cue with a person named right after it: that person is the subject, so the phrase
    /// before the verb is its listener (<c>Der Deutschen Presse-Agentur sagte X</c>).
    /// </summary>
    private static bool DativeBeforeInvertedSubject(ParagraphWords words, SpeakerPhrase phrase, int start)
    {
        if (!words.Rules.NominativeOrDativeArticles.Contains(words.WordText(start)) || !words.MayStartCue(phrase.End) || words.CueAt(phrase.End, out var length) is null)
        {
            return false;
        }

        var after = phrase.End + length;
        var subject = after < words.Count && !words.PunctuationBefore(after) ? SpeakerPhrases.Right(words, after, words.SentenceEnd(words.SentenceOf(after))) : SpeakerPhrase.None;
        return subject.Kind == SpeakerKind.Person && subject.First == after;
    }

    /// <summary>Most words from the oblique article that opens a sentence to a mention ending its first phrase.</summary>
    private const int PrefieldWords = 12;

    /// <summary>The word before the conjunction at <paramref name="conjunction"/> ends in a hyphen, a noun cut short (<c>Landes- und</c>).</summary>
    private static bool CutShortBefore(ParagraphWords words, int conjunction)
    {
        var gap = words.GapBefore(conjunction);
        var i = gap.Start + gap.Length - 1;
        while (i >= gap.Start && char.IsWhiteSpace(words.Text[i]))
        {
            i--;
        }

        return i == gap.Start && words.Text[i] == '-';
    }

    /// <summary>
    /// An oblique article that belongs to a form naming its source: after a noun of saying (<c>nach Worten des
    /// Ministers</c>) or a verb citing its object (<c>zitierte den Minister</c>), or before <c>zufolge</c> (<c>dem Minister
    /// zufolge</c>).
    /// </summary>
    private static bool OwnFormAround(ParagraphWords words, SpeakerPhrase phrase, int article) =>
        (phrase.End < words.Count && words.PostposedSourceCueAt(phrase.End))
        || (article > 0 && (words.Rules.IsSourceNoun(words.WordText(article - 1)) || words.Rules.ObjectSourceCues.Contains(words.WordText(article - 1))
            || words.Rules.SourceOrListenerWords.Contains(words.WordText(article - 1))));

    /// <summary>
    /// A particle that is also a preposition, right after another name with no given name before it (<c>soll Anelka zu
    /// Domenech gesagt haben</c>): a preposition there, since a name's particle follows a given name or a role.
    /// </summary>
    private static bool AfterOtherName(ParagraphWords words, int particle)
    {
        if (particle == 0 || words.PunctuationBefore(particle) || !words.IsCapitalized(particle - 1))
        {
            return false;
        }

        var before = words.WordText(particle - 1);
        return !words.Rules.ParticleMayFollow(words.WordText(particle), before) && !words.Rules.IsRoleWord(before) && !words.Rules.Nouns.IsNotName(before);
    }

    /// <summary>Most words of article and adjectives between a preposition and its noun.</summary>
    private const int ObjectWords = 3;

    private static bool IsParticle(string word) => NameParticles.Words.Contains(word);

    private bool HasEvidence(ParagraphWords words, SpeakerPhrase phrase)
    {
        var last = ArticleNames.StripPossessive(words.WordText(phrase.End - 1));
        if (_surnames.Contains(last) || IsAcronym(last))
        {
            return true;
        }

        for (var w = phrase.First; w < phrase.End - 1; w++)
        {
            var word = words.WordText(w);
            if (IsGivenName(word) || words.Rules.IsRoleWord(word))
            {
                return true;
            }
        }

        return (phrase.First > 0 && !words.PunctuationBefore(phrase.First) && words.Rules.IsRoleWord(words.WordText(phrase.First - 1)))
            || RoleInApposition(words, phrase.End);
    }

    /// <summary>A role set off by a comma after the name (<c>Olli Rehn, EU-Kommissar</c>, <c>Günther Platter, der Minister</c>).</summary>
    private static bool RoleInApposition(ParagraphWords words, int end)
    {
        if (end >= words.Count || !words.GapBeforeHas(end, ',') || words.GapBeforeHas(end, '.'))
        {
            return false;
        }

        var role = end + 1 < words.Count && words.IsLower(end) && words.Rules.IsDeterminer(words.WordText(end)) && !words.PunctuationBefore(end + 1) ? end + 1 : end;
        if (role > end && role + 1 < words.Count && words.Rules.GenitiveArticles.Contains(words.WordText(role)) && !words.PunctuationBefore(role + 1))
        {
            // "Sadiq Khan, einer der Abgeordneten, …": one of the holders of a role, in the genitive plural.
            return words.IsCapitalized(role + 1) && IsPluralRole(words.Rules, words.WordText(role + 1));
        }

        return words.IsCapitalized(role) && words.Rules.IsRoleWord(words.WordText(role));
    }

    /// <summary>A role word in the plural (<c>Mitglieder</c>, <c>Abgeordneten</c>, <c>Gründer</c>): the word or its stem before a plural ending.</summary>
    private static bool IsPluralRole(Languages.LanguageRules rules, string word)
    {
        if (rules.IsRoleWord(word))
        {
            return true;
        }

        foreach (var ending in rules.PluralEndings)
        {
            if (word.Length > ending.Length + 3 && word.EndsWith(ending, StringComparison.Ordinal) && rules.IsRoleWord(word.Substring(0, word.Length - ending.Length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Drops the words at either end that are evidently no name (<c>Die</c> of <c>Die Studie</c>, a noun the run took in
    /// after a name); none when nothing is left or the last word is a known noun.
    /// </summary>
    private SpeakerPhrase WithoutNounsAtEnds(ParagraphWords words, SpeakerPhrase phrase)
    {
        if (phrase.IsNone || phrase.Kind == SpeakerKind.Pronoun)
        {
            return phrase;
        }

        var nouns = words.Rules.Nouns;
        int first = phrase.First, end = phrase.End;
        while (first < end && nouns.IsNotName(words.WordText(first)) && !_surnames.Contains(words.WordText(first)))
        {
            first++;
        }

        while (end > first && nouns.IsNotName(ArticleNames.StripPossessive(words.WordText(end - 1))) && !_surnames.Contains(words.WordText(end - 1))
            && !(end - 1 > first && words.Rules.OrganisationNouns.Contains(words.WordText(end - 1)) && !nouns.IsNotName(words.WordText(end - 2))))
        {
            end--; // "Nordbadische Zeitung" keeps its noun: the word before it is no noun
        }

        if (end <= first || OnlyRoles(words, first, end) || AfterNumber(words, first))
        {
            return SpeakerPhrase.None;
        }

        end = SurnameEnd(words, first, end);
        return first == phrase.First && end == phrase.End ? phrase : SpeakerPhrases.Classify(words, first, end);
    }

    /// <summary>A quantity's unit or currency after its number (<c>200 Schweizer Franken</c>, <c>300 Euro</c>): no name.</summary>
    private static bool AfterNumber(ParagraphWords words, int first)
    {
        if (first == 0 || words.PunctuationBefore(first))
        {
            return false;
        }

        var number = words.WordText(first - 1);
        return char.IsDigit(number[0]) && char.IsDigit(number[number.Length - 1]);
    }

    /// <summary>Roles and titles alone (<c>Ministerin</c>, <c>Bundesinnenminister</c>): a description, no name.</summary>
    private static bool OnlyRoles(ParagraphWords words, int first, int end)
    {
        for (var w = first; w < end; w++)
        {
            if (!words.Rules.IsRoleWord(words.WordText(w)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A name particle inside a name (<c>Kurt von Figura</c>, <c>Ursula von der Leyen</c>).</summary>
    private static bool IsParticle(ParagraphWords words, int w) =>
        words.IsLower(w) && w + 1 < words.Count && (NameParticles.Words.Contains(words.WordText(w)) || (NameParticles.Following.Contains(words.WordText(w)) && NameParticles.Words.Contains(words.WordText(w - 1))))
        && (words.IsCapitalized(w + 1) || (w + 2 < words.Count && NameParticles.Following.Contains(words.WordText(w + 1)) && words.IsCapitalized(w + 2)));

    private static bool IsAcronym(string word)
    {
        if (word.Length < 2 || word.Length > 6)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }
}
