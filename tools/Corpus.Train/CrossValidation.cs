using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Corpus.Train;

/// <summary>
/// Cross-validation by month: for each month, both models are fitted on the other months and scored end to end on
/// that month (held out) and on the months they were fitted on (fit). The gap between the two measures overfitting.
/// </summary>
internal static class CrossValidation
{
    public sealed record Fold(string Month, int Articles, Dictionary<string, double> HeldOut, Dictionary<string, double> Fit, double ChoiceHeldOut, double ChoiceFit, double StrippedRecallHeldOut, double StrippedRecallFit);

    public static List<Fold> Run(IReadOnlyList<TrainingArticle> articles, IReadOnlyList<SeedScore.Article> gold, ChoiceExamples.Collected examples, IReadOnlyList<ChoiceExample> unmarked, StrippedVariant.Variant stripped, Action<string> log)
    {
        var folds = new List<Fold>();
        foreach (var month in articles.Select(a => a.Month).Distinct().OrderBy(m => m, StringComparer.Ordinal))
        {
            var models = Fit(articles, examples, unmarked, m => m != month);
            var fold = new Fold(
                month,
                articles.Count(a => a.Month == month),
                EndToEnd.Score(articles.Where(a => a.Month == month).ToList(), gold, models),
                EndToEnd.Score(articles.Where(a => a.Month != month).ToList(), gold, models),
                ChoiceAccuracy(examples.Speakers.Where(e => e.Month == month), models.Speakers),
                ChoiceAccuracy(examples.Speakers.Where(e => e.Month != month), models.Speakers),
                EndToEnd.Score(stripped.Articles.Where(a => a.Month == month).ToList(), stripped.Gold, models)["quote_recall_unmarked"],
                EndToEnd.Score(stripped.Articles.Where(a => a.Month != month).ToList(), stripped.Gold, models)["quote_recall_unmarked"]);
            log(Line(fold));
            folds.Add(fold);
        }

        return folds;
    }

    /// <summary>
    /// The three models fitted on the articles the filter keeps. The speaker chooser first: its examples do not depend
    /// on any weights. The speech decision's evidence includes the attribution the chooser finds, so its examples are
    /// collected again with the chooser just fitted: the result never depends on the weights committed before. The
    /// unmarked decision's evidence depends on no weights (<paramref name="unmarked"/>, from the stripped variant).
    /// </summary>
    public static Models Fit(IReadOnlyList<TrainingArticle> articles, ChoiceExamples.Collected examples, IReadOnlyList<ChoiceExample> unmarked, Func<string, bool> keepMonth)
    {
        var speakers = ConditionalLogit.Fit(examples.Speakers.Where(e => keepMonth(e.Month)).ToList(), Models.SpeakerDimension, ConditionalLogit.SpeakerPenalty);
        var kept = articles.Where(a => keepMonth(a.Month)).ToList();
        var speech = ChoiceExamples.Collect(kept, new Models(speakers, Models.Committed.Speech, Models.Committed.Unmarked)).Speech;
        return new Models(speakers, ConditionalLogit.Fit(speech, Models.SpeechDimension, ConditionalLogit.SpeechPenalty), LoneOffset.Fitted(unmarked.Where(e => keepMonth(e.Month)).ToList()));
    }

    /// <summary>The share of labelled decisions whose chosen option is the annotated one.</summary>
    public static double ChoiceAccuracy(IEnumerable<ChoiceExample> examples, double[] weights)
    {
        int total = 0, right = 0;
        foreach (var example in examples)
        {
            if (example.Label < 0)
            {
                continue;
            }

            total++;
            right += ConditionalLogit.Choose(example, weights) == example.Label ? 1 : 0;
        }

        return total == 0 ? 1 : (double)right / total;
    }

    public const string Header = "| month | articles | held-out quote F1 | held-out named speaker | held-out source choice | fit quote F1 | fit named speaker | fit source choice | unmarked found | held-out unmarked recall, stripped variant | fit unmarked recall, stripped variant |";

    public static string Line(Fold f) => string.Format(
        CultureInfo.InvariantCulture,
        "| {0} | {1} | {2:0.000} | {3:0.000} | {4:0.000} | {5:0.000} | {6:0.000} | {7:0.000} | {8:0} | {9:0.000} | {10:0.000} |",
        f.Month, f.Articles, f.HeldOut["quote_f1"], f.HeldOut["speaker_accuracy"], f.ChoiceHeldOut, f.Fit["quote_f1"], f.Fit["speaker_accuracy"], f.ChoiceFit, f.HeldOut["unmarked_found"], f.StrippedRecallHeldOut, f.StrippedRecallFit);
}
