using System;
using System.Collections.Generic;
using Corpus.Generator.Parsing.Lexicons;

namespace Corpus.Generator.Parsing.Quotations.Sources;

/// <summary>
/// Lists every mention that may be the source of a marked quotation: the names, pronouns and descriptions of its
/// sentence and the sentences beside it (for a quotation that opens its paragraph, also the last sentence of the
/// paragraph before), each with the attribution forms that point at it (<see cref="MarkedAttribution"/>). Nothing
/// is chosen here: <see cref="SpeakerChooser"/> weighs the candidates.
/// </summary>
internal static class SourceCandidates
{
    /// <summary>
    /// Most words looked through on either side of a quotation. Not a policy (a sentence is seldom longer): it keeps
    /// the work per quotation bounded on text with no sentence stops.
    /// </summary>
    public const int Reach = 48;

    /// <summary>Fills <paramref name="candidates"/> (cleared first) with the candidates of a marked span.</summary>
    public static void For(ParagraphWords words, int spanIndex, ParagraphWords? previousParagraph, ArticleNames names, List<SourceCandidate> candidates)
    {
        candidates.Clear();
        var span = words.Spans[spanIndex];
        var first = words.WordAtOrAfter(span.Start);
        if (first >= words.Count || MarkedAttribution.CoordinatedWithPrevious(words, spanIndex))
        {
            return; // "„…“ und ob sie „…“": the previous quotation's speaker, no source of its own
        }

        var sentence = words.SentenceOf(first);
        var sentenceStart = words.SentenceStart(sentence);

        // Before the opening mark: the sentence before, then the quotation's own.
        if (sentence > 0)
        {
            var previousStart = Math.Max(words.SentenceStart(sentence - 1), first - Reach);
            Scan(words, previousStart, Math.Min(sentenceStart, first), CandidatePlace.PreviousSentence, first, before: true, candidates);
        }

        Scan(words, Math.Max(sentenceStart, first - Reach), first, CandidatePlace.SameSentenceBefore, first, before: true, candidates);

        // After the closing mark: the rest of the sentence, then the next one (“Are you sure?” Kline asked.).
        var after = span.CloseMark >= 0 ? words.WordAtOrAfter(span.CloseMark + 1) : words.WordAtOrAfter(span.End);
        if (after < words.Count)
        {
            var afterSentence = words.SentenceOf(after);
            var limit = Math.Min(words.SentenceEnd(afterSentence), after + Reach);
            var place = afterSentence == sentence || words.SentenceStart(afterSentence) < after ? CandidatePlace.SameSentenceAfter : CandidatePlace.NextSentence;
            if (place == CandidatePlace.NextSentence && MarkedAttribution.PointsBack(words, after).Found)
            {
                // German "„…“ Das sagte X.": the word pointing back stands for the quotation, so the sentence is its attribution clause.
                place = CandidatePlace.SameSentenceAfter;
            }

            Scan(words, after, limit, place, after, before: false, candidates);
            if (place == CandidatePlace.SameSentenceAfter && limit < words.Count && limit - after < Reach)
            {
                Scan(words, limit, Math.Min(words.SentenceEnd(words.SentenceOf(limit)), after + Reach), CandidatePlace.NextSentence, after, before: false, candidates);
            }
        }

        if (first == 0 && previousParagraph is { Count: > 0 } previous)
        {
            var last = previous.SentenceCount - 1;
            var start = Math.Max(previous.SentenceStart(last), previous.Count - Reach);
            Scan(previous, start, previous.Count, CandidatePlace.PreviousParagraph, previous.Count, before: true, candidates);
        }

        AddForms(words, spanIndex, first, sentence, previousParagraph, names, candidates);
        MarkOrder(candidates);
    }

    /// <summary>Adds every mention of words [from, to) outside quotation marks.</summary>
    private static void Scan(ParagraphWords words, int from, int to, CandidatePlace place, int edge, bool before, List<SourceCandidate> candidates)
    {
        for (var w = Math.Max(from, words.AfterDateline); w < to; w++)
        {
            QuotationWork.Step();
            if (words.InsideSpan(w))
            {
                continue;
            }

            var phrase = Mentions.At(words, w, to);
            if (phrase.IsNone)
            {
                continue;
            }

            var distance = before ? Math.Max(0, edge - phrase.End) : Math.Max(0, phrase.First - edge);
            var candidate = new SourceCandidate(words, phrase, place, distance);
            Mentions.CueBeside(words, phrase, candidate);
            candidates.Add(candidate);
            w = phrase.End - 1;
        }
    }

    /// <summary>Marks each candidate with the attribution forms that name it, adding the mentions only a form finds.</summary>
    private static void AddForms(ParagraphWords words, int spanIndex, int first, int sentence, ParagraphWords? previousParagraph, ArticleNames names, List<SourceCandidate> candidates)
    {
        var span = words.Spans[spanIndex];
        var sentenceEnd = words.SentenceEnd(sentence);
        var after = MarkedAttribution.After(words, span, sentence, sentenceEnd);
        var afterEdge = words.Rules.IsEnglish ? -1 : words.WordAtOrAfter(span.CloseMark >= 0 ? span.CloseMark + 1 : span.End);
        Add(words, after, first, candidates, afterEdge: afterEdge);

        Add(words, MarkedAttribution.Before(words, spanIndex, first, sentence, names), first, candidates, afterEdge: afterEdge);
        Add(words, MarkedAttribution.Later(words, span, sentenceEnd), first, candidates, afterEdge: afterEdge);
        Add(words, MarkedAttribution.Inside(words, span), first, candidates, afterEdge: afterEdge);
        Add(words, MarkedAttribution.Stance(words, spanIndex, first, sentence, names), first, candidates, afterEdge: afterEdge);
        Add(words, MarkedAttribution.Reported(words, sentence), first, candidates, afterEdge: afterEdge);
        Add(words, MarkedAttribution.Judge(words, span, first, sentence), first, candidates, afterEdge: afterEdge);
        var leadIn = MarkedAttribution.LeadIn(words, span, first, sentence, previousParagraph);
        Add(leadIn.InPrevious ? previousParagraph! : words, leadIn, first, candidates, afterEdge: afterEdge);
        var subject = MarkedAttribution.SentenceSubject(words, sentence, first, names);
        if (!subject.IsNone)
        {
            Add(words, new Attribution(Attribution.NoCue, Attribution.NoCue, subject, AttributionSource.None), first, candidates, SubjectForm, afterEdge);
        }

        if (!words.Rules.IsEnglish && after.Found && after.CueEnd >= 0)
        {
            // "a déclaré le ministre des Transports, Jean Dupont": what stands between the cue and its subject describes it.
            candidates.RemoveAll(c => c.Words == words && c.Phrase.First >= after.CueEnd && c.Phrase.End <= after.Speaker.First);
        }
    }

    /// <summary>The bit <see cref="SourceCandidate.Forms"/> gives the sentence's subject (no attribution form of its own).</summary>
    public const int SubjectForm = 1 << 30;

    private static void Add(ParagraphWords words, Attribution attribution, int first, List<SourceCandidate> candidates, int extraForm = 0, int afterEdge = -1)
    {
        if (!attribution.Found)
        {
            return;
        }

        var phrase = words.Names is { } evidence ? evidence.NotRefuted(words, attribution.Speaker, attribution.CueEnd) : attribution.Speaker;
        phrase = Mentions.OfAttribution(words, phrase);

        if (phrase.IsNone)
        {
            return; // a capitalised noun, not a name (German)
        }

        var form = extraForm | (attribution.Source == AttributionSource.None ? 0 : 1 << (int)attribution.Source);
        foreach (var candidate in candidates)
        {
            if (candidate.Words == words && candidate.Phrase.First < phrase.End && phrase.First < candidate.Phrase.End)
            {
                candidate.Forms |= form;
                if (attribution.CueFirst != Attribution.NoCue && attribution.Source != AttributionSource.None && candidate.StrongestForm == attribution.Source)
                {
                    candidate.CueFirst = attribution.CueFirst;
                    candidate.CueEnd = attribution.CueEnd;
                }

                return;
            }
        }

        CandidatePlace place;
        int distance;
        if (attribution.InPrevious)
        {
            place = CandidatePlace.PreviousParagraph;
            distance = first + (words.Count - phrase.End);
        }
        else if (phrase.First >= first && attribution.Source == AttributionSource.Inside)
        {
            place = CandidatePlace.InsideMarks;
            distance = Math.Max(0, phrase.First - first);
        }
        else if (phrase.End <= first)
        {
            place = words.SentenceOf(phrase.First) < words.SentenceOf(first) ? CandidatePlace.PreviousSentence : CandidatePlace.SameSentenceBefore;
            distance = first - phrase.End;
        }
        else
        {
            // Outside English the words after the quotation count from its closing mark, as the scan counts them
            // ("„…“, erklärte X" is next to its quotation however long the quotation).
            place = CandidatePlace.SameSentenceAfter;
            distance = Math.Max(0, phrase.First - (afterEdge >= 0 ? afterEdge : first));
        }

        candidates.Add(new SourceCandidate(words, phrase, place, distance)
        {
            Forms = form,
            CueFirst = attribution.InPrevious ? Attribution.NoCue : attribution.CueFirst,
            CueEnd = attribution.InPrevious ? Attribution.NoCue : attribution.CueEnd,
        });
    }

    /// <summary>Marks the nearest candidate on each side and the first candidate of each sentence.</summary>
    private static void MarkOrder(List<SourceCandidate> candidates)
    {
        SourceCandidate? nearestBefore = null, nearestAfter = null, cueBefore = null, cueAfter = null;
        foreach (var candidate in candidates)
        {
            var before = candidate.Place is CandidatePlace.SameSentenceBefore or CandidatePlace.PreviousSentence or CandidatePlace.PreviousParagraph;
            if (candidate.CueFirst >= 0 && candidate.Place != CandidatePlace.InsideMarks)
            {
                if (before && (cueBefore is null || candidate.Distance < cueBefore.Distance))
                {
                    cueBefore = candidate;
                }
                else if (!before && (cueAfter is null || candidate.Distance < cueAfter.Distance))
                {
                    cueAfter = candidate;
                }
            }

            if (before && (nearestBefore is null || candidate.Distance < nearestBefore.Distance))
            {
                nearestBefore = candidate;
            }
            else if (!before && candidate.Place != CandidatePlace.InsideMarks && (nearestAfter is null || candidate.Distance < nearestAfter.Distance))
            {
                nearestAfter = candidate;
            }
        }

        if (cueBefore is not null)
        {
            cueBefore.NearestWithCue = true;
        }

        if (cueAfter is not null)
        {
            cueAfter.NearestWithCue = true;
        }

        if (nearestBefore is not null)
        {
            nearestBefore.Nearest = true;
        }

        if (nearestAfter is not null)
        {
            nearestAfter.Nearest = true;
        }

        // The first of a sentence is the earliest candidate there (a few dozen candidates at most: compared in place).
        foreach (var candidate in candidates)
        {
            var sentence = candidate.Words.SentenceOf(candidate.Phrase.First);
            var first = true;
            foreach (var other in candidates)
            {
                if (other.Words == candidate.Words && other.Phrase.First < candidate.Phrase.First && other.Words.SentenceOf(other.Phrase.First) == sentence)
                {
                    first = false;
                    break;
                }
            }

            candidate.FirstOfSentence = first;
        }
    }
}
