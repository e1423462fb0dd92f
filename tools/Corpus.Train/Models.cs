using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Parsing.Lexicons;
using Corpus.Generator.Parsing.Quotations.Sources;
using Corpus.Generator.Parsing.Quotations.Speech;
using Corpus.Generator.Parsing.Quotations.Unmarked;

namespace Corpus.Train;

/// <summary>Weights for the three learned decisions, as arrays indexed by their feature enums.</summary>
internal sealed record Models(double[] Speakers, double[] Speech, double[] Unmarked)
{
    public static int SpeakerDimension => Enum.GetValues<SourceFeature>().Length;

    public static int SpeechDimension => Enum.GetValues<SpeechFeature>().Length;

    /// <summary>The unmarked decision's features, then one weight for each function word (<see cref="FunctionWords"/>).</summary>
    public static int UnmarkedDimension => Enum.GetValues<UnmarkedFeature>().Length + FunctionWords.Count;

    /// <summary>The function words the unmarked decision weighs, in the order of its weights after its features.</summary>
    public static IReadOnlyList<string> FunctionWords { get; } = GrammarLexicon.FunctionWords.Select(w => w.ToLowerInvariant()).Distinct().OrderBy(w => w, StringComparer.Ordinal).ToList();

    /// <summary>The weight index of a function word the unmarked decision saw.</summary>
    public static int FunctionWordFeature(string word) => Enum.GetValues<UnmarkedFeature>().Length + IndexOf(word);

    private static int IndexOf(string word)
    {
        for (var i = 0; i < FunctionWords.Count; i++)
        {
            if (FunctionWords[i] == word)
            {
                return i;
            }
        }

        throw new ArgumentException("not a function word: " + word);
    }

    /// <summary>The weights the generator compiles today.</summary>
    public static Models Committed => new(Array(SpeakerWeights.Values, SpeakerDimension), Array(SpeechWeights.Values, SpeechDimension), UnmarkedArray());

    /// <summary>The generator's models with these weights (rounded as the weights file writes them) and the given observers.</summary>
    public Corpus.Generator.Parsing.Quotations.QuotationModels ToQuotationModels(Action<SourceChoice>? speakers = null, Action<SpeechChoice>? speech = null, Action<UnmarkedChoice>? unmarked = null) => new(
        new SpeechChooser(Enumerable.Range(0, Speech.Length).Select(i => ((SpeechFeature)i, WeightsFile.Rounded(Speech[i]))), speech),
        new SpeakerChooser(Enumerable.Range(0, Speakers.Length).Select(i => ((SourceFeature)i, WeightsFile.Rounded(Speakers[i]))), speakers),
        new UnmarkedChooser(
            Enum.GetValues<UnmarkedFeature>().Select(f => (f, WeightsFile.Rounded(Unmarked[(int)f]))),
            FunctionWords.Select(w => (w, WeightsFile.Rounded(Unmarked[FunctionWordFeature(w)]))),
            unmarked));

    private static double[] UnmarkedArray()
    {
        var weights = Array(UnmarkedWeights.Values, UnmarkedDimension);
        foreach (var (word, weight) in UnmarkedWeights.FunctionWords)
        {
            weights[FunctionWordFeature(word)] = weight;
        }

        return weights;
    }

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
