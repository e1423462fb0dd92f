using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing.Lexicons;

namespace Corpus.Generator.Parsing.Quotations.Unmarked;

/// <summary>
/// Finds direct speech whose quotation marks were stripped (scraped or machine-translated text), only where the
/// form shows it is direct speech and not the reporter's paraphrase:
/// <list type="bullet">
/// <item>"clause, Lopez said." and "clause, said Thompson, ..." (the attribution ends the sentence), when the clause
/// speaks in the first person, or the name stands before the verb, or the speech goes on after the attribution;</item>
/// <item>the sentences that go on after such an attribution, in the same paragraph;</item>
/// <item>"However, he added, it is ..." (a short opening, the attribution between commas, then the words);</item>
/// <item>"the ministry said The relationship is ..." (a capitalised clause straight after the cue).</item>
/// </list>
/// Sentences that hold quotation marks are left to the marked rules.
/// </summary>
internal static class UnmarkedQuotations
{
    internal const int MinimumWords = 3;
    private const int AttributionReach = 20;
    private const int LongestTail = 14;

    private static readonly HashSet<string> FiniteVerbs = new(NewsLexicon.FiniteVerbMarkers, StringComparer.OrdinalIgnoreCase);

    /// <param name="words">The paragraph.</param>
    /// <param name="articleMarksSpeech">
    /// True when the article puts quotation marks around speech elsewhere: its unmarked third-person sentences are
    /// then the reporter's paraphrase, and only the form of direct speech (first or second person, a question, a
    /// contraction, speech going on) makes one a quotation. An article without marks lost them all, and a named
    /// subject before the verb is enough.
    /// </param>
    /// <param name="keepsPlainForm">The article keeps a paragraph of the plainest form of speech in marks (<see cref="PlainFormInMarks"/>).</param>
    /// <param name="chooser">Decides on the candidates of an article that marks its speech.</param>
    public static List<UnmarkedQuotation> Find(ParagraphWords words, bool articleMarksSpeech, bool keepsPlainForm, UnmarkedChooser chooser)
    {
        var found = new List<UnmarkedQuotation>();
        var continuing = false;
        var runStart = 0; // the first of the sentences before this one that report nothing and hold no quotation
        for (var s = 0; s < words.SentenceCount; s++)
        {
            var start = words.SentenceStart(s);
            var end = words.SentenceEnd(s);
            var before = found.Count;
            var reports = UnmarkedEvidence.HasSpan(words, start, end);
            if (reports)
            {
                // A quoted title or the next part of the speech may follow the attribution ("..., Lee said of the film
                // “Dusk”"); the clause before it must hold no marks (EndingAttribution checks).
                continuing = false;
                if (words.MayHoldCue(start, end))
                {
                    EndingAttribution(words, s, runStart, start, FirstInSpan(words, start, end), articleMarksSpeech, keepsPlainForm, chooser, found);
                }
            }
            else if (continuing && words.IsCapitalized(start) && !UnmarkedEvidence.HasCue(words, start, end) && (!articleMarksSpeech || UnmarkedEvidence.HasFirstPerson(words, start, end)))
            {
                found.Add(new UnmarkedQuotation(WithStop(words, start, end), Attribution.None, true));
            }
            else
            {
                continuing = false;
                reports = s + 1 < words.SentenceCount && Reports(words, start, end); // only a later sentence needs to know

                // Every rule below starts from a cue in the sentence: most sentences have none, and are passed by.
                // A writer who marks speech marks it: there only the paragraph that opens with the speech and closes with
                // its attribution ("..., Lee said.") may have lost its marks; the other forms are the reporter's.
                if (words.MayHoldCue(start, end) && (articleMarksSpeech || !ClauseAfterCue(words, start, end, found)))
                {
                    continuing = (!articleMarksSpeech || runStart == 0) && EndingAttribution(words, s, runStart, start, end, articleMarksSpeech, keepsPlainForm, chooser, found);
                    if (!continuing && !articleMarksSpeech)
                    {
                        ParentheticalAttribution(words, start, end, found);
                    }
                }
            }

            if (reports || found.Count > before)
            {
                runStart = s + 1;
            }
        }

        return found;
    }

    /// <summary>True when one of the quotations found holds the marked span: a word in single marks inside the speech.</summary>
    public static bool Holds(List<UnmarkedQuotation> found, MarkedSpan span)
    {
        foreach (var quotation in found)
        {
            if (quotation.Text.Start <= span.Start && span.Start < quotation.Text.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the foreign ministry said The border talks are ...": a capitalised clause straight after the cue.</summary>
    private static bool ClauseAfterCue(ParagraphWords words, int start, int end, List<UnmarkedQuotation> found)
    {
        for (var w = start + 1; w < end - MinimumWords; w++)
        {
            var lemma = words.CueAt(w, out var length);
            // "told The Times ...": what follows "tell" is the listener, not the speech.
            if (lemma is null || lemma == "tell" || !SpeechLexicon.IsSpeechVerb(lemma) || SpeechLexicon.IsParticiple(words.WordText(w)))
            {
                continue;
            }

            var next = w + length;
            if (next >= end || !SpeechLexicon.ClauseOpeners.Contains(words.WordText(next)) || (words.PunctuationBefore(next) && !words.GapBeforeHas(next, ':')))
            {
                continue;
            }

            var speaker = SpeakerPhrases.Left(words, w, start);
            if (!speaker.IsNamed || end - next < MinimumWords + 1)
            {
                continue;
            }

            found.Add(new UnmarkedQuotation(WithStop(words, next, end), new Attribution(w, w + length, speaker, AttributionSource.Before), false));
            return true;
        }

        return false;
    }

    /// <summary>"clause, Lopez told a news conference." / "clause, said Thompson, a former official.": the attribution ends the sentence.</summary>
    private static bool EndingAttribution(ParagraphWords words, int sentence, int runStart, int start, int end, bool articleMarksSpeech, bool keepsPlainForm, UnmarkedChooser chooser, List<UnmarkedQuotation> found)
    {
        for (var a = end - 1; a > start; a--)
        {
            if (!EndsClause(words, a))
            {
                continue;
            }

            var attribution = AttributionAt(words, a, end, out var inverted);
            if (!attribution.Found)
            {
                continue;
            }

            // "In the past year, we have added …", "There, I said it.": the writer speaking of itself writes its own
            // words, which quote no one.
            if (IsWriter(words, attribution.Speaker))
            {
                return false;
            }

            // A short last sentence ("No question, Lee said.") counts with the speech the paragraph opened with.
            var quoteStart = start;
            var clauseWords = a - (runStart == 0 ? 0 : quoteStart);
            if (clauseWords < MinimumWords || HasDoubleSpan(words, start, a) || IntroducesWhatFollows(words, attribution, end))
            {
                return false;
            }

            // "..., police said." is the reporter's sourcing; a named speaker ("the Norwegian foreign ministry") may be speech.
            var named = attribution.Speaker.Kind is SpeakerKind.Person or SpeakerKind.Pronoun or SpeakerKind.Collective
                || (attribution.Speaker.Kind == SpeakerKind.Organisation && HasCapital(words, attribution.Speaker));
            if (!named)
            {
                return false;
            }

            // The sentences before it in the paragraph that report nothing themselves: when they run from the
            // paragraph's start, the paragraph opens with the speech and its attribution closes it, and the form of
            // the whole run (not of the last sentence alone) tells speech from paraphrase.
            var opensParagraph = runStart == 0;
            var candidate = new UnmarkedCandidate(sentence, opensParagraph ? 0 : quoteStart, quoteStart, a, end, attribution, inverted, keepsPlainForm);

            // A writer who marks speech rarely drops the marks of one quotation, and the reporter's paraphrase takes the
            // same form there ("Clause in the present, Lee said."): the learned decision weighs the words' voice. An
            // article without marks lost them all: a named subject before the verb is enough.
            var score = articleMarksSpeech ? chooser.Score(words, candidate) : 0;
            var spoken = articleMarksSpeech ? score > 0 : UnmarkedEvidence.ReadsAsSpeech(words, candidate);
            if (!(spoken || (!articleMarksSpeech && !inverted)))
            {
                return false;
            }

            if (opensParagraph && spoken)
            {
                quoteStart = words.SentenceStart(0);
            }
            else
            {
                // Earlier sentences of the paragraph in the first person, with no cue of their own, are the same speech.
                for (var s = sentence - 1; s >= runStart && quoteStart == words.SentenceStart(s + 1); s--)
                {
                    if (!UnmarkedEvidence.HasFirstPerson(words, words.SentenceStart(s), words.SentenceEnd(s)))
                    {
                        break;
                    }

                    quoteStart = words.SentenceStart(s);
                }
            }

            found.Add(new UnmarkedQuotation(words.Words(quoteStart, a), attribution, false, score));
            return true;
        }

        return false;
    }

    /// <summary>
    /// The speech ends before word <paramref name="a"/>: a comma ("..., Lee said"), or speech trailing off ("but with
    /// this law ... she said"); never a full stop, which ends a sentence of the reporter's.
    /// </summary>
    private static bool EndsClause(ParagraphWords words, int a)
    {
        if (a == 0)
        {
            return false;
        }

        var gap = words.GapBefore(a);
        var text = words.Text;
        return words.GapBeforeHas(a, ',') ? !words.GapBeforeHas(a, '.') : text.IndexOf('\u2026', gap.Start, gap.Length) >= 0 || text.IndexOf("...", gap.Start, gap.Length, StringComparison.Ordinal) >= 0;
    }

    /// <summary>"..., Lee asked the witness: “Done?”": an attribution ending in a colon introduces what follows; it ends nothing.</summary>
    private static bool IntroducesWhatFollows(ParagraphWords words, Attribution attribution, int end)
    {
        for (var w = Math.Max(attribution.CueEnd, attribution.Speaker.End); w <= end && w < words.Count; w++)
        {
            if (words.GapBeforeHas(w, ':'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first word in [start, end) inside double quotation marks, or end.</summary>
    private static int FirstInSpan(ParagraphWords words, int start, int end)
    {
        for (var w = start; w < end; w++)
        {
            if (InDoubleSpan(words, w))
            {
                return w;
            }
        }

        return end;
    }

    /// <summary>A verb of speech or a source cue ("according to"): the sentence is the reporter's report.</summary>
    private static bool Reports(ParagraphWords words, int start, int end)
    {
        for (var w = start; w < end; w++)
        {
            var lemma = words.CueAt(w, out _);
            if ((lemma is not null && SpeechLexicon.IsSpeechVerb(lemma)) || words.SourceCueAt(w, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"However, he added, it is the responsibility ...": a short opening, the attribution between commas, then the words.</summary>
    private static void ParentheticalAttribution(ParagraphWords words, int start, int end, List<UnmarkedQuotation> found)
    {
        for (var w = start + 1; w < Math.Min(end, start + 8); w++)
        {
            var lemma = words.CueAt(w, out var length);
            if (lemma is null || !SpeechLexicon.IsSpeechVerb(lemma) || w + length >= end || !words.GapBeforeHas(w + length, ','))
            {
                continue;
            }

            var speaker = SpeakerPhrases.Left(words, w, start);
            if (!speaker.IsNamed || IsWriter(words, speaker) || !words.GapBeforeHas(speaker.First, ',') || speaker.First - start > 3)
            {
                continue;
            }

            // "Probably, Lee said, before giving ...": a participle phrase after the attribution is the reporter's.
            var rest = w + length;
            if (end - rest < MinimumWords + 1 || SpeechLexicon.IsParticiple(words.WordText(rest)) || SpeechLexicon.IsParticiple(words.WordText(rest + 1)))
            {
                continue;
            }

            found.Add(new UnmarkedQuotation(WithStop(words, rest, end), new Attribution(w, w + length, speaker, AttributionSource.Before), false));
            return;
        }
    }

    /// <summary>"I" or "we" as the attribution's subject: the writer, in the first person.</summary>
    private static bool IsWriter(ParagraphWords words, SpeakerPhrase speaker) =>
        !speaker.IsNone && speaker.End - speaker.First == 1 && SpeechLexicon.FirstPerson.Contains(words.WordText(speaker.First));

    /// <summary>The attribution that starts at word <paramref name="a"/> and ends the sentence, or none.</summary>
    private static Attribution AttributionAt(ParagraphWords words, int a, int end, out bool inverted)
    {
        inverted = false;
        var lemma = words.CueAt(a, out var length);
        if (lemma is not null)
        {
            if (lemma == "tell" || !SpeechLexicon.IsSpeechVerb(lemma) || SpeechLexicon.IsParticiple(words.WordText(a)))
            {
                return Attribution.None;
            }

            var right = SpeakerPhrases.Right(words, a + length, end);
            if (!right.IsNamed || right.Kind == SpeakerKind.Pronoun || !IsTail(words, right.End, end))
            {
                return Attribution.None;
            }

            inverted = true;
            return new Attribution(a, a + length, right, AttributionSource.After);
        }

        for (var k = a + 1; k < Math.Min(end, a + AttributionReach); k++)
        {
            lemma = words.CueAt(k, out length);
            if (lemma is null)
            {
                continue;
            }

            // "..., she will have to emphasize": an infinitive says nothing now; it has no speaker to attribute.
            if (!SpeechLexicon.IsSpeechVerb(lemma) || SpeechLexicon.IsParticiple(words.WordText(k)) || words.WordIs(k - 1, "to"))
            {
                return Attribution.None;
            }

            var left = SpeakerPhrases.Left(words, k, a);
            return !left.IsNone && left.First == a && IsTail(words, k + length, end)
                ? new Attribution(k, k + length, left, AttributionSource.After)
                : Attribution.None;
        }

        return Attribution.None;
    }

    /// <summary>What may follow the attribution: nothing, a listener or a time ("a news conference after ..."), or a comma and a participle; never a clause of its own.</summary>
    private static bool IsTail(ParagraphWords words, int from, int end)
    {
        for (var w = from; w < end; w++)
        {
            if (words.PunctuationBefore(w))
            {
                // "What troubled her most, she said, was ...": the sentence's own verb goes on after the attribution,
                // whose subject the words before it were.
                return !FiniteVerbs.Contains(words.WordText(w));
            }

            // "told reporters that ..." opens a clause of its own; "an interview that ..." describes the occasion.
            var word = words.WordText(w);
            if (w - from >= LongestTail || FiniteVerbs.Contains(word) || (w - from < 2 && word == "that"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A span in double marks, or one in single marks that opens the sentence; one in single marks after unmarked
    /// words ("the word ‘failed’") is a word quoted inside the speech, whose own double marks were lost.
    /// </summary>
    private static bool HasDoubleSpan(ParagraphWords words, int start, int end)
    {
        for (var w = start; w < end; w++)
        {
            if (InDoubleSpan(words, w))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InDoubleSpan(ParagraphWords words, int word)
    {
        var span = words.SpanOf(word);
        if (span < 0)
        {
            return false;
        }

        var open = words.Spans[span].OpenMark;
        var first = words.WordAtOrAfter(words.Spans[span].Start);
        var text = words.Text;
        var doubled = text[open] == '\'' && ((open > 0 && text[open - 1] == '\'') || (open + 1 < text.Length && text[open + 1] == '\'')); // ''
        return open < 0 || doubled || text[open] is not ('\u2018' or '\'') || first == words.SentenceStart(words.SentenceOf(first));
    }

    private static bool HasCapital(ParagraphWords words, SpeakerPhrase phrase)
    {
        for (var w = phrase.First; w < phrase.End; w++)
        {
            if (words.IsCapitalized(w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words [first, end) and the full stop (or ! ? …) that ends them, as the speaker's sentence.</summary>
    private static TextRange WithStop(ParagraphWords words, int first, int end)
    {
        var range = words.Words(first, end);
        var stop = range.End;
        while (stop < words.Range.End && words.Text[stop] is '.' or '!' or '?' or '\u2026')
        {
            stop++;
        }

        return new TextRange(range.Start, stop - range.Start);
    }
}
