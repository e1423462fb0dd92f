using System;
using System.Collections.Generic;
using Corpus.Generator.Parsing.Lexicons;

namespace Corpus.Generator.Parsing.Quotations.Sources;

/// <summary>
/// Turns a candidate mention, or the "none" option, into the evidence the chooser weighs (<see cref="SourceFeature"/>).
/// Every feature is a plain fact of the text (what the mention is, where it stands, which verb governs it); none
/// looks at another quotation's chosen speaker, so the features of a quotation do not depend on the weights.
/// </summary>
internal static class SourceFeatures
{
    public static void Of(SourceCandidate candidate, ParagraphWords quotationWords, int spanIndex, ArticleNames names, List<SourceFeature> features)
    {
        features.Clear();
        Describe(candidate, quotationWords, spanIndex, names, features);
    }

    private static void Describe(SourceCandidate candidate, ParagraphWords quotationWords, int spanIndex, ArticleNames names, List<SourceFeature> features)
    {
        var words = candidate.Words;
        var phrase = candidate.Phrase;
        features.Add(KindOf(phrase.Kind));
        Name(words, phrase, names, features);
        Forms(candidate, features);
        Place(candidate, features);
        Between(candidate, quotationWords, spanIndex, features);
        Governor(candidate, features);
        Combinations(candidate, features);
    }

    /// <summary>
    /// The features <see cref="Of"/> gives from the candidate's own fields (what it is, which forms name it, where it
    /// stands), the text around it unread: with <see cref="TextFeatureBound"/>, enough to tell a candidate that cannot win.
    /// </summary>
    public static void OfFields(SourceCandidate candidate, List<SourceFeature> features)
    {
        features.Clear();
        features.Add(KindOf(candidate.Phrase.Kind));
        Forms(candidate, features);
        Place(candidate, features);
    }

    private static SourceFeature KindOf(SpeakerKind kind) => kind switch
    {
        SpeakerKind.Person => SourceFeature.KindPerson,
        SpeakerKind.Organisation => SourceFeature.KindOrganisation,
        SpeakerKind.Collective => SourceFeature.KindCollective,
        SpeakerKind.Pronoun => SourceFeature.KindPronoun,
        _ => SourceFeature.KindDescription,
    };

    /// <summary>
    /// The subject of a cue in the quotation's own sentence; the subject of the nearest cue before the quotation
    /// with no clause break between (the verb that governs it); "…,” said Ann Lee; an institution as a cue's subject
    /// ("Beijing made it clear"); the subject of the clause a cue reports.
    /// </summary>
    private static void Combinations(SourceCandidate candidate, List<SourceFeature> features)
    {
        // The object of a preposition is no verb's subject ("at the time said", "a spokesman for Acme said").
        var subject = (features.Contains(SourceFeature.SpeechVerbFollows) || features.Contains(SourceFeature.OtherCueFollows)) && !features.Contains(SourceFeature.PrepositionPrecedes);
        var sameSentence = candidate.Place is CandidatePlace.SameSentenceBefore or CandidatePlace.SameSentenceAfter;
        AddIf(subject && sameSentence, SourceFeature.SubjectOfCueInSentence, features);
        AddIf(subject && candidate.NearestWithCue && candidate.Place == CandidatePlace.SameSentenceBefore && !features.Contains(SourceFeature.ClauseBreakBetween),
            SourceFeature.SubjectOfGoverningCue, features);
        AddIf(candidate.HasForm(AttributionSource.After) && features.Contains(SourceFeature.SpeechVerbPrecedes) && candidate.Phrase.Kind != SpeakerKind.Pronoun,
            SourceFeature.NamedAfterMarksByInvertedCue, features);
        AddIf(subject && candidate.Phrase.Kind == SpeakerKind.Collective, SourceFeature.InstitutionSubjectOfCue, features);

        // "said Ann Lee, calling the talks “candid”": a participle's subject is the subject of the verb it hangs on.
        AddIf(candidate.HasForm(AttributionSource.Before) && candidate.CueFirst >= candidate.Phrase.End && SpeechLexicon.IsParticiple(candidate.Words.WordText(candidate.CueFirst)),
            SourceFeature.SubjectOfParticipleCue, features);

        // "officials said Lee accepted the offer": Lee is the subject of what was said, not the one saying it.
        var words = candidate.Words;
        var auxiliary = candidate.Phrase.End < words.Count && !words.PunctuationBefore(candidate.Phrase.End) && words.WordIn(candidate.Phrase.End, RuleWords.Auxiliaries);
        AddIf(features.Contains(SourceFeature.SpeechVerbPrecedes) && (auxiliary || features.Contains(SourceFeature.VerbLikeWordFollows)), SourceFeature.SubjectOfReportedClause, features);
    }

    /// <summary>The "none" option: the quotation takes the speaker of the quotation it continues or follows, or none.</summary>
    public static void OfNone(ParagraphWords words, int spanIndex, ParagraphWords? previousParagraph, List<SourceFeature> features)
    {
        features.Clear();
        features.Add(SourceFeature.None);
        var span = words.Spans[spanIndex];
        var first = words.WordAtOrAfter(span.Start);
        var sentence = words.SentenceOf(Math.Min(first, words.Count - 1));
        if (first == 0)
        {
            features.Add(SourceFeature.NoneOpensParagraph);
            var after = span.CloseMark >= 0 ? words.WordAtOrAfter(span.CloseMark + 1) : words.Count;
            if (after >= words.Count)
            {
                features.Add(SourceFeature.NoneWholeParagraph);
            }
        }

        if (words.SentenceHasCue(sentence))
        {
            features.Add(SourceFeature.NoneSentenceHasCue);
        }

        if (MarkedAttribution.SharesSentenceWithPrevious(words, spanIndex))
        {
            features.Add(SourceFeature.NoneFollowsQuotationInSentence);
        }

        var runsOn = first == 0 && spanIndex == 0 && previousParagraph is { Spans.Count: > 0 } p && p.Spans[p.Spans.Count - 1].RunsOn;
        if (runsOn || MarkedAttribution.ContinuesPrevious(words, spanIndex))
        {
            features.Add(SourceFeature.NoneContinuesQuotation);
        }

        if (previousParagraph is { Spans.Count: > 0 })
        {
            features.Add(SourceFeature.NonePreviousParagraphQuoted);
        }

        var end = words.WordAtOrAfter(span.End);
        if (end - first <= 4)
        {
            features.Add(SourceFeature.NoneShort);
        }

        // “sincere” talks: one quoted word qualifying the noun after it, a scare quote rather than someone's words.
        if (end - first == 1 && span.CloseMark >= 0 && end < words.Count && words.IsLower(end) && QuotedNames.OnlyMarkBefore(words, end) && words.IsLower(first)
            && !words.WordIn(end, RuleWords.FunctionWords) && words.CueAt(end, out _) is null)
        {
            features.Add(SourceFeature.NoneWordQualifiesNoun);
            if (!features.Contains(SourceFeature.NoneSentenceHasCue))
            {
                features.Add(SourceFeature.NoneScareQuote); // and no verb of saying or thinking in its sentence
            }
        }
    }

    private static void Name(ParagraphWords words, SpeakerPhrase phrase, ArticleNames names, List<SourceFeature> features)
    {
        if (phrase.Kind == SpeakerKind.Pronoun)
        {
            return;
        }

        var last = words.WordText(phrase.End - 1);
        if (last.EndsWith("'s", StringComparison.Ordinal) || last.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            features.Add(SourceFeature.Possessive);
        }

        if (phrase.End - phrase.First == 1 && words.IsCapitalized(phrase.First))
        {
            features.Add(SourceFeature.SingleCapitalisedWord);
        }

        if (phrase.First == words.SentenceStart(words.SentenceOf(phrase.First)))
        {
            features.Add(SourceFeature.OpensSentence);
        }

        var stripped = ArticleNames.StripPossessive(last);
        if (phrase.First > 0 && !words.PunctuationBefore(phrase.First) && words.IsLower(phrase.First - 1) && Mentions.DescribesOnly(words, phrase.First - 1, phrase.First))
        {
            features.Add(SourceFeature.DescribedByWordsBefore); // "political scientist Ann Lee"
        }

        // Word by word, what Mentions.DescribesOnly(words, phrase.End, after + 1) answers: the words before "after"
        // passed its test already, so only the new word and the gap after it are read.
        var after = phrase.End;
        while (after < words.Count && after - phrase.End < Mentions.DescriptionWords && words.IsLower(after) && Mentions.DescribesWord(words, after)
            && (after + 1 >= words.Count || !words.PunctuationBefore(after + 1)))
        {
            after++;
        }

        if (after > phrase.End && after < words.Count && words.IsCapitalized(after) && !words.PunctuationBefore(after))
        {
            features.Add(SourceFeature.DescribesNameAfter); // "Acme engineer Ann Lee": Acme only says where Lee works
        }

        if (Mentions.IsCalendarWord(words, phrase.End - 1))
        {
            features.Add(SourceFeature.CalendarWord);
        }

        if (PlaceLexicon.IsPlace(words.Text, words.Words(phrase.First, phrase.End), stripped, SpeechLexicon.FirstWordHash(stripped)))
        {
            features.Add(SourceFeature.PlaceName);
        }

        // A function word or sentence opener alone; in English also an adverb or participle capitalised only because it
        // opens the sentence ("Specifically, …", "Adding, …"), asked last: few candidates get that far.
        if (phrase.End - phrase.First == 1 && (RuleWords.FunctionWords.Contains(stripped) || RuleWords.SentenceOpeners.Contains(stripped)
            || (words.Rules.IsEnglish && features.Contains(SourceFeature.OpensSentence) && ArticleNames.IsCommonOpener(stripped) && !names.IsMidSentenceCapital(stripped))))
        {
            features.Add(SourceFeature.CommonWordAlone);
        }

        if (names.IsKnownPersonToken(stripped) || names.IsFullNameToken(stripped))
        {
            features.Add(SourceFeature.KnownPerson);
        }

        for (var w = phrase.First; w < phrase.End; w++)
        {
            if (names.MentionAt(words[w].Start) is { } mention)
            {
                features.Add(SourceFeature.NameInArticleModel);
                if (mention.Titled)
                {
                    features.Add(SourceFeature.NameTitled);
                }

                return;
            }
        }
    }

    private static void Forms(SourceCandidate candidate, List<SourceFeature> features)
    {
        AddIf(candidate.HasForm(AttributionSource.After), SourceFeature.FormAfterMarks, features);
        AddIf(candidate.HasForm(AttributionSource.Before), SourceFeature.FormCueBefore, features);
        AddIf(candidate.HasForm(AttributionSource.Source), SourceFeature.FormAccordingTo, features);
        AddIf(candidate.HasForm(AttributionSource.Later), SourceFeature.FormCueLater, features);
        AddIf(candidate.HasForm(AttributionSource.Inside), SourceFeature.FormCueInside, features);
        AddIf(candidate.HasForm(AttributionSource.LeadIn), SourceFeature.FormLeadIn, features);
        AddIf(candidate.HasForm(AttributionSource.Stance), SourceFeature.FormStance, features);
        AddIf((candidate.Forms & SourceCandidates.SubjectForm) != 0, SourceFeature.FormSentenceSubject, features);
    }

    private static void Place(SourceCandidate candidate, List<SourceFeature> features)
    {
        features.Add(candidate.Place switch
        {
            CandidatePlace.SameSentenceBefore => SourceFeature.SameSentenceBefore,
            CandidatePlace.SameSentenceAfter => SourceFeature.SameSentenceAfter,
            CandidatePlace.InsideMarks => SourceFeature.InsideMarks,
            CandidatePlace.PreviousSentence => SourceFeature.PreviousSentence,
            CandidatePlace.NextSentence => SourceFeature.NextSentence,
            _ => SourceFeature.PreviousParagraph,
        });

        features.Add(candidate.Distance switch
        {
            <= 1 => SourceFeature.Distance0To1,
            <= 3 => SourceFeature.Distance2To3,
            <= 7 => SourceFeature.Distance4To7,
            <= 15 => SourceFeature.Distance8To15,
            _ => SourceFeature.Distance16Plus,
        });

        if (candidate.Nearest)
        {
            features.Add(IsBefore(candidate) ? SourceFeature.NearestBefore : SourceFeature.NearestAfter);
        }

        AddIf(candidate.NearestWithCue, SourceFeature.NearestWithCue, features);
        AddIf(candidate.FirstOfSentence, SourceFeature.FirstMentionOfSentence, features);
    }

    /// <summary>What stands between the mention and the quotation: another quotation, a colon, a dash, a cue, a clause break.</summary>
    private static void Between(SourceCandidate candidate, ParagraphWords quotationWords, int spanIndex, List<SourceFeature> features)
    {
        if (candidate.Words != quotationWords || candidate.Place == CandidatePlace.InsideMarks)
        {
            return;
        }

        var words = candidate.Words;
        var span = quotationWords.Spans[spanIndex];
        int from, to;
        if (IsBefore(candidate))
        {
            from = candidate.Phrase.End;
            to = words.WordAtOrAfter(span.OpenMark);
        }
        else
        {
            from = span.CloseMark >= 0 ? words.WordAtOrAfter(span.CloseMark + 1) : words.WordAtOrAfter(span.End);
            to = candidate.Phrase.First;
        }

        // A form may name a mention far away (a long sentence's subject): what stands between is read over the words
        // next to the quotation only, so the work per candidate stays bounded.
        if (to - from > SourceCandidates.Reach)
        {
            if (IsBefore(candidate))
            {
                from = to - SourceCandidates.Reach;
            }
            else
            {
                to = from + SourceCandidates.Reach;
            }
        }

        bool quotation = false, colon = false, dash = false, cue = false, clauseBreak = false;
        for (var w = from; w <= to && w < words.Count; w++)
        {
            var gap = words.GapBefore(w);
            for (var i = gap.Start; i < gap.Start + gap.Length; i++)
            {
                var c = words.Text[i];
                colon |= c == ':';
                dash |= c is '\u2014' or '\u2013' or '\u2015';
                clauseBreak |= c == ';';
            }

            if (w == to)
            {
                break;
            }

            var spanOf = words.SpanOf(w);
            if (spanOf >= 0)
            {
                quotation |= spanOf != spanIndex;
                continue;
            }

            clauseBreak |= words.GapBeforeHas(w, ',') && GrammarLexicon.ClauseBreaks.Contains(words.WordText(w));
            cue |= (w < candidate.CueFirst || w >= candidate.CueEnd) && words.MayStartCue(w) && words.CueAt(w, out _) is not null;
        }

        AddIf(quotation, SourceFeature.OtherQuotationBetween, features);
        AddIf(colon, SourceFeature.ColonBetween, features);
        AddIf(dash, SourceFeature.DashBetween, features);
        AddIf(cue, SourceFeature.CueBetween, features);
        AddIf(clauseBreak, SourceFeature.ClauseBreakBetween, features);
    }

    /// <summary>The verb or preposition that governs the mention: a cue after it (its subject) or before it.</summary>
    private static void Governor(SourceCandidate candidate, List<SourceFeature> features)
    {
        var words = candidate.Words;
        var phrase = candidate.Phrase;
        if (candidate.CueFirst >= 0 && words.CueAt(candidate.CueFirst, out _) is { } lemma)
        {
            var speech = SpeechLexicon.IsSpeechVerb(lemma);
            if (candidate.CueFirst >= phrase.End)
            {
                features.Add(speech ? SourceFeature.SpeechVerbFollows : SourceFeature.OtherCueFollows);
            }
            else
            {
                features.Add(lemma switch
                {
                    "tell" => SourceFeature.TellPrecedes,
                    "ask" => SourceFeature.AskPrecedes,
                    _ => speech ? SourceFeature.SpeechVerbPrecedes : SourceFeature.OtherCuePrecedes,
                });
            }
        }

        var next = phrase.End;
        while (next < words.Count && next - phrase.End < 3 && !words.PunctuationBefore(next) && words.WordIn(next, RuleWords.Auxiliaries))
        {
            next++;
        }

        if (next < words.Count && !words.PunctuationBefore(next) && words.IsLower(next) && SpeechLexicon.StanceVerbHashes.Contains(words.WordHash(next)) && SpeechLexicon.StanceVerbs.Contains(words.WordText(next)))
        {
            features.Add(SourceFeature.StanceVerbFollows);
        }

        if (phrase.End < words.Count && words.GapBeforeHas(phrase.End, ','))
        {
            features.Add(words.WordIs(phrase.End, "who") ? SourceFeature.WhoFollows : SourceFeature.CommaFollows);
        }
        else if (next < words.Count && !words.PunctuationBefore(next) && words.IsLower(next) && !words.InsideSpan(next)
            && !words.WordIn(next, RuleWords.FunctionWords) && !words.WordIn(next, RuleWords.Prepositions) && !words.WordIn(next, RuleWords.Determiners))
        {
            features.Add(SourceFeature.VerbLikeWordFollows); // "Lee likened", "Acme rated": most likely the subject of a verb
        }

        if (phrase.First > 0 && !words.PunctuationBefore(phrase.First) && words.WordIn(phrase.First - 1, RuleWords.Prepositions))
        {
            features.Add(SourceFeature.PrepositionPrecedes);
        }
    }

    private static bool IsBefore(SourceCandidate candidate) =>
        candidate.Place is CandidatePlace.SameSentenceBefore or CandidatePlace.PreviousSentence or CandidatePlace.PreviousParagraph;

    private static void AddIf(bool condition, SourceFeature feature, List<SourceFeature> features)
    {
        if (condition)
        {
            features.Add(feature);
        }
    }
}
