using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

using Corpus.Train;

namespace Corpus.Generator.Tests;

/// <summary>
/// A port of <c>tests/data/eval/mess.py</c> (the copy of <c>shared/eval/mess.py</c>): the same articles in the forms a
/// scraper, an old archive or a bad export hands them over, with the gold adjusted. Keep the two in step.
/// </summary>
internal static class MessVariants
{
    public static readonly string[] Names = { "straight", "stripped", "wrapped", "crlf", "lines", "mojibake" };

    private static readonly (string Open, string Close)[] OpenClose = { ("\u201C", "\u201D"), ("\"", "\"") };

    private static readonly Regex Said = new(
        @"^[,.]?\s*(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|he|she|they)\s+(?:said|says|told|added|asked)\b",
        RegexOptions.CultureInvariant);

    private static readonly char[] AsciiWhitespace = { '\t', '\n', '\v', '\f', '\r', ' ' };

    /// <summary>The variant's text of one article and its gold (changed only by <c>stripped</c>).</summary>
    public static (string Text, SeedScore.Article Gold) Make(string variant, string text, SeedScore.Article gold) => variant switch
    {
        "straight" => (text.Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u2018', '\'').Replace('\u2019', '\''), gold),
        "stripped" => Stripped(text, gold),
        "wrapped" => (string.Join("\n\n", Split(text).Select(p => p.StartsWith(" date ", StringComparison.Ordinal) || p.Length <= 72 ? p : string.Join("\n", Wrap(p, 72)))), gold),
        "crlf" => ("\uFEFF" + text.Replace("\n", "\r\n", StringComparison.Ordinal), gold),
        "lines" => (Lines(text), gold),
        "mojibake" => (Mojibake(text), gold),
        _ => throw new ArgumentException("no such variant: " + variant, nameof(variant)),
    };

    private static string[] Split(string text) => text.Split("\n\n");

    private static (string, SeedScore.Article) Stripped(string text, SeedScore.Article gold)
    {
        var paragraphs = Split(text);
        var quotations = new List<SeedScore.Quotation>();
        foreach (var quotation in gold.Quotations)
        {
            var q = quotation;
            for (var i = 0; i < paragraphs.Length && q.Marked; i++)
            {
                foreach (var (open, close) in OpenClose)
                {
                    var lead = open + q.Text + close;
                    var rest = paragraphs[i].StartsWith(lead, StringComparison.Ordinal) ? paragraphs[i][lead.Length..] : null;
                    if (rest is not null && Said.IsMatch(rest))
                    {
                        paragraphs[i] = q.Text + rest;
                        q = q with { Marked = false };
                        break;
                    }
                }
            }

            quotations.Add(q);
        }

        return (string.Join("\n\n", paragraphs), gold with { Quotations = quotations });
    }

    private static string Lines(string text)
    {
        var paragraphs = Split(text).ToList();
        var head = new List<string>();
        if (paragraphs.Count > 0 && paragraphs[0].StartsWith(" date ", StringComparison.Ordinal))
        {
            head.Add(paragraphs[0]);
            paragraphs.RemoveAt(0);
        }

        var body = string.Join("\n", paragraphs.Where(p => p.Trim().Length > 0));
        return head.Count > 0 ? string.Join("\n\n", head.Append(body)) : body;
    }

    private static string Mojibake(string text)
    {
        var paragraphs = Split(text);
        for (var i = 0; i < paragraphs.Length; i++)
        {
            if (!(paragraphs[i].StartsWith(" date ", StringComparison.Ordinal) || i <= 1))
            {
                paragraphs[i] = new string(Encoding.UTF8.GetBytes(paragraphs[i]).Select(Windows1252).ToArray());
            }
        }

        return string.Join("\n\n", paragraphs);
    }

    /// <summary>One byte as Windows-1252 reads it; its five undefined bytes pass through as C1 controls.</summary>
    private static char Windows1252(byte b)
    {
        const string high = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
            + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";
        return b is >= 0x80 and <= 0x9F ? high[b - 0x80] : (char)b;
    }

    /// <summary>
    /// Python's <c>textwrap.wrap(p, width, break_long_words=False, break_on_hyphens=False)</c>: chunks split at ASCII
    /// white space, each white space character made a space, greedy lines, white space dropped at line ends.
    /// </summary>
    private static List<string> Wrap(string paragraph, int width)
    {
        var chunks = new List<string>();
        var normal = new string(paragraph.Select(c => Array.IndexOf(AsciiWhitespace, c) >= 0 ? ' ' : c).ToArray());
        foreach (Match m in Regex.Matches(normal, "( +|[^ ]+)"))
        {
            chunks.Add(m.Value);
        }

        chunks.Reverse();
        var lines = new List<string>();
        while (chunks.Count > 0)
        {
            var line = new List<string>();
            var length = 0;
            if (chunks[^1].Trim().Length == 0 && lines.Count > 0)
            {
                chunks.RemoveAt(chunks.Count - 1);
            }

            while (chunks.Count > 0 && length + chunks[^1].Length <= width)
            {
                length += chunks[^1].Length;
                line.Add(chunks[^1]);
                chunks.RemoveAt(chunks.Count - 1);
            }

            if (chunks.Count > 0 && chunks[^1].Length > width && line.Count == 0)
            {
                line.Add(chunks[^1]);
                chunks.RemoveAt(chunks.Count - 1);
            }

            if (line.Count > 0 && line[^1].Trim().Length == 0)
            {
                line.RemoveAt(line.Count - 1);
            }

            if (line.Count > 0)
            {
                lines.Add(string.Concat(line));
            }
        }

        return lines;
    }
}
