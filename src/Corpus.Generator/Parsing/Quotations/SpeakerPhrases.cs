using System;
using Corpus.Generator.Parsing.Lexicons;

namespace Corpus.Generator.Parsing.Quotations;

/// <summary>
/// Finds the speaker phrase on either side of a cue: "Ana Ruiz, the city's chief engineer ..., said" (left, past
/// an appositive), "said Transport Ministry spokesman Tom Reyes" (right), "according to the foreign ministry".
/// </summary>
internal static class SpeakerPhrases
{
    private const int LongestName = 8;
    private const int LongestAppositive = 14;

    /// <summary>The speaker that ends just before a cue word (subject–cue order), looking no further left than <paramref name="limit"/>.</summary>
    public static SpeakerPhrase Left(ParagraphWords words, int cue, int limit)
    {
        var w = cue - 1;
        while (w >= limit && w > cue - 5 && !words.PunctuationBefore(w + 1))
        {
            var word = words.WordText(w);
            if (SpeechLexicon.Auxiliaries.Contains(word) || (words.IsLower(w) && word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal)))
            {
                w--; // "has also said", "eventually concluded"
            }
            else if (word == "to" && w == cue - 1)
            {
                w--; // "prompted Lee to quip": Lee speaks
            }
            else if (words.IsLower(w) && words.Rules.AdverbsBeforeVerb.Contains(word))
            {
                w--; // German "wie die Stadt heute mitteilte"
            }
            else if (w - 1 >= limit && words.Rules.Nouns.IsCalendar(word) && !words.PunctuationBefore(w) && words.Rules.IsArticleContraction(words.WordText(w - 1)))
            {
                w -= 2; // German "wie die Stadt am Montag mitteilte"
            }
            else if (SpeechLexicon.TimeWords.Contains(word))
            {
                // "Biden on Tuesday urged", "Johnson Monday said": a time between subject and verb.
                w -= w - 1 >= limit && DateLexicon.OpensTimeBeforeVerb(words.WordText(w - 1)) && !words.PunctuationBefore(w) ? 2 : 1;
            }
            else
            {
                break;
            }
        }

        if (w < limit || words.InsideSpan(w))
        {
            return SpeakerPhrase.None;
        }

        if (words.PunctuationBefore(w + 1))
        {
            // Only an appositive may stand between a subject and its verb: "Hugh Hill, a doctor, said".
            // Or a party-and-state tag: "Ann Lee (D-Ohio) said".
            return (words.GapBeforeHas(w + 1, ',') || words.GapBeforeHas(w + 1, ')')) && !words.GapBeforeHas(w + 1, '.') ? PastAppositives(words, w, limit) : SpeakerPhrase.None;
        }

        if (words.Rules.CapitalisesNouns && UnclosedApposition(words, w, limit) is { IsNone: false } described)
        {
            return described;
        }

        if (words.Rules.CapitalisesNouns && PastListener(words, w, limit) is { IsNone: false } teller)
        {
            return teller;
        }

        var phrase = EndingAt(words, w, limit);
        if (phrase.IsNone)
        {
            return RoleWithArticle(words, w, limit);
        }

        if (phrase.Kind == SpeakerKind.Vague && words.IsLower(phrase.First) && RoleWithArticle(words, w, limit) is { IsNone: false } role)
        {
            return role; // "the then prime minister": the whole description, which naming resolves, not "minister" alone
        }

        if (SpokespersonFor(words, phrase, limit))
        {
            return phrase with { Kind = SpeakerKind.Organisation }; // "a spokesman for Acme said": Acme speaks
        }

        return StandsAsSubject(words, phrase, limit) ? phrase : PersonBeforeOrganisation(words, phrase, limit);
    }

    /// <summary>
    /// German: "X, der frühere Stellvertreter von Y sagte": an apposition opened by a comma and its article runs up to the
    /// verb when the writer leaves out its closing comma (or it is a relative clause, "X, der sagte"); either way X is
    /// the subject, not a name inside the apposition. The name must open its clause. None elsewhere.
    /// </summary>
    private static SpeakerPhrase UnclosedApposition(ParagraphWords words, int w, int limit)
    {
        var article = w;
        while (article > limit && w - article < LongestAppositive && !words.PunctuationBefore(article))
        {
            article--;
        }

        if (article <= limit || !words.GapBeforeHas(article, ',') || words.GapBeforeHas(article, '.') || words.InsideSpan(article)
            || !words.IsLower(article) || !words.Rules.IsDeterminer(words.WordText(article)))
        {
            return SpeakerPhrase.None;
        }

        var name = EndingAt(words, article - 1, limit);
        return name.Kind == SpeakerKind.Person && (name.First == limit || words.PunctuationBefore(name.First)) ? name : SpeakerPhrase.None;
    }

    /// <summary>
    /// "the coach said", "the former senator said", "the airline said": a role or an organisation's description with
    /// its article, a vague speaker the naming step may resolve.
    /// </summary>
    private static SpeakerPhrase RoleWithArticle(ParagraphWords words, int w, int limit)
    {
        if (!words.IsLower(w) || !(words.WordIn(w, RuleWords.RoleNouns) || EntityLexicon.OrganisationNouns.Contains(words.WordText(w))))
        {
            return SpeakerPhrase.None;
        }

        var first = w;
        while (first - 1 >= limit && w - first < 2 && !words.PunctuationBefore(first) && words.WordIn(first - 1, RuleWords.RoleModifiers))
        {
            first--;
        }

        return first - 1 >= limit && !words.PunctuationBefore(first) && GrammarLexicon.IsDefiniteArticle(words.WordText(first - 1))
            ? new SpeakerPhrase(first - 1, w + 1, SpeakerKind.Vague)
            : SpeakerPhrase.None;
    }

    /// <summary>"Chief Ann Lee with the city police said": the person before a prepositional phrase naming where she works.</summary>
    private static SpeakerPhrase PersonBeforeOrganisation(ParagraphWords words, SpeakerPhrase phrase, int limit)
    {
        var b = phrase.First - 1;
        if (b >= limit && words.WordIn(b, RuleWords.Determiners) && !words.PunctuationBefore(b + 1))
        {
            b--;
        }

        if (b - 1 < limit || words.PunctuationBefore(b + 1) || words.PunctuationBefore(b) || !GrammarLexicon.LinksRoleToOrganisation(words.WordText(b)))
        {
            return SpeakerPhrase.None;
        }

        var person = EndingAt(words, b - 1, limit);
        return person.Kind == SpeakerKind.Person && StandsAsSubject(words, person, limit) ? person : SpeakerPhrase.None;
    }

    /// <summary>The speaker that starts at a word (cue–subject order, "according to X"), skipping a determiner.</summary>
    public static SpeakerPhrase Right(ParagraphWords words, int first, int limit)
    {
        if (first >= limit || words.InsideSpan(first))
        {
            return SpeakerPhrase.None;
        }

        var w = first;
        if (words.WordIn(w, RuleWords.PronounSpeakers) || (!words.Rules.IsEnglish && words.Rules.IsSubjectPronoun(words.WordText(w))))
        {
            return new SpeakerPhrase(w, w + 1, SpeakerKind.Pronoun);
        }

        if (words.WordIn(w, RuleWords.Determiners) && w + 1 < limit && !words.PunctuationBefore(w + 1))
        {
            w++;
        }

        // "sagte die kroatische Meteorologin Ana Horvat": where nouns are capitalised, the article and its adjectives
        // stand before the capitalised noun and name of the inverted subject.
        while (words.Rules.CapitalisesNouns && w + 1 < limit && w - first < 3 && words.IsLower(w) && !words.PunctuationBefore(w + 1)
            && words.Rules.IsArticleOrInflected(words.WordText(w)))
        {
            w++;
        }

        var through = SpeakingFor(words, w, limit);
        if (!through.IsNone)
        {
            return through;
        }

        // "said lead author Dr. Ann Lee", "said striker Tom Ray": lower-case role words before the name are not the speaker.
        var role = w;
        while (role < limit && role - w < 3 && words.IsLower(role) && !words.PunctuationBefore(role + 1 < limit ? role + 1 : role)
            && (words.WordIn(role, RuleWords.RoleNouns) || words.WordIn(role, RuleWords.RoleModifiers)))
        {
            role++;
        }

        if (role > w && role < limit && words.IsCapitalized(role) && words.WordIn(role - 1, RuleWords.RoleNouns))
        {
            w = role;
        }

        var end = w;
        while (end < limit && end - w < LongestName && (end == w || !words.NameBreakBefore(end)) && IsNamePart(words, end, end == w))
        {
            end++;
        }

        // A trailing "of" belongs to what follows, not to the name.
        while (end > w && GrammarLexicon.JoinsNameInside(words.WordText(end - 1)))
        {
            end--;
        }

        // "Riverton coach Mike Dunn", "Acme engineer Ann Lee", "Acme political scientist Ann Lee": a team, outlet or
        // employer, a role (its last word a role noun), then the person.
        var roleEnd = end;
        while (end > w && roleEnd < limit && roleEnd - end < 3 && words.IsLower(roleEnd) && !words.PunctuationBefore(roleEnd)
            && (words.WordIn(roleEnd, RuleWords.RoleNouns) || words.WordIn(roleEnd, RuleWords.RoleModifiers)
                || (!words.WordIn(roleEnd, RuleWords.FunctionWords) && !words.WordIn(roleEnd, RuleWords.Prepositions) && !(words.MayStartCue(roleEnd) && words.CueAt(roleEnd, out _) is not null))))
        {
            roleEnd++;
        }

        if (roleEnd > end && roleEnd < limit && !words.PunctuationBefore(roleEnd) && words.IsCapitalized(roleEnd) && words.WordIn(roleEnd - 1, RuleWords.RoleNouns))
        {
            var person = Right(words, roleEnd, limit);
            if (person.Kind == SpeakerKind.Person)
            {
                return person;
            }
        }

        return end == w ? SpeakerPhrase.None : Classify(words, w, end);
    }

    /// <summary>
    /// "a spokeswoman for the Treasury", "a member of Acme": a spokesperson role, "for", "of" or "at", and the
    /// organisation, which is the speaker.
    /// </summary>
    private static SpeakerPhrase SpeakingFor(ParagraphWords words, int w, int limit)
    {
        var role = w;
        while (role < limit && role - w < 2 && words.IsLower(role) && words.WordIn(role, RuleWords.RoleModifiers))
        {
            role++;
        }

        if (role + 2 >= limit || !(words.WordIn(role, RuleWords.SpokespersonRoles) || words.WordIs(role, "member"))
            || !words.WordIn(role + 1, RuleWords.SpokespersonPrepositions) || words.PunctuationBefore(role + 1) || words.PunctuationBefore(role + 2))
        {
            return SpeakerPhrase.None;
        }

        var start = role + 2;
        if (words.WordIn(start, RuleWords.Determiners) && start + 1 < limit)
        {
            start++;
        }

        var end = start;
        while (end < limit && end - start < LongestName && (end == start || !words.NameBreakBefore(end)) && words.IsCapitalized(end))
        {
            end++;
        }

        return end == start ? SpeakerPhrase.None : new SpeakerPhrase(start, end, SpeakerKind.Organisation);
    }

    /// <summary>The longest speaker phrase ending at a word, walking left over name parts.</summary>
    public static SpeakerPhrase EndingAt(ParagraphWords words, int last, int limit)
    {
        if (words.WordIn(last, RuleWords.PronounSpeakers) || (!words.Rules.IsEnglish && words.Rules.IsSubjectPronoun(words.WordText(last))))
        {
            return new SpeakerPhrase(last, last + 1, SpeakerKind.Pronoun);
        }

        var first = last + 1;
        while (first - 1 >= limit && last - first + 1 < LongestName && IsNamePart(words, first - 1, false) && (first - 1 == last || !words.NameBreakBefore(first)))
        {
            first--;
        }

        // "of" only joins capitalised words ("Secretary of State"), never starts a name.
        while (first <= last && GrammarLexicon.JoinsNameInside(words.WordText(first)))
        {
            first++;
        }

        return first > last ? SpeakerPhrase.None : Classify(words, first, last + 1);
    }

    /// <summary>The kind of speaker that words [first, end) name.</summary>
    public static SpeakerPhrase Classify(ParagraphWords words, int first, int end)
    {
        var lastWord = ArticleNames.StripPossessive(words.WordText(end - 1));

        // The last word's hash for the lexicon filters (RuleWords): the paragraph's, unless a possessive was stripped.
        var lastHash = lastWord.Length == words[end - 1].Length ? words.WordHash(end - 1) : SpeechLexicon.CaseInsensitiveHash(lastWord, 0, lastWord.Length);
        var anyCapital = false;
        for (var w = first; w < end; w++)
        {
            // "Mr. King": the word after an honorific is a surname, even one that is also a title.
            anyCapital |= words.IsCapitalized(w) && (!words.WordIn(w, RuleWords.Titles) || ArticleNames.IsSurnameAfter(words, w, end, w - first));
        }

        SpeakerKind kind;
        if (SpeechLexicon.IsCollectiveSpeaker(words.Text, words[first].Start, words[end - 1].End - words[first].Start))
        {
            kind = SpeakerKind.Collective;
        }
        else if (MentionKinds.IsOrganisationWord(lastWord, lastHash) || IsAcronym(lastWord) || EndsWithOrganisationRole(words, first, end) || HeadBeforeOf(words, first, end))
        {
            kind = SpeakerKind.Organisation;
        }
        else if (!anyCapital || RuleWords.GroupNouns.Contains(lastWord, lastHash) || (end - first == 1 && RuleWords.Demonyms.Contains(lastWord, lastHash)))
        {
            kind = SpeakerKind.Vague;
        }
        else
        {
            kind = SpeakerKind.Person;
        }

        return new SpeakerPhrase(first, end, kind);
    }

    /// <summary>"Bank of England", "Ministry of Foreign Affairs": an organisation's head noun before "of".</summary>
    private static bool HeadBeforeOf(ParagraphWords words, int first, int end)
    {
        for (var w = first + 1; w < end - 1; w++)
        {
            if (words.WordIs(w, "of") && words.WordIn(w - 1, RuleWords.OrganisationHeads))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Norwegian foreign ministry spokesman": an organisation speaking through a role.</summary>
    private static bool EndsWithOrganisationRole(ParagraphWords words, int first, int end)
    {
        if (!words.WordIn(end - 1, RuleWords.OrganisationRoleEnds) || end - first < 2)
        {
            return false;
        }

        // "a Zentra spokeswoman": a capitalised name before the role that is not a person's (no given name first).
        var before = words.WordText(end - 2);
        return SpeechLexicon.OrganisationHeads.Contains(before)
            || (words.IsCapitalized(end - 2) && !Corpus.Generator.Parsing.Lexicons.FirstNameLexicon.IsFirstName(words.WordText(first)) && !SpeechLexicon.Titles.Contains(before));
    }

    private static bool IsAcronym(string word)
    {
        if (word.Length < 2 || word.Length > 6)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c) && c != '.')
            {
                return false;
            }
        }

        return !SpeechLexicon.CollectiveSpeakers.Contains(word);
    }

    /// <summary>Capitalised words (not clause openers), "of" between them, and the lower-case parts of roles and institutions.</summary>
    private static bool IsNamePart(ParagraphWords words, int w, bool isFirst)
    {
        if (words.IsCapitalized(w))
        {
            // A sentence-initial "The" or "But" is not part of a name; a middle initial ("Ann A. Lee") is.
            return !(words.WordIn(w, RuleWords.ClauseOpeners) || words.WordIn(w, RuleWords.Connectives)) || words.WordIs(w, "I") || (!isFirst && IsMiddleInitial(words, w));
        }

        if (words.WordIs(w, "of"))
        {
            return !isFirst;
        }

        // Ursula von der Leyen, Luis de Guindos: outside English a particle between capitalised words is part of the name
        // (English keeps its own rules, which the learned weights were trained with).
        if (!isFirst && !words.Rules.IsEnglish && ((NameParticles.Words.Contains(words.WordText(w)) && w > 0 && words.Rules.ParticleMayFollow(words.WordText(w), words.WordText(w - 1)))
                || (NameParticles.Following.Contains(words.WordText(w)) && words.IsLower(w - 1) && NameParticles.Words.Contains(words.WordText(w - 1))))
            && FollowedByNameWord(words, w))
        {
            return true;
        }

        return words.WordIn(w, RuleWords.SpeakerPhraseParts);
    }

    /// <summary>One capital letter and its full stop between capitalised words: "A." in "Ann A. Lee".</summary>
    private static bool IsMiddleInitial(ParagraphWords words, int w) =>
        words[w].Length == 1 && w > 0 && w + 1 < words.Count && words.IsCapitalized(w - 1) && words.IsCapitalized(w + 1)
        && !words.PunctuationBefore(w) && words.GapBeforeHas(w + 1, '.') && !words.NameBreakBefore(w + 1);

    /// <summary>A particle run (von der, de la) ends in a capitalised word: "von" before a place or a verb is no particle.</summary>
    private static bool FollowedByNameWord(ParagraphWords words, int w)
    {
        var next = w + 1;
        while (next < words.Count && next - w <= 2 && words.IsLower(next) && NameParticles.Following.Contains(words.WordText(next)))
        {
            next++;
        }

        return next < words.Count && words.IsCapitalized(next) && !words.PunctuationBefore(next);
    }

    /// <summary>A subject stands at the clause start, or after a determiner; never after "and" or a preposition.</summary>
    private static bool StandsAsSubject(ParagraphWords words, SpeakerPhrase phrase, int limit)
    {
        var before = phrase.First - 1;
        if (before < limit || words.PunctuationBefore(phrase.First))
        {
            return true;
        }

        if (SpokespersonFor(words, phrase, limit))
        {
            return true;
        }

        var word = words.WordText(before);
        if (GrammarLexicon.Determiners.Contains(word))
        {
            return before - 1 < limit || words.PunctuationBefore(before) || !words.WordIn(before - 1, RuleWords.NotSubjectBefore);
        }

        return !GrammarLexicon.NotSubjectBefore.Contains(word);
    }

    /// <summary>"A spokesperson for the Treasury told": the spokesperson speaks for the organisation.</summary>
    private static bool SpokespersonFor(ParagraphWords words, SpeakerPhrase phrase, int limit)
    {
        var w = phrase.First - 1;
        if (w >= limit && words.WordIn(w, RuleWords.Determiners))
        {
            w--;
        }

        return w - 1 >= limit && words.WordIn(w, RuleWords.SpokespersonPrepositions) && words.WordIn(w - 1, RuleWords.SpokespersonRoles)
            && phrase.Kind is SpeakerKind.Organisation or SpeakerKind.Collective or SpeakerKind.Person;
    }

    /// <summary>
    /// A US party tag such as "D-Conn" or "R-La", or the party's letter alone in brackets ("Ann Lee (D) said"), is an
    /// appositive, never a speaker.
    /// </summary>
    private static bool IsPartyAndState(ParagraphWords words, SpeakerPhrase phrase)
    {
        var text = words.WordText(phrase.First);
        return phrase.End - phrase.First == 1 && text[0] is 'D' or 'R' or 'I'
            && ((text.Length >= 3 && text[1] == '-') || (text.Length == 1 && words.GapBeforeHas(phrase.First, '(')));
    }

    /// <summary>Lower-case words naming what the speaker is, with no preposition: "the company" in "the company Paris Habitat".</summary>
    private static bool OnlyDescribes(ParagraphWords words, int first, int end)
    {
        for (var w = first; w < end; w++)
        {
            if (!words.IsLower(w) || words.WordIn(w, RuleWords.NotSubjectBefore))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Walks left over comma-separated appositives ("Ruiz, a former adviser to the Harbour Board, the port’s
    /// governing body, told") to the segment that is a name on its own.
    /// </summary>
    private static SpeakerPhrase PastAppositives(ParagraphWords words, int last, int limit)
    {
        var description = SpeakerPhrase.None;
        for (var segments = 0; segments < 3 && last >= limit; segments++)
        {
            var first = last;
            while (first > limit && last - first < LongestAppositive && !words.PunctuationBefore(first))
            {
                first--;
            }

            // German "Anna Keller (SPD) sagte": the party in brackets tags the name before it and is no speaker.
            var tagsName = BracketAfterName(words, first, last);
            var phrase = EndingAt(words, last, first);
            if (!tagsName && !phrase.IsNone && phrase.IsNamed && phrase.Kind != SpeakerKind.Pronoun && (phrase.First == first || OnlyDescribes(words, first, phrase.First)) && !IsPartyAndState(words, phrase))
            {
                if (!DescribesNameBefore(words, first, phrase))
                {
                    return phrase;
                }

                // German: "Günther Platter, der Verteidigungsminister Österreichs, der …, sagte": the name is further back.
                description = description.IsNone ? phrase : description;
            }
            else if (!tagsName && !description.IsNone && words.Rules.CapitalisesNouns)
            {
                return description;
            }

            // ".," ends an abbreviation inside the appositive ("Chris Murphy, D-Conn., said"), not a sentence.
            if (!(words.GapBeforeHas(first, ',') || words.GapBeforeHas(first, '(')) || (words.GapBeforeHas(first, '.') && !words.Text.Substring(words.GapBefore(first).Start, words.GapBefore(first).Length).StartsWith(".,", StringComparison.Ordinal)))
            {
                return SpeakerPhrase.None;
            }

            last = first - 1;
        }

        return description;
    }

    /// <summary>
    /// German puts the listener between the subject and a verb last in its clause (<c>wie Anna Keller der Zeitung
    /// sagte</c>, <c>als Keller dem Sender mitteilte</c>): a phrase opened by an article that may be dative, right after a
    /// person's name, is passed over to that name. Not after a role (<c>der Sprecher der Stadt</c>: a genitive).
    /// </summary>
    private static SpeakerPhrase PastListener(ParagraphWords words, int last, int limit)
    {
        var article = last - 1;
        while (article > limit && last - article <= ListenerWords && words.IsCapitalized(article) && !words.PunctuationBefore(article + 1))
        {
            article--;
        }

        if (article <= limit || article == last || !words.IsLower(article) || words.PunctuationBefore(article + 1) || words.PunctuationBefore(article)
            || !(words.Rules.ObliqueArticles.Contains(words.WordText(article)) || words.Rules.NominativeOrDativeArticles.Contains(words.WordText(article))))
        {
            return SpeakerPhrase.None;
        }

        // A name, not a noun after its article (<c>Der Bericht der Verwaltung nennt</c>: a genitive).
        var name = EndingAt(words, article - 1, limit);
        var afterArticle = name.IsNone || words.Rules.IsDeterminer(words.WordText(name.First).ToLowerInvariant())
            || (name.First - 1 >= limit && words.IsLower(name.First - 1) && words.Rules.IsDeterminer(words.WordText(name.First - 1)));
        return name.Kind == SpeakerKind.Person && !afterArticle && !words.Rules.IsRoleWord(words.WordText(article - 1)) ? name : SpeakerPhrase.None;
    }

    /// <summary>Most capitalised words of a listener's phrase between its article and the verb (<c>der Deutschen Presse-Agentur</c>).</summary>
    private const int ListenerWords = 3;

    /// <summary>
    /// Outside English, a segment wrapped in brackets right after a capitalised word (<c>Anna Keller (SPD)</c>, <c>Jan Berg
    /// (Grüne)</c>): a tag of the name before it, passed over on the way to that name.
    /// </summary>
    private static bool BracketAfterName(ParagraphWords words, int first, int last) =>
        !words.Rules.IsEnglish && first > 0 && last + 1 < words.Count && words.GapBeforeHas(first, '(') && words.GapBeforeHas(last + 1, ')')
        && words.IsCapitalized(first - 1);

    /// <summary>
    /// Where every noun is capitalised (German), a segment set off by commas that opens with an article after a
    /// capitalised word (<c>X, der Verteidigungsminister Österreichs,</c>) describes the name before it; the name is
    /// looked for further back, and the description kept only when none is there.
    /// </summary>
    private static bool DescribesNameBefore(ParagraphWords words, int first, SpeakerPhrase phrase) =>
        words.Rules.CapitalisesNouns && first > 0 && phrase.First > first && words.GapBeforeHas(first, ',') && words.IsCapitalized(first - 1)
        && words.IsLower(first) && words.Rules.IsDeterminer(words.WordText(first));
}
