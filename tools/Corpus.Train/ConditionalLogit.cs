using System;
using System.Collections.Generic;

namespace Corpus.Train;

/// <summary>
/// Fits the chooser's weights: a conditional logit (each quotation's options compete through a softmax of their
/// summed feature weights) with an L2 penalty, by Newton's method. The problem is convex and small (a few dozen
/// weights), so Newton converges in a few steps to the one optimum, and the examples are summed in a fixed order:
/// the same examples give the same weights on every run.
/// </summary>
internal static class ConditionalLogit
{
    /// <summary>
    /// The L2 penalty of each model (<c>--speaker-penalty</c>, <c>--speech-penalty</c>, <c>--unmarked-penalty</c>);
    /// docs/quotations.md gives what other values measured held out.
    /// </summary>
    public static double SpeakerPenalty { get; set; } = 1.0;

    public static double SpeechPenalty { get; set; } = 1.0;

    public static double UnmarkedPenalty { get; set; } = 1.0;

    private const int MaxSteps = 100;

    public static double[] Fit(IReadOnlyList<ChoiceExample> examples, int dimension, double penalty)
    {
        var weights = new double[dimension];
        var loss = Loss(examples, weights, penalty);
        for (var step = 0; step < MaxSteps; step++)
        {
            var (gradient, hessian) = Derivatives(examples, weights, penalty);
            var direction = Solve(hessian, gradient);
            var scale = 1.0;
            double[] next;
            double nextLoss;
            do
            {
                next = new double[dimension];
                for (var d = 0; d < dimension; d++)
                {
                    next[d] = weights[d] - (scale * direction[d]);
                }

                nextLoss = Loss(examples, next, penalty);
                scale /= 2;
            }
            while (nextLoss > loss && scale > 1e-6);

            var change = Math.Abs(loss - nextLoss);
            if (nextLoss > loss)
            {
                break;
            }

            weights = next;
            loss = nextLoss;
            if (change < 1e-9)
            {
                break;
            }
        }

        return weights;
    }

    /// <summary>The option the weights choose: the highest score, "none" (last) on a tie with it, else the first.</summary>
    public static int Choose(ChoiceExample example, double[] weights)
    {
        var none = example.NoneOption;
        var best = none;
        var bestScore = Score(example.Options[none], weights);
        for (var o = 0; o < none; o++)
        {
            var score = Score(example.Options[o], weights);
            if (score > bestScore)
            {
                (best, bestScore) = (o, score);
            }
        }

        return best;
    }

    private static double Score(int[] features, double[] weights)
    {
        var score = 0.0;
        foreach (var feature in features)
        {
            score += weights[feature];
        }

        return score;
    }

    private static double Loss(IReadOnlyList<ChoiceExample> examples, double[] weights, double penalty)
    {
        var loss = 0.0;
        foreach (var example in examples)
        {
            if (example.Label < 0)
            {
                continue;
            }

            var max = double.NegativeInfinity;
            var scores = new double[example.Options.Length];
            for (var o = 0; o < scores.Length; o++)
            {
                scores[o] = Score(example.Options[o], weights);
                max = Math.Max(max, scores[o]);
            }

            var sum = 0.0;
            foreach (var score in scores)
            {
                sum += Math.Exp(score - max);
            }

            loss += max + Math.Log(sum) - scores[example.Label];
        }

        foreach (var weight in weights)
        {
            loss += penalty * weight * weight / 2;
        }

        return loss;
    }

    private static (double[] Gradient, double[,] Hessian) Derivatives(IReadOnlyList<ChoiceExample> examples, double[] weights, double penalty)
    {
        var dimension = weights.Length;
        var gradient = new double[dimension];
        var hessian = new double[dimension, dimension];
        foreach (var example in examples)
        {
            if (example.Label < 0)
            {
                continue;
            }

            var options = example.Options;
            var probabilities = new double[options.Length];
            var max = double.NegativeInfinity;
            for (var o = 0; o < options.Length; o++)
            {
                probabilities[o] = Score(options[o], weights);
                max = Math.Max(max, probabilities[o]);
            }

            var sum = 0.0;
            for (var o = 0; o < options.Length; o++)
            {
                probabilities[o] = Math.Exp(probabilities[o] - max);
                sum += probabilities[o];
            }

            var mean = new double[dimension];
            for (var o = 0; o < options.Length; o++)
            {
                probabilities[o] /= sum;
                foreach (var feature in options[o])
                {
                    mean[feature] += probabilities[o];
                }
            }

            for (var d = 0; d < dimension; d++)
            {
                gradient[d] += mean[d];
            }

            foreach (var feature in options[example.Label])
            {
                gradient[feature] -= 1;
            }

            // Hessian: the covariance of the features under the option probabilities.
            for (var o = 0; o < options.Length; o++)
            {
                foreach (var a in options[o])
                {
                    foreach (var b in options[o])
                    {
                        hessian[a, b] += probabilities[o];
                    }
                }
            }

            for (var a = 0; a < dimension; a++)
            {
                if (mean[a] == 0)
                {
                    continue;
                }

                for (var b = 0; b < dimension; b++)
                {
                    hessian[a, b] -= mean[a] * mean[b];
                }
            }
        }

        for (var d = 0; d < dimension; d++)
        {
            gradient[d] += penalty * weights[d];
            hessian[d, d] += penalty;
        }

        return (gradient, hessian);
    }

    /// <summary>Solves H x = g by Cholesky (H is symmetric positive definite thanks to the penalty).</summary>
    private static double[] Solve(double[,] h, double[] g)
    {
        var n = g.Length;
        var l = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = h[i, j];
                for (var k = 0; k < j; k++)
                {
                    sum -= l[i, k] * l[j, k];
                }

                l[i, j] = i == j ? Math.Sqrt(Math.Max(sum, 1e-12)) : sum / l[j, j];
            }
        }

        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sum = g[i];
            for (var k = 0; k < i; k++)
            {
                sum -= l[i, k] * y[k];
            }

            y[i] = sum / l[i, i];
        }

        var x = new double[n];
        for (var i = n - 1; i >= 0; i--)
        {
            var sum = y[i];
            for (var k = i + 1; k < n; k++)
            {
                sum -= l[k, i] * x[k];
            }

            x[i] = sum / l[i, i];
        }

        return x;
    }
}
