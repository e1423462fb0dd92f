using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing;
using Corpus.Generator.Parsing.Normalization;
using Corpus.Generator.Parsing.Quotations.Sources;
using Corpus.Generator.Parsing.Quotations.Speech;

namespace Corpus.Train;

/// <summary>
/// Runs the generator's parse stage over the training articles and records both decisions with their evidence
/// (the choosers' observers), labelled from the annotation:
/// <list type="bullet">
/// <item>speech: a marked span is speech when it overlaps an annotated quotation and is no scare quote;</item>
/// <item>source: the candidate mention of the annotated source (the one naming the gold speaker, else the first
/// overlapping it); "none" when the annotation gives no source or puts it outside the quotation's paragraph (the
/// quotation then takes the speaker of the one before); left out where no candidate holds the source.</item>
/// </list>
/// </summary>
internal static class ChoiceExamples
{
    private static readonly string[] SpeechOptions = { "speech", "not speech" };

    public sealed record Coverage(int Spans, int Matched, int Labelled, int Uncovered);

    public sealed record Collected(List<ChoiceExample> Speakers, List<ChoiceExample> Speech, Coverage Coverage);

    public static Collected Collect(IReadOnlyList<TrainingArticle> articles, Models models)
    {
        var perArticle = new (List<ChoiceExample> Speakers, List<ChoiceExample> Speech, int[] Counts)[articles.Count];
        Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var sources = new List<SourceChoice>();
            var speech = new List<SpeechChoice>();
            var article = articles[i];
            var model = ArticleParser.Parse(article.Id, article.Id + ".txt", article.Text, models.ToQuotationModels(sources.Add, speech.Add));
            var locator = new SourceLocator(model.Text, model.Source);
            var counts = new int[4];
            perArticle[i] = (LabelSources(article, model, locator, sources, counts), LabelSpeech(article, locator, speech), counts);
        });

        var coverage = new int[4];
        foreach (var (_, _, counts) in perArticle)
        {
            for (var c = 0; c < coverage.Length; c++)
            {
                coverage[c] += counts[c];
            }
        }

        return new Collected(
            perArticle.SelectMany(a => a.Speakers).ToList(),
            perArticle.SelectMany(a => a.Speech).ToList(),
            new Coverage(coverage[0], coverage[1], coverage[2], coverage[3]));
    }

    private static List<ChoiceExample> LabelSpeech(TrainingArticle article, SourceLocator locator, List<SpeechChoice> choices)
    {
        var examples = new List<ChoiceExample>(choices.Count);
        foreach (var choice in choices)
        {
            var range = locator.ToSource(choice.Span);
            // The product's definition overrides the annotation in one place: a name, title, term or scare quote with no
            // verb of saying or thinking in its sentence is nobody's words, though the annotators count the ones
            // inside an attributed passage.
            var scare = Array.IndexOf(choice.Features, SpeechFeature.NamingFormWithoutCue) >= 0;
            var speech = !scare && article.Quotations.Any(g => Overlap(g, range) * 2 >= Math.Min(g.End - g.Start, range.Length));
            var features = Array.ConvertAll(choice.Features, f => (int)f);
            examples.Add(new ChoiceExample(article.Month, new[] { features, Array.Empty<int>() }, speech ? 0 : 1)
            {
                Description = $"{article.Id}: \u201c{Short(locator, choice.Span, article.Text)}\u201d",
                OptionTexts = SpeechOptions,
            });
        }

        return examples;
    }

    private static List<ChoiceExample> LabelSources(TrainingArticle article, ArticleModel model, SourceLocator locator, List<SourceChoice> choices, int[] counts)
    {
        var examples = new List<ChoiceExample>();
        var used = new HashSet<int>();
        foreach (var choice in choices)
        {
            counts[0]++;
            var range = locator.ToSource(choice.Quotation);
            var gold = BestOverlap(article.Quotations, range, used);
            if (gold < 0)
            {
                continue; // a marked span the annotators do not count as a quotation
            }

            used.Add(gold);
            counts[1]++;
            var quotation = article.Quotations[gold];

            // The mention of the annotated source that names the gold speaker ("Senate minority leader Harry Reid" is
            // Reid's); else the one that starts it ("Laurence H. Tribe, professor at Harvard Law School" is Tribe's).
            var label = -1;
            var earliest = int.MaxValue;
            for (var m = 0; m < choice.Mentions.Count; m++)
            {
                var mention = locator.ToSource(choice.Mentions[m]);
                foreach (var (start, end) in quotation.Sources)
                {
                    var overlaps = Math.Min(end, mention.Start + mention.Length) > Math.Max(start, mention.Start);
                    var names = quotation.Speaker is not null && SeedScore.SpeakerLenient(quotation.Speaker, Array.Empty<string>(), choice.Mentions[m].Of(model.Text));
                    var rank = names ? mention.Start - 1_000_000 : mention.Start;
                    if (overlaps && rank < earliest)
                    {
                        (earliest, label) = (rank, m);
                    }
                }
            }

            var options = new int[choice.Features.Count][];
            for (var o = 0; o < options.Length; o++)
            {
                options[o] = Array.ConvertAll(choice.Features[o], f => (int)f);
            }

            if (label < 0 && (quotation.Sources.Count == 0 || OutsideParagraph(model, locator, range, quotation.Sources[0])))
            {
                label = options.Length - 1; // "none": the quotation takes the speaker of the one before, or has none
            }

            counts[label < 0 ? 3 : 2]++;
            var texts = new string[options.Length];
            for (var m = 0; m < choice.Mentions.Count; m++)
            {
                texts[m] = choice.Mentions[m].Of(model.Text);
            }

            texts[options.Length - 1] = "(none)";
            var source = quotation.Sources.Count > 0 ? article.Text[quotation.Sources[0].Start..Math.Max(quotation.Sources[0].Start, quotation.Sources[0].End)] : "(no source)";
            examples.Add(new ChoiceExample(article.Month, options, label)
            {
                Description = $"{article.Id}: \u201c{Short(locator, choice.Quotation, article.Text)}\u201d gold source: {source}",
                OptionTexts = texts,
            });
        }

        return examples;
    }

    private static string Short(SourceLocator locator, TextRange range, string text)
    {
        var source = locator.ToSource(range);
        var words = text.Substring(source.Start, Math.Min(source.Length, 70));
        return source.Length > 70 ? words + "\u2026" : words;
    }

    private static int Overlap(GoldQuotation gold, TextRange range) => Math.Min(gold.End, range.Start + range.Length) - Math.Max(gold.Start, range.Start);

    private static int BestOverlap(IReadOnlyList<GoldQuotation> quotations, TextRange range, HashSet<int> used)
    {
        var best = -1;
        var bestOverlap = 0;
        for (var g = 0; g < quotations.Count; g++)
        {
            var q = quotations[g];
            var overlap = Overlap(q, range);
            if (!used.Contains(g) && overlap > bestOverlap && overlap * 2 >= Math.Min(q.End - q.Start, range.Length))
            {
                (best, bestOverlap) = (g, overlap);
            }
        }

        return best;
    }

    private static bool OutsideParagraph(ArticleModel model, SourceLocator locator, TextRange quotation, (int Start, int End) source)
    {
        foreach (var paragraph in model.Paragraphs)
        {
            var range = locator.ToSource(paragraph.Range);
            if (quotation.Start >= range.Start && quotation.Start < range.Start + range.Length)
            {
                return source.End <= range.Start || source.Start >= range.Start + range.Length;
            }
        }

        return true;
    }
}
