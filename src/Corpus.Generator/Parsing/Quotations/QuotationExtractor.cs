using System;
using System.Collections.Generic;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing.Languages;
using Corpus.Generator.Parsing.Lexicons;
using Corpus.Generator.Parsing.Quotations.Unmarked;

namespace Corpus.Generator.Parsing.Quotations;

/// <summary>
/// Finds the quotations of an article and who said them. The steps, in order:
/// <list type="number">
/// <item>pair the quotation marks of each story paragraph (<see cref="QuotationMarks"/>);</item>
/// <item>choose each marked span's source among the mentions around it (<see cref="Sources.SourceCandidates"/>, weighed by
/// <see cref="Sources.SpeakerChooser"/>), keep it if it is speech (<see cref="Speech.SpeechChooser"/>), and find the direct
/// speech whose marks were lost (<see cref="UnmarkedQuotations"/>);</item>
/// <item>link the parts of one quotation (interrupted by its attribution, or running over paragraphs);</item>
/// <item>name each speaker: the fullest form of the name in the article, pronouns resolved (<see cref="SpeakerNaming"/>);
/// quotations without a cue of their own take the speaker of the quotation they follow.</item>
/// </list>
/// Pure C#, never throws on any text, and bounded work per word.
/// </summary>
internal static class QuotationExtractor
{
    private static readonly List<UnmarkedQuotation> NoUnmarked = new();

    public static QuotationResult Extract(string text, EquatableArray<ParagraphModel> paragraphs) => Extract(text, paragraphs, QuotationModels.Learned);

    /// <summary>Extracts with the given models (the training tool passes its own weights and observers).</summary>
    public static QuotationResult Extract(string text, EquatableArray<ParagraphModel> paragraphs, QuotationModels models) => Extract(text, paragraphs, models, LanguageRules.English);

    /// <summary>Extracts with the given models, reading cues and names by the article's language (<see cref="LanguageRules"/>).</summary>
    public static QuotationResult Extract(string text, EquatableArray<ParagraphModel> paragraphs, QuotationModels models, LanguageRules rules) => Extract(text, paragraphs, models, rules, null);

    /// <summary>
    /// Extracts, taking each paragraph's words from the classifier's walk where it read the same paragraph
    /// (<see cref="ParagraphHashes.WordsOf"/>; null: every paragraph is walked here).
    /// </summary>
    public static QuotationResult Extract(string text, EquatableArray<ParagraphModel> paragraphs, QuotationModels models, LanguageRules rules, ParagraphHashes? walked)
    {
        var issues = new List<QuotationIssue>();
        var views = ReadParagraphs(text, paragraphs, rules, issues, walked);
        if (rules.CapitalisesNouns)
        {
            var evidence = new Sources.NameEvidence(NonNull(views));
            foreach (var view in views)
            {
                if (view is not null)
                {
                    view.Names = evidence;
                }
            }
        }

        var names = new ArticleNames(text, NonNull(views));

        var found = new List<FoundQuotation>();
        var marksSpeech = MarksSpeech(views);
        var doubleMarks = UsesDoubleMarks(text, views);
        var unmarked = FindUnmarked(views, marksSpeech, rules.FindsUnmarkedSpeech, models.Unmarked);
        ParagraphWords? previous = null;
        foreach (var view in views)
        {
            if (view is null)
            {
                previous = null;
                continue;
            }

            FindInParagraph(view, previous, names, marksSpeech, doubleMarks, models, unmarked[view.Paragraph], found);
            previous = view;
        }

        var naming = new SpeakerNaming(names, views, HeadlineSpeaker.Find(text, paragraphs, rules, names));
        naming.Name(found);

        var quotations = new List<QuotationModel>(found.Count);
        foreach (var quotation in found)
        {
            quotations.Add(new QuotationModel(quotation.Text, quotation.Words.Paragraph, quotation.Marked, quotation.CueRange, quotation.SpeakerRange, quotation.Speaker, quotation.SpeakerName?.Written ?? TextRange.None, quotation.Continues));
        }

        return new QuotationResult(quotations.ToEquatableArray(), names.Mentions(), issues.ToEquatableArray());
    }

    /// <summary>
    /// The quotations whose marks were lost, by paragraph. An article that marks its speech does not drop the marks of
    /// one quotation (a tool that loses marks loses them on every paragraph of a form): there the one unmarked
    /// quotation of an article must also stand alone (<see cref="UnmarkedChooser.StandsAlone"/>).
    /// </summary>
    private static List<UnmarkedQuotation>[] FindUnmarked(ParagraphWords?[] views, bool marksSpeech, bool findsUnmarked, UnmarkedChooser chooser)
    {
        var found = new List<UnmarkedQuotation>[views.Length];
        var attributed = 0;
        var score = 0.0;
        var keepsPlainForm = findsUnmarked && marksSpeech && PlainFormInMarks.In(views); // no scan where no unmarked speech is sought
        for (var p = 0; p < views.Length; p++)
        {
            var view = views[p];
            found[p] = view is not null && findsUnmarked ? UnmarkedQuotations.Find(view, marksSpeech, keepsPlainForm, chooser) : NoUnmarked;
            foreach (var quotation in found[p])
            {
                if (!quotation.ContinuesPrevious)
                {
                    (attributed, score) = (attributed + 1, quotation.Score);
                }
            }
        }

        if (marksSpeech && attributed == 1 && !chooser.StandsAlone(score))
        {
            for (var p = 0; p < found.Length; p++)
            {
                found[p] = NoUnmarked;
            }
        }

        return found;
    }

    /// <summary>Words and quotation marks of every story paragraph (null for captions, headlines and boilerplate).</summary>
    private static ParagraphWords?[] ReadParagraphs(string text, EquatableArray<ParagraphModel> paragraphs, LanguageRules rules, List<QuotationIssue> issues, ParagraphHashes? walked)
    {
        var views = new ParagraphWords?[paragraphs.Count];
        for (var p = 0; p < paragraphs.Count; p++)
        {
            if (paragraphs[p].Kind != ParagraphKind.Body)
            {
                continue;
            }

            var range = paragraphs[p].Range;
            var nextOpens = p + 1 < paragraphs.Count && paragraphs[p + 1].Kind == ParagraphKind.Body && QuotationMarks.OpensWithMark(text, paragraphs[p + 1].Range, rules.DoubledApostropheIsMark);
            var spans = QuotationMarks.Find(text, range, nextOpens, issues, rules.DoubledApostropheIsMark);
            if (spans.Count == 0 && rules.WritesDialogueDashes)
            {
                spans = DialogueDashes.Find(text, range);
            }

            TextRange[]? words = null;
            uint[]? hashes = null;
            if (walked is not null)
            {
                words = walked.WordsOf(p, range, out var walkedHashes);
                hashes = walkedHashes;
            }

            views[p] = new ParagraphWords(text, p, range, spans, rules, words, hashes);
        }

        return views;
    }

    /// <summary>
    /// True when the story holds a quoted span: the writer marks speech (see <see cref="UnmarkedQuotations"/>). One is
    /// enough: an article that marked one quotation and lost the marks of the others is rarer than one whose single
    /// quotation is marked and whose other attributions are the reporter's paraphrase.
    /// </summary>
    private static bool MarksSpeech(ParagraphWords?[] views)
    {
        var spans = 0;
        foreach (var view in views)
        {
            spans += view?.Spans.Count ?? 0;
            if (spans > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when some story paragraph has a span opened by a double mark (or two apostrophes).</summary>
    private static bool UsesDoubleMarks(string text, ParagraphWords?[] views)
    {
        foreach (var view in views)
        {
            foreach (var span in view?.Spans ?? (IReadOnlyList<MarkedSpan>)Array.Empty<MarkedSpan>())
            {
                if (text[span.OpenMark] is not ('\u2018' or '\'') || (span.OpenMark > 0 && text[span.OpenMark - 1] == '\''))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static List<ParagraphWords> NonNull(ParagraphWords?[] views)
    {
        var list = new List<ParagraphWords>(views.Length);
        foreach (var view in views)
        {
            if (view is not null)
            {
                list.Add(view);
            }
        }

        return list;
    }

    private static void FindInParagraph(ParagraphWords view, ParagraphWords? previous, ArticleNames names, bool marksSpeech, bool doubleMarks, QuotationModels models, List<UnmarkedQuotation> unmarked, List<FoundQuotation> found)
    {
        var paragraphStart = found.Count;
        var previousParagraphLast = paragraphStart - 1;
        var spanQuotation = view.Spans.Count == 0 ? Array.Empty<int>() : new int[view.Spans.Count];
        List<(int Marked, int Unmarked)>? continuations = null; // made at the first (most paragraphs have none)
        for (var i = 0; i < view.Spans.Count; i++)
        {
            spanQuotation[i] = -1;
            var span = view.Spans[i];
            if (UnmarkedQuotations.Holds(unmarked, span))
            {
                continue; // a word quoted inside speech whose own marks were lost
            }

            var attribution = models.Speakers.Choose(view, i, previous, names);
            if (!models.Speech.IsSpeech(view, i, attribution, doubleMarks))
            {
                continue; // a title, a name, a term or a scare quote: marked, but nobody's words
            }

            // Speech whose marks were lost that goes on in marks ("…, Lee said. “We …”"): the marked part continues it,
            // unless it names its own speaker right after its marks (“…,” Ann Lee said.), which no continuation does.
            var goesOnFrom = attribution.Source == AttributionSource.After ? -1 : GoesOnFrom(view, i, unmarked);
            if (goesOnFrom >= 0)
            {
                attribution = Attribution.None;
                (continuations ??= new List<(int Marked, int Unmarked)>()).Add((found.Count, goesOnFrom));
            }

            var quotation = new FoundQuotation(view, span.Words, true, attribution, view.WordAtOrAfter(span.Start))
            {
                AttributionWords = attribution.InPrevious ? previous : view,
            };

            if (i == 0 && QuotationMarks.OpensParagraph(view.Text, view.Range, span) && previous is { Spans.Count: > 0 } && previous.Spans[previous.Spans.Count - 1].RunsOn && previousParagraphLast >= 0
                && found[previousParagraphLast].Words == previous)
            {
                quotation.Continues = previousParagraphLast; // one quotation over several paragraphs
            }
            else if (i > 0 && spanQuotation[i - 1] >= 0 && MarkedAttribution.ContinuesPrevious(view, i))
            {
                quotation.Continues = spanQuotation[i - 1]; // “A,” he said, “B.”
            }
            else if (!attribution.Found && i > 0 && spanQuotation[i - 1] >= 0 && MarkedAttribution.SharesSentenceWithPrevious(view, i))
            {
                quotation.FollowsSentenceOf = spanQuotation[i - 1];
            }

            spanQuotation[i] = found.Count;
            found.Add(quotation);
        }

        var unmarkedStart = found.Count;
        foreach (var quotation in unmarked)
        {
            var item = new FoundQuotation(view, quotation.Text, false, quotation.Attribution, view.WordAtOrAfter(quotation.Text.Start)) { AttributionWords = view };
            if (quotation.ContinuesPrevious)
            {
                item.Continues = found.Count - 1;
            }

            found.Add(item);
        }

        if (continuations is not null)
        {
            foreach (var (marked, speech) in continuations)
            {
                found[marked].Continues = unmarkedStart + speech;
            }
        }

        // Marked and unmarked quotations never share a sentence; put the paragraph's quotations in text order.
        if (unmarked.Count > 0 && found.Count - paragraphStart > unmarked.Count)
        {
            SortParagraph(found, paragraphStart);
        }
    }

    /// <summary>
    /// The unmarked quotation a marked span goes on from: the last one before it, attributed, with no other marks
    /// between, in the same sentence or ending the sentence before (the form <see cref="UnmarkedQuotations"/> took as
    /// evidence of speech); -1 for none.
    /// </summary>
    private static int GoesOnFrom(ParagraphWords view, int spanIndex, List<UnmarkedQuotation> unmarked)
    {
        var span = view.Spans[spanIndex];
        for (var u = unmarked.Count - 1; u >= 0; u--)
        {
            var speech = unmarked[u];
            if (speech.Text.End > span.OpenMark)
            {
                continue;
            }

            if (!speech.Attribution.Found || (spanIndex > 0 && view.Spans[spanIndex - 1].OpenMark > speech.Text.Start))
            {
                return -1;
            }

            var speechSentence = view.SentenceOf(Math.Min(view.WordAtOrAfter(speech.Text.End), view.Count - 1));
            var first = view.WordAtOrAfter(span.Start);
            return first < view.Count && view.SentenceOf(first) <= speechSentence + 1 ? u : -1;
        }

        return -1;
    }

    /// <summary>Stable sort of one paragraph's quotations by position, remapping the links between them.</summary>
    private static void SortParagraph(List<FoundQuotation> found, int start)
    {
        var count = found.Count - start;
        var order = new List<int>(count);
        for (var i = 0; i < count; i++)
        {
            order.Add(start + i);
        }

        order.Sort((a, b) => found[a].Text.Start != found[b].Text.Start ? found[a].Text.Start.CompareTo(found[b].Text.Start) : a.CompareTo(b));
        var newIndex = new Dictionary<int, int>();
        for (var i = 0; i < count; i++)
        {
            newIndex[order[i]] = start + i;
        }

        var sorted = new List<FoundQuotation>(count);
        foreach (var old in order)
        {
            var quotation = found[old];
            quotation.Continues = Remap(quotation.Continues, newIndex);
            quotation.FollowsSentenceOf = Remap(quotation.FollowsSentenceOf, newIndex);
            sorted.Add(quotation);
        }

        for (var i = 0; i < count; i++)
        {
            found[start + i] = sorted[i];
        }
    }

    private static int Remap(int index, Dictionary<int, int> newIndex) => newIndex.TryGetValue(index, out var mapped) ? mapped : index;
}
