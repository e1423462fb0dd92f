using System;

namespace Corpus.Generator.Parsing.Quotations.Sources;

/// <summary>
/// The most the features <see cref="SourceFeatures"/> reads from the text around a mention (its name, what stands
/// between it and the quotation, the verb that governs it, their combinations) can add to a candidate's score under
/// a set of weights. A candidate whose own fields (<see cref="SourceFeatures.OfFields"/>) plus this bound stay below
/// a score already reached cannot be chosen, and <see cref="SpeakerChooser"/> does not read its text.
/// </summary>
/// <remarks>
/// A bound, not an estimate: each feature counts with its weight where that is positive, a set of which only one
/// can hold counts with its best, and a part counts nothing only where <see cref="SourceFeatures"/> never adds it
/// (a pronoun has no name features, a mention in another paragraph or inside the marks nothing between, a mention
/// without a cue no verb and no combination). Keep it in step with <see cref="SourceFeatures"/>: a feature added
/// there and missing here could change a choice.
/// </remarks>
internal sealed class TextFeatureBound
{
    private readonly double _name;
    private readonly double _between;
    private readonly double _cueFollows;
    private readonly double _cuePrecedes;
    private readonly double _combinations;
    private readonly double _anyMention;

    public TextFeatureBound(double[] weights)
    {
        double Positive(SourceFeature feature) => Math.Max(0, weights[(int)feature]);

        double Best(params SourceFeature[] oneOf)
        {
            var best = 0.0;
            foreach (var feature in oneOf)
            {
                best = Math.Max(best, weights[(int)feature]);
            }

            return best;
        }

        _name = Positive(SourceFeature.Possessive) + Positive(SourceFeature.SingleCapitalisedWord) + Positive(SourceFeature.OpensSentence)
            + Positive(SourceFeature.DescribedByWordsBefore) + Positive(SourceFeature.DescribesNameAfter) + Positive(SourceFeature.CalendarWord)
            + Positive(SourceFeature.PlaceName) + Positive(SourceFeature.CommonWordAlone) + Positive(SourceFeature.KnownPerson)
            + Positive(SourceFeature.NameInArticleModel) + Positive(SourceFeature.NameTitled);
        _between = Positive(SourceFeature.OtherQuotationBetween) + Positive(SourceFeature.ColonBetween) + Positive(SourceFeature.DashBetween)
            + Positive(SourceFeature.CueBetween) + Positive(SourceFeature.ClauseBreakBetween);

        // The cue beside the mention governs it from one side only.
        _cueFollows = Best(SourceFeature.SpeechVerbFollows, SourceFeature.OtherCueFollows);
        _cuePrecedes = Best(SourceFeature.TellPrecedes, SourceFeature.AskPrecedes, SourceFeature.SpeechVerbPrecedes, SourceFeature.OtherCuePrecedes);
        _combinations = Positive(SourceFeature.SubjectOfCueInSentence) + Positive(SourceFeature.SubjectOfGoverningCue) + Positive(SourceFeature.NamedAfterMarksByInvertedCue)
            + Positive(SourceFeature.InstitutionSubjectOfCue) + Positive(SourceFeature.SubjectOfReportedClause) + Positive(SourceFeature.SubjectOfParticipleCue);

        // What follows the mention is a comma (or ", who") or a verb-like word, not both.
        _anyMention = Positive(SourceFeature.StanceVerbFollows) + Positive(SourceFeature.PrepositionPrecedes)
            + Best(SourceFeature.WhoFollows, SourceFeature.CommaFollows, SourceFeature.VerbLikeWordFollows);
    }

    /// <summary>The most the text features can add to this candidate's score, for a quotation in <paramref name="quotationWords"/>.</summary>
    public double Most(SourceCandidate candidate, ParagraphWords quotationWords)
    {
        var most = _anyMention;
        if (candidate.Phrase.Kind != SpeakerKind.Pronoun)
        {
            most += _name;
        }

        if (candidate.Words == quotationWords && candidate.Place != CandidatePlace.InsideMarks)
        {
            most += _between;
        }

        if (candidate.CueFirst >= 0)
        {
            most += (candidate.CueFirst >= candidate.Phrase.End ? _cueFollows : _cuePrecedes) + _combinations;
        }

        return most;
    }
}
