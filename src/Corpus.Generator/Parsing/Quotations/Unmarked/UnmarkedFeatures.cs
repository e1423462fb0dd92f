using System.Collections.Generic;
using Corpus.Generator.Parsing.Lexicons;

namespace Corpus.Generator.Parsing.Quotations.Unmarked;

/// <summary>
/// The evidence of one unmarked candidate (<see cref="UnmarkedFeature"/>): the voice of its words, whether they are a
/// clause or a lead-in, its attribution, where it stands and its length; and the function words it uses
/// (<see cref="GrammarLexicon.FunctionWords"/>, each once, lower case), which the decision weighs one by one.
/// </summary>
internal static class UnmarkedFeatures
{
    public static void Of(ParagraphWords words, UnmarkedCandidate candidate, List<UnmarkedFeature> features, List<string> functionWords)
    {
        features.Clear();
        functionWords.Clear();
        features.Add(UnmarkedFeature.Bias);
        var (from, a) = (candidate.From, candidate.AttributionStart);

        AddIf(UnmarkedEvidence.HasFirstPerson(words, from, a), UnmarkedFeature.FirstPerson, features);
        AddIf(UnmarkedEvidence.HasSecondPerson(words, from, a), UnmarkedFeature.SecondPerson, features);
        AddIf(UnmarkedEvidence.IsQuestion(words, candidate.QuoteStart, a), UnmarkedFeature.Question, features);
        AddIf(UnmarkedEvidence.HasContraction(words, from, a), UnmarkedFeature.Contraction, features);
        AddIf(UnmarkedEvidence.KeepsOwnTense(words, candidate), UnmarkedFeature.OwnTense, features);
        AddIf(UnmarkedEvidence.HasPastTense(words, from, a), UnmarkedFeature.PastTense, features);
        AddIf(UnmarkedEvidence.HasThirdPersonPronoun(words, from, a), UnmarkedFeature.ThirdPersonPronoun, features);
        AddIf(HasDigit(words, from, a), UnmarkedFeature.Number, features);

        var clause = UnmarkedEvidence.ReadsAsClause(words, from, a);
        AddIf(clause, UnmarkedFeature.ReadsAsClause, features);

        // "In an email, Lee said …", "Because of the rain, Lee said …": a phrase that sets the scene, no clause.
        var opening = words.WordText(UnmarkedEvidence.LeadInStart(words, from, a));
        AddIf(!clause && (GrammarLexicon.Prepositions.Contains(opening) || GrammarLexicon.Subordinators.Contains(opening)), UnmarkedFeature.LeadInPhrase, features);
        AddIf(candidate.End < words.SentenceEnd(candidate.Sentence), UnmarkedFeature.MarksAfterAttribution, features);
        AddIf(UnmarkedEvidence.GoesOnInMarks(words, candidate), UnmarkedFeature.GoesOnInMarks, features);
        AddIf(candidate.Sentence + 1 < words.SentenceCount && UnmarkedEvidence.GoesOn(words, candidate.Sentence + 1, true), UnmarkedFeature.GoesOnUnmarked, features);

        AddIf(UnmarkedEvidence.IsAsked(words, candidate.Attribution), UnmarkedFeature.AskedCue, features);
        switch (candidate.Attribution.Speaker.Kind)
        {
            case SpeakerKind.Person:
                features.Add(UnmarkedFeature.SpeakerPerson);
                break;
            case SpeakerKind.Pronoun:
                features.Add(UnmarkedFeature.SpeakerPronoun);
                break;
            case SpeakerKind.Organisation:
                features.Add(UnmarkedFeature.SpeakerOrganisation);
                break;
        }

        AddIf(candidate.ArticleKeepsPlainForm, UnmarkedFeature.PlainFormInMarks, features);

        AddIf(candidate.OpensParagraph, UnmarkedFeature.OpensParagraph, features);
        AddIf(candidate.Sentence == 0, UnmarkedFeature.FirstSentence, features);
        AddIf(candidate.Sentence + 1 == words.SentenceCount, UnmarkedFeature.LastSentence, features);
        features.Add((a - from) switch
        {
            < 8 => UnmarkedFeature.Words3To7,
            < 20 => UnmarkedFeature.Words8To19,
            _ => UnmarkedFeature.Words20Plus,
        });

        for (var w = from; w < a; w++)
        {
            var word = words.WordText(w);
            if (GrammarLexicon.FunctionWords.Contains(word))
            {
                word = word.ToLowerInvariant();
                if (!functionWords.Contains(word))
                {
                    functionWords.Add(word);
                }
            }
        }
    }

    private static bool HasDigit(ParagraphWords words, int from, int to)
    {
        for (var w = from; w < to; w++)
        {
            if (char.IsDigit(words.Text[words[w].Start]))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddIf(bool holds, UnmarkedFeature feature, List<UnmarkedFeature> features)
    {
        if (holds)
        {
            features.Add(feature);
        }
    }
}
