using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Corpus.Generator.Parsing;
using Corpus.Generator.Parsing.Quotations.Unmarked;

namespace Corpus.Train;

/// <summary>
/// Runs the parse stage over the stripped variant and records every unmarked candidate the unmarked decision sees,
/// labelled speech when its words are (part of) a quotation whose marks were stripped, else the reporter's.
/// </summary>
internal static class UnmarkedExamples
{
    private static readonly string[] Options = { "speech", "the reporter's" };

    public static List<ChoiceExample> Collect(IReadOnlyList<StrippedVariant.Article> articles, Models models)
    {
        var perArticle = new List<ChoiceExample>[articles.Count];
        Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var article = articles[i];
            var choices = new List<UnmarkedChoice>();
            var model = ArticleParser.Parse(article.Id, article.Id + ".txt", article.Text, models.ToQuotationModels(unmarked: choices.Add));
            var gold = article.Unmarked.Select(Letters).ToList();
            perArticle[i] = choices.Select(choice =>
            {
                var words = choice.Words.Of(model.Text);
                var letters = Letters(words);
                var speech = letters.Length > 0 && gold.Any(g => g.Contains(letters, StringComparison.Ordinal) || letters.Contains(g, StringComparison.Ordinal));
                return new ChoiceExample(article.Month, new[] { choice.Features.Select(f => (int)f).Concat(choice.FunctionWords.Select(Models.FunctionWordFeature)).ToArray(), Array.Empty<int>() }, speech ? 0 : 1)
                {
                    Description = $"{article.Id}: {words}",
                    Article = article.Id,
                    OptionTexts = Options,
                };
            }).ToList();
        });

        return perArticle.SelectMany(e => e).ToList();
    }

    /// <summary>The letters and digits of a text, lower-cased: the stripped gold and the parse may differ in spaces, marks and dashes.</summary>
    private static string Letters(string text)
    {
        var letters = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters.Append(char.ToLowerInvariant(c));
            }
        }

        return letters.ToString();
    }
}
