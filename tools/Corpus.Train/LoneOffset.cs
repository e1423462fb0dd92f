using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Parsing.Quotations.Unmarked;

namespace Corpus.Train;

/// <summary>
/// Fits the unmarked decision in its two steps: the weights of the candidates' evidence (a logistic model,
/// <see cref="ConditionalLogit"/>), then <see cref="UnmarkedFeature.AloneInArticle"/>, the offset added to the score of
/// the one candidate of an article those weights take for speech: a logistic model of one weight over those
/// candidates, their first-step scores fixed, with the same L2 penalty, by Newton's method.
/// </summary>
internal static class LoneOffset
{
    public static double[] Fitted(IReadOnlyList<ChoiceExample> examples)
    {
        var weights = ConditionalLogit.Fit(examples, Models.UnmarkedDimension, ConditionalLogit.UnmarkedPenalty);
        var alone = new List<(double Score, bool Speech)>();
        foreach (var article in examples.GroupBy(e => e.Article, StringComparer.Ordinal))
        {
            var taken = article.Select(e => (Score: e.Options[0].Sum(f => WeightsFile.Rounded(weights[f])), Speech: e.Label == 0)).Where(c => c.Score > 0).ToList();
            if (taken.Count == 1)
            {
                alone.Add(taken[0]);
            }
        }

        weights[(int)UnmarkedFeature.AloneInArticle] = Fit(alone);
        return weights;
    }

    private static double Fit(List<(double Score, bool Speech)> candidates)
    {
        var offset = 0.0;
        for (var step = 0; step < 50; step++)
        {
            double gradient = ConditionalLogit.UnmarkedPenalty * offset, curvature = ConditionalLogit.UnmarkedPenalty;
            foreach (var (score, speech) in candidates)
            {
                var p = 1 / (1 + Math.Exp(-(score + offset)));
                gradient += p - (speech ? 1 : 0);
                curvature += p * (1 - p);
            }

            var change = gradient / curvature;
            offset -= change;
            if (Math.Abs(change) < 1e-12)
            {
                break;
            }
        }

        return offset;
    }
}
