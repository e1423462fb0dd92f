using System;
using System.Collections.Generic;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing.Lexicons;

namespace Corpus.Generator.Parsing.Quotations;

/// <summary>
/// Gives every quotation its speaker's canonical name: the fullest form the article uses for a person or an
/// organisation, a pronoun resolved to the speaker it refers to, and for a quotation with no attribution of its
/// own the speaker of the quotation it continues or follows.
/// </summary>
internal sealed class SpeakerNaming
{
    /// <summary>How many sentences back a pronoun looks for the speaker it refers to.</summary>
    private const int PronounReach = 6;

    private readonly ArticleNames _names;
    private readonly ParagraphWords?[] _paragraphs;

    /// <summary>The last speaker named in each sentence, by paragraph then sentence: what a later pronoun may refer to.</summary>
    private readonly Dictionary<(int Paragraph, int Sentence), (CanonicalName Name, SpeakerKind Kind)> _sentenceSpeakers = new();

    /// <summary>The person the title attributes its words to (<see cref="HeadlineSpeaker"/>): who a description or a
    /// quotation refers to when the body before it names no one.</summary>
    private readonly CanonicalName? _headline;

    public SpeakerNaming(ArticleNames names, ParagraphWords?[] paragraphs, CanonicalName? headline = null)
    {
        _names = names;
        _paragraphs = paragraphs;
        _headline = headline;
    }

    public void Name(List<FoundQuotation> quotations)
    {
        // Everyone quoted by name is a person a later "he" or "she" may mean.
        foreach (var quotation in quotations)
        {
            if (quotation.Attribution.Speaker.Kind == SpeakerKind.Person && quotation.AttributionWords is { } words)
            {
                _names.AddKnownPerson(ArticleNames.PersonTokens(words, quotation.Attribution.Speaker.First, quotation.Attribution.Speaker.End));
            }
        }

        for (var i = 0; i < quotations.Count; i++)
        {
            var quotation = quotations[i];
            if (quotation.Attribution.Found && quotation.AttributionWords is { } words)
            {
                var phrase = quotation.Attribution.Speaker;
                quotation.SpeakerRange = words.Words(phrase.First, phrase.End);
                // The words before an unmarked quotation's "he said" are the speech: no antecedent is named in them.
                (quotation.SpeakerName, quotation.SpeakerKind) = !quotation.Marked && phrase.Kind == SpeakerKind.Pronoun && words == quotation.Words
                    ? ResolvePronoun(words, phrase.First, quotation.Sentence, words.WordAtOrAfter(quotation.Text.End))
                    : Canonical(words, phrase);
            }
            else if (AnswersQuestion(quotations, i))
            {
                // Questions and answers: the answer is the witness's, the one asked, never the questioner's.
                (quotation.SpeakerName, quotation.SpeakerKind, quotation.SpeakerRange) = Answerer(quotations, i);
            }
            else if (Source(quotations, i) is { } source)
            {
                quotation.SpeakerOf(source);
            }
            else if (quotation.Marked && quotation.FirstWord == 0 && !quotation.Words.SentenceHasCue(quotation.Sentence) && ReporterBefore(quotation) is { } before)
            {
                // A paragraph that is only speech, after a paragraph whose last sentence reports its speaker saying something.
                quotation.SpeakerRange = before.Words.Words(before.Phrase.First, before.Phrase.End);
                (quotation.SpeakerName, quotation.SpeakerKind) = Canonical(before.Words, before.Phrase);
            }
            else if (quotation.Marked && quotation.FirstWord == 0 && !quotation.Words.SentenceHasCue(quotation.Sentence) && AfterReporterQuestion(quotations, i))
            {
                // An interview set as questions in the reporter's words: the answer is the one being interviewed, who
                // was speaking just before the question.
                quotation.SpeakerOf(quotations[i - 1]);
            }
            else if (quotation.Marked && quotation.FirstWord == 0 && !quotation.Words.SentenceHasCue(quotation.Sentence) && AfterNarrative(quotation)
                && NearestPerson(quotation.Words, 0) is { } carried)
            {
                // A paragraph that is only speech after a story paragraph with no quotation in it ("Lee admitted
                // that …", a sentence of context): the speech is the person the story was about, found as a pronoun
                // is (a quoted speaker, else the first person named, sentence by sentence backwards).
                quotation.SpeakerName = carried;
                quotation.SpeakerKind = SpeakerKind.Person;
                quotation.SpeakerRange = carried.Written;
            }
            else if (quotation.Marked && quotation.FirstWord == 0 && !quotation.Words.SentenceHasCue(quotation.Sentence) && _headline is { } titled && FirstStory(quotation))
            {
                // "X : « … »" as title, the story opening on speech with no cue: the title names its speaker.
                quotation.SpeakerName = titled;
                quotation.SpeakerKind = SpeakerKind.Person;
                quotation.SpeakerRange = titled.Written;
            }
            else if (quotation.Marked && OfficeHolderBefore(quotation) is { } holder)
            {
                // "El técnico reconoció que … . «…»", "L'ancien ministre a précisé que … « … »": speech after (or inside) a
                // sentence whose subject is an office is the office holder's, found as the office after a cue is.
                quotation.SpeakerName = holder;
                quotation.SpeakerKind = SpeakerKind.Person;
                quotation.SpeakerRange = holder.Written;
            }

            if (quotation.SpeakerName is null && quotation.Marked && quotation.Attribution.Found && quotation.Attribution.Speaker.Kind is SpeakerKind.Vague or SpeakerKind.None
                && OfficeHolderBefore(quotation) is { } officeHolder)
            {
                // An attribution that named no one (a description outside the lists) leaves the office subject before it.
                quotation.SpeakerName = officeHolder;
                quotation.SpeakerKind = SpeakerKind.Person;
                quotation.SpeakerRange = officeHolder.Written;
            }

            if (quotation.SpeakerName is { } name)
            {
                _sentenceSpeakers[(quotation.Words.Paragraph, quotation.Sentence)] = (name, quotation.SpeakerKind);
            }
        }

        // A quotation over several parts: a part with no attribution takes the speaker named for a later part; so does
        // an earlier quotation of the same sentence whose attribution comes after both ("“A” and “B,” Lee said").
        for (var i = quotations.Count - 1; i >= 0; i--)
        {
            var quotation = quotations[i];
            if (i + 1 < quotations.Count && quotation.Speaker is null && quotations[i + 1] is { Speaker: not null } next
                && next.Words == quotation.Words && next.Sentence == quotation.Sentence && next.Attribution.Source is AttributionSource.After or AttributionSource.Later or AttributionSource.Source)
            {
                quotation.SpeakerOf(next);
            }

            if (quotation.Continues >= 0 && quotation.Speaker is not null && quotations[quotation.Continues].Speaker is null)
            {
                quotations[quotation.Continues].SpeakerOf(quotation);
            }
        }

        EchoSpeakers(quotations);
    }

    /// <summary>The longest quoted phrase whose speaker may be found by its words standing in another quotation.</summary>
    private const int LongestEcho = 12;

    /// <summary>How many quotations on either side a short quotation's words are sought in.</summary>
    private const int EchoReach = 10;

    /// <summary>
    /// A short quotation no cue attributes whose words stand in a longer quotation nearby (a lede quotes “a political
    /// circus”, a later paragraph gives the whole sentence and its speaker): the speaker of the whole. Each short
    /// one is sought in at most <see cref="EchoReach"/> quotations on either side, a bounded scan of each.
    /// </summary>
    private static void EchoSpeakers(List<FoundQuotation> quotations)
    {
        for (var i = 0; i < quotations.Count; i++)
        {
            var part = quotations[i];
            var (first, end) = WordSpan(part);
            if (part.Speaker is not null || !part.Marked || end - first is < 2 or > LongestEcho)
            {
                continue;
            }

            var hash = part.Words.WordHash(first);
            for (var k = Math.Max(0, i - EchoReach); k < Math.Min(quotations.Count, i + EchoReach + 1) && part.Speaker is null; k++)
            {
                QuotationWork.Step();
                var whole = quotations[k];
                if (k == i || whole.Speaker is null || !whole.Marked || whole.SpeakerKind == SpeakerKind.Collective)
                {
                    continue;
                }

                var (wholeFirst, wholeEnd) = WordSpan(whole);
                for (var w = wholeFirst; w + (end - first) <= wholeEnd; w++)
                {
                    if (whole.Words.WordHash(w) == hash && SameWords(part, whole, w, wholeEnd))
                    {
                        part.SpeakerOf(whole);
                        break;
                    }
                }
            }
        }
    }

    private static (int First, int End) WordSpan(FoundQuotation quotation) =>
        (quotation.FirstWord, Math.Min(quotation.Words.WordAtOrAfter(quotation.Text.End), quotation.FirstWord + ParagraphWords.Reach * 4));

    /// <summary>True when the part's words stand in the whole from word <paramref name="at"/> on (case aside).</summary>
    private static bool SameWords(FoundQuotation part, FoundQuotation whole, int at, int wholeEnd)
    {
        var (first, end) = WordSpan(part);
        if (end - first > wholeEnd - at || (part.Words == whole.Words && at == first))
        {
            return false;
        }

        var text = part.Words.Text;
        for (var k = 0; k < end - first; k++)
        {
            var a = part.Words[first + k];
            var b = whole.Words[at + k];
            if (a.Length != b.Length || string.Compare(text, a.Start, text, b.Start, a.Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The quotation whose speaker a quotation without attribution takes: the one it continues, the one before it in
    /// its sentence, or a follow-on quotation's predecessor in the same or the previous paragraph.
    /// </summary>
    private static FoundQuotation? Source(List<FoundQuotation> quotations, int i)
    {
        var quotation = quotations[i];
        if (quotation.Continues >= 0)
        {
            return quotations[quotation.Continues];
        }

        if (quotation.FollowsSentenceOf >= 0)
        {
            return quotations[quotation.FollowsSentenceOf];
        }

        // A follow-on quotation has no cue of its own: "said a woman who lives nearby" is an unnamed speaker, not a follow-on.
        if (i == 0 || quotation.Words.SentenceHasCue(quotation.Sentence))
        {
            return null;
        }

        var before = quotations[i - 1];
        var sameParagraph = before.Words == quotation.Words;
        var paragraphBefore = before.Words.Paragraph == quotation.Words.Paragraph - 1 && quotation.FirstWord <= 3;
        return sameParagraph || paragraphBefore ? before : null;
    }

    /// <summary>
    /// An unattributed turn of a question-and-answer passage: a statement right after a question (an answer), or a
    /// question right after the answer to an earlier question (the questioner again).
    /// </summary>
    private static bool AnswersQuestion(List<FoundQuotation> quotations, int i)
    {
        var quotation = quotations[i];
        if (i == 0 || quotation.Continues >= 0 || quotation.FollowsSentenceOf >= 0 || quotation.Words.SentenceHasCue(quotation.Sentence))
        {
            return false;
        }

        var before = quotations[i - 1];
        var near = before.Words == quotation.Words || (before.Words.Paragraph == quotation.Words.Paragraph - 1 && quotation.FirstWord <= 3);
        if (!near)
        {
            return false;
        }

        return IsQuestion(quotation) ? !IsQuestion(before) && i >= 2 && IsQuestion(quotations[i - 2]) && quotations[i - 2].Speaker is not null : IsQuestion(before);
    }

    private static bool IsQuestion(FoundQuotation quotation)
    {
        var text = quotation.Words.Text;
        var end = quotation.Text.End;
        while (end > quotation.Text.Start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or '\u201D' or '"'))
        {
            end--;
        }

        return end > quotation.Text.Start && text[end - 1] == '?';
    }

    /// <summary>
    /// Who answers a question: the one it was put to ("Kline asked Moss"), else whoever answered the question before
    /// (turns alternate in testimony and interviews), else nobody.
    /// </summary>
    private (CanonicalName? Name, SpeakerKind Kind, TextRange Range) Answerer(List<FoundQuotation> quotations, int i)
    {
        if (IsQuestion(quotations[i]))
        {
            var asker = quotations[i - 2];
            return (asker.SpeakerName, asker.SpeakerKind, asker.SpeakerRange); // the questioner asks again
        }

        var question = quotations[i - 1];
        if (question.AttributionWords is { } words && question.Attribution.CueFirst >= 0 && words.CueAt(question.Attribution.CueFirst, out _) == "ask")
        {
            var listener = SpeakerPhrases.Right(words, question.Attribution.CueEnd, Math.Min(words.Count, question.Attribution.CueEnd + 6));
            if (listener.Kind == SpeakerKind.Person && question.Attribution.Speaker.First != listener.First)
            {
                var (name, kind) = Canonical(words, listener);
                return (name, kind, words.Words(listener.First, listener.End));
            }
        }

        for (var k = i - 2; k >= 0 && k >= i - 6; k--)
        {
            var earlier = quotations[k];
            if (!IsQuestion(earlier) && earlier.Speaker is not null && earlier.Speaker != question.Speaker)
            {
                return (earlier.SpeakerName, earlier.SpeakerKind, earlier.SpeakerRange);
            }
        }

        return (null, SpeakerKind.None, TextRange.None);
    }

    /// <summary>
    /// True when the story paragraph before a quotation's is one question with no quotation in it (the reporter's),
    /// and the quotation before that question, in the paragraph just before it, has a speaker.
    /// </summary>
    private bool AfterReporterQuestion(List<FoundQuotation> quotations, int i)
    {
        var p = quotations[i].Words.Paragraph - 1;
        if (i == 0 || p < 1 || _paragraphs[p] is not { Count: > 0 } question || question.Spans.Count > 0 || question.SentenceCount != 1
            || question.Text[question.Range.End - 1] != '?')
        {
            return false;
        }

        var before = quotations[i - 1];
        return before.Speaker is not null && before.SpeakerKind == SpeakerKind.Person && before.Words.Paragraph == p - 1;
    }

    /// <summary>
    /// True when the paragraph before a quotation's is a story paragraph that quotes nobody and neither asks (an
    /// interviewer's question) nor introduces (a colon): context between the speaker's words and their speech.
    /// </summary>
    private bool AfterNarrative(FoundQuotation quotation)
    {
        var p = quotation.Words.Paragraph - 1;
        if (p < 0 || _paragraphs[p] is not { Count: > 0 } previous || previous.Spans.Count > 0)
        {
            return false;
        }

        var last = previous.Text[previous.Range.End - 1];
        return last is not '?' and not ':';
    }

    /// <summary>True when no story paragraph comes before the quotation's.</summary>
    private bool FirstStory(FoundQuotation quotation)
    {
        for (var p = 0; p < quotation.Words.Paragraph; p++)
        {
            if (_paragraphs[p] is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many words into its sentence an office subject may stand (after an opening adverb and its comma).</summary>
    private const int OfficeReach = 6;

    /// <summary>
    /// The person an office refers to when it is the subject of the quotation's sentence, before the quotation, or of the
    /// sentence just before it in its paragraph, which the quotation opens: the name right after the office (an
    /// apposition), else the person named nearest before. Spanish and French (the office lists are empty elsewhere).
    /// </summary>
    private CanonicalName? OfficeHolderBefore(FoundQuotation quotation)
    {
        var words = quotation.Words;
        var sentence = quotation.Sentence;
        var opens = quotation.FirstWord <= words.SentenceStart(sentence);
        if (opens && (sentence == 0 || words.SentenceHasCue(sentence)))
        {
            return null; // speech with a cue of its own ("«…», dijo un vecino") is that cue's
        }

        var subject = opens ? sentence - 1 : sentence;
        var start = words.SentenceStart(subject);
        var end = Math.Min(opens ? words.SentenceEnd(subject) : quotation.FirstWord, start + OfficeReach);
        if (start + 1 < end && words.GapBeforeHas(start + 1, ','))
        {
            start++; // "Finalmente, el alcalde …"
        }

        var office = OfficeAfterArticle(words, start, end);
        if (office < 0)
        {
            return null;
        }

        for (var w = office + 1; w < Math.Min(words.SentenceEnd(subject), office + OfficeReach) && !words.InsideSpan(w); w++)
        {
            if (words.IsCapitalized(w))
            {
                return FirstPerson(words, w, Math.Min(words.SentenceEnd(subject), w + 4), NameGender.Unknown) ?? NearestPerson(words, start);
            }

            if (!words.Rules.ObjectPrepositions.Contains(words.WordText(w)) && !words.Rules.IsDeterminer(words.WordText(w)))
            {
                break; // the verb: the office's name is not given in the sentence
            }
        }

        return NearestPerson(words, start);
    }

    /// <summary>
    /// The word of an office written after an article at word <paramref name="at"/> (<c>el técnico</c>, <c>la nueva
    /// ministra</c>, <c>L'ancien secrétaire</c>, the French article elided onto the next word), or -1.
    /// </summary>
    private static int OfficeAfterArticle(ParagraphWords words, int at, int end)
    {
        if (at >= end)
        {
            return -1;
        }

        var rules = words.Rules;
        var w = at;
        var word = words.WordText(w);
        var apostrophe = word.IndexOfAny(Apostrophes);
        if (apostrophe == 1 && word.Length > 2 && (word[0] is 'l' or 'L'))
        {
            word = word.Substring(2); // "L'ancien": the article and the word are one
        }
        else if (rules.IsDeterminer(word) && w + 1 < end)
        {
            word = words.WordText(++w);
        }
        else
        {
            return -1;
        }

        for (var adjectives = 0; adjectives < 2 && rules.IsOfficeAdjective(word) && w + 1 < end; adjectives++)
        {
            word = words.WordText(++w);
        }

        return rules.IsOfficeRole(word) ? w : -1;
    }

    private static readonly char[] Apostrophes = { '\'', '\u2019' };

    /// <summary>The named subject of a cue in the last sentence of the story paragraph before a quotation's, if any.</summary>
    private (ParagraphWords Words, SpeakerPhrase Phrase)? ReporterBefore(FoundQuotation quotation)
    {
        var p = quotation.Words.Paragraph - 1;
        if (p < 0 || _paragraphs[p] is not { Count: > 0 } previous || previous.Text[previous.Range.End - 1] == '?')
        {
            return null; // a question before the speech is the interviewer's ("What did she say?")
        }

        var sentence = previous.SentenceCount - 1;
        var start = previous.SentenceStart(sentence);
        var end = Math.Min(previous.SentenceEnd(sentence), start + ParagraphWords.Reach);
        for (var w = start; w < end; w++)
        {
            var lemma = previous.InsideSpan(w) ? null : previous.CueAt(w, out _);
            if (lemma is null || !SpeechLexicon.IsSpeechVerb(lemma))
            {
                continue;
            }

            var subject = SpeakerPhrases.Left(previous, w, start);
            return subject.IsNamed ? (previous, subject) : null;
        }

        return null;
    }

    private (CanonicalName? Name, SpeakerKind Kind) Canonical(ParagraphWords words, SpeakerPhrase phrase)
    {
        // A surname that is also an ordinary word ("French said"), where the article gives the full name ("David French").
        if (phrase.Kind is SpeakerKind.Vague or SpeakerKind.Collective && phrase.End - phrase.First == 1 && words.IsCapitalized(phrase.First) && _names.IsSurname(words.WordText(phrase.First)))
        {
            phrase = phrase with { Kind = SpeakerKind.Person };
        }

        switch (phrase.Kind)
        {
            case SpeakerKind.Person:
                var tokens = ArticleNames.PersonTokens(words, phrase.First, phrase.End);
                return tokens.Length == 0 ? (null, SpeakerKind.None) : (_names.CanonicalPerson(tokens, words[phrase.End - tokens.Length].Start, words[phrase.First].Start), SpeakerKind.Person);
            case SpeakerKind.Organisation:
                var (name, start) = OrganisationName(words, phrase);
                var organisation = _names.CanonicalOrganisation(name, start);
                if (HasCapital(organisation.Name))
                {
                    return (organisation, SpeakerKind.Organisation);
                }

                // "the agency said" with no capitalised form of it: the organisation named nearest before, never "agency".
                var nearest = NearestOrganisation(words, phrase.First);
                return nearest is null ? (null, SpeakerKind.None) : (nearest, SpeakerKind.Organisation);
            case SpeakerKind.Collective:
                var collective = words.Words(phrase.First, phrase.End);
                return (new CanonicalName(collective.Of(words.Text), collective), SpeakerKind.Collective);
            case SpeakerKind.Pronoun:
                return ResolvePronoun(words, phrase.First);
            case SpeakerKind.Vague:
                return RoleHolder(words, phrase);
            default:
                return (null, SpeakerKind.None);
        }
    }

    /// <summary>
    /// "the coach", "the former senator": the person the article last gave that role, else the person named nearest
    /// before (a description refers back, as a pronoun does). "the airline", "the report", "the spokesman": the
    /// organisation named nearest before.
    /// </summary>
    private (CanonicalName? Name, SpeakerKind Kind) RoleHolder(ParagraphWords words, SpeakerPhrase phrase)
    {
        if (!words.Rules.IsEnglish)
        {
            // "«…», a déclaré le ministre.": an office one person holds refers back as a pronoun does.
            // An adjective may stand between the article and the office ("l'ancien secrétaire d'État").
            var office = (phrase.End - phrase.First >= 2 && words.Rules.IsOfficeRole(words.WordText(phrase.First + 1))) || OfficeAfterArticle(words, phrase.First, phrase.End) >= 0
                ? NearestPerson(words, phrase.First)
                : null;
            return office is null ? (null, SpeakerKind.None) : (office, SpeakerKind.Person);
        }

        if (phrase.End - phrase.First is < 2 or > 4 || !GrammarLexicon.IsDefiniteArticle(words.WordText(phrase.First)))
        {
            return (null, SpeakerKind.None);
        }

        var role = words.WordText(phrase.End - 1);
        if (EntityLexicon.OrganisationNouns.Contains(role) || EntityLexicon.SpokespersonRoles.Contains(role))
        {
            var organisation = NearestOrganisation(words, phrase.First);
            return organisation is null ? (null, SpeakerKind.None) : (organisation, SpeakerKind.Organisation);
        }

        if (!EntityLexicon.RoleNouns.Contains(role))
        {
            return (null, SpeakerKind.None);
        }

        var holder = _names.RoleHolder(role, words[phrase.First].Start) ?? NearestPerson(words, phrase.First);
        return holder is null ? (null, SpeakerKind.None) : (holder, SpeakerKind.Person);
    }

    /// <summary>The person a description refers to: named earlier in its sentence, else in the sentences before (a quoted speaker or the first person named).</summary>
    private CanonicalName? NearestPerson(ParagraphWords words, int at)
    {
        var sentence = words.SentenceOf(at);
        var same = FirstPerson(words, words.SentenceStart(sentence), at, NameGender.Unknown);
        if (same is not null)
        {
            return same;
        }

        var p = words.Paragraph;
        var s = sentence - 1;
        for (var step = 0; step < PronounReach; step++)
        {
            QuotationWork.Step();
            if (!Back(ref p, ref s))
            {
                return _headline; // the body names no one before it: the person the title quotes, if any
            }

            if (_sentenceSpeakers.TryGetValue((p, s), out var speaker) && speaker.Kind == SpeakerKind.Person)
            {
                return speaker.Name;
            }

            var view = _paragraphs[p]!;
            var mentioned = FirstPerson(view, view.SentenceStart(s), view.SentenceEnd(s), NameGender.Unknown);
            if (mentioned is not null)
            {
                return mentioned;
            }

            s--;
        }

        return null;
    }

    /// <summary>
    /// The organisation a description refers to: the nearest one before it, in its sentence and then up to
    /// <see cref="PronounReach"/> sentences back: a quoted organisation, a name the mention model calls an
    /// organisation, an institution that speaks as one ("the Kremlin"), or a name the article capitalises that no
    /// evidence makes a person or a place ("AirAsia"). Names inside quotation marks count: the entity was named.
    /// </summary>
    private CanonicalName? NearestOrganisation(ParagraphWords words, int at)
    {
        var sentence = words.SentenceOf(at);
        var found = LastOrganisation(words, words.SentenceStart(sentence), at);
        var p = words.Paragraph;
        var s = sentence - 1;
        for (var step = 0; found is null && step < PronounReach && Back(ref p, ref s); step++)
        {
            QuotationWork.Step();
            if (_sentenceSpeakers.TryGetValue((p, s), out var speaker) && speaker.Kind is SpeakerKind.Organisation or SpeakerKind.Collective)
            {
                return speaker.Name;
            }

            var view = _paragraphs[p]!;
            found = LastOrganisation(view, view.SentenceStart(s), view.SentenceEnd(s));
            s--;
        }

        return found;
    }

    private CanonicalName? LastOrganisation(ParagraphWords words, int start, int end)
    {
        start = Math.Max(start, end - (ParagraphWords.Reach * 4));
        CanonicalName? found = null;
        for (var w = start; w < end; w++)
        {
            if (!words.IsCapitalized(w))
            {
                continue;
            }

            QuotationWork.Step();
            var word = ArticleNames.StripPossessive(words.WordText(w));
            if (SpeechLexicon.CollectiveSpeakers.Contains(word) && !PlaceLexicon.Names.Contains(word))
            {
                found = new CanonicalName(word, new TextRange(words[w].Start, word.Length));
                continue;
            }

            var mention = _names.MentionAt(words[w].Start);
            if (mention is null)
            {
                continue;
            }

            if (mention.Kind == MentionKind.Organisation)
            {
                found = _names.CanonicalOrganisation(string.Join(" ", mention.Tokens), mention.Position);
            }
            else if (mention.Kind == MentionKind.Person && mention.Tokens.Length == 1 && !mention.Titled && !(words.InsideSpan(w) && words.PunctuationBefore(w)) && IsUnclassifiedName(mention.Tokens[0]))
            {
                found = CanonicalName.At(words.Text, mention.Tokens[0], mention.Position);
            }

            w += mention.Tokens.Length - 1;
        }

        return found;
    }

    /// <summary>A one-word name the article capitalises mid-sentence that no evidence makes a person (not a given name, nobody's surname, not titled).</summary>
    private bool IsUnclassifiedName(string token) =>
        _names.IsMidSentenceCapital(token) && !_names.IsSurname(token) && !FirstNameLexicon.IsFirstName(token)
        && !SpeechLexicon.Titles.Contains(token) && !SpeechLexicon.PronounSpeakers.Contains(token) && !SpeechLexicon.Demonyms.Contains(token)
        && !PlaceLexicon.Names.Contains(token) && !(token.Length > 3 && token[token.Length - 1] == 'n' && PlaceLexicon.Names.Contains(token.Substring(0, token.Length - 1)));

    /// <summary>Steps to the sentence before (s, then into earlier story paragraphs); false at the article's start.</summary>
    private bool Back(ref int p, ref int s)
    {
        while (s < 0)
        {
            p--;
            while (p >= 0 && _paragraphs[p] is null)
            {
                p--;
            }

            if (p < 0)
            {
                return false;
            }

            s = _paragraphs[p]!.SentenceCount - 1;
        }

        return true;
    }

    private static bool HasCapital(string name)
    {
        foreach (var c in name)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An organisation's words without a leading role or article and a trailing "spokesman" ("official broadcaster CCTV" → CCTV).</summary>
    private static (string Name, int Start) OrganisationName(ParagraphWords words, SpeakerPhrase phrase)
    {
        var first = phrase.First;
        var end = phrase.End;
        while (end - first > 1 && EntityLexicon.OrganisationRoleEnds.Contains(words.WordText(end - 1)))
        {
            end--;
        }

        var hasCapital = false;
        for (var w = first; w < end; w++)
        {
            hasCapital |= words.IsCapitalized(w);
        }

        while (hasCapital && first < end - 1 && !words.IsCapitalized(first))
        {
            first++;
        }

        var name = words.Words(first, end).Of(words.Text);
        return (ArticleNames.StripPossessive(name), words[first].Start); // "Acme Analytics’ forecast" → Acme Analytics
    }

    /// <summary>
    /// He or she: a person named earlier in the same sentence; else, going back sentence by sentence, the speaker
    /// of a quotation there (a person of that gender, or an organisation speaking through its spokesperson) or the
    /// first person it names, skipping people of the other gender (by their given name).
    /// It or they: the organisation quoted most recently.
    /// </summary>
    /// <param name="speechSentence">The first sentence of the unmarked speech before the pronoun, or -1.</param>
    /// <param name="speechEnd">The first word after that speech, or -1.</param>
    private (CanonicalName? Name, SpeakerKind Kind) ResolvePronoun(ParagraphWords words, int pronoun, int speechSentence = -1, int speechEnd = -1)
    {
        var text = words.WordText(pronoun);
        var lower = words.Rules.PronounConcept(text) ?? (!words.Rules.IsEnglish && words.CueAt(pronoun, out _) is not null ? words.Rules.CueSubject(text) : null) ?? SpeechLexicon.PronounBase(text);
        var personal = GrammarLexicon.IsPersonalPronoun(lower) || lower == Languages.LanguageRules.ImpliedSubject;
        var gender = lower == "he" ? NameGender.Male : lower == "she" ? NameGender.Female : NameGender.Unknown;
        var sentence = words.SentenceOf(pronoun);
        if (personal)
        {
            var same = FirstPerson(words, Math.Max(words.SentenceStart(sentence), speechEnd), pronoun, gender);
            if (same is not null)
            {
                return (same, SpeakerKind.Person);
            }
        }

        var p = words.Paragraph;
        var s = (speechSentence >= 0 ? Math.Min(speechSentence, sentence) : sentence) - 1;
        for (var step = 0; step < PronounReach; step++)
        {
            QuotationWork.Step();
            while (s < 0)
            {
                p--;
                while (p >= 0 && _paragraphs[p] is null)
                {
                    p--;
                }

                if (p < 0)
                {
                    return (null, SpeakerKind.None);
                }

                s = _paragraphs[p]!.SentenceCount - 1;
            }

            if (_sentenceSpeakers.TryGetValue((p, s), out var speaker) && (personal ? (speaker.Kind == SpeakerKind.Person && Compatible(words.Rules, speaker.Name.Name, gender)) || speaker.Kind == SpeakerKind.Organisation : speaker.Kind is SpeakerKind.Organisation or SpeakerKind.Collective))
            {
                return speaker;
            }

            var view = _paragraphs[p]!;
            var mentioned = personal ? FirstPerson(view, view.SentenceStart(s), view.SentenceEnd(s), gender) : null;
            if (mentioned is not null)
            {
                return (mentioned, SpeakerKind.Person);
            }

            s--;
        }

        return (null, SpeakerKind.None);
    }

    private static bool Compatible(Languages.LanguageRules rules, string name, NameGender gender, string? roleBefore = null)
    {
        var known = rules.IsEnglish ? ArticleNames.GenderOf(name) : rules.GenderOf(name, roleBefore);
        return known == NameGender.Unknown || gender == NameGender.Unknown || known == gender;
    }

    /// <summary>
    /// The first person the words [start, end) name outside quotation marks (the subject, most often), by canonical
    /// name: someone the article titles, quotes by name or gives a full name; never a place or an organisation.
    /// </summary>
    private CanonicalName? FirstPerson(ParagraphWords words, int start, int end, NameGender gender)
    {
        end = Math.Min(end, start + ParagraphWords.Reach * 4);
        return FirstPerson(words, start, end, gender, token => _names.IsKnownPersonToken(token) || _names.IsFullNameToken(token));
    }

    private CanonicalName? FirstPerson(ParagraphWords words, int start, int end, NameGender gender, Func<string, bool> isPerson)
    {
        for (var w = start; w < end; w++)
        {
            if (!words.IsCapitalized(w) || words.InsideSpan(w))
            {
                continue;
            }

            QuotationWork.Step();
            var mention = _names.MentionAt(words[w].Start);
            if (mention is null)
            {
                continue;
            }

            var token = mention.Tokens[mention.Tokens.Length - 1];
            var tokens = mention.Tokens;
            var from = w;
            if (mention.Kind == MentionKind.Person && Sources.Mentions.AfterPreposition(words, w)
                && Sources.Mentions.PersonNameInside(words, w + 1, w + tokens.Length) is var given and >= 0)
            {
                // "de Obras Andrés Robles": the given name opens the person's name after the complement.
                tokens = new string[mention.Tokens.Length - (given - w)];
                Array.Copy(mention.Tokens, given - w, tokens, 0, tokens.Length);
                from = given;
            }

            // A title alone is no one ("the King"); a full name that ends in one is someone ("Steve King"); a
            // preposition's object is no subject ("El alcalde de Bogotá, Enrique Peñalosa": Spanish and French only).
            if (mention.Kind != MentionKind.Person || !isPerson(token) || Sources.Mentions.AfterPreposition(words, from) || words.Rules.OpensSentenceOnly(token)
                || (!words.Rules.IsEnglish && words.Rules.IsDeterminer(token)) || (SpeechLexicon.Titles.Contains(token) && mention.Tokens.Length < 2) || EntityLexicon.ThingSuffixes.Contains(token))
            {
                w += mention.Tokens.Length - 1;
                continue;
            }

            var canonical = from == w ? _names.CanonicalPerson(mention.Tokens, mention.Position, words[w].Start) : _names.CanonicalPerson(tokens, words[from].Start, words[from].Start);
            if (Compatible(words.Rules, canonical.Name, gender, !words.Rules.IsEnglish && w > 0 && !words.PunctuationBefore(w) ? words.WordText(w - 1) : null))
            {
                return canonical;
            }

            w += mention.Tokens.Length - 1;
        }

        return null;
    }
}
