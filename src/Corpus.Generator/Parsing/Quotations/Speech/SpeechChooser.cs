using System;
using System.Collections.Generic;
using Corpus.Generator.Parsing.Lexicons;

namespace Corpus.Generator.Parsing.Quotations.Speech;

/// <summary>
/// Decides whether marked words are a quotation by someone or a title, a name, a term or a scare quote: a logistic
/// model over <see cref="SpeechFeatures"/>, speech when the summed weights are above zero. The weights are data
/// (<see cref="SpeechWeights"/>), learned from annotated news by <c>tools/Corpus.Train</c>.
/// </summary>
internal sealed class SpeechChooser
{
    private readonly double[] _weights;

    [ThreadStatic]
    private static List<SpeechFeature>? t_features;

    public SpeechChooser(IEnumerable<(SpeechFeature Feature, double Weight)> weights, Action<SpeechChoice>? observer = null)
    {
        _weights = FeatureWeights.Table(weights);

        Observer = observer;
    }

    /// <summary>The decision with the learned weights, as the generator uses it.</summary>
    public static SpeechChooser Learned { get; } = new(SpeechWeights.Values);

    /// <summary>Receives every decision with its evidence (the training tool); null in the product.</summary>
    public Action<SpeechChoice>? Observer { get; }

    public bool IsSpeech(ParagraphWords words, int spanIndex, Attribution attribution, bool articleUsesDoubleMarks)
    {
        var features = t_features ??= new List<SpeechFeature>();
        SpeechFeatures.Of(words, spanIndex, attribution, articleUsesDoubleMarks, features);
        var score = 0.0;
        foreach (var feature in features)
        {
            score += _weights[(int)feature];
        }

        var speech = score > 0;
        Observer?.Invoke(new SpeechChoice(words.Spans[spanIndex].Words, features.ToArray(), speech));
        return speech;
    }
}
