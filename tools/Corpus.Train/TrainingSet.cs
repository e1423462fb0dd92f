using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Corpus.Train;

/// <summary>
/// Reads a labelled folder in the shape of <c>shared/eval/SCHEMA.md</c> (<c>seeds/*.txt</c> and <c>gold.json</c> with
/// <c>start</c> and <c>source_spans</c>), as PolNeAR's training split is. Articles come in file-name order.
/// </summary>
internal static class TrainingSet
{
    public static (List<TrainingArticle> Articles, IReadOnlyList<SeedScore.Article> Gold) Read(string folder)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "gold.json")));
        var goldArticles = json.RootElement.GetProperty("articles");
        var gold = SeedScore.ReadGold(goldArticles.EnumerateArray());
        var articles = new List<TrainingArticle>();
        foreach (var article in goldArticles.EnumerateArray().OrderBy(a => a.GetProperty("id").GetString(), StringComparer.Ordinal))
        {
            var id = article.GetProperty("id").GetString()!;
            var text = File.ReadAllText(Path.Combine(folder, "seeds", id + ".txt"));
            var utf16 = CodePointOffsets(text);
            var quotations = new List<GoldQuotation>();
            foreach (var q in article.GetProperty("quotations").EnumerateArray())
            {
                if (!q.TryGetProperty("start", out var start) || start.ValueKind != JsonValueKind.Number)
                {
                    continue; // a quotation the annotation gives no position (a gold file of our own): nothing to learn from
                }

                var words = q.GetProperty("text").GetString()!;
                var first = At(utf16, start.GetInt32());

                var sources = new List<(int, int)>();
                if (q.TryGetProperty("source_spans", out var spans) && spans.ValueKind == JsonValueKind.Array)
                {
                    foreach (var span in spans.EnumerateArray())
                    {
                        var s = span[0].GetInt32();
                        sources.Add((At(utf16, s), At(utf16, s + span[1].GetInt32())));
                    }
                }

                var scored = !q.TryGetProperty("speaker_scored", out var flag) || flag.GetBoolean();
                var speaker = scored && q.TryGetProperty("speaker", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null;
                quotations.Add(new GoldQuotation(first, first + words.Length, sources, speaker));
            }

            articles.Add(new TrainingArticle(id, MonthOf(id), text, quotations));
        }

        return (articles, gold);
    }

    /// <summary>The month in a file name such as <c>002_breitbart_2015-11-17_title</c>, or "unknown".</summary>
    public static string MonthOf(string id)
    {
        foreach (var part in id.Split('_'))
        {
            if (part.Length == 10 && DateTime.TryParseExact(part, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return part.Substring(0, 7);
            }
        }

        return "unknown";
    }

    /// <summary>The UTF-16 offset of each code point offset (the gold counts code points, as Python does).</summary>
    private static int[] CodePointOffsets(string text)
    {
        var offsets = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            offsets.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        offsets.Add(text.Length);
        return offsets.ToArray();
    }

    private static int At(int[] offsets, int codePoint) => offsets[Math.Clamp(codePoint, 0, offsets.Length - 1)];
}
