using System;
using System.Collections.Generic;
using Corpus.Generator.Parsing.Lexicons;

namespace Corpus.Generator.Parsing.Quotations.Unmarked;

/// <summary>
/// Decides whether unmarked words before an attribution, in an article that marks its speech, are a quotation whose
/// marks were lost or the reporter's paraphrase: a logistic model over <see cref="UnmarkedFeatures"/> and the function
/// words the candidate uses (the spoken register against the reporter's written one), speech when
/// the summed weights are above zero; the one candidate of its article taken for speech must also stand alone
/// (<see cref="UnmarkedFeature.AloneInArticle"/>). The weights are data (<see cref="UnmarkedWeights"/>), learned by
/// <c>tools/Corpus.Train</c> from the stripped variant of annotated news.
/// </summary>
internal sealed class UnmarkedChooser
{
    private readonly double[] _weights;
    private readonly Dictionary<string, double> _wordWeights;

    [ThreadStatic]
    private static List<UnmarkedFeature>? t_features;

    [ThreadStatic]
    private static List<string>? t_words;

    public UnmarkedChooser(IEnumerable<(UnmarkedFeature Feature, double Weight)> weights, IEnumerable<(string Word, double Weight)> wordWeights, Action<UnmarkedChoice>? observer = null)
    {
        _weights = FeatureWeights.Table(weights);
        _wordWeights = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, weight) in wordWeights)
        {
            _wordWeights[word] = weight;
        }

        Observer = observer;
    }

    /// <summary>The decision with the learned weights, as the generator uses it.</summary>
    public static UnmarkedChooser Learned { get; } = new(UnmarkedWeights.Values, UnmarkedWeights.FunctionWords);

    /// <summary>Receives every decision with its evidence (the training tool); null in the product.</summary>
    public Action<UnmarkedChoice>? Observer { get; }

    /// <summary>The summed weights of the candidate's evidence: speech when above zero.</summary>
    public double Score(ParagraphWords words, UnmarkedCandidate candidate)
    {
        var features = t_features ??= new List<UnmarkedFeature>();
        var functionWords = t_words ??= new List<string>();
        UnmarkedFeatures.Of(words, candidate, features, functionWords);
        var score = 0.0;
        foreach (var feature in features)
        {
            score += _weights[(int)feature];
        }

        foreach (var word in functionWords)
        {
            score += _wordWeights.TryGetValue(word, out var weight) ? weight : 0;
        }

        Observer?.Invoke(new UnmarkedChoice(words.Words(candidate.QuoteStart, candidate.AttributionStart), features.ToArray(), functionWords.ToArray(), score));
        return score;
    }

    /// <summary>Whether the one candidate of its article taken for speech (at <paramref name="score"/>) stands alone.</summary>
    public bool StandsAlone(double score) => score + _weights[(int)UnmarkedFeature.AloneInArticle] > 0;
}
