using System;
using System.Linq;
using Corpus.Generator.Parsing.Lexicons;
using Corpus.Generator.Parsing.Quotations.Sources;
using Corpus.Generator.Parsing.Quotations.Speech;

namespace Corpus.Train;

/// <summary>Weights for both learned decisions, as arrays indexed by their feature enums.</summary>
internal sealed record Models(double[] Speakers, double[] Speech)
{
    public static int SpeakerDimension => Enum.GetValues<SourceFeature>().Length;

    public static int SpeechDimension => Enum.GetValues<SpeechFeature>().Length;

    /// <summary>The weights the generator compiles today.</summary>
    public static Models Committed => new(Array(SpeakerWeights.Values, SpeakerDimension), Array(SpeechWeights.Values, SpeechDimension));

    /// <summary>The generator's models with these weights (rounded as the weights file writes them) and the given observers.</summary>
    public Corpus.Generator.Parsing.Quotations.QuotationModels ToQuotationModels(Action<SourceChoice>? speakers = null, Action<SpeechChoice>? speech = null) => new(
        new SpeechChooser(Enumerable.Range(0, Speech.Length).Select(i => ((SpeechFeature)i, WeightsFile.Rounded(Speech[i]))), speech),
        new SpeakerChooser(Enumerable.Range(0, Speakers.Length).Select(i => ((SourceFeature)i, WeightsFile.Rounded(Speakers[i]))), speakers));

    private static double[] Array<T>((T Feature, double Weight)[] values, int dimension)
        where T : Enum
    {
        var weights = new double[dimension];
        foreach (var (feature, weight) in values)
        {
            weights[Convert.ToInt32(feature, System.Globalization.CultureInfo.InvariantCulture)] = weight;
        }

        return weights;
    }
}
