using System;
using System.Collections.Generic;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing.Lexicons;

namespace Corpus.Generator.Parsing.Quotations;

/// <summary>
/// The places news writing puts a marked quotation's attribution, one finder each: straight after the closing mark,
/// a cue before the quotation in its clause, "according to" or a cue later in the sentence, a cue inside the marks,
/// a lead-in ending in a colon, a verb of thinking or judging. Each finder names at most one mention; none is
/// trusted over another here: each is evidence for <see cref="Sources.SpeakerChooser"/>, which weighs them.
/// </summary>
internal static class MarkedAttribution
{
    private const int AfterReach = 8;

    /// <summary>
    /// A partial quotation with no cue of saying, under a verb of thinking or judging in its clause ("she feared the
    /// cuts would bring “a lost decade”", "Lee is said to believe it was a “grave error”"): the one
    /// who holds the view, the verb's subject, else the clause's first named person or organisation.
    /// </summary>
    public static Attribution Stance(ParagraphWords words, int spanIndex, int first, int sentence, ArticleNames names)
    {
        var start = words.SentenceStart(sentence);
        if (first <= start)
        {
            return Attribution.None; // speech that opens its sentence is no partial quotation
        }

        if (spanIndex > 0 && SharesSentenceWithPrevious(words, spanIndex))
        {
            start = Math.Max(start, words.WordAtOrAfter(words.Spans[spanIndex - 1].CloseOrEnd));
        }

        start = Math.Max(start, first - ParagraphWords.Reach);
        for (var w = first - 1; w >= start; w--)
        {
            QuotationWork.Step();
            if (words.Rules.CapitalisesNouns && !words.InsideSpan(w) && words.MayStartCue(w) && words.CueAt(w, out _) is not null)
            {
                return Attribution.None; // German: a verb of saying nearer the quotation governs it ("berichtet, dass X am Telefon gefragt habe")
            }

            if (words.InsideSpan(w) || !words.IsLower(w) || !words.Rules.IsStanceVerb(words.WordHash(w), words.WordText(w)))
            {
                continue;
            }

            var left = SpeakerPhrases.Left(words, w, start);
            var holder = InvertedSubject(words, w, 1, first, left) is { IsNone: false } inverted ? inverted
                : left.IsNamed || left.Kind == SpeakerKind.Vague ? left : ClauseSubject(words, start, w, names);
            return holder.IsNone ? Attribution.None : new Attribution(w, w + 1, holder, AttributionSource.Stance);
        }

        return Attribution.None;
    }

    /// <summary>The first person or organisation the words [start, end) name, by the article's mention model.</summary>
    private static SpeakerPhrase ClauseSubject(ParagraphWords words, int start, int end, ArticleNames names)
    {
        for (var w = start; w < end; w++)
        {
            if (words.InsideSpan(w) || !words.IsCapitalized(w))
            {
                continue;
            }

            if (names.MentionAt(words[w].Start) is { Kind: MentionKind.Person or MentionKind.Organisation } mention
                && (mention.Kind == MentionKind.Organisation || names.IsKnownPersonToken(mention.Tokens[mention.Tokens.Length - 1]) || names.IsFullNameToken(mention.Tokens[mention.Tokens.Length - 1])))
            {
                var last = w;
                while (last + 1 < end && words[last].End < mention.Position + mention.Length)
                {
                    last++;
                }

                var kind = mention.Kind == MentionKind.Person ? SpeakerKind.Person : SpeakerKind.Organisation;
                return new SpeakerPhrase(w, last + 1, kind);
            }
        }

        return SpeakerPhrase.None;
    }

    /// <summary>True when the previous quotation in the paragraph shares this quotation's sentence (it then shares the speaker).</summary>
    public static bool SharesSentenceWithPrevious(ParagraphWords words, int spanIndex)
    {
        if (spanIndex == 0)
        {
            return false;
        }

        var first = words.WordAtOrAfter(words.Spans[spanIndex].Start);
        var previous = words.WordAtOrAfter(words.Spans[spanIndex - 1].Start);
        return first < words.Count && previous < words.Count && words.SentenceOf(first) == words.SentenceOf(previous);
    }

    /// <summary>
    /// True when a quotation is the second half of one its attribution interrupts: “A,” he said, “B.”
    /// (the first half ends in a comma and only the attribution stands between them).
    /// </summary>
    public static bool ContinuesPrevious(ParagraphWords words, int spanIndex)
    {
        if (!SharesSentenceWithPrevious(words, spanIndex))
        {
            return false;
        }

        var previous = words.Spans[spanIndex - 1];
        if (previous.CloseMark < 0 || previous.End <= previous.Start || words.Text[previous.End - 1] != ',')
        {
            return false;
        }

        var from = words.WordAtOrAfter(previous.CloseMark);
        var to = words.WordAtOrAfter(words.Spans[spanIndex].Start);
        if (to - from > AfterReach || from >= to || GrammarLexicon.IsCoordinator(words.WordText(from)))
        {
            return false;
        }

        for (var w = from; w < to; w++)
        {
            if (words.CueAt(w, out _) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Outside English, a quotation joined to the previous one of its sentence by a conjunction right after that one's
    /// closing mark, with no cue between (<c>fragte, was sie „…“ und ob sie „…“ habe</c>, <c>von „…“ oder „…“</c>): the
    /// same speaker's words, so it takes no source of its own and follows the previous quotation. Read from the
    /// language's conjunctions (<see cref="Languages.LanguageRules.Coordinators"/>, none in English).
    /// </summary>
    public static bool CoordinatedWithPrevious(ParagraphWords words, int spanIndex)
    {
        if (words.Rules.Coordinators.Count == 0 || !SharesSentenceWithPrevious(words, spanIndex) || words.Spans[spanIndex - 1].CloseMark < 0)
        {
            return false;
        }

        var from = words.WordAtOrAfter(words.Spans[spanIndex - 1].CloseMark + 1);
        var to = words.WordAtOrAfter(words.Spans[spanIndex].Start);
        if (from >= to || to - from > CoordinatedReach || !words.Rules.Coordinators.Contains(words.WordText(from)) || !QuotedNames.OnlyMarkBefore(words, from))
        {
            return false;
        }

        for (var w = from; w < to; w++)
        {
            if ((w > from && words.PunctuationBefore(w)) || (words.MayStartCue(w) && words.CueAt(w, out _) is not null))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Most words between two quotations joined by a conjunction (<c>und ob sie</c>).</summary>
    private const int CoordinatedReach = 4;

    private static bool EndsInQuestionOrExclamation(ParagraphWords words, MarkedSpan span) =>
        span.End > span.Start && words.Text[span.End - 1] is '?' or '!';

    private static bool IsSourceCue(ParagraphWords words, Attribution attribution) =>
        attribution.CueFirst >= 0 && words.SourceCueAt(attribution.CueFirst, out _);

    /// <summary>Straight after the closing mark, with only commas, spaces or a dash between.</summary>
    public static Attribution After(ParagraphWords words, MarkedSpan span, int sentence, int sentenceEnd)
    {
        if (span.CloseMark < 0)
        {
            return Attribution.None;
        }

        var w = words.WordAtOrAfter(span.CloseMark + 1);
        if (w < words.Count && w == sentenceEnd && EndsInQuestionOrExclamation(words, span) && !words.InsideSpan(w))
        {
            // “Are you ready?” Lee asked. The question mark ended the sentence; the attribution is the next one.
            sentence = words.SentenceOf(w);
            sentenceEnd = words.SentenceEnd(sentence);
        }

        if (w < words.Count && w == sentenceEnd && PointsBack(words, w) is { Found: true } pointing)
        {
            return pointing;
        }

        if (w >= sentenceEnd || words.SentenceOf(w) != sentence || words.InsideSpan(w))
        {
            return Attribution.None;
        }

        var dash = false;
        for (var i = span.CloseMark + 1; i < words[w].Start; i++)
        {
            var c = words.Text[i];
            if (c is '\u2014' or '\u2013' or '-')
            {
                dash = true;
            }
            else if (!(char.IsWhiteSpace(c) || c == ','))
            {
                return Attribution.None;
            }
        }

        var limit = NextSpanStart(words, span, sentenceEnd);
        if (w + 1 < limit && words.Rules.PunctuatedSourceCues.Contains(words.WordText(w)) && !words.PunctuationBefore(w + 1) && words.MayStartCue(w + 1) && words.CueAt(w + 1, out _) is not null)
        {
            w++; // „…“, so urteilte Keller: the adverb of the "according to" form before the inverted cue it stands for
        }

        if (words.SourceCueAt(w, out var sourceLength))
        {
            return new Attribution(w, w + sourceLength, SpeakerPhrases.Right(words, w + sourceLength, limit), AttributionSource.After);
        }

        var lemma = words.CueAt(w, out var length);
        if (lemma is not null)
        {
            // "said Ana Ruiz"; "told" is followed by its listener, never by its speaker.
            var right = lemma == "tell" ? SpeakerPhrase.None : SpeakerPhrases.Right(words, w + length, limit);
            if (lemma != "tell" && NamedInApposition(words, w + length, limit) is { IsNone: false } named)
            {
                right = named;
            }

            if (right.IsNone && lemma != "tell" && OfficeAlone(words, w + length, limit) is { IsNone: false } office)
            {
                return new Attribution(w, w + length, office, AttributionSource.After); // "«…», a déclaré le ministre."
            }

            if (right.IsNone && lemma != "tell" && CarriesSubject(words, w + length - 1, limit))
            {
                // "«…», estime-t-elle", "—…—explicó—": the verb stands for its subject, resolved as a pronoun is.
                return new Attribution(w, w + length, new SpeakerPhrase(w + length - 1, w + length, SpeakerKind.Pronoun), AttributionSource.After);
            }

            return right.IsNone ? Attribution.None : new Attribution(w, w + length, right, AttributionSource.After);
        }

        for (var k = w + 1; k < Math.Min(limit, w + AfterReach); k++)
        {
            var postposed = words.PostposedSourceCueAt(k);
            if (!postposed && words.CueAt(k, out length) is null)
            {
                continue;
            }

            length = postposed ? 1 : length;
            var left = SpeakerPhrases.Left(words, k, w);
            var startsHere = !left.IsNone && (left.First == w || (left.First == w + 1 && !words.PunctuationBefore(w + 1) && GrammarLexicon.IsArticle(words.WordText(w))));
            return startsHere ? new Attribution(k, k + length, left, AttributionSource.After) : Attribution.None;
        }

        if (dash)
        {
            var name = SpeakerPhrases.Right(words, w, limit);
            if (name.IsNamed && name.Kind != SpeakerKind.Pronoun)
            {
                return new Attribution(Attribution.NoCue, Attribution.NoCue, name, AttributionSource.After);
            }
        }

        return Attribution.None;
    }

    /// <summary>
    /// German: the sentence after the quotation opens with a word pointing back at it and names who said it (<c>„…“ Das
    /// sagte X.</c>, <c>„…“ Das musste X am Montag einräumen.</c>): the attribution after the marks, set off by a full
    /// stop; the subject after the cue, or after an auxiliary whose clause ends in the cue. None elsewhere.
    /// </summary>
    public static Attribution PointsBack(ParagraphWords words, int w)
    {
        if (!words.Rules.CapitalisesNouns || w + 2 >= words.Count || words.InsideSpan(w) || words.PunctuationBefore(w + 1)
            || !words.Rules.AnaphoricOpeners.Contains(words.WordText(w)))
        {
            return Attribution.None;
        }

        var end = words.SentenceEnd(words.SentenceOf(w));
        if (words.MayStartCue(w + 1) && words.CueAt(w + 1, out var length) is { } lemma)
        {
            var right = lemma == "tell" ? SpeakerPhrase.None : SpeakerPhrases.Right(words, w + 1 + length, end);
            return right.IsNamed && right.Kind != SpeakerKind.Pronoun ? new Attribution(w + 1, w + 1 + length, right, AttributionSource.After) : Attribution.None;
        }

        if (words.IsLower(w + 1) && words.Rules.FiniteAuxiliaries.Contains(words.WordText(w + 1)))
        {
            var subject = SpeakerPhrases.Right(words, w + 2, end);
            if (subject.IsNamed && subject.Kind != SpeakerKind.Pronoun && subject.First == w + 2 && Sources.Mentions.CueLastAfterAuxiliary(words, subject, out var cue, out var cueLength))
            {
                return new Attribution(cue, cue + cueLength, subject, AttributionSource.After);
            }
        }

        return Attribution.None;
    }

    /// <summary>
    /// "a déclaré le ministre des Transports, Jean Dupont", "sagte der Trainer der Mannschaft, Jan Berg": an inverted
    /// subject that opens with its article is a description, and the name set off after it by a comma is who it
    /// describes (outside English, whose rules stay as trained). None when no such name follows.
    /// </summary>
    private static SpeakerPhrase NamedInApposition(ParagraphWords words, int first, int limit)
    {
        if (words.Rules.IsEnglish || first >= limit || !words.IsLower(first) || !words.Rules.IsDeterminer(words.WordText(first)))
        {
            return SpeakerPhrase.None;
        }

        for (var w = first + 1; w < limit && w - first <= DescriptionReach; w++)
        {
            if (!words.PunctuationBefore(w))
            {
                continue;
            }

            if (!words.GapBeforeHas(w, ',') || words.GapBeforeHas(w, '.') || !words.IsCapitalized(w))
            {
                return SpeakerPhrase.None;
            }

            // The name ends the clause, or the phrase of where its bearer works follows it (<c>, Jan Berg von der Hochschule X</c>).
            var name = SpeakerPhrases.Right(words, w, limit);
            var ends = name.End >= limit || words.PunctuationBefore(name.End) || (words.IsLower(name.End) && (words.Rules.Prepositions.Contains(words.WordText(name.End)) || words.Rules.ObjectPrepositions.Contains(words.WordText(name.End))));
            return name.Kind == SpeakerKind.Person && name.First == w && words.IsCapitalized(name.End - 1) && ends ? name : SpeakerPhrase.None;
        }

        return SpeakerPhrase.None;
    }

    /// <summary>
    /// An office with its article and no name, ending the clause (<c>a déclaré le ministre.</c>, <c>dijo la alcaldesa
    /// española.</c>): a description the naming step resolves to the person named before (French and Spanish).
    /// </summary>
    private static SpeakerPhrase OfficeAlone(ParagraphWords words, int first, int limit)
    {
        if (words.Rules.IsEnglish || first + 1 >= limit || !words.Rules.IsDeterminer(words.WordText(first)))
        {
            return SpeakerPhrase.None;
        }

        var end = first + 1;
        while (end < limit && end - first <= 3 && words.IsLower(end) && !words.PunctuationBefore(end) && !words.Rules.ObjectPrepositions.Contains(words.WordText(end)))
        {
            end++;
        }

        // The clause ends, or a preposition's phrase follows (<c>ha defendido la ministra en declaraciones a …</c>).
        var clauseEnds = end >= limit || words.PunctuationBefore(end) || words.Rules.ObjectPrepositions.Contains(words.WordText(end));
        return clauseEnds && end - first >= 2 && words.Rules.IsOfficeRole(words.WordText(first + 1)) ? new SpeakerPhrase(first, end, SpeakerKind.Vague) : SpeakerPhrase.None;
    }

    /// <summary>Most words of a description between an inverted cue and the name in apposition after it.</summary>
    private const int DescriptionReach = 8;

    /// <summary>
    /// True when a cue's last word stands for its subject (<see cref="Languages.LanguageRules.CueSubject"/>) and no
    /// other word of the sentence could be one: the clause ends after it, or the next quotation starts.
    /// </summary>
    private static bool CarriesSubject(ParagraphWords words, int cueWord, int limit) =>
        !words.Rules.IsEnglish && words.Rules.CueSubject(words.WordText(cueWord)) is not null
        && (cueWord + 1 >= limit || words.PunctuationBefore(cueWord + 1)
            || (words.Rules.DropsSubject && words.Rules.ObjectPrepositions.Contains(words.WordText(cueWord + 1))) // "dijo durante la conferencia": no subject follows a preposition
            || words.Rules.AfterSubjectlessCue.Contains(words.WordText(cueWord + 1))); // "puntualizó este miércoles", "dijo ayer"

    /// <summary>
    /// The first cue before the quotation in its clause (the main reporting verb: "The Transport Ministry said
    /// Lopez had pointed out “…”" goes to the Transport Ministry), after any earlier quotation of the sentence.
    /// </summary>
    public static Attribution Before(ParagraphWords words, int spanIndex, int first, int sentence, ArticleNames names)
    {
        var start = words.SentenceStart(sentence);
        if (spanIndex > 0 && SharesSentenceWithPrevious(words, spanIndex))
        {
            start = Math.Max(start, words.WordAtOrAfter(words.Spans[spanIndex - 1].CloseOrEnd));
        }

        start = Math.Max(start, first - ParagraphWords.Reach);
        for (var w = first - 1; w > start; w--)
        {
            if (words.GapBeforeHas(w, ';') || (words.GapBeforeHas(w, ',') && GrammarLexicon.ClauseBreaks.Contains(words.WordText(w))))
            {
                start = w;
                break;
            }
        }

        var vague = Attribution.None;
        var firstCue = -1;
        var firstCueLength = 0;
        for (var w = start; w < first; w++)
        {
            if (words.InsideSpan(w))
            {
                continue;
            }

            var lemma = words.CueAt(w, out var length);
            if (lemma is null)
            {
                continue;
            }

            if (firstCue < 0)
            {
                firstCue = w;
                firstCueLength = length;
            }

            if (words.Rules.ObjectSourceCues.Count > 0 && words.Rules.ObjectSourceCues.Contains(words.WordText(w)))
            {
                // "Ein Sender zitierte Anna Keller mit den Worten: „…“": the one cited speaks, as after "according to".
                // The object follows the verb; after a comma a clause of its own begins (<c>wurde zitiert, die Brücke sei …</c>).
                var cited = w + length < first && !words.PunctuationBefore(w + length) ? SpeakerPhrases.Right(words, w + length, first) : SpeakerPhrase.None;
                if (cited.IsNamed && cited.Kind != SpeakerKind.Pronoun)
                {
                    return new Attribution(w, w + length, cited, AttributionSource.Source);
                }

                if (PassiveSubject(words, w, start) is { IsNone: false } passive)
                {
                    return new Attribution(w, w + length, passive, AttributionSource.Source); // "X wird mit den Worten zitiert: „…“"
                }
            }

            var left = SpeakerPhrases.Left(words, w, start);
            if (left.IsNone && !words.Rules.IsEnglish && w - 2 >= start && words.Rules.IsDeterminer(words.WordText(w - 2)) && words.IsLower(w - 1)
                && words.Rules.IsOfficeRole(words.WordText(w - 1)) && !words.PunctuationBefore(w - 1) && !words.PunctuationBefore(w))
            {
                left = new SpeakerPhrase(w - 2, w, SpeakerKind.Vague); // "La ministra afirmó: «…»": the office's holder, named before
            }

            if (InvertedSubject(words, w, length, first, left) is { IsNone: false } inverted)
            {
                return new Attribution(w, w + length, inverted, AttributionSource.Before);
            }

            if (!left.IsNamed && SubordinateSubject(words, w, length, start) is { IsNone: false } subordinate)
            {
                return new Attribution(w, w + length, subordinate, AttributionSource.Before);
            }

            if (left.IsNamed)
            {
                return new Attribution(w, w + length, left, AttributionSource.Before);
            }

            // "Critics, said Ann Lee, see a “…”": the attribution set off by commas inside the sentence.
            if (lemma != "tell" && SpeechLexicon.IsSpeechVerb(lemma) && words.GapBeforeHas(w, ',') && w + length < first)
            {
                var right = SpeakerPhrases.Right(words, w + length, first);
                if (right.IsNamed && right.Kind != SpeakerKind.Pronoun && right.End < first && words.GapBeforeHas(right.End, ','))
                {
                    return new Attribution(w, w + length, right, AttributionSource.Before);
                }
            }

            if (left.Kind == SpeakerKind.Vague && !vague.Found)
            {
                vague = new Attribution(w, w + length, left, AttributionSource.Before);
            }
        }

        if (vague.Found || firstCue < 0)
        {
            return vague;
        }

        // No subject before the cue because an earlier quotation of the sentence ends right there:
        // "“…”said Transport Ministry spokesman Tom Reyes, calling the talks “…”". ("urged Congress" is an object.)
        var cueLemma = words.CueAt(firstCue, out _);
        if (firstCue == start && start > words.SentenceStart(sentence) && cueLemma is not null && cueLemma != "tell" && SpeechLexicon.IsSpeechVerb(cueLemma) && firstCue + firstCueLength < first)
        {
            var right = SpeakerPhrases.Right(words, firstCue + firstCueLength, first);
            if (right.IsNamed && right.Kind != SpeakerKind.Pronoun)
            {
                return new Attribution(firstCue, firstCue + firstCueLength, right, AttributionSource.Before);
            }
        }

        // A participle ("saying"), an infinitive ("went so far as to call") or a second verb ("and blamed") takes the
        // sentence's subject; a participle's subject may be a pronoun ("he left the stage, saying “…”").
        var participle = cueLemma is not null && SpeechLexicon.IsParticiple(words.WordText(firstCue));
        var coordinated = firstCue > start && GrammarLexicon.LinksVerbs(words.WordText(firstCue - 1));
        var infinitive = firstCue > start && words.WordText(firstCue - 1) == "to";
        if (participle || coordinated || infinitive || firstCue == start)
        {
            var subject = SentenceSubject(words, sentence, first, names);
            if (subject.IsNamed)
            {
                return new Attribution(firstCue, firstCue + firstCueLength, subject, AttributionSource.Before);
            }

            var pronoun = participle || infinitive ? FirstPronoun(words, words.SentenceStart(sentence), firstCue) : -1;
            if (pronoun >= 0)
            {
                return new Attribution(firstCue, firstCue + firstCueLength, new SpeakerPhrase(pronoun, pronoun + 1, SpeakerKind.Pronoun), AttributionSource.Before);
            }
        }

        return Attribution.None;
    }

    /// <summary>
    /// German puts the verb second: what stands before it need not be its subject (<c>Den Anwohnern sicherte X zu</c>,
    /// <c>Am Montag sagte X</c>). When the words before the cue are no subject (none, or a noun the name evidence refutes),
    /// the subject is the mention right after the cue, a name or a pronoun. None elsewhere and in other languages.
    /// </summary>
    private static SpeakerPhrase InvertedSubject(ParagraphWords words, int cue, int length, int first, SpeakerPhrase left)
    {
        if (!words.Rules.CapitalisesNouns || words.Names is not { } evidence || cue + length >= first || words.PunctuationBefore(cue + length)
            || (left.IsNamed && (left.Kind == SpeakerKind.Pronoun || !evidence.NotRefuted(words, left, Attribution.NoCue).IsNone)))
        {
            return SpeakerPhrase.None;
        }

        var right = SpeakerPhrases.Right(words, cue + length, first);
        return right.IsNamed && right.End <= first ? evidence.NotRefuted(words, right, cue + length) : SpeakerPhrase.None;
    }

    /// <summary>
    /// German puts the verb last in a subordinate clause, its objects between it and its subject (<c>berichtet, dass X
    /// den Bauleiter am Telefon gefragt habe, ob „…“</c>): a cue that closes its clause (or stands before its auxiliary there) has
    /// for subject the name right after the clause's conjunction. None elsewhere and in other languages.
    /// </summary>
    private static SpeakerPhrase SubordinateSubject(ParagraphWords words, int cue, int length, int start)
    {
        if (!words.Rules.CapitalisesNouns || words.Names is not { } evidence)
        {
            return SpeakerPhrase.None;
        }

        var end = cue + length;
        if (end < words.Count && !words.PunctuationBefore(end) && words.IsLower(end)
            && (words.Rules.FiniteAuxiliaries.Contains(words.WordText(end)) || words.Rules.ReportedSpeechForms.Contains(words.WordText(end))))
        {
            end++; // "gefragt habe", "erklärt hatte"
        }

        if (end < words.Count && !words.PunctuationBefore(end))
        {
            return SpeakerPhrase.None;
        }

        for (var k = cue - 1; k >= start && cue - k <= SubordinateReach && !words.InsideSpan(k); k--)
        {
            if (words.IsLower(k) && words.Rules.SubordinatingConjunctions.Contains(words.WordText(k)))
            {
                var subject = SpeakerPhrases.Right(words, k + 1, cue);
                return subject.IsNamed && subject.Kind != SpeakerKind.Pronoun && subject.End < cue ? evidence.NotRefuted(words, subject, k + 1) : SpeakerPhrase.None;
            }

            if (words.PunctuationBefore(k))
            {
                break;
            }
        }

        return SpeakerPhrase.None;
    }

    /// <summary>Most words from a subordinate clause's conjunction to the verb of saying that closes it.</summary>
    private const int SubordinateReach = 12;

    /// <summary>The first "he" or "she" (also "he’d", "she’s") outside quotation marks in words [start, end), or -1.</summary>
    private static int FirstPronoun(ParagraphWords words, int start, int end)
    {
        for (var w = Math.Max(start, end - ParagraphWords.Reach); w < end; w++)
        {
            if (!words.InsideSpan(w) && SpeechLexicon.IsPersonalPronoun(words.WordText(w)))
            {
                return w;
            }
        }

        return -1;
    }

    /// <summary>"according to X", or a cue with its subject, later in the sentence (before the next quotation).</summary>
    public static Attribution Later(ParagraphWords words, MarkedSpan span, int sentenceEnd)
    {
        if (span.CloseMark < 0)
        {
            return Attribution.None;
        }

        var from = words.WordAtOrAfter(span.CloseMark + 1);
        var limit = Math.Min(NextSpanStart(words, span, sentenceEnd), from + ParagraphWords.Reach);
        for (var w = from; w < limit; w++)
        {
            if (words.SourceCueAt(w, out var sourceLength))
            {
                var source = SpeakerPhrases.Right(words, w + sourceLength, limit);
                if (source.IsNamed)
                {
                    return new Attribution(w, w + sourceLength, source, AttributionSource.Source);
                }
            }

            if (words.PostposedSourceCueAt(w) && SpeakerPhrases.Left(words, w, from) is { IsNamed: true } cited)
            {
                return new Attribution(w, w + 1, cited, AttributionSource.Source); // "…“, heißt es, Merkel zufolge."
            }

            var lemma = words.CueAt(w, out var length);
            if (lemma is null)
            {
                continue;
            }

            var left = SpeakerPhrases.Left(words, w, from);
            if (left.IsNamed)
            {
                return new Attribution(w, w + length, left, AttributionSource.Later);
            }

            // "“…” in new plants, said Ann Lee, an economist": the verb before its subject, after a comma.
            if (lemma != "tell" && SpeechLexicon.IsSpeechVerb(lemma) && words.GapBeforeHas(w, ',') && !SpeechLexicon.IsParticiple(words.WordText(w)))
            {
                var right = SpeakerPhrases.Right(words, w + length, limit);
                if (right.IsNamed && right.Kind != SpeakerKind.Pronoun)
                {
                    return new Attribution(w, w + length, right, AttributionSource.Later);
                }
            }

            return Attribution.None;
        }

        return Attribution.None;
    }

    /// <summary>A cue inside the marks between commas: “Five years ago, he said, we were …”.</summary>
    public static Attribution Inside(ParagraphWords words, MarkedSpan span)
    {
        var first = words.WordAtOrAfter(span.Start);
        var end = Math.Min(words.WordAtOrAfter(span.End), first + ParagraphWords.Reach);
        for (var w = first + 1; w < end - 1; w++)
        {
            var lemma = words.CueAt(w, out var length);
            if (lemma is null || w + length >= end || !words.GapBeforeHas(w + length, ','))
            {
                continue;
            }

            var speaker = SpeakerPhrases.EndingAt(words, w - 1, first);
            if (speaker.IsNamed && speaker.First > first && words.GapBeforeHas(speaker.First, ',') && w - speaker.First <= 4)
            {
                return new Attribution(w, w + length, speaker, AttributionSource.Inside);
            }
        }

        return Attribution.None;
    }

    /// <summary>
    /// Reported speech that goes on from an attribution before it (German): a sentence in the present subjunctive with
    /// no cue of its own (<c>Keller sagte am Montag, … . Die Arbeiten seien „ganz im Zeitplan“.</c>) reports the words
    /// of the named subject of the last cue before it in the paragraph, through a chain of such sentences, as "according
    /// to X" would. None when that subject is a pronoun (unresolved here), and never in English.
    /// </summary>
    public static Attribution Reported(ParagraphWords words, int sentence)
    {
        // A quotation that is its whole sentence, right after a sentence of the chain, goes on with it ("Die Brücke
        // werde teurer. „Wir zahlen das.“"): the chain's speaker quoted directly.
        if (!words.ReportsSpeechWithoutCue(sentence) && !(sentence > 0 && IsQuotedWhole(words, sentence) && words.ReportsSpeechWithoutCue(sentence - 1, chained: true)))
        {
            return Attribution.None;
        }

        for (var s = sentence - 1; s >= 0 && s >= sentence - ReportedSentences; s--)
        {
            var start = words.SentenceStart(s);
            var end = Math.Min(words.SentenceEnd(s), start + ParagraphWords.Reach);
            for (var w = start; w < end; w++)
            {
                if (words.InsideSpan(w))
                {
                    continue;
                }

                if (words.SourceCueAt(w, out var sourceLength))
                {
                    // "Doch sei es, so der Schriftsteller X, …": an "according to" form names whom the chain reports.
                    var source = SpeakerPhrases.Right(words, w + sourceLength, end);
                    return source.IsNamed && source.Kind != SpeakerKind.Pronoun ? new Attribution(w, w + sourceLength, source, AttributionSource.Source) : Attribution.None;
                }

                if (words.Rules.CapitalisesNouns && words.IsLower(w) && w + 1 < end && words.Rules.FiniteAuxiliaries.Contains(words.WordText(w))
                    && SpeakerPhrases.Right(words, w + 1, end) is { IsNamed: true, Kind: not SpeakerKind.Pronoun } named && named.First == w + 1
                    && Sources.Mentions.CueLastAfterAuxiliary(words, named, out var last, out var lastLength))
                {
                    // "Im Rat hatte Keller Neues zu vermelden. …": the subject inverted after the auxiliary of a verb of saying last in the clause.
                    return new Attribution(last, last + lastLength, named, AttributionSource.Source);
                }

                // A verb of judging with a named subject starts the chain too (<c>Keller hält das für falsch. Es sei „…“</c>):
                // the words reported after it are that person's view.
                var stance = words.Rules.CapitalisesNouns && words.IsLower(w) && words.Rules.IsStanceVerb(words.WordHash(w), words.WordText(w));
                var length = 1;
                if (words.CueAt(w, out var cueLength) is not null)
                {
                    length = cueLength;
                    stance = false;
                }
                else if (!stance)
                {
                    continue;
                }

                var subject = SpeakerPhrases.Left(words, w, start);
                if (InvertedSubject(words, w, length, end, subject) is { IsNone: false } inverted)
                {
                    subject = inverted; // "In seiner Rede erklärte Keller, …": the phrase before the verb is no subject
                }
                else if (subject.IsNone)
                {
                    // "Damals erklärte Keller, …"; "„…“, äußerte sich Keller": the reflexive pronoun stands before the subject.
                    var after = w + length < end && words.WordText(w + length) == words.Rules.Reflexive ? w + length + 1 : w + length;
                    subject = SpeakerPhrases.Right(words, after, end);
                }

                if (subject.IsNamed && subject.Kind != SpeakerKind.Pronoun)
                {
                    return new Attribution(w, w + length, subject, AttributionSource.Source);
                }

                if (!stance)
                {
                    return Attribution.None;
                }
            }

            // A quotation that is its whole sentence is the chain's speaker quoted directly: the chain goes on past it.
            if (!words.ReportsSpeechWithoutCue(s, chained: true) && !IsQuotedWhole(words, s))
            {
                break;
            }
        }

        return Attribution.None;
    }

    /// <summary>
    /// The judge of a label (German; <see cref="QuotedNames.LabelledByJudge"/>) where the verb of judging follows the
    /// marks: the subject inverted after the verb when <c>als</c> opens the sentence (<c>Als „…“ bezeichnete die Ärztin X
    /// den Befund.</c>), else a passive's agent just before <c>als</c> (<c>wurde vom Verband X als „…“ eingestuft</c>). The
    /// label is certainly the judge's word, so it reads as "according to" would. None elsewhere and in English.
    /// </summary>
    public static Attribution Judge(ParagraphWords words, MarkedSpan span, int first, int sentence)
    {
        if (!QuotedNames.AfterLabellingAs(words, span, first))
        {
            return Attribution.None;
        }

        var verb = QuotedNames.JudgingVerbAfter(words, first, words.WordAtOrAfter(span.End));
        if (verb < 0)
        {
            return Attribution.None;
        }

        var start = words.SentenceStart(sentence);
        var end = words.SentenceEnd(sentence);
        var als = first - 1;
        if (als == start)
        {
            var subject = verb + 1 < end && !words.PunctuationBefore(verb + 1) ? SpeakerPhrases.Right(words, verb + 1, end) : SpeakerPhrase.None;
            return subject.IsNamed && subject.Kind != SpeakerKind.Pronoun ? new Attribution(verb, verb + 1, subject, AttributionSource.Source) : Attribution.None;
        }

        for (var k = als - 1; k > start && als - k <= AgentReach && !words.PunctuationBefore(k + 1) && !words.InsideSpan(k); k--)
        {
            if (words.IsLower(k) && words.Rules.AgentPrepositions.Contains(words.WordText(k)))
            {
                if (NameParticles.Prepositional.Contains(words.WordText(k)) && words.IsCapitalized(k - 1) && words.Rules.ParticleMayFollow(words.WordText(k), words.WordText(k - 1)))
                {
                    return Attribution.None; // "Anna von Beeren als „…“ bezeichnet": the particle of a name, its bearer judged, not judging
                }

                // The preposition is the form's own, as in "nach Angaben von X": the cue ends where the agent's phrase opens.
                var agent = SpeakerPhrases.Right(words, k + 1, als);
                return agent.IsNamed && agent.Kind != SpeakerKind.Pronoun && agent.End == als ? new Attribution(k, k, agent, AttributionSource.Source) : Attribution.None;
            }
        }

        return Attribution.None;
    }

    /// <summary>
    /// The named subject of a passive whose participle is the cue (<c>X wird von der Zeitung mit den Worten zitiert</c>):
    /// the phrase right before the auxiliary, at most <see cref="PassiveReach"/> words before the participle. None elsewhere.
    /// </summary>
    private static SpeakerPhrase PassiveSubject(ParagraphWords words, int participle, int start)
    {
        for (var a = participle - 1; a > start && participle - a <= PassiveReach && !words.PunctuationBefore(a + 1); a--)
        {
            if (words.IsLower(a) && words.Rules.PassiveAuxiliaries.Contains(words.WordText(a)))
            {
                var subject = SpeakerPhrases.Left(words, a, start);
                return subject.IsNamed && subject.Kind != SpeakerKind.Pronoun ? subject : SpeakerPhrase.None;
            }
        }

        return SpeakerPhrase.None;
    }

    /// <summary>Most words from a passive's auxiliary to its participle.</summary>
    private const int PassiveReach = 10;

    /// <summary>Most words from a passive's agent preposition to the <c>als</c> of its label.</summary>
    private const int AgentReach = 5;

    /// <summary>True when every word of the sentence stands inside quotation marks.</summary>
    private static bool IsQuotedWhole(ParagraphWords words, int sentence)
    {
        var end = words.SentenceEnd(sentence);
        for (var w = words.SentenceStart(sentence); w < end; w++)
        {
            if (!words.InsideSpan(w))
            {
                return false;
            }
        }

        return end > words.SentenceStart(sentence);
    }

    /// <summary>Most sentences back that a chain of reported speech is followed to its cue.</summary>
    private const int ReportedSentences = 4;

    /// <summary>A name just before a colon that leads into the quotation, in its sentence or ending the paragraph before.</summary>
    public static Attribution LeadIn(ParagraphWords words, MarkedSpan span, int first, int sentence, ParagraphWords? previousParagraph)
    {
        var start = words.SentenceStart(sentence);
        if (first > start && first > 0 && words.GapBeforeHas(first, ':'))
        {
            if (!words.Rules.IsEnglish && words.InsideSpan(first - 1))
            {
                return Attribution.None; // "rechtfertigte den Bau als „Vorsorge“: „…“": marked words before the colon name no one
            }

            var name = PastRoleOf(words, SpeakerPhrases.EndingAt(words, first - 1, start), start);
            return name.IsNamed && name.Kind != SpeakerKind.Pronoun ? new Attribution(Attribution.NoCue, Attribution.NoCue, name, AttributionSource.LeadIn) : Attribution.None;
        }

        if (first == 0 && QuotationMarks.OpensParagraph(words.Text, words.Range, span) && previousParagraph is { Count: > 0 } previous && previous.Text[previous.Range.End - 1] == ':')
        {
            var last = previous.Count - 1;
            var name = SpeakerPhrases.EndingAt(previous, last, previous.SentenceStart(previous.SentenceOf(last)));
            if (name.IsNamed && name.Kind != SpeakerKind.Pronoun)
            {
                // The phrase lives in the previous paragraph; the caller maps its words there.
                return new Attribution(Attribution.InPreviousParagraph, Attribution.InPreviousParagraph, name, AttributionSource.LeadIn);
            }
        }

        return Attribution.None;
    }

    /// <summary>
    /// "sagte Jon Berg, Gründer der Band: „…“": the organisation after a role in apposition only says whose role it is;
    /// the lead-in names the person before the role (outside English). Else the phrase as found.
    /// </summary>
    private static SpeakerPhrase PastRoleOf(ParagraphWords words, SpeakerPhrase phrase, int start)
    {
        if (words.Rules.IsEnglish || phrase.IsNone || phrase.Kind == SpeakerKind.Pronoun)
        {
            return phrase;
        }

        var role = phrase.First - 1;
        while (role > start && role >= phrase.First - 3 && words.IsLower(role) && !words.PunctuationBefore(role + 1))
        {
            role--; // "der", "des", "von der": the genitive or the preposition between the role and its organisation
        }

        if (role <= start || role == phrase.First - 1 || !words.IsCapitalized(role) || !words.Rules.IsRoleWord(words.WordText(role))
            || !words.GapBeforeHas(role, ',') || words.GapBeforeHas(role, '.'))
        {
            return phrase;
        }

        var person = SpeakerPhrases.EndingAt(words, role - 1, start);
        return person.Kind == SpeakerKind.Person ? person : phrase;
    }

    /// <summary>The subject of a sentence: the named subject of its first cue, or its first name.</summary>
    public static SpeakerPhrase SentenceSubject(ParagraphWords words, int sentence, int before, ArticleNames names)
    {
        var start = words.SentenceStart(sentence);
        var end = Math.Min(before, start + ParagraphWords.Reach);
        for (var w = start; w < end; w++)
        {
            if (words.InsideSpan(w))
            {
                continue;
            }

            if (words.CueAt(w, out var length) is not null)
            {
                var left = SpeakerPhrases.Left(words, w, start);
                if (left.IsNamed && left.Kind != SpeakerKind.Pronoun)
                {
                    return left;
                }

                if (!left.IsNamed && SubordinateSubject(words, w, length, start) is { IsNone: false } subordinate)
                {
                    return subordinate; // German: "…, dass X den Bauleiter gefragt habe"
                }

                break;
            }
        }

        for (var w = start; w < end; w++)
        {
            if (words.InsideSpan(w) || !words.IsCapitalized(w))
            {
                continue;
            }

            var word = ArticleNames.StripPossessive(words.WordText(w));
            var mention = names.MentionAt(words[w].Start);
            var known = names.IsKnownPersonToken(word) || SpeechLexicon.CollectiveSpeakers.Contains(word) || (w > start && names.IsFullNameToken(word))
                || (w == start && names.IsMidSentenceCapital(word) && mention is { Kind: MentionKind.Person or MentionKind.Organisation });
            if (w == start && !known)
            {
                continue; // a sentence's first word is capitalised whatever it is
            }

            var phrase = SpeakerPhrases.Right(words, w, end);
            if (phrase.IsNamed && phrase.Kind != SpeakerKind.Pronoun && (known || phrase.Kind == SpeakerKind.Organisation))
            {
                return phrase;
            }
        }

        return SpeakerPhrase.None;
    }

    private static int NextSpanStart(ParagraphWords words, MarkedSpan span, int sentenceEnd)
    {
        var index = IndexOf(words.Spans, span);
        if (index >= 0 && index + 1 < words.Spans.Count)
        {
            return Math.Min(sentenceEnd, words.WordAtOrAfter(words.Spans[index + 1].OpenMark));
        }

        return sentenceEnd;
    }

    private static int IndexOf(IReadOnlyList<MarkedSpan> spans, MarkedSpan span)
    {
        int lo = 0, hi = spans.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (spans[mid].OpenMark == span.OpenMark)
            {
                return mid;
            }

            if (spans[mid].OpenMark < span.OpenMark)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }
}
