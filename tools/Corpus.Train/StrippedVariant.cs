using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Corpus.Train;

/// <summary>
/// What the unmarked decision learns from: the training set as a tool that lost the marks of one form would hand it
/// over (the <c>stripped</c> variant of <c>tests/data/eval/mess.py</c>: the marks removed from quotations that open a
/// paragraph and end ", X said."), where speech whose marks were lost stands beside the reporter's paraphrase in the
/// same form. The variant is made afresh on each run in a temporary folder, so nothing of the training texts is kept.
/// </summary>
internal static class StrippedVariant
{
    /// <summary>Names an article's published text among the variant's articles.</summary>
    private const string PublishedSuffix = "~published";

    /// <summary>One article of the variant: its text and the words of each quotation whose marks were stripped.</summary>
    public sealed record Article(string Id, string Month, string Text, IReadOnlyList<string> Unmarked);

    /// <summary>
    /// The stripped variant as a labelled set (to score end to end) and the articles the decision learns from: the
    /// variant's, and each that lost marks as published.
    /// </summary>
    public sealed record Variant(List<TrainingArticle> Articles, IReadOnlyList<SeedScore.Article> Gold, List<Article> ForTraining);

    public static Variant Make(string repo, string folder)
    {
        var work = Path.Combine(Path.GetTempPath(), "corpus-train-" + Guid.NewGuid().ToString("N"));
        try
        {
            var mess = Path.Combine(repo, "tests", "data", "eval", "mess.py");
            var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { mess, Path.Combine(folder, "seeds"), Path.Combine(folder, "gold.json"), work })
            {
                start.ArgumentList.Add(argument);
            }

            using (var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start"))
            {
                process.StandardOutput.ReadToEnd();
                var error = process.StandardError.ReadToEnd();
                process.WaitForExit();
                if (process.ExitCode != 0)
                {
                    throw new InvalidOperationException("mess.py failed: " + error);
                }
            }

            var stripped = Path.Combine(work, "stripped");
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(stripped, "gold.json")));
            var articles = new List<Article>();
            foreach (var article in json.RootElement.GetProperty("articles").EnumerateArray().OrderBy(a => a.GetProperty("id").GetString(), StringComparer.Ordinal))
            {
                var id = article.GetProperty("id").GetString()!;
                var unmarked = article.GetProperty("quotations").EnumerateArray()
                    .Where(q => q.TryGetProperty("marked", out var marked) && marked.ValueKind == JsonValueKind.False)
                    .Select(q => q.GetProperty("text").GetString()!)
                    .ToList();
                articles.Add(new Article(id, TrainingSet.MonthOf(id), File.ReadAllText(Path.Combine(stripped, "seeds", id + ".txt")), unmarked));
            }

            // Each article that lost marks is also learned from as published, every unmarked candidate of it the
            // reporter's: beside the lost marks, the decision sees the same paraphrase in an article that keeps them.
            var published = articles.Where(a => a.Unmarked.Count > 0)
                .Select(a => new Article(a.Id + PublishedSuffix, a.Month, File.ReadAllText(Path.Combine(folder, "seeds", a.Id + ".txt")), Array.Empty<string>()))
                .ToList();
            var (strippedArticles, strippedGold) = TrainingSet.Read(stripped);
            return new Variant(strippedArticles, strippedGold, articles.Concat(published).ToList());
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }
}
