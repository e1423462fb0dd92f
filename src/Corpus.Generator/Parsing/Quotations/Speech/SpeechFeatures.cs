using System.Collections.Generic;
using Corpus.Generator.Parsing.Lexicons;

namespace Corpus.Generator.Parsing.Quotations.Speech;

/// <summary>
/// The evidence of one marked span (<see cref="SpeechFeature"/>): its length and form, the naming forms of
/// <see cref="QuotedNames"/>, where it stands, and the attribution the speaker chooser found for it.
/// </summary>
internal static class SpeechFeatures
{
    /// <param name="words">The paragraph.</param>
    /// <param name="spanIndex">The marked span.</param>
    /// <param name="attribution">The source the speaker chooser found for it.</param>
    /// <param name="articleUsesDoubleMarks">True when the article marks speech with double marks elsewhere: single marks are then for names and quotations inside quotations (a British article marks speech with single ones).</param>
    /// <param name="features">Receives the evidence.</param>
    public static void Of(ParagraphWords words, int spanIndex, Attribution attribution, bool articleUsesDoubleMarks, List<SpeechFeature> features)
    {
        features.Clear();
        features.Add(SpeechFeature.Bias);
        var span = words.Spans[spanIndex];
        var first = words.WordAtOrAfter(span.Start);
        var end = words.WordAtOrAfter(span.End);
        var length = end - first;
        features.Add(length switch
        {
            <= 1 => SpeechFeature.Words1,
            <= 3 => SpeechFeature.Words2To3,
            <= 7 => SpeechFeature.Words4To7,
            <= 15 => SpeechFeature.Words8To15,
            _ => SpeechFeature.Words16Plus,
        });

        if (first >= words.Count || end <= first)
        {
            return;
        }

        var text = words.Text;
        AddIf(words.IsLower(first), SpeechFeature.StartsLowerCase, features);
        var last = text[span.End - 1];
        AddIf(last is '.' or '!', SpeechFeature.EndsWithStop, features);
        AddIf(last == ',', SpeechFeature.EndsWithComma, features);
        AddIf(last == '?', SpeechFeature.EndsWithQuestion, features);
        AddIf(span.CloseMark < 0, SpeechFeature.Unclosed, features);
        AddIf(articleUsesDoubleMarks && text[span.OpenMark] is '\u2018' or '\'' && !(span.OpenMark > 0 && text[span.OpenMark - 1] == '\''), SpeechFeature.SingleMarksInDoubleMarkedArticle, features);
        for (var w = first; w < end && w < first + ParagraphWords.Reach; w++)
        {
            if (words.IsFirstOrSecondPerson(w))
            {
                features.Add(SpeechFeature.FirstOrSecondPerson);
                break;
            }
        }

        // A label a verb of judging gives through "als" is the judge's word (German): no title for its capitals, and its
        // sentence has a verb of saying.
        var judged = QuotedNames.LabelledByJudge(words, span, first, end);
        // A slogan after its noun (German Parolen wie „…“) is the chanters' words: the sentence has a verb of saying,
        // and the noun before the marks names nothing.
        var slogan = QuotedNames.IsSlogan(words, spanIndex);
        // Marks in a clause of reported speech whose sentence has a verb of saying (German X sagte, Y sei ein „…“) hold the
        // speaker's words: no title for their capitals, no writer's term.
        var reported = QuotedNames.InReportedClause(words, first) && words.SentenceHasCue(words.SentenceOf(first));
        AddIf(!judged && !slogan && !reported && QuotedNames.IsTitleCase(words, span, first, end), SpeechFeature.TitleCase, features);
        AddIf(QuotedNames.FollowsNamingWord(words, first, end), SpeechFeature.FollowsNamingWord, features);
        AddIf(QuotedNames.IsNickname(words, span, first, end), SpeechFeature.Nickname, features);
        AddIf(QuotedNames.ModifiesNoun(words, span, first, end), SpeechFeature.ModifiesNoun, features);
        AddIf(first > 0 && words.Rules.IsDeterminer(words.WordText(first - 1)), SpeechFeature.DeterminerBefore, features);
        AddIf(first > 0 && IsPossessive(words, first - 1), SpeechFeature.AfterPossessive, features);
        AddIf(length == 1 && span.CloseMark >= 0 && end < words.Count && words.IsLower(end) && QuotedNames.OnlyMarkBefore(words, end)
            && !words.WordIn(end, RuleWords.FunctionWords) && words.CueAt(end, out _) is null, SpeechFeature.WordQualifiesNoun, features);

        var sentence = words.SentenceOf(first);
        AddIf(first == words.SentenceStart(sentence), SpeechFeature.OpensSentence, features);
        AddIf(first == 0, SpeechFeature.OpensParagraph, features);
        AddIf(spanIndex > 0 && first == words.SentenceStart(sentence), SpeechFeature.OpensSentenceAfterQuotation, features);
        AddIf(first > 0 && words.GapBeforeHas(first, ':'), SpeechFeature.ColonBefore, features);
        var cue = judged || slogan || words.SentenceHasCue(sentence);
        AddIf(cue, SpeechFeature.SentenceHasCue, features);
        AddIf(!cue && length <= 3, SpeechFeature.ShortWithNoCueInSentence, features);
        // A name, a title, a term or a scare quote in a sentence with no verb of saying or thinking, or named in the
        // passive: nobody's words (the “sincere” talks, the “pay as you go” plan, what has been called the “flat model”).
        // Or named outright as a medium or a title, whatever the sentence's verb (German: die Nachrichtenagentur „…“, laut „…“).
        AddIf(!slogan && (((!cue || PassiveNaming(words, first)) && (features.Contains(SpeechFeature.WordQualifiesNoun) || features.Contains(SpeechFeature.ModifiesNoun) || features.Contains(SpeechFeature.TitleCase)
            || features.Contains(SpeechFeature.FollowsNamingWord) || features.Contains(SpeechFeature.Nickname))) || QuotedNames.NamedOutright(words, first, end) || QuotedNames.NamedAfterItsNoun(words, first, end) || QuotedNames.StandsAsNoun(words, span, first, end)
            || (!reported && QuotedNames.NounHeadsPhrase(words, span, first, end)) || QuotedNames.WrittenAsName(words, span, first, end)
            || QuotedNames.InAnotherLanguage(words, first, end) || QuotedNames.NamedByItsBearer(words, span, first, end)
            || QuotedNames.GlossedInBrackets(words, span, first, end) || QuotedNames.CoordinatedWithName(words, spanIndex)), SpeechFeature.NamingFormWithoutCue, features);

        features.Add(!attribution.Found ? SpeechFeature.NoSource : attribution.Source switch
        {
            AttributionSource.After => SpeechFeature.SourceAfterMarks,
            AttributionSource.Before => SpeechFeature.SourceCueBefore,
            AttributionSource.Source => SpeechFeature.SourceAccordingTo,
            AttributionSource.Later => SpeechFeature.SourceCueLater,
            AttributionSource.Inside => SpeechFeature.SourceCueInside,
            AttributionSource.LeadIn => SpeechFeature.SourceLeadIn,
            _ => SpeechFeature.SourceStance,
        });
    }

    /// <summary>"what has been called the “flat model”", "is known as": a naming verb in the passive, with nobody saying it.</summary>
    private static bool PassiveNaming(ParagraphWords words, int first)
    {
        var naming = first - 1;
        if (naming > 0 && words.WordIn(naming, RuleWords.Determiners))
        {
            naming--;
        }

        return naming > 0 && (SpeechLexicon.NamingWords.Contains(words.WordText(naming)) || EntityLexicon.WorkNouns.Contains(words.WordText(naming)))
            && GrammarLexicon.IsBeFormOrSo(words.WordText(naming - 1));
    }

    /// <summary>"the network’s", "the networks’": what is marked after it belongs to what it names (a programme, a book, a slogan).</summary>
    private static bool IsPossessive(ParagraphWords words, int w)
    {
        var word = words.WordText(w);
        if (word.Length > 2 && (word.EndsWith("\u2019s", System.StringComparison.Ordinal) || word.EndsWith("'s", System.StringComparison.Ordinal)))
        {
            return true;
        }

        var after = words[w].End; // a plural's apostrophe is left out of its word
        return word.Length > 1 && word[word.Length - 1] == 's' && after < words.Text.Length && words.Text[after] is '\u2019' or '\'';
    }

    private static void AddIf(bool condition, SpeechFeature feature, List<SpeechFeature> features)
    {
        if (condition)
        {
            features.Add(feature);
        }
    }
}
