using System;
using System.Collections.Generic;
using Corpus.Generator.Parsing.Lexicons;

namespace Corpus.Generator.Parsing.Quotations.Sources;

/// <summary>
/// Chooses a marked quotation's source among its candidates (<see cref="SourceCandidates"/>), or none: a log-linear
/// model, each option scored by the sum of its features' weights (<see cref="SourceFeatures"/>), the highest
/// winning. The weights are data (<see cref="SpeakerWeights"/>), learned from annotated news by
/// <c>tools/Corpus.Train</c>; this is the one place a source is chosen.
/// </summary>
internal sealed class SpeakerChooser
{
    private readonly double[] _weights;

    [ThreadStatic]
    private static List<SourceFeature>? t_features;

    // The candidates of the span being chosen for, kept per thread: a list a quotation was garbage.
    [ThreadStatic]
    private static List<SourceCandidate>? t_candidates;

    // Each candidate's bound (see Best), kept per thread as the candidates are.
    [ThreadStatic]
    private static List<double>? t_bounds;

    private readonly TextFeatureBound _textBound;

    public SpeakerChooser(IEnumerable<(SourceFeature Feature, double Weight)> weights, Action<SourceChoice>? observer = null)
    {
        _weights = FeatureWeights.Table(weights);
        _textBound = new TextFeatureBound(_weights);

        Observer = observer;
    }

    /// <summary>The chooser with the learned weights, as the generator uses it.</summary>
    public static SpeakerChooser Learned { get; } = new(SpeakerWeights.Values);

    /// <summary>Receives every choice with its evidence (the training tool); null in the product.</summary>
    public Action<SourceChoice>? Observer { get; }

    public Attribution Choose(ParagraphWords words, int spanIndex, ParagraphWords? previousParagraph, ArticleNames names)
    {
        var candidates = t_candidates ??= new List<SourceCandidate>();
        SourceCandidates.For(words, spanIndex, previousParagraph, names, candidates);
        var features = t_features ??= new List<SourceFeature>();
        SourceFeatures.OfNone(words, spanIndex, previousParagraph, features);
        var noneScore = Score(features);
        var best = Observer is null
            ? Best(candidates, words, spanIndex, names, features, noneScore)
            : ScoreAll(candidates, words, spanIndex, names, features, noneScore);
        var chosen = best < 0 ? Attribution.None : candidates[best].ToAttribution(candidates[best].Words != words);
        candidates.Clear(); // the kept list holds no paragraph past its choice
        return chosen;
    }

    /// <summary>
    /// The index of the highest-scoring candidate (the first of equals), or -1 when none scores above the "none"
    /// option. Each candidate is bounded first by its own fields and the most its text could add
    /// (<see cref="TextFeatureBound"/>); the most promising is scored first, and a candidate whose bound stays below
    /// the best score so far is not scored at all, as it could not be chosen: the choice of <see cref="ScoreAll"/>,
    /// with about half the candidates' text unread.
    /// </summary>
    private int Best(List<SourceCandidate> candidates, ParagraphWords words, int spanIndex, ArticleNames names, List<SourceFeature> features, double noneScore)
    {
        var bounds = t_bounds ??= new List<double>();
        bounds.Clear();
        var promising = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            SourceFeatures.OfFields(candidates[i], features);
            bounds.Add(Score(features) + _textBound.Most(candidates[i], words));
            if (promising < 0 || bounds[i] > bounds[promising])
            {
                promising = i;
            }
        }

        var best = -1;
        var bestScore = noneScore;
        for (var k = -1; k < candidates.Count; k++)
        {
            var i = k < 0 ? promising : k; // the most promising, then the others in order
            if (i < 0 || (k >= 0 && i == promising) || bounds[i] < bestScore - BoundMargin)
            {
                continue;
            }

            SourceFeatures.Of(candidates[i], words, spanIndex, names, features);
            var score = Score(features);
            if (score > bestScore || (score == bestScore && best > i))
            {
                best = i;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>
    /// Room for rounding: a bound sums the same weights as a score in another order. Far below any difference of
    /// weights, far above the rounding of a few dozen sums.
    /// </summary>
    private const double BoundMargin = 1e-9;

    /// <summary>Scores every candidate and hands each one's features to the observer (the training tool learns from all of them).</summary>
    private int ScoreAll(List<SourceCandidate> candidates, ParagraphWords words, int spanIndex, ArticleNames names, List<SourceFeature> features, double noneScore)
    {
        var recorded = new List<SourceFeature[]>(candidates.Count + 1) { features.ToArray() };
        var best = -1;
        var bestScore = noneScore;
        for (var i = 0; i < candidates.Count; i++)
        {
            SourceFeatures.Of(candidates[i], words, spanIndex, names, features);
            var score = Score(features);
            recorded.Add(features.ToArray());
            if (score > bestScore)
            {
                best = i;
                bestScore = score;
            }
        }

        var mentions = new List<Model.TextRange>(candidates.Count);
        foreach (var candidate in candidates)
        {
            mentions.Add(candidate.Words.Words(candidate.Phrase.First, candidate.Phrase.End));
        }

        // The none option's features go last, after the candidates' (the order SourceChoice documents).
        recorded.Add(recorded[0]);
        recorded.RemoveAt(0);
        Observer!(new SourceChoice(words.Spans[spanIndex].Words, mentions, recorded, best));
        return best;
    }

    private double Score(List<SourceFeature> features)
    {
        var score = 0.0;
        foreach (var feature in features)
        {
            score += _weights[(int)feature];
        }

        return score;
    }
}
