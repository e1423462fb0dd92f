using System;
using System.Collections.Generic;
using System.Globalization;

namespace Corpus.Generator.Parsing.Quotations;

/// <summary>
/// The weights of a learned linear model as a table indexed by feature, built from the (feature, weight) pairs of a
/// weights file (<see cref="Lexicons.SpeakerWeights"/>, <see cref="Lexicons.SpeechWeights"/>); a feature the file
/// does not name weighs zero.
/// </summary>
internal static class FeatureWeights
{
    public static double[] Table<TFeature>(IEnumerable<(TFeature Feature, double Weight)> weights)
        where TFeature : struct, Enum
    {
        var table = new double[Enum.GetValues(typeof(TFeature)).Length];
        foreach (var (feature, weight) in weights)
        {
            table[Convert.ToInt32(feature, CultureInfo.InvariantCulture)] = weight;
        }

        return table;
    }
}
