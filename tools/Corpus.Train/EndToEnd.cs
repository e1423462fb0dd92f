using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Corpus.Generator.Parsing;

namespace Corpus.Train;

/// <summary>
/// Parses articles with given weights and scores the quotations as <c>score.py</c> does (<see cref="SeedScore"/>):
/// what a user of the generator would measure on these articles with these weights.
/// </summary>
internal static class EndToEnd
{
    public static Dictionary<string, double> Score(IReadOnlyList<TrainingArticle> articles, IReadOnlyList<SeedScore.Article> gold, Models models)
    {
        var quotationModels = models.ToQuotationModels();
        var predicted = new SeedScore.Article[articles.Count];
        Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var article = articles[i];
            var model = ArticleParser.Parse(article.Id, article.Id + ".txt", article.Text, quotationModels);
            var quotations = model.Quotations.Select(q => new SeedScore.Quotation(q.Text.Of(model.Text), q.Speaker, Array.Empty<string>(), q.Marked)).ToList();
            predicted[i] = new SeedScore.Article(article.Id, null, null, null, null, Array.Empty<SeedScore.Paragraph>(), quotations);
        });

        var ids = new HashSet<string>(articles.Select(a => a.Id), StringComparer.Ordinal);
        var goldHere = gold.Where(a => ids.Contains(a.Id)).Select(a => a with { Structure = false, Date = null, Headline = null }).ToList();
        var scores = SeedScore.Score(goldHere, predicted);
        scores["unmarked_found"] = predicted.Sum(a => a.Quotations.Count(q => !q.Marked));
        return scores;
    }
}
