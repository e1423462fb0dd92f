using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Corpus.Generator.Parsing;
using Corpus.Generator.Parsing.Quotations.Sources;
using Corpus.Generator.Parsing.Quotations.Speech;
using Corpus.Generator.Parsing.Quotations.Unmarked;

namespace Corpus.Train;

/// <summary>
/// <c>dotnet run --project tools/Corpus.Train -c Release -- train|cv|score [--data FOLDER]</c>
/// <list type="bullet">
/// <item><c>train</c>: fits both models on every article of the folder and writes the weights files the generator compiles;</item>
/// <item><c>cv</c>: cross-validates by month, one table row per held-out month, then the article-weighted means;</item>
/// <item><c>score</c>: scores the committed weights on the folder;</item>
/// <item><c>errors</c>, <c>audit</c>, <c>explain --article ID</c>: read the choices (for whoever adds a feature).</item>
/// </list>
/// The folder defaults to <c>../shared/eval/polnear/train</c> beside the repository.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var command = args.Length > 0 ? args[0] : "cv";
        var repo = RepoRoot();
        var data = Option(args, "--data") ?? Path.GetFullPath(Path.Combine(repo, "..", "shared", "eval", "polnear", "train"));
        if (!File.Exists(Path.Combine(data, "gold.json")))
        {
            Console.Error.WriteLine($"No labelled folder at {data} (gold.json and seeds/).");
            return 2;
        }

        ConditionalLogit.SpeakerPenalty = double.Parse(Option(args, "--speaker-penalty") ?? "1", CultureInfo.InvariantCulture);
        ConditionalLogit.SpeechPenalty = double.Parse(Option(args, "--speech-penalty") ?? "1", CultureInfo.InvariantCulture);
        ConditionalLogit.UnmarkedPenalty = double.Parse(Option(args, "--unmarked-penalty") ?? "1", CultureInfo.InvariantCulture);
        var (articles, gold) = TrainingSet.Read(data);


        Console.WriteLine($"{articles.Count} articles, {articles.Sum(a => a.Quotations.Count)} gold quotations, {articles.Select(a => a.Month).Distinct().Count()} months");
        var examples = ChoiceExamples.Collect(articles, Models.Committed);
        var needsStripped = command is "train" or "cv" or "errors";
        var stripped = needsStripped ? StrippedVariant.Make(repo, data) : null;
        var unmarked = stripped is not null ? UnmarkedExamples.Collect(stripped.ForTraining, Models.Committed) : new List<ChoiceExample>();
        if (needsStripped)
        {
            Console.WriteLine($"unmarked candidates in the stripped variant: {unmarked.Count}; speech whose marks were stripped: {unmarked.Count(e => e.Label == 0)}");
        }
        var coverage = examples.Coverage;
        Console.WriteLine($"marked spans: {coverage.Spans}; matched to a gold quotation: {coverage.Matched}; source labelled: {coverage.Labelled}; source not among the candidates: {coverage.Uncovered}");

        switch (command)
        {
            case "train":
            {
                var models = CrossValidation.Fit(articles, examples, unmarked, _ => true);
                var trainedOn = $"{articles.Count} articles of {Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(data) + Path.DirectorySeparatorChar))}, {coverage.Labelled} labelled quotations, {examples.Speech.Count} marked spans";
                var lexicons = Path.Combine(repo, "src", "Corpus.Generator", "Parsing", "Lexicons");
                var files = new[]
                {
                    (Path.Combine(lexicons, "SpeakerWeights.cs"), WeightsFile.Write<SourceFeature>(models.Speakers, "SpeakerWeights", "The speaker chooser's weights, learned from PolNeAR's training split (see docs/quotations.md, \"Training\").", trainedOn)),
                    (Path.Combine(lexicons, "SpeechWeights.cs"), WeightsFile.Write<SpeechFeature>(models.Speech, "SpeechWeights", "The speech decision's weights, learned from PolNeAR's training split (see docs/quotations.md, \"Training\").", trainedOn)),
                    (Path.Combine(lexicons, "UnmarkedWeights.cs"), WeightsFile.Write<UnmarkedFeature>(models.Unmarked, "UnmarkedWeights", "The unmarked-speech decision's weights, learned from the stripped variant of PolNeAR's training split (see docs/quotations.md, \"Training\").", trainedOn + $", {unmarked.Count} unmarked candidates of its stripped variant", Models.FunctionWords)),
                };

                if (args.Contains("--check"))
                {
                    // CI: the committed weights are what this training gives, byte for byte.
                    var stale = files.Where(f => !File.Exists(f.Item1) || File.ReadAllText(f.Item1) != f.Item2).Select(f => Path.GetFileName(f.Item1)).ToList();
                    Console.WriteLine(stale.Count == 0 ? "the committed weights are what training gives" : $"the committed weights differ from training: {string.Join(", ", stale)}; run train and commit them");
                    return stale.Count == 0 ? 0 : 1;
                }

                foreach (var (path, text) in files)
                {
                    File.WriteAllText(path, text);
                }

                Console.WriteLine(string.Format(
                    CultureInfo.InvariantCulture,
                    "wrote SpeakerWeights.cs, SpeechWeights.cs and UnmarkedWeights.cs in {0}; on the training set: source choice {1:0.000}, speech decision {2:0.000}, unmarked decision {3:0.000}",
                    lexicons, CrossValidation.ChoiceAccuracy(examples.Speakers, models.Speakers), CrossValidation.ChoiceAccuracy(ChoiceExamples.Collect(articles, models).Speech, models.Speech), CrossValidation.ChoiceAccuracy(unmarked, models.Unmarked)));
                return 0;
            }

            case "cv":
            {
                Console.WriteLine(CrossValidation.Header);
                Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
                var folds = CrossValidation.Run(articles, gold, examples, unmarked, stripped!, Console.WriteLine);
                double Mean(Func<CrossValidation.Fold, double> f) => folds.Sum(x => f(x) * x.Articles) / folds.Sum(x => x.Articles);
                Console.WriteLine(string.Format(
                    CultureInfo.InvariantCulture,
                    "| all (article-weighted mean) | {0} | {1:0.000} | {2:0.000} | {3:0.000} | {4:0.000} | {5:0.000} | {6:0.000} | {7:0} | {8:0.000} | |",
                    articles.Count, Mean(f => f.HeldOut["quote_f1"]), Mean(f => f.HeldOut["speaker_accuracy"]), Mean(f => f.ChoiceHeldOut),
                    Mean(f => f.Fit["quote_f1"]), Mean(f => f.Fit["speaker_accuracy"]), Mean(f => f.ChoiceFit), folds.Sum(f => f.HeldOut["unmarked_found"]),
                    Mean(f => f.StrippedRecallHeldOut)));
                return 0;
            }

            case "score":
            {
                foreach (var (name, value) in EndToEnd.Score(articles, gold, Models.Committed))
                {
                    Console.WriteLine($"{name}: {value.ToString("0.000", CultureInfo.InvariantCulture)}");
                }

                return 0;
            }

            case "errors":
            {
                // Fits on every month but one and prints that month's wrong decisions with their evidence.
                var month = Option(args, "--month") ?? "2016-03";
                var speech = Option(args, "--speech") is not null;
                var unmarkedErrors = args.Contains("--unmarked");
                var models = CrossValidation.Fit(articles, examples, unmarked, m => m != month);
                var (list, weights, names) = unmarkedErrors ? (unmarked, models.Unmarked, Enum.GetNames<UnmarkedFeature>().Concat(Models.FunctionWords.Select(w => "\"" + w + "\"")).ToArray())
                    : speech ? (examples.Speech, models.Speech, Enum.GetNames<SpeechFeature>())
                    : (examples.Speakers, models.Speakers, Enum.GetNames<SourceFeature>());
                foreach (var example in list.Where(e => e.Month == month))
                {
                    var chosen = example.Label < 0 ? -2 : ConditionalLogit.Choose(example, weights);
                    if (chosen == example.Label)
                    {
                        continue;
                    }

                    Console.WriteLine(example.Description);
                    for (var o = 0; o < example.Options.Length; o++)
                    {
                        var mark = o == example.Label ? "GOLD" : o == chosen ? "CHOSE" : "    ";
                        var score = example.Options[o].Sum(f => weights[f]);
                        Console.WriteLine($"   {mark} {score,6:0.00} {example.OptionTexts[o]} [{string.Join(' ', example.Options[o].Select(f => names[f]))}]");
                    }
                }

                return 0;
            }

            case "audit":
            {
                // With the weights fitted on all months: for each quotation the gold names a speaker for, whether the
                // choice was the annotated mention and whether the speaker came out right, with examples of each kind.
                Audit.Limit = int.Parse(Option(args, "--limit") ?? "25", CultureInfo.InvariantCulture);
                Audit.Run(articles, CrossValidation.Fit(articles, examples, new List<ChoiceExample>(), _ => true) with { Unmarked = Models.Committed.Unmarked }, Console.WriteLine);
                return 0;
            }

            case "stats":
            {
                // How often each speech feature holds on spans that are quotations and on spans that are not.
                foreach (var feature in Enum.GetValues<SpeechFeature>())
                {
                    var with = examples.Speech.Where(e => e.Options[0].Contains((int)feature)).ToList();
                    Console.WriteLine($"{feature}: {with.Count(e => e.Label == 0)} speech, {with.Count(e => e.Label == 1)} not");
                }

                return 0;
            }

            case "explain":
                Explain(articles, Option(args, "--article") ?? articles[0].Id);
                return 0;

            default:
                Console.Error.WriteLine("usage: dotnet run --project tools/Corpus.Train -- train|cv|score|errors|audit|explain [--data FOLDER]");
                return 2;
        }
    }

    /// <summary>Every marked span of one article with its options, their scores under the committed weights, and the speaker named.</summary>
    private static void Explain(IReadOnlyList<TrainingArticle> articles, string id)
    {
        var article = articles.First(a => a.Id.StartsWith(id, StringComparison.Ordinal));
        var committed = Models.Committed;
        var choices = new List<SourceChoice>();
        var speech = new List<SpeechChoice>();
        var unmarked = new List<UnmarkedChoice>();
        var model = ArticleParser.Parse(article.Id, article.Id + ".txt", article.Text, committed.ToQuotationModels(choices.Add, speech.Add, unmarked.Add));
        foreach (var choice in choices)
        {
            var quotation = model.Quotations.FirstOrDefault(q => q.Text.Start == choice.Quotation.Start);
            var decision = speech.FirstOrDefault(s => s.Span.Start == choice.Quotation.Start);
            Console.WriteLine($"\u201c{choice.Quotation.Of(model.Text)}\u201d -> {(quotation is null ? "not speech" : quotation.Speaker ?? "(no speaker)")} [{string.Join(' ', decision?.Features ?? Array.Empty<SpeechFeature>())}]");
            for (var o = 0; o < choice.Features.Count; o++)
            {
                var text = o < choice.Mentions.Count ? choice.Mentions[o].Of(model.Text) : "(none)";
                var mark = o == choice.Chosen || (choice.Chosen < 0 && o == choice.Mentions.Count) ? "=>" : "  ";
                Console.WriteLine($"   {mark} {choice.Features[o].Sum(f => committed.Speakers[(int)f]),6:0.00} {text} [{string.Join(' ', choice.Features[o])}]");
            }
        }

        foreach (var choice in unmarked)
        {
            Console.WriteLine($"unmarked candidate {choice.Score,6:0.00}: {choice.Words.Of(model.Text)} [{string.Join(' ', choice.Features)} {string.Join(' ', choice.FunctionWords.Select(w => "\"" + w + "\""))}]");
        }

        foreach (var quotation in model.Quotations.Where(q => !q.Marked))
        {
            Console.WriteLine($"unmarked: {quotation.Text.Of(model.Text)} -> {quotation.Speaker}");
        }
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Corpus.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}
