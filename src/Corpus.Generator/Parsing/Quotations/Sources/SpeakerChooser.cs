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

    public SpeakerChooser(IEnumerable<(SourceFeature Feature, double Weight)> weights, Action<SourceChoice>? observer = null)
    {
        _weights = FeatureWeights.Table(weights);

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
        var recorded = Observer is null ? null : new List<SourceFeature[]>(candidates.Count + 1);

        SourceFeatures.OfNone(words, spanIndex, previousParagraph, features);
        var best = -1;
        var bestScore = Score(features);
        recorded?.Add(features.ToArray());
        for (var i = 0; i < candidates.Count; i++)
        {
            SourceFeatures.Of(candidates[i], words, spanIndex, names, features);
            var score = Score(features);
            recorded?.Add(features.ToArray());
            if (score > bestScore)
            {
                best = i;
                bestScore = score;
            }
        }

        if (Observer is not null && recorded is not null)
        {
            var mentions = new List<Model.TextRange>(candidates.Count);
            foreach (var candidate in candidates)
            {
                mentions.Add(candidate.Words.Words(candidate.Phrase.First, candidate.Phrase.End));
            }

            // The none option's features go last, after the candidates' (the order SourceChoice documents).
            recorded.Add(recorded[0]);
            recorded.RemoveAt(0);
            Observer(new SourceChoice(words.Spans[spanIndex].Words, mentions, recorded, best));
        }

        var chosen = best < 0 ? Attribution.None : candidates[best].ToAttribution(candidates[best].Words != words);
        candidates.Clear(); // the kept list holds no paragraph past its choice
        return chosen;
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
