using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Corpus.Train;

/// <summary>
/// A port of <c>shared/eval/score.py</c> (the scorer the product is measured with): the same token F1, the same
/// greedy one-to-one quotation matching, the same lenient and strict speaker rules, the same `speaker_scored` and
/// `structure` flags. Keep the two in step. Compiled into the training tool and, as a linked file, into the tests.
/// </summary>
public static class SeedScore
{
    public sealed record Quotation(string Text, string? Speaker, IReadOnlyList<string> Aliases, bool Marked)
    {
        /// <summary>False where the gold names no one to compare (a pronoun or a description as the source): counted for detection only.</summary>
        public bool SpeakerScored { get; init; } = true;
    }

    public sealed record Paragraph(string Kind, string Text);

    public sealed record Article(string Id, string? Date, string? Headline, string? Dateline, string? Agency, IReadOnlyList<Paragraph> Paragraphs, IReadOnlyList<Quotation> Quotations)
    {
        /// <summary>False where the gold labels only the date and the headline (no dateline, agency or paragraph kinds).</summary>
        public bool Structure { get; init; } = true;
    }

    private const double QuoteMatchF1 = 0.8;
    private const double ParagraphMatch = 0.8;

    private static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "president", "secretary", "minister", "spokesman", "spokeswoman", "spokesperson", "the", "us", "u", "s", "of",
        "state", "foreign", "chief", "senior", "top",
    };

    private static readonly Regex Token = new("[a-z0-9]+", RegexOptions.CultureInvariant);

    public static IReadOnlyList<Article> ReadGold(IEnumerable<JsonElement> articles) => articles.Select(a => new Article(
        a.GetProperty("id").GetString()!,
        Optional(a, "date"),
        Optional(a, "headline"),
        Optional(a, "dateline"),
        Optional(a, "agency"),
        a.GetProperty("paragraphs").EnumerateArray().Select(p => new Paragraph(p.GetProperty("kind").GetString()!, p.GetProperty("text").GetString()!)).ToList(),
        a.GetProperty("quotations").EnumerateArray().Select(q => new Quotation(
            q.GetProperty("text").GetString()!,
            Optional(q, "speaker"),
            q.TryGetProperty("speaker_aliases", out var aliases) ? aliases.EnumerateArray().Select(x => x.GetString()!).ToList() : new List<string>(),
            !q.TryGetProperty("marked", out var marked) || marked.GetBoolean())
        {
            SpeakerScored = !q.TryGetProperty("speaker_scored", out var scored) || scored.GetBoolean(),
        }).ToList())
    {
        Structure = !a.TryGetProperty("structure", out var structure) || structure.GetBoolean(),
    }).ToList();

    public static Dictionary<string, double> Score(IReadOnlyList<Article> gold, IReadOnlyList<Article> predicted)
    {
        var byId = predicted.ToDictionary(a => a.Id, StringComparer.Ordinal);
        int gq = 0, pq = 0, mq = 0, gMarked = 0, mMarked = 0, gUnmarked = 0, mUnmarked = 0, speakers = 0, lenient = 0, strict = 0;
        int metaTotal = 0, metaOk = 0, gp = 0, pp = 0, mp = 0;
        foreach (var g in gold)
        {
            var p = byId.TryGetValue(g.Id, out var found) ? found : new Article(g.Id, null, null, null, null, Array.Empty<Paragraph>(), Array.Empty<Quotation>());
            var matched = Match(g.Quotations, p.Quotations);
            gq += g.Quotations.Count;
            pq += p.Quotations.Count;
            mq += matched.Count;
            gMarked += g.Quotations.Count(q => q.Marked);
            gUnmarked += g.Quotations.Count(q => !q.Marked);
            foreach (var (i, j) in matched)
            {
                var (gold1, pred1) = (g.Quotations[i], p.Quotations[j]);
                if (gold1.Marked)
                {
                    mMarked++;
                }
                else
                {
                    mUnmarked++;
                }

                if (!gold1.SpeakerScored)
                {
                    continue; // kept for quotation detection; the gold records no name to compare
                }

                speakers++;
                lenient += SpeakerLenient(gold1.Speaker, gold1.Aliases, pred1.Speaker) ? 1 : 0;
                strict += SpeakerStrict(gold1.Speaker, pred1.Speaker) ? 1 : 0;
            }

            var fields = g.Structure ? new[] { (g.Date, p.Date), (g.Headline, p.Headline), (g.Dateline, p.Dateline), (g.Agency, p.Agency) } : new[] { (g.Date, p.Date), (g.Headline, p.Headline) };
            foreach (var (gv, pv) in fields)
            {
                metaTotal++;
                if ((gv is null && pv is null) || (gv is not null && pv is not null && Norm(gv).Trim() == Norm(pv).Trim()))
                {
                    metaOk++;
                }
            }

            var goldKinds = g.Structure ? g.Paragraphs.Where(x => x.Kind != "body").ToList() : new List<Paragraph>();
            var predKinds = g.Structure ? p.Paragraphs.Where(x => x.Kind != "body").ToList() : new List<Paragraph>();
            gp += goldKinds.Count;
            pp += predKinds.Count;
            var used = new HashSet<int>();
            foreach (var paragraph in goldKinds)
            {
                var (best, bestJ) = (0.0, -1);
                for (var j = 0; j < predKinds.Count; j++)
                {
                    if (used.Contains(j) || predKinds[j].Kind != paragraph.Kind)
                    {
                        continue;
                    }

                    var s = F1(paragraph.Text, predKinds[j].Text);
                    if (s > best)
                    {
                        (best, bestJ) = (s, j);
                    }
                }

                if (bestJ >= 0 && best >= ParagraphMatch)
                {
                    used.Add(bestJ);
                    mp++;
                }
            }
        }

        double precision = Ratio(mq, pq), recall = Ratio(mq, gq);
        return new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["quote_precision"] = precision,
            ["quote_recall"] = recall,
            ["quote_f1"] = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0,
            ["quote_recall_marked"] = Ratio(mMarked, gMarked),
            ["quote_recall_unmarked"] = Ratio(mUnmarked, gUnmarked),
            ["speaker_accuracy"] = Ratio(lenient, speakers),
            ["speaker_accuracy_strict"] = Ratio(strict, speakers),
            ["end_to_end_f1"] = lenient == 0 ? 0 : 2 * Ratio(lenient, pq) * Ratio(lenient, gq) / (Ratio(lenient, pq) + Ratio(lenient, gq)),
            ["metadata_accuracy"] = Ratio(metaOk, metaTotal),
            ["paragraph_kind_precision"] = Ratio(mp, pp),
            ["paragraph_kind_recall"] = Ratio(mp, gp),
        };
    }

    public static double F1(string a, string b)
    {
        var ta = Tokens(a);
        var tb = Tokens(b);
        if (ta.Count == 0 || tb.Count == 0)
        {
            return 0;
        }

        var counts = ta.GroupBy(t => t, StringComparer.Ordinal).ToDictionary(x => x.Key, x => x.Count(), StringComparer.Ordinal);
        var hit = 0;
        foreach (var t in tb)
        {
            if (counts.TryGetValue(t, out var n) && n > 0)
            {
                counts[t] = n - 1;
                hit++;
            }
        }

        if (hit == 0)
        {
            return 0;
        }

        double p = (double)hit / tb.Count, r = (double)hit / ta.Count;
        return 2 * p * r / (p + r);
    }

    public static bool SpeakerLenient(string? gold, IReadOnlyList<string> aliases, string? predicted)
    {
        if (string.IsNullOrEmpty(gold) || string.IsNullOrEmpty(predicted))
        {
            return string.IsNullOrEmpty(gold) && string.IsNullOrEmpty(predicted);
        }

        var p = NameTokens(predicted!);
        foreach (var name in new[] { gold! }.Concat(aliases))
        {
            var g = NameTokens(name);
            if (g.Count == 0 || p.Count == 0)
            {
                continue;
            }

            var (shorter, longer) = g.Count <= p.Count ? (g, p) : (p, g);
            if (longer.Skip(longer.Count - shorter.Count).SequenceEqual(shorter))
            {
                return true;
            }

            var coreShort = shorter.Where(t => !TitleWords.Contains(t)).ToList();
            var coreLong = longer.Where(t => !TitleWords.Contains(t)).ToList();
            if (coreShort.Count > 0 && coreLong.Count >= coreShort.Count && coreLong.Skip(coreLong.Count - coreShort.Count).SequenceEqual(coreShort))
            {
                return true;
            }
        }

        return false;
    }

    public static bool SpeakerStrict(string? gold, string? predicted) =>
        string.IsNullOrEmpty(gold) || string.IsNullOrEmpty(predicted)
            ? string.IsNullOrEmpty(gold) && string.IsNullOrEmpty(predicted)
            : NameTokens(gold!).SequenceEqual(NameTokens(predicted!));

    private static List<(int Gold, int Predicted)> Match(IReadOnlyList<Quotation> gold, IReadOnlyList<Quotation> predicted)
    {
        var pairs = new List<(double Score, int I, int J)>();
        for (var i = 0; i < gold.Count; i++)
        {
            for (var j = 0; j < predicted.Count; j++)
            {
                var s = F1(gold[i].Text, predicted[j].Text);
                if (s >= QuoteMatchF1)
                {
                    pairs.Add((s, i, j));
                }
            }
        }

        // Python sorts the tuples descending: by score, then by the larger indices first.
        pairs.Sort((a, b) => b.CompareTo(a));
        var (usedGold, usedPredicted, matched) = (new HashSet<int>(), new HashSet<int>(), new List<(int, int)>());
        foreach (var (_, i, j) in pairs)
        {
            if (usedGold.Add(i))
            {
                if (usedPredicted.Add(j))
                {
                    matched.Add((i, j));
                }
                else
                {
                    usedGold.Remove(i);
                }
            }
        }

        return matched;
    }

    private static string Norm(string text) =>
        text.Normalize(NormalizationForm.FormKC).Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"').ToLowerInvariant();

    private static List<string> Tokens(string text) => Token.Matches(Norm(text)).Select(m => m.Value).ToList();

    private static List<string> NameTokens(string name) => Tokens(name).Where(t => t != "s").ToList();

    private static double Ratio(int n, int d) => d == 0 ? 1.0 : (double)n / d;

    private static string? Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetString() : null;
}
