using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Parsing;
using Corpus.Generator.Parsing.Normalization;
using Corpus.Generator.Parsing.Quotations.Sources;

namespace Corpus.Train;

/// <summary>
/// Sorts the speaker errors on named quotations by where they arise: the choice (another mention was chosen), the
/// resolution (the annotated mention was chosen, its name came out wrong), or no candidate held the source.
/// </summary>
internal static class Audit
{
    /// <summary>How many examples of each kind are printed.</summary>
    public static int Limit { get; set; } = 25;

    public static void Run(IReadOnlyList<TrainingArticle> articles, Models models, Action<string> log)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var samples = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var choices = new List<SourceChoice>();
            var model = ArticleParser.Parse(article.Id, article.Id + ".txt", article.Text, models.ToQuotationModels(choices.Add));
            var locator = new SourceLocator(model.Text, model.Source);
            foreach (var quotation in model.Quotations)
            {
                var range = locator.ToSource(quotation.Text);
                var gold = article.Quotations.FirstOrDefault(g => Math.Min(g.End, range.Start + range.Length) - Math.Max(g.Start, range.Start) > 0);
                if (gold?.Speaker is null)
                {
                    continue;
                }

                var choice = choices.FirstOrDefault(c => c.Quotation.Start == quotation.Text.Start);
                var chosen = choice is null ? "(unmarked)" : choice.Chosen < 0 ? "(none)" : choice.Mentions[choice.Chosen].Of(model.Text);
                var right = SeedScore.SpeakerLenient(gold.Speaker, Array.Empty<string>(), quotation.Speaker);
                var chosenRight = SeedScore.SpeakerLenient(gold.Speaker, Array.Empty<string>(), chosen);
                var kind = right ? "right" : chosenRight ? "resolution" : choice is null ? "unmarked" : choice.Chosen < 0 ? "none chosen" : "choice";
                counts[kind] = counts.TryGetValue(kind, out var n) ? n + 1 : 1;
                if (!right)
                {
                    var list = samples.TryGetValue(kind, out var l) ? l : samples[kind] = new List<string>();
                    var words = quotation.Text.Of(model.Text);
                    list.Add($"{article.Id[..20]} \u201c{(words.Length > 50 ? words[..50] : words)}\u201d gold={gold.Speaker} chosen={chosen} speaker={quotation.Speaker}");
                }
            }
        }

        foreach (var (kind, n) in counts.OrderByDescending(x => x.Value))
        {
            log($"{kind}: {n}");
        }

        foreach (var (kind, list) in samples)
        {
            log($"== {kind}");
            for (var i = 0; i < list.Count; i += Math.Max(1, list.Count / Limit))
            {
                log("  " + list[i]);
            }
        }
    }
}
